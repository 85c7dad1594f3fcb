//! The message worker's pass: queue the reminders that are due, look for
//! status changes of watched requests, send what is due, give up what is
//! too old, and erase contact details no longer needed.
//!
//! Sending is one message at a time (a kiosk sends a handful a day); the
//! store is locked only for its short writes, never across a request.

use super::{Answer, Client, Kind, NotifyError, message, phone};
use crate::config::Config;
use crate::outbox::{Message, NewMessage, Outbox};
use chrono::{DateTime, TimeZone, Utc};
use std::sync::{Arc, Mutex};

/// Messages claimed at once.
pub const BATCH: usize = 16;
/// A watched request is looked up at most this often.
pub const POLL_EVERY: chrono::TimeDelta = chrono::TimeDelta::hours(1);
/// Watched requests looked up in one pass, at most.
pub const POLL_LIMIT: usize = 10;
/// Contact details of a parked message are kept this long for staff to
/// send it again.
pub const PARKED_RETENTION: chrono::TimeDelta = chrono::TimeDelta::days(30);

/// What one sending pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SendReport {
    /// Accepted by Notify now.
    pub sent: usize,
    /// Found already at Notify after a lost answer: not sent again.
    pub found: usize,
    /// To be tried again.
    pub retrying: usize,
    /// Refused by Notify: parked for staff.
    pub parked: usize,
    /// Given up: too old, or a reminder whose appointment has passed.
    pub given_up: usize,
}

impl std::fmt::Display for SendReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "messages: sent {}, found already sent {}, will retry {}, refused {}, given up {}",
            self.sent, self.found, self.retrying, self.parked, self.given_up
        )
    }
}

/// What a whole worker pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PassReport {
    /// Reminders queued.
    pub reminders: usize,
    /// Status updates queued.
    pub updates: usize,
    /// Sending.
    pub send: SendReport,
    /// Rows whose contact details were erased.
    pub erased: usize,
}

fn lock(store: &Arc<Mutex<Outbox>>) -> Result<std::sync::MutexGuard<'_, Outbox>, NotifyError> {
    store.lock().map_err(|_| NotifyError::StoreUnavailable)
}

/// One pass of the kiosk's background worker: reminders due at `now`
/// (local time), status updates (when `notify.updates` is on and an
/// Open311 client is given), sending, and erasing.
pub async fn pass<Tz>(
    store: &Arc<Mutex<Outbox>>,
    client: &Client,
    open311: Option<&crate::sync::Client>,
    config: &Config,
    now: &DateTime<Tz>,
) -> Result<PassReport, NotifyError>
where
    Tz: TimeZone,
{
    let utc = now.with_timezone(&Utc);
    let mut report = PassReport {
        reminders: enqueue_due_reminders(&mut *lock(store)?, config, now)?,
        ..PassReport::default()
    };
    if let Some(open311) = open311
        && config.notify.as_ref().is_some_and(|n| n.updates)
    {
        report.updates = poll_updates(store, open311, config, utc).await?;
    }
    report.send = send_due(store, client, config, utc).await?;
    report.erased = erase_expired(&*lock(store)?, config, now)?;
    Ok(report)
}

/// Queues the reminders due at `now` (the terminal's local time, such as
/// `chrono::Local::now()`): for each booking on this terminal whose
/// resident asked for one, once `notify.reminder_hour` on the day before
/// has come and while the appointment has not begun. Each is queued exactly
/// once per appointment time (a moved booking gets one for its new time).
/// Returns how many were queued.
pub fn enqueue_due_reminders<Tz: TimeZone>(
    store: &mut Outbox,
    config: &Config,
    now: &DateTime<Tz>,
) -> Result<usize, NotifyError> {
    let Some(n) = &config.notify else {
        return Ok(0);
    };
    let utc = now.with_timezone(&Utc);
    let mut queued = 0;
    for due in store.due_reminders(now.naive_local(), n.reminder_hour)? {
        let f = &due.follow_up;
        let (Some(phone), Some(template)) =
            (&f.phone, n.template(Kind::ReminderSms.key(), &f.locale))
        else {
            continue;
        };
        let Some(recipient) = phone::uk_mobile(phone) else {
            continue;
        };
        let starts = now
            .timezone()
            .from_local_datetime(&due.start)
            .earliest()
            .map(|t| t.with_timezone(&Utc));
        let appointment = super::appointment_of(f, due.start);
        let m = NewMessage {
            kind: Kind::ReminderSms.key().to_string(),
            channel: Kind::ReminderSms.channel(),
            locale: f.locale.clone(),
            template_id: template.trim().to_string(),
            recipient,
            personalisation: message::appointment_fields(&appointment),
            about: Some(f.about.as_str().to_string()),
            not_after: starts,
        };
        store.enqueue_reminder(&m, f.about.as_str(), due.start, utc)?;
        queued += 1;
    }
    Ok(queued)
}

