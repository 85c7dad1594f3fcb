//! The message outbox: texts and emails for GOV.UK Notify, each saved before
//! it is sent, with a client reference unique to the message, and the
//! follow-ups a resident asked for (reminders, news of a moved or cancelled
//! appointment, status updates).
//!
//! States: pending -> sending -> sent; or parked (Notify refused it: staff
//! must look) or given up (not sent within `notify.give_up_hours`, or a
//! reminder whose appointment has passed). A message whose earlier attempt
//! may have reached Notify is marked uncertain, and the worker asks Notify
//! for its reference before sending it again.

use super::{Outbox, StoreError, parse_ts, ts};
use crate::notify::Channel;
use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};
use std::collections::BTreeMap;

/// Where a message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageState {
    /// Waiting to be sent.
    Pending,
    /// Being sent now.
    Sending,
    /// Notify has it.
    Sent,
    /// Notify refused it; staff must look.
    Parked,
    /// Not sent in time; staff can see it.
    GivenUp,
}

impl MessageState {
    /// The stored word.
    pub fn as_str(self) -> &'static str {
        match self {
            MessageState::Pending => "pending",
            MessageState::Sending => "sending",
            MessageState::Sent => "sent",
            MessageState::Parked => "parked",
            MessageState::GivenUp => "given_up",
        }
    }

    fn parse(s: &str) -> Result<MessageState, StoreError> {
        Ok(match s {
            "pending" => MessageState::Pending,
            "sending" => MessageState::Sending,
            "sent" => MessageState::Sent,
            "parked" => MessageState::Parked,
            "given_up" => MessageState::GivenUp,
            other => {
                return Err(StoreError::Damaged(format!(
                    "unknown message state {other}"
                )));
            }
        })
    }
}

/// A message to keep and send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    /// The template key, such as `submitted_sms`.
    pub kind: String,
    /// Text or email.
    pub channel: Channel,
    /// The resident's language (the template's, after fallback).
    pub locale: String,
    /// The Notify template id.
    pub template_id: String,
    /// The checked, normalised mobile number or email address.
    pub recipient: String,
    /// The template's fields.
    pub personalisation: BTreeMap<String, String>,
    /// The case or booking reference it is about.
    pub about: Option<String>,
    /// Never sent after this.
    pub not_after: Option<DateTime<Utc>>,
}

/// A message as stored.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Message {
    /// The client reference sent to Notify.
    pub reference: String,
    /// The template key.
    pub kind: String,
    /// Text or email.
    pub channel: Channel,
    /// The resident's language.
    pub locale: String,
    /// The Notify template id.
    pub template_id: String,
    /// The mobile number or email, until erased.
    #[serde(skip)]
    pub recipient: Option<String>,
    /// The template's fields.
    pub personalisation: BTreeMap<String, String>,
    /// The case or booking reference it is about.
    pub about: Option<String>,
    /// When it was kept.
    pub created_at: DateTime<Utc>,
    /// Never sent after this.
    pub not_after: Option<DateTime<Utc>>,
    /// Where it is.
    pub state: MessageState,
    /// Attempts so far.
    pub attempts: u32,
    /// When it is next tried, while pending.
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// An earlier attempt may have reached Notify.
    pub uncertain: bool,
    /// Notify's id, once sent.
    pub notify_id: Option<String>,
    /// The last problem, for staff.
    pub last_error: Option<String>,
}

/// Messages by state, for staff.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct MessageStats {
    /// Waiting to be sent.
    pub pending: u64,
    /// Being sent.
    pub sending: u64,
    /// Sent.
    pub sent: u64,
    /// Refused by Notify: staff must look.
    pub parked: u64,
    /// Not sent in time.
    pub given_up: u64,
    /// The latest problem among unsent messages.
    pub last_error: Option<String>,
}

/// What a follow-up is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A booked appointment.
    Appointment,
    /// A request sent to the back office.
    Request,
}

impl Subject {
    fn as_str(self) -> &'static str {
        match self {
            Subject::Appointment => "appointment",
            Subject::Request => "request",
        }
    }
}

/// What a resident asked to hear about later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    /// The booking or case reference.
    pub about: String,
    /// Appointment or request.
    pub subject: Subject,
    /// The resident's language.
    pub locale: String,
    /// Their mobile (`+447…`), until erased.
    pub phone: Option<String>,
    /// Their email, until erased.
    pub email: Option<String>,
    /// A reminder the day before.
    pub remind: bool,
    /// Status updates.
    pub updates: bool,
    /// The service name or appointment type, in their language.
    pub service: String,
    /// Where the appointment is.
    pub place: Option<String>,
    /// Updates are looked for until then.
    pub watch_until: Option<DateTime<Utc>>,
}

/// A reminder that is due: the follow-up and the booking's start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    /// The follow-up.
    pub follow_up: FollowUp,
    /// When the appointment starts (local time).
    pub start: NaiveDateTime,
}

