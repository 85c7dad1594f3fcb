//! Follow-ups a resident asked for: reminders before an appointment, news
//! of a moved or cancelled one, and status updates on a report the
//! terminal watches for them.

use super::*;

impl Outbox {
    /// The follow-up for a booking or case reference.
    pub fn follow_up(&self, about: &str) -> Result<Option<FollowUp>, StoreError> {
        Ok(self
            .follow_ups("WHERE about = ?1", params![about])?
            .into_iter()
            .next())
    }

    pub(super) fn follow_ups(
        &self,
        filter: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<FollowUp>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT about, subject, locale, phone, email, remind, updates, service, place, watch_until
             FROM message_follow_ups {filter} ORDER BY rowid"
        ))?;
        let rows = stmt
            .query_map(args, |r| {
                Ok((
                    r.get::<_, crate::reference::Reference>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, bool>(5)?,
                    r.get::<_, bool>(6)?,
                    r.get::<_, String>(7)?,
                    r.get::<_, Option<String>>(8)?,
                    r.get::<_, Option<String>>(9)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(
                |(about, subject, locale, phone, email, remind, updates, service, place, until)| {
                    Ok(FollowUp {
                        about,
                        subject: if subject == "appointment" {
                            Subject::Appointment
                        } else {
                            Subject::Request
                        },
                        locale,
                        phone,
                        email,
                        remind,
                        updates,
                        service,
                        place,
                        watch_until: until.as_deref().map(parse_ts).transpose()?,
                    })
                },
            )
            .collect()
    }

    /// Reminders due at `local` (the terminal's wall clock): a follow-up
    /// asking for one, whose booking on this terminal is not cancelled or in
    /// conflict, starts after `local`, whose reminder time (the day before
    /// at `hour`) has come, that was asked for before that time, and that
    /// has not had a reminder for this start time.
    pub fn due_reminders(
        &self,
        local: NaiveDateTime,
        hour: u32,
    ) -> Result<Vec<DueReminder>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT f.about, b.starts_at, f.created_local FROM message_follow_ups f
             JOIN bookings b ON b.reference = f.about
             WHERE f.subject = 'appointment' AND f.remind = 1 AND f.phone IS NOT NULL
               AND b.state IN ('provisional', 'confirmed')
               AND b.starts_at > ?1
               AND (f.reminded_for IS NULL OR f.reminded_for != b.starts_at)
             ORDER BY b.starts_at",
        )?;
        let rows = stmt
            .query_map(params![local.format(LOCAL).to_string()], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut due = Vec::new();
        for (about, start, created) in rows {
            let start = NaiveDateTime::parse_from_str(&start, LOCAL)
                .map_err(|e| StoreError::Damaged(format!("booking time {start}: {e}")))?;
            let created = NaiveDateTime::parse_from_str(&created, LOCAL)
                .map_err(|e| StoreError::Damaged(format!("follow-up time {created}: {e}")))?;
            let Some(at) = reminder_time(start, hour) else {
                continue;
            };
            if local >= at
                && local < start
                && created < at
                && let Some(follow_up) = self.follow_up(&about)?
            {
                due.push(DueReminder { follow_up, start });
            }
        }
        Ok(due)
    }

    /// Keeps a reminder and notes the start it was for, in one
    /// transaction, so it is queued once whatever happens after.
    pub fn enqueue_reminder(
        &mut self,
        message: &NewMessage,
        about: &str,
        start: NaiveDateTime,
        now: DateTime<Utc>,
    ) -> Result<String, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE message_follow_ups SET reminded_for = ?2
             WHERE about = ?1 AND (reminded_for IS NULL OR reminded_for != ?2)",
            params![about, start.format(LOCAL).to_string()],
        )?;
        if n != 1 {
            return Err(StoreError::Damaged(format!(
                "the reminder for {about} was queued already"
            )));
        }
        let reference = insert(&tx, message, now)?;
        tx.commit()?;
        Ok(reference)
    }

    /// Requests to look at for a status change at `now`: watched until a
    /// later time, sent (with a back-office id), last seen open, and not
    /// looked at since `checked_before`; least recently looked at first, at
    /// most `limit`.
    pub fn watched_requests(
        &self,
        now: DateTime<Utc>,
        checked_before: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Watched>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT f.about, s.service_request_id, COALESCE(f.last_status, 'open')
             FROM message_follow_ups f JOIN submissions s ON s.reference = f.about
             WHERE f.subject = 'request' AND f.updates = 1 AND f.erased_at IS NULL
               AND (f.phone IS NOT NULL OR f.email IS NOT NULL)
               AND f.watch_until > ?1 AND s.service_request_id IS NOT NULL
               AND COALESCE(f.last_status, 'open') != 'closed'
               AND (f.checked_at IS NULL OR f.checked_at <= ?2)
             ORDER BY COALESCE(f.checked_at, ''), f.rowid LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(params![ts(now), ts(checked_before), limit as i64], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut out = Vec::new();
        for (about, id, last) in rows {
            if let Some(follow_up) = self.follow_up(&about)? {
                out.push(Watched {
                    follow_up,
                    service_request_id: id,
                    last_status: last,
                });
            }
        }
        Ok(out)
    }

    /// Notes a status look-up, and keeps the messages it led to, in one
    /// transaction.
    pub fn record_status(
        &mut self,
        about: &str,
        status: &str,
        messages: &[NewMessage],
        now: DateTime<Utc>,
    ) -> Result<Vec<String>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE message_follow_ups SET last_status = ?2, checked_at = ?3 WHERE about = ?1",
            params![about, status, ts(now)],
        )?;
        let mut refs = Vec::new();
        for m in messages {
            refs.push(insert(&tx, m, now)?);
        }
        tx.commit()?;
        Ok(refs)
    }
}