/// Looks up, at most [`POLL_LIMIT`] at a time and each at most every
/// [`POLL_EVERY`], the Open311 status of requests this terminal sent whose
/// resident asked for updates, within `notify.updates_days`; queues an
/// `update_sms` or `update_email` when the status changed. A look-up that
/// fails is tried on a later pass. Returns how many messages were queued.
pub async fn poll_updates(
    store: &Arc<Mutex<Outbox>>,
    open311: &crate::sync::Client,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<usize, NotifyError> {
    let Some(n) = &config.notify else {
        return Ok(0);
    };
    let watched = lock(store)?.watched_requests(now, now - POLL_EVERY, POLL_LIMIT)?;
    let mut queued = 0;
    for w in watched {
        let Ok(status) = open311.status(&w.service_request_id).await else {
            continue;
        };
        let seen = if status.open { "open" } else { "closed" };
        let f = &w.follow_up;
        let mut messages = Vec::new();
        if seen != w.last_status {
            let request = message::Request {
                reference: f.about.clone(),
                service: f.service.clone(),
                locale: f.locale.clone(),
            };
            let fields = message::update_fields(config, &request, status.open);
            let (kind, to) = match (&f.phone, &f.email) {
                (Some(p), _) => (Kind::UpdateSms, phone::uk_mobile(p)),
                (None, Some(e)) => (Kind::UpdateEmail, phone::email(e)),
                (None, None) => continue,
            };
            if let (Some(to), Some(template)) = (to, n.template(kind.key(), &f.locale)) {
                messages.push(NewMessage {
                    kind: kind.key().to_string(),
                    channel: kind.channel(),
                    locale: f.locale.clone(),
                    template_id: template.trim().to_string(),
                    recipient: to,
                    personalisation: fields,
                    about: Some(f.about.as_str().to_string()),
                    not_after: None,
                });
            }
        }
        queued += messages.len();
        lock(store)?.record_status(f.about.as_str(), seen, &messages, now)?;
    }
    Ok(queued)
}

/// Sends every message due at `now`, one at a time, until none is due:
/// first giving up those older than `notify.give_up_hours` and reminders
/// whose appointment has passed. A message whose earlier attempt may have
/// reached Notify is looked up by its reference first, and only sent if
/// Notify does not have it. A failed message is not tried again in the
/// same call (its next attempt is later than `now`).
pub async fn send_due(
    store: &Arc<Mutex<Outbox>>,
    client: &Client,
    config: &Config,
    now: DateTime<Utc>,
) -> Result<SendReport, NotifyError> {
    let give_up = config.notify.as_ref().map_or(48, |n| n.give_up_hours);
    let mut report = SendReport {
        given_up: lock(store)?
            .give_up_messages(now - chrono::Duration::hours(give_up as i64), now)?,
        ..SendReport::default()
    };
    // Outcomes are stamped on the pass's own clock, so a pass run with a
    // given `now` (tests, a terminal whose clock was just corrected) never
    // makes a retry due again within the same pass.
    let started = std::time::Instant::now();
    loop {
        let batch = lock(store)?.claim_due_messages(now, BATCH)?;
        if batch.is_empty() {
            return Ok(report);
        }
        for m in batch {
            let outcome = attempt(client, &m).await;
            let store = lock(store)?;
            let at = now + chrono::Duration::from_std(started.elapsed()).unwrap_or_default();
            record(&store, &m, &outcome, at)?;
            match outcome {
                Outcome::Sent(_) => report.sent += 1,
                Outcome::Found(_) => report.found += 1,
                Outcome::Retry { .. } => report.retrying += 1,
                Outcome::Park(_) => report.parked += 1,
            }
        }
    }
}

/// What came of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Sent(String),
    Found(String),
    Retry {
        after: Option<std::time::Duration>,
        uncertain: bool,
        reason: String,
    },
    Park(String),
}