/// A request to look at for a status change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Watched {
    /// The follow-up.
    pub follow_up: FollowUp,
    /// The back office's id for the request.
    pub service_request_id: String,
    /// `open` or `closed`, as last seen.
    pub last_status: String,
}

const LOCAL: &str = "%Y-%m-%dT%H:%M";

fn insert(tx: &Transaction<'_>, m: &NewMessage, now: DateTime<Utc>) -> Result<String, StoreError> {
    let reference = uuid::Uuid::new_v4().to_string();
    let fields = serde_json::to_string(&m.personalisation)
        .map_err(|e| StoreError::Damaged(e.to_string()))?;
    tx.execute(
        "INSERT INTO messages (reference, kind, channel, locale, template_id, recipient,
                               personalisation, about, created_at, not_after, next_attempt_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9)",
        params![
            reference,
            m.kind,
            m.channel.as_str(),
            m.locale,
            m.template_id,
            m.recipient,
            fields,
            m.about,
            ts(now),
            m.not_after.map(ts),
        ],
    )?;
    Ok(reference)
}

fn upsert_follow_up(
    tx: &Transaction<'_>,
    f: &FollowUp,
    now: DateTime<Utc>,
    local: NaiveDateTime,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO message_follow_ups (about, subject, locale, phone, email, remind, updates,
                 service, place, created_at, created_local, last_status, watch_until)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'open', ?12)
         ON CONFLICT(about) DO UPDATE SET locale = excluded.locale, phone = excluded.phone,
                 email = excluded.email, remind = excluded.remind, updates = excluded.updates,
                 service = excluded.service, place = excluded.place,
                 watch_until = excluded.watch_until, erased_at = NULL",
        params![
            f.about,
            f.subject.as_str(),
            f.locale,
            f.phone,
            f.email,
            f.remind,
            f.updates,
            f.service,
            f.place,
            ts(now),
            local.format(LOCAL).to_string(),
            f.watch_until.map(ts),
        ],
    )?;
    Ok(())
}

/// The texts and emails to keep with a new submission, and what the
/// resident asked to hear about later.
pub type Chosen = (Vec<NewMessage>, Option<FollowUp>);

