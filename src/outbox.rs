//! The terminal's own store: submissions waiting to be sent, and the service
//! measures (ratings, help requests, journeys started and finished).
//!
//! SQLite in WAL mode with `synchronous=FULL`, so a committed submission
//! survives a power cut. Every submission is written in one transaction with
//! its reference's sequence number, so a failed write leaves nothing behind.
//! Numbered migrations, each in a transaction; a database newer than this
//! program is refused rather than damaged.

use crate::catalogue::open311::ServiceType;
use crate::journey::Submission;
use crate::reference::{self, Reference};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use rusqlite_migration::{M, Migrations};
use std::path::{Path, PathBuf};

/// The schema, one migration per step. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("outbox/001_initial.sql"),
    include_str!("outbox/002_catalogue_cache.sql"),
    include_str!("outbox/003_printer.sql"),
    include_str!("outbox/004_staff.sql"),
    include_str!("outbox/005_bookings.sql"),
    include_str!("outbox/006_open_requests.sql"),
    include_str!("outbox/007_notify.sql"),
    include_str!("outbox/008_payments.sql"),
    include_str!("outbox/009_follows.sql"),
    include_str!("outbox/010_accounts_and_secrets.sql"),
    include_str!("outbox/011_token_polls.sql"),
];

/// The migration (numbered from 1) whose own code hashes the audit rows
/// written before the chain existed.
const AUDIT_CHAIN_MIGRATION: usize = 10;

/// A store problem, worded for staff; the app words it again for residents.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data folder could not be made.
    #[error("cannot create the data folder {0}: {1}")]
    Folder(PathBuf, std::io::Error),
    /// The store file could not be created or made private.
    #[error("cannot make the store file {0} readable by this user only: {1}")]
    File(PathBuf, std::io::Error),
    /// SQLite refused.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The schema could not be brought up to date (or is newer than this program).
    #[error("database schema: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// A pragma did not take effect.
    #[error("database setting {0} is {1}, expected {2}")]
    Pragma(&'static str, String, &'static str),
    /// Stored data could not be read back.
    #[error("stored data is damaged: {0}")]
    Damaged(String),
    /// An earlier failure while the store was in use left it unusable.
    #[error("the store is unavailable after an earlier failure")]
    Poisoned,
    /// The store was never opened, for this reason.
    #[error("the store was not opened: {0}")]
    NotOpened(String),
}

/// Where a submission is on its way to the back office.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Waiting to be sent.
    Pending,
    /// Being sent now.
    Sending,
    /// The back office has it.
    Sent,
    /// The back office refused it; a person must look.
    NeedsAttention,
}

impl State {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Pending => "pending",
            State::Sending => "sending",
            State::Sent => "sent",
            State::NeedsAttention => "needs_attention",
        }
    }

    fn parse(s: &str) -> Result<State, StoreError> {
        Ok(match s {
            "pending" => State::Pending,
            "sending" => State::Sending,
            "sent" => State::Sent,
            "needs_attention" => State::NeedsAttention,
            other => return Err(StoreError::Damaged(format!("unknown state {other}"))),
        })
    }
}

/// What the app hands over to be stored.
#[derive(Debug, Clone)]
pub struct NewSubmission {
    /// The answers.
    pub submission: Submission,
    /// realtime, batch or blackbox.
    pub service_type: ServiceType,
    /// The resident's language.
    pub locale: String,
    /// A digital champion helped.
    pub assisted: bool,
}

/// A submission as stored.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stored {
    /// The case reference.
    pub reference: Reference,
    /// The idempotency key (UUID).
    pub idempotency_key: String,
    /// Service code.
    pub service_code: String,
    /// Language.
    pub locale: String,
    /// Helped by a champion.
    pub assisted: bool,
    /// When it was saved (UTC).
    pub created_at: DateTime<Utc>,
    /// Where it is.
    pub state: State,
    /// Attempts to send.
    pub attempts: u32,
    /// The back office's id, once sent.
    pub service_request_id: Option<String>,
    /// The back office's token, for batch services.
    pub token: Option<String>,
    /// The last problem sending it.
    pub last_error: Option<String>,
    /// When it will next be tried, while pending.
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// The answers, until erased after sending.
    pub submission: Option<Submission>,
}

