//! Check progress's look-up: a reference on this terminal first (an
//! appointment slip checks the resident in; a followed report stands for
//! the back office's request), then the back office's status.
//!
//! A reference can be guessed, so what it shows depends on how it came:
//! scanned from a receipt's QR code with the secret printed beside it (or
//! typed by signed-in staff), the whole progress, and an appointment slip
//! checks its holder in; typed alone, only the service and a plain status
//! word — no notes, times or names, and no check-in. Look-ups that find
//! nothing, and scanned secrets that do not match, are counted: after
//! [`MISSES_ALLOWED`] in [`MISS_WINDOW_MINUTES`] minutes the terminal
//! answers no more look-ups until the oldest of them is that old.

use super::Context;
use crate::outbox::{BookingState, State};
use crate::reference::{Reference, Secret};
use crate::sync::RequestStatus;
use chrono::{DateTime, Utc};

/// Look-ups that may miss on one terminal within the window.
pub const MISSES_ALLOWED: usize = 5;
/// The window, in minutes.
pub const MISS_WINDOW_MINUTES: i64 = 10;

/// How a reference came to check progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    /// The reference.
    pub reference: Reference,
    /// The secret scanned with it from a receipt's QR code, if any.
    pub secret: Option<Secret>,
    /// Signed-in staff typed it: they see everything.
    pub staff: bool,
}

/// What a typed reference may show a stranger: the service and a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glimpse {
    /// The service's code, or the appointment type's.
    pub what: Glimpsed,
    /// Where it is, in one word.
    pub word: Word,
}

/// What the reference is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Glimpsed {
    /// A request to this service.
    Service(String),
    /// An appointment of this type.
    Appointment(String),
}

/// A plain status word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// Saved here, not sent yet.
    Waiting,
    /// With staff on this terminal.
    WithStaff,
    /// With the council.
    Received,
    /// Being dealt with.
    Open,
    /// Closed.
    Closed,
    /// An appointment is booked.
    Booked,
    /// An appointment was cancelled.
    Cancelled,
}

/// What a look-up found.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// Not a submission made on this terminal.
    NotHere(Reference),
    /// Saved here, not yet sent.
    Waiting(Reference, DateTime<Utc>),
    /// Refused by the back office; staff will sort it out.
    Parked(Reference),
    /// Sent, and the back office gives no progress for it.
    SentUntracked(Reference),
    /// The back office's status.
    Status(Reference, RequestStatus),
    /// Sent, but the back office cannot be reached now.
    Offline(Reference),
    /// An appointment booked here: the type's code, when, and what check-in
    /// did.
    Appointment(Reference, String, chrono::NaiveDateTime, Arrival),
    /// Typed without its receipt's secret: only the service and a word.
    Glimpse(Reference, Glimpse),
    /// Too many look-ups missed here lately: none is answered for this many
    /// minutes.
    TooMany(Reference, i64),
}

/// What checking in for an appointment did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// Checked in now.
    CheckedIn,
    /// Checked in before.
    AlreadyIn,
    /// The appointment is on another day.
    OtherDay,
    /// Not confirmed on the diary yet: staff check it.
    Provisional,
    /// The slot was taken meanwhile: staff sort it out.
    Conflict,
}

/// What the store knows of a reference, read in one go on the blocking pool.
enum Here {
    Booking(Found),
    Submission(Box<crate::outbox::Stored>),
    /// A report followed from here: the back office's id and the service.
    Followed(String, String),
    Nothing,
    /// Too many misses lately: minutes to wait.
    TooMany(i64),
}

/// Looks a reference up: on this terminal first, then with the back office.
pub async fn look_up(cx: &Context, asked: Asked) -> Found {
    let reference = asked.reference.clone();
    let (here, full) = {
        let cx = cx.clone();
        tokio::task::spawn_blocking(move || read_here(&cx, &asked))
            .await
            .unwrap_or((Here::Nothing, false))
    };
    let glimpse =
        |what: Glimpsed, word: Word| Found::Glimpse(reference.clone(), Glimpse { what, word });
    let stored = match here {
        Here::TooMany(minutes) => return Found::TooMany(reference, minutes),
        Here::Booking(found) => return found,
        Here::Nothing => return Found::NotHere(reference),
        Here::Followed(id, service) => {
            let status = match &cx.client {
                Some(client) => client.status(&id).await.ok(),
                None => None,
            };
            return match (status, full) {
                (Some(status), true) => Found::Status(reference, status),
                (None, true) => Found::Offline(reference),
                (status, false) => glimpse(Glimpsed::Service(service), open_word(status.as_ref())),
            };
        }
        Here::Submission(stored) => *stored,
    };
    let service = || Glimpsed::Service(stored.service_code.clone());
    match stored.state {
        State::Pending | State::Sending if full => Found::Waiting(reference, stored.created_at),
        State::Pending | State::Sending => glimpse(service(), Word::Waiting),
        State::NeedsAttention if full => Found::Parked(reference),
        State::NeedsAttention => glimpse(service(), Word::WithStaff),
        State::Sent => {
            let status = match (&stored.service_request_id, &cx.client) {
                (Some(id), Some(client)) => Some(client.status(id).await.ok()),
                _ => None,
            };
            match (status, full) {
                (Some(Some(status)), true) => Found::Status(reference, status),
                (Some(None), true) => Found::Offline(reference),
                (None, true) if stored.service_request_id.is_some() => Found::Offline(reference),
                (None, true) => Found::SentUntracked(reference),
                (status, false) => glimpse(service(), open_word(status.flatten().as_ref())),
            }
        }
    }
}