impl Outbox {
    /// Saves a submission as [`Outbox::submit`] does and, in the same
    /// transaction, the messages the resident chose, built by `chosen` from
    /// the new reference: a crash keeps both or neither, so a saved request
    /// never loses its confirmation text and no text is kept for a request
    /// that was not saved.
    pub fn submit_with_messages(
        &mut self,
        new: &super::NewSubmission,
        terminal: &str,
        now: DateTime<Utc>,
        local: NaiveDateTime,
        chosen: impl FnOnce(&str) -> Chosen,
    ) -> Result<super::Stored, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let stored = super::insert_submission(&tx, new, terminal, now)?;
        let (messages, follow_up) = chosen(&stored.reference);
        for m in &messages {
            insert(&tx, m, now)?;
        }
        if let Some(f) = &follow_up {
            upsert_follow_up(&tx, f, now, local)?;
        }
        tx.commit()?;
        Ok(stored)
    }

    /// Keeps messages to send, and what the resident asked to hear about
    /// later, in one transaction. Returns each message's client reference.
    pub fn enqueue_messages(
        &mut self,
        messages: &[NewMessage],
        follow_up: Option<&FollowUp>,
        now: DateTime<Utc>,
        local: NaiveDateTime,
    ) -> Result<Vec<String>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut refs = Vec::with_capacity(messages.len());
        for m in messages {
            refs.push(insert(&tx, m, now)?);
        }
        if let Some(f) = follow_up {
            upsert_follow_up(&tx, f, now, local)?;
        }
        tx.commit()?;
        Ok(refs)
    }

    /// Keeps the last messages about `about` (a cancelled appointment) and
    /// erases its follow-up's contact details, in one transaction: nothing
    /// more will be sent about it.
    pub fn enqueue_and_close(
        &mut self,
        messages: &[NewMessage],
        about: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<String>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut refs = Vec::with_capacity(messages.len());
        for m in messages {
            refs.push(insert(&tx, m, now)?);
        }
        tx.execute(
            "UPDATE message_follow_ups SET phone = NULL, email = NULL, remind = 0, updates = 0,
                    erased_at = ?2
             WHERE about = ?1",
            params![about, ts(now)],
        )?;
        tx.commit()?;
        Ok(refs)
    }

    /// The follow-up for a booking or case reference.
    pub fn follow_up(&self, about: &str) -> Result<Option<FollowUp>, StoreError> {
        Ok(self
            .follow_ups("WHERE about = ?1", params![about])?
            .into_iter()
            .next())
    }

    fn follow_ups(
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
                    r.get::<_, String>(0)?,
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

    /// One message by client reference.
    pub fn message(&self, reference: &str) -> Result<Option<Message>, StoreError> {
        Ok(self
            .message_rows("WHERE reference = ?1", params![reference])?
            .pop())
    }

    /// Every message, oldest first.
    pub fn messages(&self) -> Result<Vec<Message>, StoreError> {
        self.message_rows("", params![])
    }

    /// The messages about one case or booking reference, oldest first.
    pub fn messages_about(&self, about: &str) -> Result<Vec<Message>, StoreError> {
        self.message_rows("WHERE about = ?1", params![about])
    }

    fn message_rows(
        &self,
        filter: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<Message>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT reference, kind, channel, locale, template_id, recipient, personalisation,
                    about, created_at, not_after, state, attempts, next_attempt_at, uncertain,
                    notify_id, last_error
             FROM messages {filter} ORDER BY id"
        ))?;
        type Row = (
            (
                String,
                String,
                String,
                String,
                String,
                Option<String>,
                String,
            ),
            (Option<String>, String, Option<String>, String, u32),
            (Option<String>, bool, Option<String>, Option<String>),
        );
        let rows: Vec<Row> = stmt
            .query_map(args, |r| {
                Ok((
                    (
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                    ),
                    (r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?),
                    (r.get(12)?, r.get(13)?, r.get(14)?, r.get(15)?),
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(
                |(
                    (reference, kind, channel, locale, template_id, recipient, fields),
                    (about, created, not_after, state, attempts),
                    (next, uncertain, notify_id, last_error),
                )| {
                    Ok(Message {
                        reference,
                        kind,
                        channel: if channel == "email" {
                            Channel::Email
                        } else {
                            Channel::Sms
                        },
                        locale,
                        template_id,
                        recipient,
                        personalisation: serde_json::from_str(&fields)
                            .map_err(|e| StoreError::Damaged(e.to_string()))?,
                        about,
                        created_at: parse_ts(&created)?,
                        not_after: not_after.as_deref().map(parse_ts).transpose()?,
                        state: MessageState::parse(&state)?,
                        attempts,
                        next_attempt_at: next.as_deref().map(parse_ts).transpose()?,
                        uncertain,
                        notify_id,
                        last_error,
                    })
                },
            )
            .collect()
    }

    /// Messages by state.
    pub fn message_stats(&self) -> Result<MessageStats, StoreError> {
        let mut stats = MessageStats::default();
        let mut stmt = self
            .conn
            .prepare("SELECT state, COUNT(*) FROM messages GROUP BY state")?;
        let counts = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        for (state, n) in counts {
            match MessageState::parse(&state)? {
                MessageState::Pending => stats.pending = n,
                MessageState::Sending => stats.sending = n,
                MessageState::Sent => stats.sent = n,
                MessageState::Parked => stats.parked = n,
                MessageState::GivenUp => stats.given_up = n,
            }
        }
        stats.last_error = self
            .conn
            .query_row(
                "SELECT last_error FROM messages
                 WHERE state != 'sent' AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        Ok(stats)
    }

    /// Erases phone numbers and email addresses that can no longer be
    /// needed, and returns how many rows lost them:
    /// - messages sent or given up before `finished_before`, and parked
    ///   ones before `parked_before`;
    /// - follow-ups of appointments that started before `local_before`
    ///   (wall clock), and of requests watched until before
    ///   `finished_before`, seen closed, or not watched at all.
    ///   (Cancelling an appointment erases its follow-up at once.)
    ///
    /// `secure_delete` overwrites the old content, and the WAL is
    /// checkpointed so no copy stays in it.
    pub fn erase_message_contacts(
        &self,
        finished_before: DateTime<Utc>,
        parked_before: DateTime<Utc>,
        local_before: NaiveDateTime,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let mut n = self.conn.execute(
            "UPDATE messages SET recipient = NULL, erased_at = ?3
             WHERE recipient IS NOT NULL AND (
                 (state IN ('sent', 'given_up') AND finished_at <= ?1)
                 OR (state = 'parked' AND finished_at <= ?2))",
            params![ts(finished_before), ts(parked_before), ts(now)],
        )?;
        n += self.conn.execute(
            "UPDATE message_follow_ups SET phone = NULL, email = NULL, erased_at = ?3
             WHERE erased_at IS NULL AND (
                 (subject = 'appointment' AND NOT EXISTS (
                     SELECT 1 FROM bookings b WHERE b.reference = about AND b.starts_at >= ?2))
                 OR (subject = 'request' AND (updates = 0 OR last_status = 'closed'
                     OR COALESCE(watch_until, '') <= ?1)))",
            params![
                ts(finished_before),
                local_before.format(LOCAL).to_string(),
                ts(now)
            ],
        )?;
        if n > 0 {
            self.conn
                .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(n)
    }
}

/// When the reminder for an appointment starting at `start` goes: the day
/// before at `hour` o'clock.
pub fn reminder_time(start: NaiveDateTime, hour: u32) -> Option<NaiveDateTime> {
    start.date().pred_opt()?.and_hms_opt(hour.min(23), 0, 0)
}
