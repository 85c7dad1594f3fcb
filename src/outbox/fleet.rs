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
    /// Submissions by state, and the age of the oldest unsent one.
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
    /// so the figures agree with each other.
    pub fn fleet_figures(&self, now: DateTime<Utc>) -> Result<FleetFigures, StoreError> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let figures = self.read_figures(now);
        self.conn.execute_batch("COMMIT")?;
        figures
    }

    fn read_figures(&self, now: DateTime<Utc>) -> Result<FleetFigures, StoreError> {
        let mut f = FleetFigures {
            stats: self.stats(now)?,
            ..FleetFigures::default()
        };
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
        f.receipts_printed = count(
            &self.conn,
            "SELECT COUNT(*) FROM printer_events WHERE printed = 1",
        )?;
        let mut stmt = self.conn.prepare(
            "SELECT service_code, event, COUNT(*) FROM journey_events GROUP BY service_code, event",
        )?;
        let rows = stmt
            .query_map([], |r| {
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
                f.journeys
                    .entry((service.clone(), e.to_string()))
                    .or_insert(0);
            }
            f.journeys.insert((service, event), n.max(0) as u64);
        }
        f.help_requests = count(&self.conn, "SELECT COUNT(*) FROM help_requests")?;
        let mut stmt = self
            .conn
            .prepare("SELECT score, COUNT(*) FROM ratings GROUP BY score")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            let (score, n) = row?;
            if (1..=5).contains(&score) {
                f.ratings[(score - 1) as usize] = n.max(0) as u64;
            }
        }
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
}

fn count(conn: &Connection, sql: &str) -> Result<u64, StoreError> {
    Ok(conn.query_row(sql, [], |r| r.get::<_, i64>(0))?.max(0) as u64)
}