/// Counts by state.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Waiting to be sent.
    pub pending: u64,
    /// Being sent.
    pub sending: u64,
    /// Sent.
    pub sent: u64,
    /// Refused by the back office.
    pub needs_attention: u64,
    /// Age in seconds of the oldest unsent submission.
    pub oldest_pending_age_secs: Option<i64>,
    /// When the back office last accepted a submission.
    pub last_sent_at: Option<DateTime<Utc>>,
    /// Why the latest unsent submission could not be sent, if it was tried:
    /// whether the back office can be reached, for staff.
    pub last_error: Option<String>,
    /// What staff need to do about the receipt printer, from the last time
    /// it was used, if anything.
    pub printer_problem: Option<String>,
}

/// One submission as staff and `outbox list` see it: no answers, no
/// personal details.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListRow {
    /// The case reference.
    pub reference: Reference,
    /// Service code.
    pub service_code: String,
    /// Where it is.
    pub state: State,
    /// Attempts to send.
    pub attempts: u32,
    /// When it was saved (UTC).
    pub created_at: DateTime<Utc>,
    /// The idempotency key.
    pub idempotency_key: String,
    /// The back office's id.
    pub service_request_id: Option<String>,
    /// The back office's token.
    pub token: Option<String>,
    /// The last problem sending it.
    pub last_error: Option<String>,
    /// When it will next be tried, while pending.
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// Helped by a digital champion.
    pub assisted: bool,
    /// The resident's language.
    pub locale: String,
}

impl From<Stored> for ListRow {
    fn from(s: Stored) -> ListRow {
        ListRow {
            reference: s.reference,
            service_code: s.service_code,
            state: s.state,
            attempts: s.attempts,
            created_at: s.created_at,
            idempotency_key: s.idempotency_key,
            service_request_id: s.service_request_id,
            token: s.token,
            last_error: s.last_error,
            next_attempt_at: s.next_attempt_at,
            assisted: s.assisted,
            locale: s.locale,
        }
    }
}

/// An age in words for staff, such as "3 h 12 min".
pub fn describe_age(secs: i64) -> String {
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    match (d, h) {
        (0, 0) => format!("{m} min"),
        (0, _) => format!("{h} h {m} min"),
        _ => format!("{d} d {h} h"),
    }
}

/// The terminal's store.
#[derive(Debug)]
pub struct Outbox {
    conn: Connection,
    path: PathBuf,
}

/// Makes the store file (new or old) readable by the kiosk's own user only
/// (0600). SQLite gives its WAL and shared-memory files the same
/// permissions as the database.
fn private_file(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let io = |e: std::io::Error| StoreError::File(path.to_path_buf(), e);
    if !path.exists() {
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)
            .map_err(io)?;
    }
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(io)
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn parse_ts(s: &str) -> Result<DateTime<Utc>, StoreError> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| StoreError::Damaged(format!("time {s}: {e}")))
}

