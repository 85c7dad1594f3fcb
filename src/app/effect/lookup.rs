//! Check progress's look-up: a reference on this terminal first (an
//! appointment slip checks the resident in; a followed report stands for
//! the back office's request), then the back office's status.

use super::Context;
use crate::outbox::{BookingState, State};
use crate::reference::Reference;
use crate::sync::RequestStatus;
use chrono::{DateTime, Utc};

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
    /// A report followed from here: the back office's id.
    Followed(String),
    Nothing,
}

/// Looks a reference up: on this terminal first, then with the back office.
pub async fn look_up(cx: &Context, reference: Reference) -> Found {
    let here = {
        let cx = cx.clone();
        let reference = reference.clone();
        tokio::task::spawn_blocking(move || read_here(&cx, reference))
            .await
            .unwrap_or(Here::Nothing)
    };
    let stored = match here {
        Here::Booking(found) => return found,
        Here::Nothing => return Found::NotHere(reference),
        Here::Followed(id) => {
            return match &cx.client {
                Some(client) => match client.status(&id).await {
                    Ok(status) => Found::Status(reference, status),
                    Err(_) => Found::Offline(reference),
                },
                None => Found::Offline(reference),
            };
        }
        Here::Submission(stored) => *stored,
    };
    match stored.state {
        State::Pending | State::Sending => Found::Waiting(reference, stored.created_at),
        State::NeedsAttention => Found::Parked(reference),
        State::Sent => match (stored.service_request_id, &cx.client) {
            (Some(id), Some(client)) => match client.status(&id).await {
                Ok(status) => Found::Status(reference, status),
                Err(_) => Found::Offline(reference),
            },
            (Some(_), None) => Found::Offline(reference),
            (None, _) => Found::SentUntracked(reference),
        },
    }
}

/// Reads the store: an appointment slip's reference checks the resident in.
fn read_here(cx: &Context, reference: Reference) -> Here {
    let now = cx.now();
    let today = now.with_timezone(&chrono::Local).date_naive();
    let booking = cx.with_store(|s| s.booking(reference.as_str()));
    if let Ok(Some(b)) = booking {
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
            Ok(Some(f)) => Here::Followed(f.service_request_id),
            _ => Here::Nothing,
        },
    }
}
