//! Staff accounts in the store: each member of staff's staff number (the
//! row's id), PIN hash and their own count of wrong PINs and lockout.

use super::{Outbox, StoreError, parse_ts, ts};
use crate::staff::{ATTEMPTS, Role, SignIn, Staff, decoy_hash, lockout_for, verify_pin};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

impl Outbox {
    /// Checks `pin` against the member of staff with staff number `number`,
    /// keeping their lockout and the audit log. Slow on purpose (argon2id):
    /// call it off the UI thread. A sign-in whose audit line cannot be written
    /// does not happen.
    pub fn sign_in(&self, number: i64, pin: &str, now: DateTime<Utc>) -> SignIn {
        let store = self;
        let run = || -> Result<SignIn, StoreError> {
            let Some((staff, hash, locked)) = store.staff_account(number, now)? else {
                let _ = verify_pin(pin, decoy_hash());
                store.audit(
                    None,
                    "pin-refused",
                    Some(&format!("no staff number {number}")),
                    now,
                )?;
                return Ok(SignIn::Wrong { left: None });
            };
            if let Some(until) = locked {
                return Ok(SignIn::Locked(until));
            }
            if verify_pin(pin, &hash) {
                store.audit(Some(&staff), "sign-in", None, now)?;
                store.staff_pin_accepted(number)?;
                return Ok(SignIn::Welcome(staff));
            }
            let (failures, locked) = store.staff_pin_refused(number, now)?;
            let detail = format!("staff number {number}");
            store.audit(None, "pin-refused", Some(&detail), now)?;
            if locked.is_some() {
                store.audit(None, "locked", Some(&detail), now)?;
            }
            Ok(match locked {
                Some(until) => SignIn::Locked(until),
                None => SignIn::Wrong {
                    left: Some(ATTEMPTS.saturating_sub(failures)),
                },
            })
        };
        run().unwrap_or_else(|e| SignIn::Unavailable(e.to_string()))
    }

    /// `frontdoor staff unlock --name NAME`: ends that member of staff's
    /// lockout, in the audit log. Returns what to print.
    pub fn unlock_staff(&self, name: &str, now: DateTime<Utc>) -> Result<String, UnlockError> {
        let store = self;
        let found = store.staff_named(name)?;
        let staff = match found.as_slice() {
            [] => return Err(UnlockError::NoOne(name.trim().to_string())),
            [one] => one,
            many => {
                let numbers: Vec<String> = many.iter().map(|s| s.id.to_string()).collect();
                return Err(UnlockError::Several(
                    name.trim().to_string(),
                    numbers.join(", "),
                ));
            }
        };
        store.audit(
            None,
            "unlock",
            Some(&format!("staff number {}", staff.id)),
            now,
        )?;
        let was = store.staff_unlock(staff.id, now)?;
        Ok(if was {
            format!(
                "{} (staff number {}) can sign in again.",
                staff.name, staff.id
            )
        } else {
            format!(
                "{} (staff number {}) was not locked out; their count of wrong PINs starts again.",
                staff.name, staff.id
            )
        })
    }

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

    /// One member of staff by staff number, with their PIN hash and when
    /// their lockout ends, if they are locked out now.
    #[allow(clippy::type_complexity)]
    pub fn staff_account(
        &self,
        number: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<(Staff, String, Option<DateTime<Utc>>)>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT name, role, pin_hash, locked_until FROM staff WHERE id = ?1",
                [number],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, Option<String>>(3)?,
                    ))
                },
            )
            .optional()?;
        let Some((name, role, hash, until)) = row else {
            return Ok(None);
        };
        let Some(role) = Role::parse(&role) else {
            return Ok(None);
        };
        let until = until
            .as_deref()
            .map(parse_ts)
            .transpose()?
            .filter(|&u| u > now);
        Ok(Some((
            Staff {
                id: number,
                name,
                role,
            },
            hash,
            until,
        )))
    }

    /// When `number`'s lockout ends, if they are locked out now.
    pub fn staff_locked_until(
        &self,
        number: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        Ok(self.staff_account(number, now)?.and_then(|(_, _, u)| u))
    }

    /// A right PIN: that account's count of wrong ones starts again.
    pub fn staff_pin_accepted(&self, number: i64) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE staff SET failures = 0, lockouts = 0, locked_until = NULL WHERE id = ?1",
            [number],
        )?;
        Ok(())
    }

    /// A wrong PIN for `number`: returns the wrong PINs in a row so far for
    /// that account, and the end of the lockout when this one started it.
    pub fn staff_pin_refused(
        &self,
        number: i64,
        now: DateTime<Utc>,
    ) -> Result<(u32, Option<DateTime<Utc>>), StoreError> {
        let (failures, lockouts): (u32, u32) = self.conn.query_row(
            "SELECT failures, lockouts FROM staff WHERE id = ?1",
            [number],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let failures = failures + 1;
        if failures >= ATTEMPTS {
            let lockouts = lockouts + 1;
            let until = now
                + chrono::Duration::from_std(lockout_for(lockouts))
                    .unwrap_or(chrono::Duration::hours(1));
            self.conn.execute(
                "UPDATE staff SET failures = 0, lockouts = ?1, locked_until = ?2 WHERE id = ?3",
                params![lockouts, ts(until), number],
            )?;
            return Ok((failures, Some(until)));
        }
        self.conn.execute(
            "UPDATE staff SET failures = ?1 WHERE id = ?2",
            params![failures, number],
        )?;
        Ok((failures, None))
    }

    /// The members of staff called `name` (matched without regard to case
    /// or spaces at either end).
    pub fn staff_named(&self, name: &str) -> Result<Vec<Staff>, StoreError> {
        let wanted = name.trim().to_lowercase();
        Ok(self
            .staff_with_hashes()?
            .into_iter()
            .map(|(s, _)| s)
            .filter(|s| s.name.trim().to_lowercase() == wanted)
            .collect())
    }

    /// Ends `number`'s lockout and clears their count of wrong PINs.
    /// Returns whether they were locked out.
    pub fn staff_unlock(&self, number: i64, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let was = self.staff_locked_until(number, now)?.is_some();
        self.staff_pin_accepted(number)?;
        Ok(was)
    }
}

/// Why `frontdoor staff unlock` could not unlock anyone.
#[derive(Debug, thiserror::Error)]
pub enum UnlockError {
    /// No member of staff has that name.
    #[error("no member of staff on this terminal is called \"{0}\"")]
    NoOne(String),
    /// More than one has it.
    #[error(
        "more than one member of staff is called \"{0}\" (staff numbers {1}); ask them which one is locked out"
    )]
    Several(String, String),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}
