//! Read-only figures for the fleet's metrics, read straight from the store
//! at scrape time: counts, ages and totals, never a reference, an answer or
//! any other personal detail.
//!
//! The metrics server opens its own connection with
//! [`Outbox::open_for_reading`]: no migration, no start-up repair (that would
//! take submissions away from the sending worker), and `query_only` on, so a
//! scrape can never change the store.

use super::{Outbox, StoreError, parse_ts};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::collections::BTreeMap;
use std::path::Path;

/// What the store says, for the metrics.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FleetFigures {
    /// Submissions by state, the age of the oldest unsent one and when the
    /// back office last took one (its `last_error` is left out: the back
    /// office's words are not for the metrics).
    pub stats: super::Stats,
    /// The receipt printer's last event, if it was ever used.
    pub printer_last: Option<PrinterEvent>,
    /// Receipts printed (or saved as files) since the store was made.
    pub receipts_printed: u64,
    /// Journey measures: (service code, `started` | `completed` |
    /// `abandoned`) to how many.
    pub journeys: BTreeMap<(String, String), u64>,
    /// Times residents asked for staff.
    pub help_requests: u64,
    /// Seconds from a help call to a member of staff signing in on the
    /// terminal, over the last 7 days: (median, 90th percentile), when any
    /// call was answered.
    pub help_answer_secs: Option<(i64, i64)>,
    /// Ratings by score, 1 (very poor) to 5 (very good).
    pub ratings: [u64; 5],
    /// When the back office's catalogue was last fetched and kept.
    pub catalogue_fetched_at: Option<DateTime<Utc>>,
}

/// One use of the receipt printer, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterEvent {
    /// When.
    pub at: DateTime<Utc>,
    /// Whether a receipt came out.
    pub printed: bool,
    /// What staff were told to do, if anything.
    pub staff_message: Option<String>,
}

