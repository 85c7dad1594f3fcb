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

mod follow;
mod sending;

use super::{Outbox, StoreError, parse_ts, ts};
use crate::notify::message::Channel;
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
    pub about: crate::reference::Reference,
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
        chosen: impl FnOnce(&crate::reference::Reference) -> Chosen,
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
