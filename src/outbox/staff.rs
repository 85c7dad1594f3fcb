//! Staff accounts, the staff-entry lockout and the audit log in the store.

use super::{Outbox, StoreError, parse_ts, ts};
use crate::staff::{ATTEMPTS, Role, Staff, lockout_for};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

/// One line of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// Who, when someone was signed in.
    pub staff_name: Option<String>,
    /// What: sign-in, sign-out, pin-refused, assisted-session, reprint,
    /// booking, cancellation, retry.
    pub action: String,
    /// A reference or other detail; never personal data or a PIN.
    pub detail: Option<String>,
}

impl Outbox {
    /// Adds a member of staff with an already hashed PIN.
    pub fn add_staff(
        &self,
        name: &str,
        role: Role,
        pin_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        self.conn.execute(
            "INSERT INTO staff (name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![name, role.as_str(), pin_hash, ts(now)],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Every member of staff with their PIN hash, to check a PIN against.
    pub fn staff_with_hashes(&self) -> Result<Vec<(Staff, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, name, role, pin_hash FROM staff ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, name, role, hash)| {
                Role::parse(&role).map(|role| (Staff { id, name, role }, hash))
            })
            .collect())
    }

    /// When staff entry opens again, if it is locked now.
    pub fn staff_locked_until(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        let until: Option<String> = self
            .conn
            .query_row(
                "SELECT locked_until FROM staff_entry WHERE id = 1",
                [],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        Ok(until
            .as_deref()
            .map(parse_ts)
            .transpose()?
            .filter(|&u| u > now))
    }

    /// A right PIN: the count of wrong ones starts again.
    pub fn staff_pin_accepted(&self) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE staff_entry SET failures = 0, lockouts = 0, locked_until = NULL WHERE id = 1",
            [],
        )?;
        Ok(())
    }

    /// A wrong PIN: returns the wrong PINs in a row so far, and the end of
    /// the lockout when this one started it.
    pub fn staff_pin_refused(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(u32, Option<DateTime<Utc>>), StoreError> {
        let (failures, lockouts): (u32, u32) = self.conn.query_row(
            "SELECT failures, lockouts FROM staff_entry WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let failures = failures + 1;
        if failures >= ATTEMPTS {
            let lockouts = lockouts + 1;
            let until = now
                + chrono::Duration::from_std(lockout_for(lockouts))
                    .unwrap_or(chrono::Duration::hours(1));
            self.conn.execute(
                "UPDATE staff_entry SET failures = 0, lockouts = ?1, locked_until = ?2 WHERE id = 1",
                params![lockouts, ts(until)],
            )?;
            return Ok((failures, Some(until)));
        }
        self.conn.execute(
            "UPDATE staff_entry SET failures = ?1 WHERE id = 1",
            params![failures],
        )?;
        Ok((failures, None))
    }

    /// Adds a line to the audit log.
    pub fn audit(
        &self,
        staff: Option<&Staff>,
        action: &str,
        detail: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO audit (created_at, staff_id, staff_name, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                ts(now),
                staff.map(|s| s.id),
                staff.map(|s| s.name.as_str()),
                action,
                detail
            ],
        )?;
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
}
