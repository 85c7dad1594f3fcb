//! Help calls as a hub measure: each call (its screen, service, language and
//! text size — nothing personal), which channels took it, and when staff
//! signed in on this terminal to answer it. The time from call to answer,
//! per week, is the hub's measure of how quickly residents get a person.

use super::{Outbox, StoreError, parse_ts, ts};
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::params;

/// A staff sign-in answers the calls made on this terminal within this
/// long before it; an older call went unanswered.
pub const ANSWER_WINDOW: chrono::TimeDelta = chrono::TimeDelta::hours(1);

/// One help call as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct HelpCallRecord {
    /// The call's id, as sent on every channel.
    pub call_id: Option<String>,
    /// When the resident asked.
    pub created_at: DateTime<Utc>,
    /// The screen they were on.
    pub screen: String,
    /// The service, if any.
    pub service_code: Option<String>,
    /// Their language.
    pub locale: Option<String>,
    /// Text was enlarged.
    pub large_text: Option<bool>,
    /// The channels that accepted the call, such as `webhook` and `sms 2/2`.
    pub accepted: Vec<String>,
    /// When a member of staff signed in on the terminal.
    pub answered_at: Option<DateTime<Utc>>,
}

/// Time from call to answer over one week.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WeekAnswerTimes {
    /// The Monday the week starts on (UTC dates).
    pub week_starting: NaiveDate,
    /// Calls made.
    pub calls: u64,
    /// Calls answered by a staff sign-in.
    pub answered: u64,
    /// Median seconds from call to answer (the mean of the two middle
    /// times when there is an even number), over answered calls.
    pub median_secs: Option<i64>,
    /// 90th percentile (nearest rank) in seconds, over answered calls.
    pub p90_secs: Option<i64>,
}

impl Outbox {
    /// Records a help call as it starts, so it is counted even if the
    /// terminal stops before any channel answers.
    pub fn record_help_call(&self, call: &crate::help::call::HelpCall) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO help_requests (created_at, screen, service_code, call_id, locale, large_text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT(call_id) DO NOTHING",
            params![
                ts(call.made_at),
                call.screen,
                call.service_code,
                call.id,
                call.locale,
                call.large_text
            ],
        )?;
        Ok(())
    }

    /// Records which channels accepted a call (empty when none did).
    pub fn record_help_outcome(
        &self,
        call_id: &str,
        accepted: &[String],
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE help_requests SET accepted = ?2 WHERE call_id = ?1",
            params![call_id, accepted.join(", ")],
        )?;
        Ok(())
    }

    /// A member of staff signed in on this terminal: every unanswered call
    /// made within [`ANSWER_WINDOW`] before `now` is answered now. Returns
    /// how many.
    pub fn answer_help_calls(&self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE help_requests SET answered_at = ?1
             WHERE answered_at IS NULL AND created_at >= ?2 AND created_at <= ?1",
            params![ts(now), ts(now - ANSWER_WINDOW)],
        )?)
    }

    /// Every help call, oldest first.
    pub fn help_calls(&self) -> Result<Vec<HelpCallRecord>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT call_id, created_at, screen, service_code, locale, large_text, accepted, answered_at
             FROM help_requests ORDER BY id",
        )?;
        type Row = (
            Option<String>,
            String,
            String,
            Option<String>,
            Option<String>,
            Option<bool>,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(
                |(
                    call_id,
                    created,
                    screen,
                    service_code,
                    locale,
                    large_text,
                    accepted,
                    answered,
                )| {
                    Ok(HelpCallRecord {
                        call_id,
                        created_at: parse_ts(&created)?,
                        screen,
                        service_code,
                        locale,
                        large_text,
                        accepted: accepted
                            .map(|a| {
                                a.split(", ")
                                    .filter(|s| !s.is_empty())
                                    .map(str::to_string)
                                    .collect()
                            })
                            .unwrap_or_default(),
                        answered_at: answered.as_deref().map(parse_ts).transpose()?,
                    })
                },
            )
            .collect()
    }

    /// Time from call to answer per week (Monday to Sunday), for calls made
    /// from `from` (inclusive) to `to` (exclusive), earliest week first.
    pub fn help_answer_times(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<WeekAnswerTimes>, StoreError> {
        let mut weeks: std::collections::BTreeMap<NaiveDate, (u64, Vec<i64>)> =
            std::collections::BTreeMap::new();
        for call in self.help_calls()? {
            if call.created_at < from || call.created_at >= to {
                continue;
            }
            let day = call.created_at.date_naive();
            let monday = day - chrono::Days::new(day.weekday().num_days_from_monday() as u64);
            let week = weeks.entry(monday).or_default();
            week.0 += 1;
            if let Some(at) = call.answered_at {
                week.1.push((at - call.created_at).num_seconds().max(0));
            }
        }
        Ok(weeks
            .into_iter()
            .map(|(week_starting, (calls, mut times))| {
                times.sort_unstable();
                WeekAnswerTimes {
                    week_starting,
                    calls,
                    answered: times.len() as u64,
                    median_secs: median(&times),
                    p90_secs: percentile(&times, 90),
                }
            })
            .collect())
    }
}

/// The median of sorted values.
pub fn median(sorted: &[i64]) -> Option<i64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
    }
}

/// The `p`th percentile of sorted values, by nearest rank.
pub fn percentile(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p as usize * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_percentiles() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5]), Some(5));
        assert_eq!(median(&[1, 3]), Some(2));
        assert_eq!(median(&[1, 2, 9]), Some(2));
        assert_eq!(percentile(&[], 90), None);
        assert_eq!(percentile(&[7], 90), Some(7));
        let ten: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&ten, 90), Some(9));
        let eleven: Vec<i64> = (1..=11).collect();
        assert_eq!(percentile(&eleven, 90), Some(10));
        let hundred: Vec<i64> = (1..=100).collect();
        assert_eq!(percentile(&hundred, 90), Some(90));
    }
}
