//! The audit log: what staff did, one row per action, each row holding a
//! SHA-256 hash of its own contents and of the row before it. The store's
//! triggers refuse any change through SQL; the chain finds a change made
//! to the file itself (a row edited, removed or put in), and `frontdoor
//! audit verify` says where it breaks. Every row also goes to the log (the
//! systemd journal on a terminal) with its hash, so a chain rewritten from
//! scratch no longer matches the journal's copy.
//!
//! The hash covers the row's number, time, staff id and name, action and
//! detail, written as one JSON array so no two rows can read the same, and
//! the hash of the row before (empty for the first).

use super::{Outbox, StoreError, parse_ts, ts};
use crate::staff::Staff;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// Who, when someone was signed in.
    pub staff_name: Option<String>,
    /// What: sign-in, sign-out, pin-refused, assisted-session, reprint,
    /// booking, cancellation, retry, unlock.
    pub action: String,
    /// A reference or other detail; never personal data or a PIN.
    pub detail: Option<String>,
}

/// Where the audit chain breaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    /// A row's contents or its link to the row before do not match its hash.
    #[error(
        "the audit log was changed at entry {id} ({at}): its contents do not match its hash, so it or the entry before it was edited"
    )]
    Altered {
        /// The row's number.
        id: i64,
        /// Its time as stored.
        at: String,
    },
    /// A row is missing between two others.
    #[error(
        "the audit log is missing entries between {before} and {after}: they were removed from the file"
    )]
    Missing {
        /// The last row before the gap.
        before: i64,
        /// The first row after it.
        after: i64,
    },
    /// A row has no hash at all.
    #[error("the audit log was changed at entry {id} ({at}): it has no hash")]
    Unhashed {
        /// The row's number.
        id: i64,
        /// Its time as stored.
        at: String,
    },
}

/// One stored row, as the hash sees it.
struct Row {
    id: i64,
    created_at: String,
    staff_id: Option<i64>,
    staff_name: Option<String>,
    action: String,
    detail: Option<String>,
}

impl Row {
    /// The row's hash, following the one before.
    fn hash(&self, prev: &str) -> String {
        let fields = serde_json::json!([
            prev,
            self.id,
            self.created_at,
            self.staff_id,
            self.staff_name,
            self.action,
            self.detail
        ]);
        let digest = Sha256::digest(fields.to_string().as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

const SELECT_ROWS: &str =
    "SELECT id, created_at, staff_id, staff_name, action, detail, hash FROM audit ORDER BY id";

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Row, Option<String>)> {
    Ok((
        Row {
            id: r.get(0)?,
            created_at: r.get(1)?,
            staff_id: r.get(2)?,
            staff_name: r.get(3)?,
            action: r.get(4)?,
            detail: r.get(5)?,
        },
        r.get(6)?,
    ))
}

/// Migration 010's own step: hashes the rows written before the chain
/// existed, in order, then puts back the triggers that refuse changes.
pub(super) fn chain_existing(tx: &rusqlite::Transaction<'_>) -> rusqlite::Result<()> {
    let rows = {
        let mut stmt = tx.prepare(SELECT_ROWS)?;
        stmt.query_map([], read_row)?
            .collect::<Result<Vec<_>, _>>()?
    };
    let mut prev = String::new();
    for (row, _) in rows {
        let hash = row.hash(&prev);
        tx.execute(
            "UPDATE audit SET hash = ?1 WHERE id = ?2",
            params![hash, row.id],
        )?;
        prev = hash;
    }
    tx.execute_batch(
        "CREATE TRIGGER audit_is_kept BEFORE UPDATE ON audit
         BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
         CREATE TRIGGER audit_is_not_erased BEFORE DELETE ON audit
         BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;",
    )
}

impl Outbox {
    /// Adds a line to the audit log, chained to the one before, and sends a
    /// copy to the log. An error means the line was not written: the
    /// caller must not carry out the action.
    pub fn audit(
        &self,
        staff: Option<&Staff>,
        action: &str,
        detail: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let last: Option<(i64, Option<String>)> = tx
            .query_row(
                "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (id, prev) = match last {
            Some((id, hash)) => (id + 1, hash.unwrap_or_default()),
            None => (1, String::new()),
        };
        let row = Row {
            id,
            created_at: ts(now),
            staff_id: staff.map(|s| s.id),
            staff_name: staff.map(|s| s.name.clone()),
            action: action.to_string(),
            detail: detail.map(str::to_string),
        };
        let hash = row.hash(&prev);
        tx.execute(
            "INSERT INTO audit (id, created_at, staff_id, staff_name, action, detail, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                row.id,
                row.created_at,
                row.staff_id,
                row.staff_name,
                row.action,
                row.detail,
                hash
            ],
        )?;
        tx.commit()?;
        tracing::info!(
            target: "frontdoor::audit",
            entry = row.id,
            action = row.action,
            staff = row.staff_name.as_deref().unwrap_or("-"),
            detail = row.detail.as_deref().unwrap_or("-"),
            hash = hash,
            "audit"
        );
        Ok(())
    }

    /// The audit log, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT created_at, staff_name, action, detail FROM audit ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(at, staff_name, action, detail)| {
                Ok(AuditEntry {
                    at: parse_ts(&at)?,
                    staff_name,
                    action,
                    detail,
                })
            })
            .collect()
    }

    /// Checks the audit chain from the first row to the last. `Ok` holds
    /// how many rows were checked; the inner error says where it breaks.
    pub fn verify_audit(&self) -> Result<Result<usize, ChainBreak>, StoreError> {
        let mut stmt = self.conn.prepare(SELECT_ROWS)?;
        let rows = stmt
            .query_map([], read_row)?
            .collect::<Result<Vec<_>, _>>()?;
        let mut prev = String::new();
        let mut last_id = 0;
        for (row, stored) in &rows {
            if row.id != last_id + 1 {
                return Ok(Err(ChainBreak::Missing {
                    before: last_id,
                    after: row.id,
                }));
            }
            let Some(stored) = stored else {
                return Ok(Err(ChainBreak::Unhashed {
                    id: row.id,
                    at: row.created_at.clone(),
                }));
            };
            let expected = row.hash(&prev);
            if *stored != expected {
                return Ok(Err(ChainBreak::Altered {
                    id: row.id,
                    at: row.created_at.clone(),
                }));
            }
            prev = expected;
            last_id = row.id;
        }
        Ok(Ok(rows.len()))
    }
}
