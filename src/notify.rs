//! Texts and emails the resident chose to get, through GOV.UK Notify: the
//! reference of a saved request, a booked, moved or cancelled appointment,
//! a reminder the day before, and (when the council turns it on) news that a
//! request's status changed.
//!
//! Nothing is sent that the resident did not choose ([`Consent`]), and
//! nothing leaves the terminal for a number that is not a UK mobile or an
//! address that is not an email ([`check_contact`]). Every message is kept
//! in the store before it is sent (see `outbox::messages`), with its own
//! client reference; the worker ([`send_due`]) sends what is due, retries
//! with backoff, and asks Notify for the reference before sending again
//! after an answer that may have been lost, so no one gets a text twice.
//!
//! # For the app
//! - Contact page: [`offer_for_request`] / [`offer_for_appointment`] say
//!   which choices can be offered in the resident's language; the page
//!   calls [`check_contact`] on Continue and shows the error's
//!   [`ContactError::message_id`].
//! - After the submission is saved: [`enqueue_submitted`]. After a booking:
//!   [`enqueue_booked`]. After staff move or cancel one: [`enqueue_moved`],
//!   [`enqueue_cancelled`].
//! - The background worker, each pass: [`pass`] (reminders, status updates,
//!   sending, erasing), or its parts [`enqueue_due_reminders`],
//!   [`poll_updates`], [`send_due`], [`erase_expired`].

pub mod client;
pub mod message;
/// Checking a mobile number and an email address (pure; kept with the
/// journey, which checks them on the notices page).
pub use crate::journey::contact as phone;
mod worker;

pub use client::{Answer, Channel, Client};
pub use message::{Appointment, Kind, Request};
pub use worker::{
    PassReport, SendReport, enqueue_due_reminders, erase_expired, pass, poll_updates, send_due,
    sync_once,
};

use crate::config::Config;
use crate::config::notify::KeyError;
use crate::outbox::{FollowUp, NewMessage, Outbox, StoreError, Subject};
use chrono::{DateTime, TimeZone, Utc};

/// Why a message could not be kept or sent.
#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// There is no `[notify]` section.
    #[error("[notify] is not set up in the config, so no texts or emails can be sent")]
    NotConfigured,
    /// The API key cannot be used.
    #[error("notify.api_key: {0}")]
    Key(KeyError),
    /// The HTTP client could not be made.
    #[error("cannot set up the connection to GOV.UK Notify: {0}")]
    Http(String),
    /// The token could not be signed.
    #[error("cannot sign the GOV.UK Notify token: {0}")]
    Token(String),
    /// The store refused.
    #[error("{0}")]
    Store(#[from] StoreError),
    /// The store's lock was poisoned by a crash in another thread.
    #[error("the store is unavailable")]
    StoreUnavailable,
    /// What the resident typed cannot be used.
    #[error("{0}")]
    Contact(#[from] ContactError),
    /// A chosen message has no template in this language or in en-GB.
    #[error("notify.templates.en-GB.{key}: no template is set, so this message cannot be sent")]
    NoTemplate {
        /// The template key.
        key: &'static str,
    },
    /// Nothing to send to (`notify test` without --sms or --email).
    #[error("give --sms NUMBER or --email ADDRESS")]
    NoRecipient,
    /// Notify refused or did not answer (`notify test`, `sync --once`).
    #[error("{0}")]
    Refused(String),
    /// Messages are still unsent after `sync --once`.
    #[error(
        "{pending} messages are not sent yet and {parked} were refused by GOV.UK Notify (see the hub view)"
    )]
    Unsent {
        /// Waiting to be tried again.
        pending: u64,
        /// Refused: staff must look.
        parked: u64,
    },
}