impl Outbox {
    /// Opens an existing store for reading only: no migration, no repair,
    /// every write refused. Fails when there is no store yet.
    pub fn open_for_reading(path: &Path) -> Result<Outbox, StoreError> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(2))?;
        conn.pragma_update(None, "query_only", true)?;
        Ok(Outbox {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Everything the metrics read from the store, in one read transaction
    /// so the figures agree with each other. `tally` carries the totals of
    /// the last read: only rows added since (and submissions that may still
    /// move) are read, so a scrape costs the same on a terminal a year old
    /// as on a new one. Start with `Tally::default()` for a full count.
    pub fn fleet_figures(
        &self,
        tally: &mut Tally,
        now: DateTime<Utc>,
    ) -> Result<FleetFigures, StoreError> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let mut next = tally.clone();
        let mut figures = self.read_figures(&mut next, now);
        if matches!(figures, Err(StoreError::Damaged(ref why)) if why == STARTED_AGAIN) {
            // The store went back (replaced or restored): count afresh.
            next = Tally::default();
            figures = self.read_figures(&mut next, now);
        }
        self.conn.execute_batch("COMMIT")?;
        if figures.is_ok() {
            *tally = next;
        }
        figures
    }

    /// Median and 90th percentile of the answer times of the last 7 days'
    /// help calls.
    fn help_answer_week(&self, now: DateTime<Utc>) -> Result<Option<(i64, i64)>, StoreError> {
        let from = now - chrono::Duration::days(7);
        let mut stmt = self.conn.prepare(
            "SELECT created_at, answered_at FROM help_requests
             WHERE answered_at IS NOT NULL AND created_at >= ?1",
        )?;
        let rows = stmt
            .query_map([super::ts(from)], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut secs = Vec::with_capacity(rows.len());
        for (called, answered) in rows {
            secs.push(
                (parse_ts(&answered)? - parse_ts(&called)?)
                    .num_seconds()
                    .max(0),
            );
        }
        secs.sort_unstable();
        Ok(super::help_calls::median(&secs).zip(super::help_calls::percentile(&secs, 90)))
    }

    fn read_figures(
        &self,
        tally: &mut Tally,
        now: DateTime<Utc>,
    ) -> Result<FleetFigures, StoreError> {
        let mut f = FleetFigures::default();
        self.read_submissions(tally, now, &mut f.stats)?;
        self.read_printer(tally, &mut f)?;

        self.read_journeys(tally)?;
        f.journeys = tally.journeys.clone();

        f.help_answer_secs = self.help_answer_week(now)?;

        let after = tally.help_after;
        self.moved_on("help_requests", after)?;
        tally.help += self
            .conn
            .query_row(
                "SELECT COUNT(*) FROM help_requests WHERE id > ?1",
                [after],
                |r| r.get::<_, i64>(0),
            )?
            .max(0) as u64;
        tally.help_after = self.last_id("help_requests")?.max(after);
        f.help_requests = tally.help;

        self.read_ratings(tally)?;
        f.ratings = tally.ratings;

        let fetched: Option<String> = self
            .conn
            .query_row(
                "SELECT fetched_at FROM catalogue_cache WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        f.catalogue_fetched_at = fetched.as_deref().map(parse_ts).transpose()?;
        Ok(f)
    }

    /// The printer's last event and the receipts printed since the tally.
    fn read_printer(&self, tally: &mut Tally, f: &mut FleetFigures) -> Result<(), StoreError> {
        let last: Option<(String, bool, Option<String>)> = self
            .conn
            .query_row(
                "SELECT created_at, printed, staff_message FROM printer_events ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        f.printer_last = last
            .map(|(at, printed, staff_message)| {
                Ok::<_, StoreError>(PrinterEvent {
                    at: parse_ts(&at)?,
                    printed,
                    staff_message,
                })
            })
            .transpose()?;
        f.stats.printer_problem = f
            .printer_last
            .as_ref()
            .and_then(|e| e.staff_message.clone());

        let after = tally.printer_after;
        let (n, max) = self.conn.query_row(
            "SELECT COUNT(*), MAX(id) FROM printer_events WHERE id > ?1 AND printed = 1",
            [after],
            |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<i64>>(1)?)),
        )?;
        self.moved_on("printer_events", after)?;
        tally.printed += n.max(0) as u64;
        tally.printer_after = max.unwrap_or(after).max(self.last_id("printer_events")?);
        f.receipts_printed = tally.printed;
        Ok(())
    }

    /// Journeys started, finished and abandoned by service since the tally.
    fn read_journeys(&self, tally: &mut Tally) -> Result<(), StoreError> {
        let after = tally.journeys_after;
        self.moved_on("journey_events", after)?;
        let mut stmt = self.conn.prepare(
            "SELECT service_code, event, COUNT(*) FROM journey_events WHERE id > ?1
             GROUP BY service_code, event",
        )?;
        let rows = stmt
            .query_map([after], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        for (service, event, n) in rows {
            // Every event of a service that has any, so each counter
            // exists (at 0) before its first increase.
            for e in ["started", "completed", "abandoned"] {
                tally
                    .journeys
                    .entry((service.clone(), e.to_string()))
                    .or_insert(0);
            }
            *tally.journeys.entry((service, event)).or_insert(0) += n.max(0) as u64;
        }
        tally.journeys_after = self.last_id("journey_events")?.max(after);
        Ok(())
    }

    /// Ratings by score since the tally.
    fn read_ratings(&self, tally: &mut Tally) -> Result<(), StoreError> {
        let after = tally.ratings_after;
        self.moved_on("ratings", after)?;
        let mut stmt = self
            .conn
            .prepare("SELECT score, COUNT(*) FROM ratings WHERE id > ?1 GROUP BY score")?;
        for row in stmt.query_map([after], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            let (score, n) = row?;
            if (1..=5).contains(&score) {
                tally.ratings[(score - 1) as usize] += n.max(0) as u64;
            }
        }
        tally.ratings_after = self.last_id("ratings")?.max(after);
        Ok(())
    }

    /// Submissions by state, the oldest unsent one, and the last send. A
    /// sent submission stays sent, so every row below the lowest unsent id
    /// of the last read is settled: only the rows from there on are read.
    fn read_submissions(
        &self,
        tally: &mut Tally,
        now: DateTime<Utc>,
        stats: &mut super::Stats,
    ) -> Result<(), StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT state, COUNT(*), MIN(id) FROM submissions
             WHERE state IN ('pending', 'sending', 'needs_attention') GROUP BY state",
        )?;
        let mut lowest_unsent: Option<i64> = None;
        for row in stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })? {
            let (state, n, min) = row?;
            let n = n.max(0) as u64;
            match state.as_str() {
                "pending" => stats.pending = n,
                "sending" => stats.sending = n,
                _ => stats.needs_attention = n,
            }
            lowest_unsent = Some(lowest_unsent.map_or(min, |l| l.min(min)));
        }
        let settle_below = lowest_unsent.unwrap_or(self.last_id("submissions")? + 1);
        if settle_below < tally.settled_below {
            return Err(StoreError::Damaged(STARTED_AGAIN.into()));
        }
        // `+state` keeps SQLite on the id range rather than the state index.
        let sent_between = |from: i64, to: i64| {
            self.conn.query_row(
                "SELECT COUNT(*), MAX(sent_at) FROM submissions
                 WHERE id >= ?1 AND id < ?2 AND +state = 'sent'",
                [from, to],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?.max(0) as u64,
                        r.get::<_, Option<String>>(1)?,
                    ))
                },
            )
        };
        let (n, last) = sent_between(tally.settled_below, settle_below)?;
        tally.settled_below = settle_below;
        tally.settled_sent += n;
        tally.settled_last_sent = tally.settled_last_sent.take().max(last);
        let (n, last) = sent_between(settle_below, i64::MAX)?;
        stats.sent = tally.settled_sent + n;
        let last_sent = tally.settled_last_sent.clone().max(last);
        stats.last_sent_at = last_sent.as_deref().map(parse_ts).transpose()?;
        let oldest: Option<String> = self.conn.query_row(
            "SELECT MIN(created_at) FROM submissions WHERE state IN ('pending', 'sending')",
            [],
            |r| r.get(0),
        )?;
        if let Some(oldest) = oldest {
            stats.oldest_pending_age_secs = Some((now - parse_ts(&oldest)?).num_seconds().max(0));
        }
        Ok(())
    }

    fn last_id(&self, table: &str) -> Result<i64, StoreError> {
        Ok(self.conn.query_row(
            &format!("SELECT COALESCE(MAX(id), 0) FROM {table}"),
            [],
            |r| r.get(0),
        )?)
    }

    /// Fails when a table has fewer rows than the last read saw: the store
    /// was replaced, so the totals must be counted afresh.
    fn moved_on(&self, table: &str, after: i64) -> Result<(), StoreError> {
        if self.last_id(table)? < after {
            return Err(StoreError::Damaged(STARTED_AGAIN.into()));
        }
        Ok(())
    }
}

const STARTED_AGAIN: &str = "the store is older than the last read";

/// Totals carried from one read of the figures to the next. The measures
/// tables are only ever added to, and a sent submission stays sent, so
/// what was counted once need not be counted again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    journeys_after: i64,
    journeys: BTreeMap<(String, String), u64>,
    ratings_after: i64,
    ratings: [u64; 5],
    help_after: i64,
    help: u64,
    printer_after: i64,
    printed: u64,
    settled_below: i64,
    settled_sent: u64,
    settled_last_sent: Option<String>,
}
