//! Check progress's records in the store: the hash of each receipt's QR
//! secret, and the look-ups that found nothing, which slow down anyone
//! typing references at random.

use super::{Outbox, StoreError, parse_ts, ts};
use crate::reference::{Reference, Secret};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

impl Outbox {
    /// Keeps the hash of the secret printed for `reference`, in place of
    /// any earlier one (a receipt printed again has a new secret).
    pub fn keep_secret(
        &self,
        reference: &Reference,
        secret: &Secret,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR REPLACE INTO reference_secrets (reference, hash, created_at) VALUES (?1, ?2, ?3)",
            params![reference.as_str(), secret.hash_for(reference), ts(now)],
        )?;
        Ok(())
    }

    /// Whether `secret` is the one last printed for `reference`.
    pub fn secret_matches(
        &self,
        reference: &Reference,
        secret: &Secret,
    ) -> Result<bool, StoreError> {
        let kept: Option<String> = self
            .conn
            .query_row(
                "SELECT hash FROM reference_secrets WHERE reference = ?1",
                [reference.as_str()],
                |r| r.get(0),
            )
            .optional()?;
        Ok(kept.is_some_and(|h| h == secret.hash_for(reference)))
    }

    /// A look-up found nothing, or a scanned secret did not match. Records
    /// older than a day are dropped.
    pub fn lookup_missed(&self, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM lookup_misses WHERE at < ?1",
            [ts(now - chrono::Duration::days(1))],
        )?;
        self.conn
            .execute("INSERT INTO lookup_misses (at) VALUES (?1)", [ts(now)])?;
        Ok(())
    }

    /// The look-ups that missed since `since`, oldest first.
    pub fn lookup_misses_since(
        &self,
        since: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT at FROM lookup_misses WHERE at >= ?1 ORDER BY at")?;
        let rows = stmt
            .query_map([ts(since)], |r| r.get::<_, String>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        rows.iter().map(|t| parse_ts(t)).collect()
    }
}