/// What the resident chose on the contact page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Consent {
    /// "Text me my reference" (for a booking: its details).
    pub text_reference: bool,
    /// "Email me my reference".
    pub email_reference: bool,
    /// "Remind me the day before" (appointments; by text).
    pub remind_day_before: bool,
    /// "Tell me when the council updates my request" (requests, when
    /// `notify.updates` is on): by text if they gave a mobile, else email.
    pub updates: bool,
}

impl Consent {
    /// Whether anything was chosen.
    pub fn any(&self) -> bool {
        self.text_reference || self.email_reference || self.remind_day_before || self.updates
    }

    /// A choice needs a mobile number.
    pub fn needs_mobile(&self) -> bool {
        self.text_reference || self.remind_day_before
    }

    /// A choice needs an email address.
    pub fn needs_email(&self) -> bool {
        self.email_reference
    }
}

impl From<crate::journey::Notices> for Consent {
    fn from(n: crate::journey::Notices) -> Consent {
        Consent {
            text_reference: n.text_reference,
            email_reference: n.email_reference,
            remind_day_before: false,
            updates: n.updates,
        }
    }
}

/// Which choices the contact page can offer (each has its template in the
/// resident's language or in en-GB).
pub type Offer = Consent;

/// What the resident typed on the contact page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    /// A mobile number, as typed or normalised.
    pub mobile: Option<String>,
    /// An email address.
    pub email: Option<String>,
}

/// Why the contact page cannot go on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ContactError {
    /// A text was chosen but no number given.
    #[error("a text was chosen but no mobile number was given")]
    MobileMissing,
    /// The number is not a UK mobile.
    #[error("the number is not a UK mobile number")]
    MobileInvalid,
    /// An email was chosen but no address given.
    #[error("an email was chosen but no address was given")]
    EmailMissing,
    /// The address is not an email address.
    #[error("the email address is not in the right shape")]
    EmailInvalid,
}

impl ContactError {
    /// The Fluent id of the words for the resident.
    pub fn message_id(self) -> &'static str {
        match self {
            ContactError::MobileMissing => "error-enter-mobile",
            ContactError::MobileInvalid => "error-mobile-format",
            ContactError::EmailMissing => "error-enter-email",
            ContactError::EmailInvalid => "error-email-format",
        }
    }
}

/// The Fluent ids of the choices' labels, in the order to show them.
pub const CHOICE_IDS: [&str; 4] = [
    "consent-text-reference",
    "consent-email-reference",
    "consent-remind",
    "consent-updates",
];

fn has_template(config: &Config, kind: Kind, locale: &str) -> bool {
    config
        .notify
        .as_ref()
        .is_some_and(|n| n.template(kind.key(), locale).is_some())
}

/// The choices to offer for a request in `locale`.
pub fn offer_for_request(config: &Config, locale: &str) -> Offer {
    let updates = config.notify.as_ref().is_some_and(|n| n.updates)
        && (has_template(config, Kind::UpdateSms, locale)
            || has_template(config, Kind::UpdateEmail, locale));
    Offer {
        text_reference: has_template(config, Kind::SubmittedSms, locale),
        email_reference: has_template(config, Kind::SubmittedEmail, locale),
        remind_day_before: false,
        updates,
    }
}

/// The choices to offer for an appointment in `locale`.
pub fn offer_for_appointment(config: &Config, locale: &str) -> Offer {
    Offer {
        text_reference: has_template(config, Kind::BookedSms, locale),
        email_reference: has_template(config, Kind::BookedEmail, locale),
        remind_day_before: has_template(config, Kind::ReminderSms, locale),
        updates: false,
    }
}

