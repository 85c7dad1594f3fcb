//! The hub's own figures: what residents did over a period, counted from
//! the service measures (which hold no personal data), and a staff retry for
//! a submission the back office refused.

use super::{Outbox, StoreError, ts};
use crate::spreadsheet::{CsvError, cell};
use chrono::{DateTime, Utc};
use rusqlite::params;
use std::collections::BTreeMap;

/// What residents did between two times.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Measures {
    /// Journeys begun.
    pub started: u64,
    /// Journeys finished (saved, or a signpost read to the end).
    pub completed: u64,
    /// Journeys left part way, and at which page, most first.
    pub abandoned: u64,
    /// Where journeys were left: (page, count), most first.
    pub abandoned_at: Vec<(String, u64)>,
    /// Finished journeys a digital champion helped with.
    pub completed_assisted: u64,
    /// Journeys begun in each language.
    pub languages: BTreeMap<String, u64>,
    /// Ratings by score, 1 (very poor) to 5 (very good).
    pub ratings: [u64; 5],
    /// Times a resident asked for staff.
    pub help_requests: u64,
}

impl Measures {
    /// Share of ratings that were good or very good, as a percentage.
    pub fn satisfaction(&self) -> Option<u64> {
        let total: u64 = self.ratings.iter().sum();
        (total > 0).then(|| (self.ratings[3] + self.ratings[4]) * 100 / total)
    }

    /// Share of finished journeys that were assisted, as a percentage.
    pub fn assisted_share(&self) -> Option<u64> {
        (self.completed > 0).then(|| self.completed_assisted * 100 / self.completed)
    }

    /// The figures as CSV: one `measure,value` row each, quoted where a
    /// page name or language needs it and safe to open in a spreadsheet
    /// ([`crate::spreadsheet`]).
    pub fn to_csv(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Result<String, CsvError> {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut line = |k: &str, v: String| rows.push(vec![cell(k).into_owned(), v]);
        line("from", from.to_rfc3339());
        line("to", to.to_rfc3339());
        line("journeys_started", self.started.to_string());
        line("journeys_completed", self.completed.to_string());
        line("journeys_abandoned", self.abandoned.to_string());
        for (step, n) in &self.abandoned_at {
            line(&format!("abandoned_at:{step}"), n.to_string());
        }
        line("completed_assisted", self.completed_assisted.to_string());
        line(
            "assisted_share_percent",
            self.assisted_share()
                .map_or(String::new(), |v| v.to_string()),
        );
        for (locale, n) in &self.languages {
            line(&format!("language:{locale}"), n.to_string());
        }
        for (score, n) in self.ratings.iter().enumerate() {
            line(&format!("rating:{}", score + 1), n.to_string());
        }
        line(
            "satisfaction_percent",
            self.satisfaction().map_or(String::new(), |v| v.to_string()),
        );
        line("help_requests", self.help_requests.to_string());
        crate::spreadsheet::to_string(&["measure", "value"], rows)
    }
}

impl Outbox {
    /// The measures from `from` (inclusive) to `to` (exclusive).
    pub fn measures_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Measures, StoreError> {
        let (from, to) = (ts(from), ts(to));
        let mut m = Measures::default();
        let mut stmt = self.conn.prepare(
            "SELECT event, step, locale, assisted, COUNT(*) FROM journey_events
             WHERE created_at >= ?1 AND created_at < ?2 GROUP BY event, step, locale, assisted",
        )?;
        let rows = stmt
            .query_map(params![from, to], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, bool>(3)?,
                    r.get::<_, i64>(4)? as u64,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut at: BTreeMap<String, u64> = BTreeMap::new();
        for (event, step, locale, assisted, n) in rows {
            match event.as_str() {
                "started" => {
                    m.started += n;
                    *m.languages.entry(locale).or_default() += n;
                }
                "completed" => {
                    m.completed += n;
                    if assisted {
                        m.completed_assisted += n;
                    }
                }
                "abandoned" => {
                    m.abandoned += n;
                    *at.entry(step.unwrap_or_default()).or_default() += n;
                }
                _ => {}
            }
        }
        let mut at: Vec<(String, u64)> = at.into_iter().collect();
        at.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        m.abandoned_at = at;
        let mut stmt = self.conn.prepare(
            "SELECT score, COUNT(*) FROM ratings WHERE created_at >= ?1 AND created_at < ?2 GROUP BY score",
        )?;
        for row in stmt.query_map(params![from, to], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)? as u64))
        })? {
            let (score, n) = row?;
            if (1..=5).contains(&score) {
                m.ratings[(score - 1) as usize] = n;
            }
        }
        m.help_requests = self.conn.query_row(
            "SELECT COUNT(*) FROM help_requests WHERE created_at >= ?1 AND created_at < ?2",
            params![from, to],
            |r| r.get::<_, i64>(0),
        )? as u64;
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measures_csv_keeps_awkward_page_names_in_one_cell() {
        let m = Measures {
            started: 3,
            abandoned: 2,
            abandoned_at: vec![
                ("where, exactly".into(), 1),
                ("a \"quoted\"\nname".into(), 1),
            ],
            languages: [("cy".to_string(), 3)].into_iter().collect(),
            ..Measures::default()
        };
        let at = chrono::DateTime::<Utc>::from_timestamp(1_800_000_000, 0).expect("time");
        let text = m.to_csv(at, at).expect("csv");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(reader.headers().expect("header"), vec!["measure", "value"]);
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert!(rows.iter().all(|r| r.len() == 2), "{text}");
        let value = |k: &str| {
            rows.iter()
                .find(|r| &r[0] == k)
                .map(|r| r[1].to_string())
                .unwrap_or_else(|| panic!("no {k} in {text}"))
        };
        assert_eq!(value("abandoned_at:where, exactly"), "1");
        assert_eq!(value("abandoned_at:a \"quoted\"\nname"), "1");
        assert_eq!(value("journeys_started"), "3");
        assert_eq!(value("language:cy"), "3");
    }
}
