//! The messages a resident can get, the template each uses, and the
//! personalisation fields each fills. Only the case or booking reference,
//! the service or appointment type, the tracking link, the appointment's
//! date, time and place, and a status go into a message: never a name, an
//! address or an answer.
//!
//! | kind | fields |
//! |---|---|
//! | `submitted_sms`, `submitted_email` | `reference`, `service`, `tracking_link` |
//! | `booked_sms`, `booked_email`, `reminder_sms`, `moved_sms`, `cancelled_sms` | `reference`, `appointment_type`, `date`, `time`, `place` |
//! | `update_sms`, `update_email` | `reference`, `service`, `status`, `tracking_link` |
//! | `help_sms` (to staff) | `terminal`, `site`, `screen`, `service`, `language`, `large_text`, `time`, `message` |

use chrono::NaiveDateTime;
use std::collections::BTreeMap;

/// A message a resident can get.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Their request was saved: reference, service, tracking link.
    SubmittedSms,
    /// The same by email.
    SubmittedEmail,
    /// An appointment was booked.
    BookedSms,
    /// The same by email.
    BookedEmail,
    /// The appointment is tomorrow.
    ReminderSms,
    /// The appointment was moved (to the date and time given).
    MovedSms,
    /// The appointment was cancelled.
    CancelledSms,
    /// Their request's status changed.
    UpdateSms,
    /// The same by email.
    UpdateEmail,
}

/// The fields of the confirmation of a saved request.
pub const SUBMITTED_FIELDS: &[&str] = &["reference", "service", "tracking_link"];
/// The fields of every appointment message.
pub const APPOINTMENT_FIELDS: &[&str] = &["reference", "appointment_type", "date", "time", "place"];
/// The fields of a status update.
pub const UPDATE_FIELDS: &[&str] = &["reference", "service", "status", "tracking_link"];
/// The fields of a help call texted to a duty phone.
pub const HELP_FIELDS: &[&str] = &[
    "terminal",
    "site",
    "screen",
    "service",
    "language",
    "large_text",
    "time",
    "message",
];

impl Kind {
    /// Every kind, in the order of the docs.
    pub const ALL: [Kind; 9] = [
        Kind::SubmittedSms,
        Kind::SubmittedEmail,
        Kind::BookedSms,
        Kind::BookedEmail,
        Kind::ReminderSms,
        Kind::MovedSms,
        Kind::CancelledSms,
        Kind::UpdateSms,
        Kind::UpdateEmail,
    ];

    /// The template key in `[notify.templates.<locale>]`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::SubmittedSms => "submitted_sms",
            Kind::SubmittedEmail => "submitted_email",
            Kind::BookedSms => "booked_sms",
            Kind::BookedEmail => "booked_email",
            Kind::ReminderSms => "reminder_sms",
            Kind::MovedSms => "moved_sms",
            Kind::CancelledSms => "cancelled_sms",
            Kind::UpdateSms => "update_sms",
            Kind::UpdateEmail => "update_email",
        }
    }

    /// Text or email.
    pub fn channel(self) -> Channel {
        match self {
            Kind::SubmittedEmail | Kind::BookedEmail | Kind::UpdateEmail => Channel::Email,
            _ => Channel::Sms,
        }
    }

    /// The personalisation fields it fills.
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Kind::SubmittedSms | Kind::SubmittedEmail => SUBMITTED_FIELDS,
            Kind::UpdateSms | Kind::UpdateEmail => UPDATE_FIELDS,
            _ => APPOINTMENT_FIELDS,
        }
    }
}

/// A request as its confirmation and updates describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The case reference.
    pub reference: crate::reference::Reference,
    /// The service's name in the resident's language.
    pub service: String,
    /// The resident's language.
    pub locale: String,
}

/// An appointment as its messages describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    /// The booking reference.
    pub reference: crate::reference::Reference,
    /// The appointment type's name in the resident's language.
    pub appointment_type: String,
    /// When it starts (local time).
    pub start: NaiveDateTime,
    /// Where: the hub's name (default: `[kiosk] site_name`).
    pub place: String,
    /// The resident's language.
    pub locale: String,
}

/// The tracking link for a reference, or "" when the council has none.
pub fn tracking_link(config: &crate::config::Config, reference: &str) -> String {
    config
        .backend
        .tracking_url
        .as_deref()
        .map(|u| u.replace("{reference}", reference))
        .unwrap_or_default()
}

fn map(pairs: &[(&str, String)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_string(), v.clone()))
        .collect()
}

/// The fields of a saved request's confirmation.
pub fn submitted_fields(
    config: &crate::config::Config,
    request: &Request,
) -> BTreeMap<String, String> {
    map(&[
        ("reference", request.reference.grouped()),
        ("service", request.service.clone()),
        (
            "tracking_link",
            tracking_link(config, request.reference.as_str()),
        ),
    ])
}

/// The fields of an appointment message: the date in words in the
/// resident's language, the time as 24-hour `HH:MM`.
pub fn appointment_fields(appointment: &Appointment) -> BTreeMap<String, String> {
    map(&[
        ("reference", appointment.reference.grouped()),
        ("appointment_type", appointment.appointment_type.clone()),
        (
            "date",
            crate::i18n::long_date(&appointment.locale, appointment.start.date()),
        ),
        ("time", appointment.start.format("%H:%M").to_string()),
        ("place", appointment.place.clone()),
    ])
}

/// The fields of a status update: the status in words in the resident's
/// language.
pub fn update_fields(
    config: &crate::config::Config,
    request: &Request,
    open: bool,
) -> BTreeMap<String, String> {
    let status = if open {
        "progress-open-status"
    } else {
        "progress-closed-status"
    };
    map(&[
        ("reference", request.reference.grouped()),
        ("service", request.service.clone()),
        ("status", crate::i18n::t(&request.locale, status)),
        (
            "tracking_link",
            tracking_link(config, request.reference.as_str()),
        ),
    ])
}

/// Texts or emails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    /// A text message to a mobile.
    Sms,
    /// An email.
    Email,
}

impl Channel {
    /// The stored word and the path segment: `sms` or `email`.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
        }
    }
}