/// Checks what was typed against what was chosen. Returns only the
/// details a choice needs, normalised (a mobile as `+447…`); a detail that
/// no choice needs is dropped, so it is never kept. With `updates` chosen
/// alone, either a mobile or an email will do.
pub fn check_contact(consent: &Consent, contact: &Contact) -> Result<Contact, ContactError> {
    let typed = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let (mobile, email) = (typed(&contact.mobile), typed(&contact.email));
    let wants_mobile = consent.needs_mobile() || (consent.updates && mobile.is_some());
    let wants_email = consent.needs_email() || (consent.updates && email.is_some());
    let mobile = match (wants_mobile, mobile) {
        (false, _) => None,
        (true, None) => return Err(ContactError::MobileMissing),
        (true, Some(m)) => Some(phone::uk_mobile(&m).ok_or(ContactError::MobileInvalid)?),
    };
    let email = match (wants_email, email) {
        (false, _) => None,
        (true, None) => return Err(ContactError::EmailMissing),
        (true, Some(e)) => Some(phone::email(&e).ok_or(ContactError::EmailInvalid)?),
    };
    if consent.updates && mobile.is_none() && email.is_none() {
        return Err(ContactError::MobileMissing);
    }
    Ok(Contact { mobile, email })
}

struct Builder<'a> {
    config: &'a Config,
    locale: &'a str,
    about: &'a str,
}

impl Builder<'_> {
    fn message(
        &self,
        kind: Kind,
        recipient: &str,
        personalisation: std::collections::BTreeMap<String, String>,
        not_after: Option<DateTime<Utc>>,
    ) -> Result<NewMessage, NotifyError> {
        let n = self
            .config
            .notify
            .as_ref()
            .ok_or(NotifyError::NotConfigured)?;
        let template_id = n
            .template(kind.key(), self.locale)
            .ok_or(NotifyError::NoTemplate { key: kind.key() })?;
        let recipient = match kind.channel() {
            Channel::Sms => phone::uk_mobile(recipient).ok_or(ContactError::MobileInvalid)?,
            Channel::Email => phone::email(recipient).ok_or(ContactError::EmailInvalid)?,
        };
        Ok(NewMessage {
            kind: kind.key().to_string(),
            channel: kind.channel(),
            locale: self.locale.to_string(),
            template_id: template_id.trim().to_string(),
            recipient,
            personalisation,
            about: Some(self.about.to_string()),
            not_after,
        })
    }
}

fn stamps<Tz: TimeZone>(now: &DateTime<Tz>) -> (DateTime<Utc>, chrono::NaiveDateTime) {
    (now.with_timezone(&Utc), now.naive_local())
}

/// Keeps what a resident chose for a saved request: its confirmation by
/// text and/or email now, and a watch on its status when they asked for
/// updates. Returns the messages' client references. Nothing is kept when
/// nothing was chosen. Call right after the submission is saved, with the
/// local time.
pub fn enqueue_submitted<Tz: TimeZone>(
    store: &mut Outbox,
    config: &Config,
    request: &Request,
    consent: &Consent,
    contact: &Contact,
    now: &DateTime<Tz>,
) -> Result<Vec<String>, NotifyError> {
    let (utc, local) = stamps(now);
    let (messages, follow_up) = submitted_messages(config, request, consent, contact, utc)?;
    if messages.is_empty() && follow_up.is_none() {
        return Ok(Vec::new());
    }
    Ok(store.enqueue_messages(&messages, follow_up.as_ref(), utc, local)?)
}