/// The word for a request with the council: open or closed when the back
/// office said, else just received.
fn open_word(status: Option<&RequestStatus>) -> Word {
    match status {
        Some(s) if s.open => Word::Open,
        Some(_) => Word::Closed,
        None => Word::Received,
    }
}

/// Counts a look-up that missed, unless staff made it.
fn missed(cx: &Context, asked: &Asked, now: DateTime<Utc>) {
    if !asked.staff
        && let Err(e) = cx.with_store(|s| s.lookup_missed(now))
    {
        tracing::error!(error = %e, "a missed look-up could not be counted");
    }
}

/// Minutes to wait when too many look-ups missed lately.
fn too_many(cx: &Context, now: DateTime<Utc>) -> Option<i64> {
    let window = chrono::Duration::minutes(MISS_WINDOW_MINUTES);
    let misses = cx
        .with_store(|s| s.lookup_misses_since(now - window))
        .unwrap_or_default();
    let oldest_counted = misses.len().checked_sub(MISSES_ALLOWED)?;
    let opens = misses[oldest_counted] + window;
    Some(((opens - now).num_seconds().max(1) + 59) / 60)
}

/// Reads the store, with the whole view (`true`) when the secret matched or
/// staff asked: then an appointment slip's reference checks the resident in.
fn read_here(cx: &Context, asked: &Asked) -> (Here, bool) {
    let now = cx.now();
    if !asked.staff
        && let Some(minutes) = too_many(cx, now)
    {
        return (Here::TooMany(minutes), false);
    }
    let reference = &asked.reference;
    let full = asked.staff
        || asked.secret.as_ref().is_some_and(|secret| {
            let matched = cx
                .with_store(|s| s.secret_matches(reference, secret))
                .unwrap_or(false);
            if !matched {
                missed(cx, asked, now);
            }
            matched
        });
    let here = read_reference(cx, reference.clone(), full, now);
    if matches!(here, Here::Nothing) {
        missed(cx, asked, now);
    }
    (here, full)
}

fn read_reference(cx: &Context, reference: Reference, full: bool, now: DateTime<Utc>) -> Here {
    let today = now.with_timezone(&chrono::Local).date_naive();
    let booking = cx.with_store(|s| s.booking(reference.as_str()));
    if let Ok(Some(b)) = booking {
        if !full {
            let word = match b.state {
                BookingState::Cancelled => Word::Cancelled,
                _ => Word::Booked,
            };
            return Here::Booking(Found::Glimpse(
                reference,
                Glimpse {
                    what: Glimpsed::Appointment(b.type_code),
                    word,
                },
            ));
        }
        let arrival = match b.state {
            BookingState::Confirmed if b.start.date() != today => Arrival::OtherDay,
            BookingState::Confirmed if b.arrived => Arrival::AlreadyIn,
            BookingState::Confirmed => {
                match cx.with_store(|s| s.mark_arrived(reference.as_str(), now)) {
                    Ok(true) => Arrival::CheckedIn,
                    _ => Arrival::AlreadyIn,
                }
            }
            BookingState::Provisional => Arrival::Provisional,
            BookingState::Conflict | BookingState::Cancelled => Arrival::Conflict,
        };
        return Here::Booking(Found::Appointment(reference, b.type_code, b.start, arrival));
    }
    match cx.with_store(|s| s.get(reference.as_str())) {
        Ok(Some(stored)) => Here::Submission(Box::new(stored)),
        _ => match cx.with_store(|s| s.followed(reference.as_str())) {
            Ok(Some(f)) => Here::Followed(f.service_request_id, f.service_code),
            _ => Here::Nothing,
        },
    }
}
