//! The sender's side of the message outbox: giving up what can no longer
//! be sent, claiming what is due, and recording what GOV.UK Notify said.

use super::*;

impl Outbox {
    /// Gives up messages that can no longer be sent: kept before
    /// `created_before` and still unsent, or past their `not_after`.
    /// Returns how many.
    pub fn give_up_messages(
        &self,
        created_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let late = self.conn.execute(
            "UPDATE messages SET state = 'given_up', finished_at = ?2, next_attempt_at = NULL,
                    last_error = 'not sent in time: ' || COALESCE(last_error, 'no attempt was answered')
             WHERE state = 'pending' AND created_at < ?1",
            params![ts(created_before), ts(now)],
        )?;
        let passed = self.conn.execute(
            "UPDATE messages SET state = 'given_up', finished_at = ?1, next_attempt_at = NULL,
                    last_error = 'no longer needed: the appointment has passed'
             WHERE state = 'pending' AND not_after IS NOT NULL AND not_after <= ?1",
            params![ts(now)],
        )?;
        Ok(late + passed)
    }

    /// Claims up to `limit` messages due at `now`, oldest first, marking
    /// them sending in one transaction.
    pub fn claim_due_messages(
        &mut self,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Message>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let ids: Vec<i64> = {
            let mut stmt = tx.prepare(
                "SELECT id FROM messages
                 WHERE state = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= ?1)
                 ORDER BY id LIMIT ?2",
            )?;
            stmt.query_map(params![ts(now), limit as i64], |r| r.get(0))?
                .collect::<Result<_, _>>()?
        };
        for id in &ids {
            tx.execute(
                "UPDATE messages SET state = 'sending', attempts = attempts + 1 WHERE id = ?1",
                [id],
            )?;
        }
        tx.commit()?;
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.extend(self.message_rows("WHERE id = ?1", params![id])?);
        }
        Ok(out)
    }

    /// Makes every pending message due now, cutting short any backoff
    /// (`sync --once`, or staff asking to send now).
    pub fn make_messages_due(&self) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE messages SET next_attempt_at = NULL WHERE state = 'pending'",
            [],
        )?;
        Ok(())
    }

    /// Notify has it.
    pub fn message_sent(
        &self,
        reference: &str,
        notify_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE messages SET state = 'sent', notify_id = ?2, finished_at = ?3,
                    last_error = NULL, next_attempt_at = NULL, uncertain = 0
             WHERE reference = ?1",
            params![reference, notify_id, ts(now)],
        )?;
        Ok(())
    }

    /// Try again at `next`. `uncertain` marks that Notify may have it
    /// already; once set it stays until the message is found or sent.
    pub fn message_retry(
        &self,
        reference: &str,
        next: DateTime<Utc>,
        reason: &str,
        uncertain: bool,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE messages SET state = 'pending', next_attempt_at = ?2, last_error = ?3,
                    uncertain = MAX(uncertain, ?4)
             WHERE reference = ?1",
            params![
                reference,
                ts(next),
                crate::clip::error_text(reason),
                uncertain
            ],
        )?;
        Ok(())
    }

    /// Notify looked and does not have it: it can be sent without fear of
    /// a second copy.
    pub fn message_not_found(&self, reference: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE messages SET uncertain = 0 WHERE reference = ?1",
            params![reference],
        )?;
        Ok(())
    }

    /// Notify refused it: park it for staff with Notify's words.
    pub fn message_parked(
        &self,
        reference: &str,
        reason: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE messages SET state = 'parked', last_error = ?2, finished_at = ?3,
                    next_attempt_at = NULL
             WHERE reference = ?1",
            params![reference, crate::clip::error_text(reason), ts(now)],
        )?;
        Ok(())
    }

    /// Staff send a parked message again (after fixing the template or the
    /// key): back to pending, due now. Whether there was one.
    pub fn retry_parked_message(&self, reference: &str) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE messages SET state = 'pending', next_attempt_at = NULL, finished_at = NULL
             WHERE reference = ?1 AND state = 'parked' AND recipient IS NOT NULL",
            params![reference],
        )?;
        Ok(n == 1)
    }

    /// A row a crash left in sending may have reached Notify: back to
    /// pending, marked uncertain, so Notify is asked before it is sent
    /// again. Run when the store opens.
    pub(crate) fn recover_sending_messages(&self) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE messages SET state = 'pending', uncertain = 1 WHERE state = 'sending'",
            [],
        )?)
    }
}