/// The messages and follow-up [`enqueue_submitted`] keeps, without keeping
/// them: for saving them in the submission's own transaction
/// (`Outbox::submit_with_messages`).
pub fn submitted_messages(
    config: &Config,
    request: &Request,
    consent: &Consent,
    contact: &Contact,
    utc: DateTime<Utc>,
) -> Result<crate::outbox::Chosen, NotifyError> {
    if !consent.any() {
        return Ok((Vec::new(), None));
    }
    let n = config.notify.as_ref().ok_or(NotifyError::NotConfigured)?;
    let contact = check_contact(consent, contact)?;
    let b = Builder {
        config,
        locale: &request.locale,
        about: request.reference.as_str(),
    };
    let fields = message::submitted_fields(config, request);
    let mut messages = Vec::new();
    if consent.text_reference
        && let Some(m) = &contact.mobile
    {
        messages.push(b.message(Kind::SubmittedSms, m, fields.clone(), None)?);
    }
    if consent.email_reference
        && let Some(e) = &contact.email
    {
        messages.push(b.message(Kind::SubmittedEmail, e, fields, None)?);
    }
    let follow_up = (consent.updates && n.updates).then(|| {
        // By text if they gave a mobile and there is a text template, else
        // by email.
        let by_text =
            contact.mobile.is_some() && has_template(config, Kind::UpdateSms, &request.locale);
        FollowUp {
            about: request.reference.clone(),
            subject: Subject::Request,
            locale: request.locale.clone(),
            phone: contact.mobile.clone().filter(|_| by_text),
            email: contact.email.clone().filter(|_| !by_text),
            remind: false,
            updates: true,
            service: request.service.clone(),
            place: None,
            watch_until: Some(utc + chrono::Duration::days(n.updates_days as i64)),
        }
    });
    if let Some(f) = &follow_up {
        let kind = if f.phone.is_some() {
            Kind::UpdateSms
        } else {
            Kind::UpdateEmail
        };
        if n.template(kind.key(), &request.locale).is_none() {
            return Err(NotifyError::NoTemplate { key: kind.key() });
        }
    }
    Ok((messages, follow_up))
}

/// Keeps what a resident chose for an appointment booked at the kiosk:
/// its details by text and/or email now; and, when they chose a text or a
/// reminder, their mobile for a reminder the day before (if chosen) and for
/// news of a move or cancellation. Returns the messages' client references.
pub fn enqueue_booked<Tz: TimeZone>(
    store: &mut Outbox,
    config: &Config,
    appointment: &Appointment,
    consent: &Consent,
    contact: &Contact,
    now: &DateTime<Tz>,
) -> Result<Vec<String>, NotifyError> {
    let consent = Consent {
        updates: false,
        ..*consent
    };
    if !consent.any() {
        return Ok(Vec::new());
    }
    let n = config.notify.as_ref().ok_or(NotifyError::NotConfigured)?;
    let contact = check_contact(&consent, contact)?;
    if consent.remind_day_before
        && n.template(Kind::ReminderSms.key(), &appointment.locale)
            .is_none()
    {
        return Err(NotifyError::NoTemplate {
            key: Kind::ReminderSms.key(),
        });
    }
    let (utc, local) = stamps(now);
    let b = Builder {
        config,
        locale: &appointment.locale,
        about: appointment.reference.as_str(),
    };
    let fields = message::appointment_fields(appointment);
    let mut messages = Vec::new();
    if consent.text_reference
        && let Some(m) = &contact.mobile
    {
        messages.push(b.message(Kind::BookedSms, m, fields.clone(), None)?);
    }
    if consent.email_reference
        && let Some(e) = &contact.email
    {
        messages.push(b.message(Kind::BookedEmail, e, fields, None)?);
    }
    let follow_up = contact.mobile.as_ref().map(|m| FollowUp {
        about: appointment.reference.clone(),
        subject: Subject::Appointment,
        locale: appointment.locale.clone(),
        phone: Some(m.clone()),
        email: None,
        remind: consent.remind_day_before,
        updates: false,
        service: appointment.appointment_type.clone(),
        place: Some(appointment.place.clone()),
        watch_until: None,
    });
    Ok(store.enqueue_messages(&messages, follow_up.as_ref(), utc, local)?)
}

fn appointment_of(follow_up: &FollowUp, start: chrono::NaiveDateTime) -> Appointment {
    Appointment {
        reference: follow_up.about.clone(),
        appointment_type: follow_up.service.clone(),
        start,
        place: follow_up.place.clone().unwrap_or_default(),
        locale: follow_up.locale.clone(),
    }
}

