//! Submissions on their way to the back office: claiming those due,
//! recording what the back office said (sent, retry, refused), the batch
//! tokens still to resolve, and erasing what is past its retention.

use super::*;

impl Outbox {
    /// Claims up to `limit` submissions that are due (pending, with no wait
    /// left before their next attempt), oldest first, marking them sending in
    /// one transaction so no other worker takes them.
    pub fn claim_due(
        &mut self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Stored>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let refs: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT reference FROM submissions
                 WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?1)
                 ORDER BY id LIMIT ?2",
            )?;
            stmt.query_map(params![ts(now), limit as i64], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        for r in &refs {
            tx.execute(
                "UPDATE submissions SET state = 'sending', attempts = attempts + 1 WHERE reference = ?1",
                [r],
            )?;
        }
        tx.commit()?;
        let mut claimed = Vec::with_capacity(refs.len());
        for r in refs {
            if let Some(s) = self.get(&r)? {
                claimed.push(s);
            }
        }
        Ok(claimed)
    }

    /// Makes every pending submission due now, cutting short any backoff.
    pub fn make_all_due(&self) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE submissions SET next_attempt_at = NULL WHERE state = 'pending'",
            [],
        )?;
        Ok(())
    }

    /// The back office has it: keep its id or token.
    pub fn mark_sent(
        &self,
        reference: &str,
        service_request_id: Option<&str>,
        token: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE submissions SET state = 'sent', service_request_id = ?2, token = ?3,
                    sent_at = ?4, last_error = NULL, next_attempt_at = NULL,
                    token_polls = 0, token_next_poll_at = NULL, token_polls_from = NULL
             WHERE reference = ?1",
            params![reference, service_request_id, token, ts(now)],
        )?;
        Ok(())
    }

    /// The attempt failed in a way time can fix: back to pending, with the
    /// time of the next attempt and what went wrong.
    pub fn mark_retry(
        &self,
        reference: &str,
        next_attempt: DateTime<Utc>,
        reason: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE submissions SET state = 'pending', next_attempt_at = ?2, last_error = ?3
             WHERE reference = ?1",
            params![reference, ts(next_attempt), crate::clip::error_text(reason)],
        )?;
        Ok(())
    }

    /// The back office refused it and retrying cannot help: park it for a
    /// person to look at, with the server's own words.
    pub fn mark_needs_attention(&self, reference: &str, reason: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE submissions SET state = 'needs_attention', last_error = ?2, next_attempt_at = NULL
             WHERE reference = ?1",
            params![reference, crate::clip::error_text(reason)],
        )?;
        Ok(())
    }

    /// Erases the answers and contact details of submissions sent before
    /// `sent_before`, keeping the reference and the back office's id or token
    /// for progress look-ups. `secure_delete` overwrites the old content, and
    /// the WAL is checkpointed and truncated so no copy stays in it. Returns
    /// how many were erased.
    pub fn erase_sent_before(
        &self,
        sent_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        self.erase_payloads(
            "UPDATE submissions SET payload = NULL, erased_at = ?2
             WHERE state = 'sent' AND payload IS NOT NULL AND sent_at <= ?1",
            sent_before,
            now,
        )
    }

    /// Erases the personal data of submissions the back office refused that
    /// were saved at or before `saved_before` (the refusal is kept, with
    /// its reference, for staff and the council's figures).
    pub fn erase_refused_before(
        &self,
        saved_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        self.erase_payloads(
            "UPDATE submissions SET payload = NULL, erased_at = ?2
             WHERE state = 'needs_attention' AND payload IS NOT NULL AND created_at <= ?1",
            saved_before,
            now,
        )
    }

    /// Runs one erasing `update` (`?1` the cut-off, `?2` now) and, when it
    /// erased anything, checkpoints and truncates the WAL so no copy of
    /// the old content stays in it.
    fn erase_payloads(
        &self,
        update: &str,
        before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let n = self.conn.execute(update, params![ts(before), ts(now)])?;
        if n > 0 {
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(n)
    }

    /// How many refused submissions, still holding personal data, were
    /// saved at or before `saved_before` (those about to be erased).
    pub fn refused_saved_before(&self, saved_before: DateTime<Utc>) -> Result<u64, StoreError> {
        let n: i64 = self.conn.query_row(
            "SELECT COUNT(*) FROM submissions
             WHERE state = 'needs_attention' AND payload IS NOT NULL AND created_at <= ?1",
            params![ts(saved_before)],
            |r| r.get(0),
        )?;
        Ok(n.max(0) as u64)
    }

    /// Sent submissions whose batch token has not yet been turned into a
    /// request id, as (reference, token).
    pub fn unresolved_tokens(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT reference, token FROM submissions
             WHERE state = 'sent' AND token IS NOT NULL AND service_request_id IS NULL ORDER BY id",
        )?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Records the request id a batch token resolved to.
    pub fn resolve_token(
        &self,
        reference: &str,
        service_request_id: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE submissions SET service_request_id = ?2 WHERE reference = ?1",
            params![reference, service_request_id],
        )?;
        Ok(())
    }
}
