//! Batch tokens waiting to become request ids: which are due to be asked
//! about, the growing wait between asks, and giving up (the submission then
//! waits for staff in the hub view, like one the back office refused).

use super::{Outbox, StoreError, parse_ts, ts};
use chrono::{DateTime, Utc};
use rusqlite::params;

/// A sent submission whose token has not yet become a request id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    /// The case reference.
    pub reference: crate::reference::Reference,
    /// The back office's token.
    pub token: String,
    /// When asking began: when it was sent, or when staff last asked for
    /// it to be tried again.
    pub since: DateTime<Utc>,
    /// How many times the back office has been asked.
    pub polls: u32,
}

impl Outbox {
    /// Sent submissions with an unresolved token whose next ask is due at
    /// `now`, oldest first.
    pub fn tokens_due(&self, now: DateTime<Utc>) -> Result<Vec<Waiting>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT reference, token, COALESCE(token_polls_from, sent_at, created_at), token_polls
             FROM submissions
             WHERE state = 'sent' AND token IS NOT NULL AND service_request_id IS NULL
               AND (token_next_poll_at IS NULL OR token_next_poll_at <= ?1)
             ORDER BY id",
        )?;
        let rows = stmt
            .query_map(params![ts(now)], |r| {
                Ok((
                    r.get::<_, crate::reference::Reference>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(reference, token, since, polls)| {
                Ok(Waiting {
                    reference,
                    token,
                    since: parse_ts(&since)?,
                    polls: u32::try_from(polls).unwrap_or(u32::MAX),
                })
            })
            .collect()
    }

    /// The back office was asked and has no request id yet (or could not
    /// answer): one more ask counted, the next not before `next`.
    pub fn token_not_yet(&self, reference: &str, next: DateTime<Utc>) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE submissions SET token_polls = token_polls + 1, token_next_poll_at = ?2
             WHERE reference = ?1",
            params![reference, ts(next)],
        )?;
        Ok(())
    }

    /// The token has been asked about for too long: the submission waits
    /// for staff, with `reason` in plain words.
    pub fn give_up_token(&self, reference: &str, reason: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE submissions SET state = 'needs_attention', last_error = ?2,
                    token_next_poll_at = NULL
             WHERE reference = ?1 AND state = 'sent'",
            params![reference, crate::clip::error_text(reason)],
        )?;
        Ok(())
    }

    /// Staff send a refused submission again: back to pending, due now. One
    /// that was given up waiting for its batch token is not sent again (the
    /// back office has it): asking about its token starts afresh at `now`.
    /// Returns whether there was one to retry.
    pub fn retry_needs_attention(
        &self,
        reference: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE submissions
             SET state = CASE WHEN token IS NOT NULL AND service_request_id IS NULL
                                   AND sent_at IS NOT NULL
                              THEN 'sent' ELSE 'pending' END,
                 next_attempt_at = NULL, token_polls = 0, token_next_poll_at = NULL,
                 token_polls_from = ?2
             WHERE reference = ?1 AND state = 'needs_attention'",
            params![reference, ts(now)],
        )?;
        Ok(n == 1)
    }
}