impl Outbox {
    /// Opens (creating if needed) the store, brings the schema up to date,
    /// and returns to pending any submission a crash left in sending.
    pub fn open(path: &Path) -> Result<Outbox, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::Folder(dir.to_path_buf(), e))?;
        }
        private_file(path)?;
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // journal_mode must be set outside a transaction.
        let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Pragma("journal_mode", mode, "wal"));
        }
        conn.execute_batch(
            "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;",
        )?;
        let sync: i64 = conn.query_row("PRAGMA synchronous", [], |r| r.get(0))?;
        if sync != 2 {
            return Err(StoreError::Pragma(
                "synchronous",
                sync.to_string(),
                "2 (FULL)",
            ));
        }
        let migrations = Migrations::new(
            MIGRATIONS
                .iter()
                .enumerate()
                .map(|(i, sql)| match i + 1 {
                    AUDIT_CHAIN_MIGRATION => M::up_with_hook(sql, |tx: &rusqlite::Transaction| {
                        audit::chain_existing(tx).map_err(Into::into)
                    }),
                    _ => M::up(sql),
                })
                .collect(),
        );
        migrations.to_latest(&mut conn)?;
        conn.execute(
            "UPDATE submissions SET state = 'pending' WHERE state = 'sending'",
            [],
        )?;
        let outbox = Outbox {
            conn,
            path: path.to_path_buf(),
        };
        outbox.recover_sending_messages()?;
        Ok(outbox)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Caps the database at `pages` pages, so writes past it fail as on a
    /// full disk. Used to prove a failed write leaves nothing half-written.
    pub fn set_max_pages(&self, pages: u64) -> Result<(), StoreError> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
        Ok(())
    }

    /// Refuses (or allows again) every write, as a read-only or failing disk
    /// would. Used to prove the kiosk tells the resident and keeps the answers.
    pub fn set_read_only(&self, read_only: bool) -> Result<(), StoreError> {
        self.conn.pragma_update(None, "query_only", read_only)?;
        Ok(())
    }

    /// Stores a submission with a new reference and idempotency key, in one
    /// transaction. Returns what was stored.
    pub fn submit(
        &mut self,
        new: &NewSubmission,
        terminal: &str,
        now: DateTime<Utc>,
    ) -> Result<Stored, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let stored = insert_submission(&tx, new, terminal, now)?;
        tx.commit()?;
        Ok(stored)
    }

    /// One submission by reference.
    pub fn get(&self, reference: &str) -> Result<Option<Stored>, StoreError> {
        let mut rows = self.query("WHERE reference = ?1", params![reference])?;
        Ok(rows.pop())
    }

    /// Every submission, oldest first.
    pub fn list(&self) -> Result<Vec<Stored>, StoreError> {
        self.query("", params![])
    }

    fn query(
        &self,
        filter: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<Stored>, StoreError> {
        let sql = format!(
            "SELECT reference, idempotency_key, service_code, locale, assisted, created_at,
                    state, attempts, service_request_id, token, last_error, payload, next_attempt_at
             FROM submissions {filter} ORDER BY id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let raw = stmt
            .query_map(args, |r| {
                Ok((
                    r.get::<_, Reference>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, bool>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, u32>(7)?,
                    r.get::<_, Option<String>>(8)?,
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, Option<String>>(10)?,
                    r.get::<_, Option<String>>(11)?,
                    r.get::<_, Option<String>>(12)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        raw.into_iter()
            .map(
                |(
                    reference,
                    key,
                    code,
                    locale,
                    assisted,
                    created,
                    state,
                    attempts,
                    id,
                    token,
                    error,
                    payload,
                    next,
                )| {
                    Ok(Stored {
                        reference,
                        idempotency_key: key,
                        service_code: code,
                        locale,
                        assisted,
                        created_at: parse_ts(&created)?,
                        state: State::parse(&state)?,
                        attempts,
                        service_request_id: id,
                        token,
                        last_error: error,
                        next_attempt_at: next.as_deref().map(parse_ts).transpose()?,
                        submission: payload
                            .map(|p| serde_json::from_str(&p))
                            .transpose()
                            .map_err(|e| StoreError::Damaged(e.to_string()))?,
                    })
                },
            )
            .collect()
    }

    /// Counts by state and the age of the oldest unsent submission.
    pub fn stats(&self, now: DateTime<Utc>) -> Result<Stats, StoreError> {
        let mut stats = Stats::default();
        let mut stmt = self
            .conn
            .prepare("SELECT state, COUNT(*) FROM submissions GROUP BY state")?;
        let counts = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        for (state, n) in counts {
            match State::parse(&state)? {
                State::Pending => stats.pending = n,
                State::Sending => stats.sending = n,
                State::Sent => stats.sent = n,
                State::NeedsAttention => stats.needs_attention = n,
            }
        }
        let oldest: Option<String> = self.conn.query_row(
            "SELECT MIN(created_at) FROM submissions WHERE state IN ('pending', 'sending')",
            [],
            |r| r.get(0),
        )?;
        if let Some(oldest) = oldest {
            stats.oldest_pending_age_secs = Some((now - parse_ts(&oldest)?).num_seconds().max(0));
        }
        let last_sent: Option<String> =
            self.conn
                .query_row("SELECT MAX(sent_at) FROM submissions", [], |r| r.get(0))?;
        stats.last_sent_at = last_sent.as_deref().map(parse_ts).transpose()?;
        stats.last_error = self
            .conn
            .query_row(
                "SELECT last_error FROM submissions
                 WHERE state IN ('pending', 'sending', 'needs_attention') AND last_error IS NOT NULL
                 ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        stats.printer_problem = self.printer_problem()?;
        Ok(stats)
    }
}

fn service_type_str(t: ServiceType) -> &'static str {
    match t {
        ServiceType::Realtime => "realtime",
        ServiceType::Batch => "batch",
        ServiceType::Blackbox => "blackbox",
    }
}

/// Writes a new submission with the next reference inside `tx`.
pub(crate) fn insert_submission(
    tx: &rusqlite::Transaction<'_>,
    new: &NewSubmission,
    terminal: &str,
    now: DateTime<Utc>,
) -> Result<Stored, StoreError> {
    let payload =
        serde_json::to_string(&new.submission).map_err(|e| StoreError::Damaged(e.to_string()))?;
    let key = uuid::Uuid::new_v4().to_string();
    let reference = take_reference(tx, terminal, now)?;
    tx.execute(
        "INSERT INTO submissions
                   (reference, idempotency_key, service_code, service_type, locale, assisted,
                    created_at, payload, state, next_attempt_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'pending', ?7)",
        params![
            reference.as_str(),
            key,
            new.submission.service_code,
            service_type_str(new.service_type),
            new.locale,
            new.assisted,
            ts(now),
            payload,
        ],
    )?;
    Ok(Stored {
        reference,
        idempotency_key: key,
        service_code: new.submission.service_code.clone(),
        locale: new.locale.clone(),
        assisted: new.assisted,
        created_at: now,
        state: State::Pending,
        attempts: 0,
        service_request_id: None,
        token: None,
        last_error: None,
        next_attempt_at: Some(now),
        submission: Some(new.submission.clone()),
    })
}

mod audit;
mod bookings;
mod catalogue_cache;
mod fleet;
mod follows;
mod help_calls;
mod lookups;
mod measures;
mod messages;
pub mod open_requests;
pub mod payments;
mod report;
mod sending;
mod staff;
pub mod tokens;
pub use audit::{AuditEntry, ChainBreak};
pub use bookings::{Booking, BookingState};
pub use fleet::{FleetFigures, PrinterEvent, Tally};
pub use follows::Followed;
pub use help_calls::{HelpCallRecord, WeekAnswerTimes};
pub use measures::{JourneyEvent, Rating};
pub use messages::{
    Chosen, DueReminder, FollowUp, Message, MessageState, MessageStats, NewMessage, Subject,
    Watched, reminder_time,
};
pub use report::Measures;

#[cfg(test)]
mod tests;

/// Takes the terminal's next reference inside `tx`: the sequence moves on
/// only if the transaction commits.
pub(crate) fn take_reference(
    tx: &rusqlite::Transaction<'_>,
    terminal: &str,
    now: DateTime<Utc>,
) -> Result<Reference, StoreError> {
    let last: Option<i64> = tx
        .query_row(
            "SELECT last FROM sequence WHERE terminal = ?1",
            [terminal],
            |r| r.get(0),
        )
        .optional()?;
    let floor = reference::sequence_floor(now);
    let next = last.map_or(floor, |l| (l as u64 + 1).max(floor));
    tx.execute(
        "INSERT INTO sequence (terminal, last) VALUES (?1, ?2)
         ON CONFLICT(terminal) DO UPDATE SET last = excluded.last",
        params![terminal, next as i64],
    )?;
    Ok(Reference::new(terminal, next))
}