/// Staff moved a booking to `new_start`: a text to the resident if they
/// asked for texts about it (their reminder then follows the new time).
/// Returns the message references (none when they asked for none, or when
/// there is no `moved_sms` template).
pub fn enqueue_moved<Tz: TimeZone>(
    store: &mut Outbox,
    config: &Config,
    booking_reference: &str,
    new_start: chrono::NaiveDateTime,
    now: &DateTime<Tz>,
) -> Result<Vec<String>, NotifyError> {
    news(
        store,
        config,
        booking_reference,
        new_start,
        Kind::MovedSms,
        now,
    )
}

/// Staff cancelled a booking that started at `start`: a text to the
/// resident if they asked for texts about it; their number is then erased
/// and no reminder goes.
pub fn enqueue_cancelled<Tz: TimeZone>(
    store: &mut Outbox,
    config: &Config,
    booking_reference: &str,
    start: chrono::NaiveDateTime,
    now: &DateTime<Tz>,
) -> Result<Vec<String>, NotifyError> {
    news(
        store,
        config,
        booking_reference,
        start,
        Kind::CancelledSms,
        now,
    )
}

fn news<Tz: TimeZone>(
    store: &mut Outbox,
    config: &Config,
    reference: &str,
    start: chrono::NaiveDateTime,
    kind: Kind,
    now: &DateTime<Tz>,
) -> Result<Vec<String>, NotifyError> {
    let (utc, _) = stamps(now);
    let Some(follow_up) = store.follow_up(reference)? else {
        return Ok(Vec::new());
    };
    let mut messages = Vec::new();
    if let (Some(phone), true) = (
        &follow_up.phone,
        has_template(config, kind, &follow_up.locale),
    ) {
        let b = Builder {
            config,
            locale: &follow_up.locale,
            about: reference,
        };
        let fields = message::appointment_fields(&appointment_of(&follow_up, start));
        messages.push(b.message(kind, phone, fields, None)?);
    }
    Ok(match kind {
        Kind::CancelledSms => store.enqueue_and_close(&messages, reference, utc)?,
        _ => store.enqueue_messages(&messages, None, utc, now.naive_local())?,
    })
}

/// Sends the `submitted_sms` or `submitted_email` template (en-GB) with
/// sample fields straight to Notify, for `frontdoor notify test`, and says
/// what Notify answered. Nothing is kept in the store.
pub fn test_send(
    config: &Config,
    sms: Option<&str>,
    email: Option<&str>,
) -> Result<String, NotifyError> {
    let n = config.notify.as_ref().ok_or(NotifyError::NotConfigured)?;
    let (kind, to) = match (sms, email) {
        (Some(s), _) => (
            Kind::SubmittedSms,
            phone::uk_mobile(s).ok_or(ContactError::MobileInvalid)?,
        ),
        (None, Some(e)) => (
            Kind::SubmittedEmail,
            phone::email(e).ok_or(ContactError::EmailInvalid)?,
        ),
        (None, None) => return Err(NotifyError::NoRecipient),
    };
    let template = n
        .templates
        .get("en-GB")
        .and_then(|t| t.get(kind.key()))
        .ok_or(NotifyError::NoTemplate { key: kind.key() })?;
    let client = Client::from_config(config)?;
    let sample = Request {
        reference: crate::reference::Reference::new("ACDE", 34_679),
        service: "Test message from the kiosk".into(),
        locale: "en-GB".into(),
    };
    let fields = message::submitted_fields(config, &sample);
    let reference = uuid::Uuid::new_v4().to_string();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| NotifyError::Http(e.to_string()))?;
    let answer =
        runtime.block_on(client.send(kind.channel(), &to, template.trim(), &fields, &reference));
    match answer {
        Answer::Accepted { id } => Ok(format!(
            "GOV.UK Notify accepted the {} (template {}): notification id {id}, reference {reference}",
            kind.key(),
            template.trim()
        )),
        Answer::Refused { reason, .. } => Err(NotifyError::Refused(reason)),
        Answer::Retry { reason, .. } => Err(NotifyError::Refused(reason)),
    }
}