async fn attempt(client: &Client, m: &Message) -> Outcome {
    let Some(to) = m.recipient.as_deref() else {
        return Outcome::Park("the contact details were erased before it could be sent".into());
    };
    // Checked at enqueue; checked again so nothing else can leave.
    let ok = match m.channel {
        super::Channel::Sms => phone::uk_mobile(to).is_some(),
        super::Channel::Email => phone::email(to).is_some(),
    };
    if !ok {
        return Outcome::Park("the number or address is not valid, so it was not sent".into());
    }
    if m.uncertain {
        match client.find(&m.reference).await {
            Ok(Some(id)) => return Outcome::Found(id),
            Ok(None) => {}
            Err(e) => {
                return Outcome::Retry {
                    after: None,
                    uncertain: true,
                    reason: e.to_string(),
                };
            }
        }
    }
    match client
        .send(
            m.channel,
            to,
            &m.template_id,
            &m.personalisation,
            &m.reference,
        )
        .await
    {
        Answer::Accepted { id } => Outcome::Sent(id),
        Answer::Retry {
            after,
            uncertain,
            reason,
        } => Outcome::Retry {
            after,
            uncertain,
            reason,
        },
        Answer::Refused { reason, .. } => Outcome::Park(reason),
    }
}

fn record(
    store: &Outbox,
    m: &Message,
    outcome: &Outcome,
    now: DateTime<Utc>,
) -> Result<(), NotifyError> {
    match outcome {
        Outcome::Sent(id) | Outcome::Found(id) => store.message_sent(&m.reference, id, now)?,
        Outcome::Retry {
            after,
            uncertain,
            reason,
        } => {
            if m.uncertain && !uncertain {
                // The look-up said Notify does not have it, and this
                // attempt certainly did not reach Notify either.
                store.message_not_found(&m.reference)?;
            }
            // At least a second, so a retry is never due again in the
            // same pass.
            let wait = crate::sync::retry::next_wait(m.attempts, *after, fastrand::f64())
                .max(std::time::Duration::from_secs(1));
            let next =
                now + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::seconds(300));
            store.message_retry(&m.reference, next, reason, *uncertain)?;
        }
        Outcome::Park(reason) => store.message_parked(&m.reference, reason, now)?,
    }
    Ok(())
}

/// Erases the phone numbers and email addresses no longer needed:
/// `outbox.retention_hours` after a message was sent or given up (30 days
/// after it was parked, so staff can send it again), and a follow-up's once
/// its appointment is that long past or its request is no longer watched.
/// Returns how many rows lost them.
pub fn erase_expired<Tz: TimeZone>(
    store: &Outbox,
    config: &Config,
    now: &DateTime<Tz>,
) -> Result<usize, NotifyError> {
    let retention = chrono::Duration::hours(config.outbox.retention_hours as i64);
    let utc = now.with_timezone(&Utc);
    Ok(store.erase_message_contacts(
        utc - retention,
        utc - PARKED_RETENTION,
        now.naive_local() - retention,
        utc,
    )?)
}

/// `frontdoor sync --once` for messages: one whole pass with every waiting
/// message due now, at the local time. An error when any message is still
/// unsent afterwards.
pub fn sync_once(config: &Config) -> Result<SendReport, NotifyError> {
    let client = Client::from_config(config)?;
    let path = config.database_path();
    let outbox = Outbox::open(&path)?;
    outbox.make_messages_due()?;
    let store = Arc::new(Mutex::new(outbox));
    let open311 = crate::sync::Client::from_config(config).ok();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| NotifyError::Http(e.to_string()))?;
    let report = runtime.block_on(pass(
        &store,
        &client,
        open311.as_ref(),
        config,
        &chrono::Local::now(),
    ))?;
    let stats = lock(&store)?.message_stats()?;
    if stats.pending + stats.sending + stats.parked > 0 {
        return Err(NotifyError::Unsent {
            pending: stats.pending + stats.sending,
            parked: stats.parked,
        });
    }
    Ok(report.send)
}
