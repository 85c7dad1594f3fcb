//! The booking desk: what the kiosk's appointment pages and the hub view ask
//! of the diary. Free times come from the shared diary (a calendar query)
//! together with what this terminal holds; a booking is held on this
//! terminal first, then put on the shared diary; moves and cancellations
//! change the shared diary before the terminal's copy. Without a diary
//! server, or while it cannot be reached, a new booking stays provisional
//! and the background pass confirms it later.

use crate::booking::{Diary, Slot};
use crate::caldav::{BookError, CalDav};
use crate::outbox::{BookingState, Outbox};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use std::sync::Mutex;

/// How many days ahead residents and staff can book.
pub const DAYS_AHEAD: u64 = 28;

/// The free start times on the days that have any.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Free {
    /// Each day with its free start times, earliest first.
    pub days: Vec<(NaiveDate, Vec<NaiveDateTime>)>,
    /// The shared diary could not be asked: only this terminal's bookings
    /// were taken into account, and a booking will be provisional.
    pub offline: bool,
}

/// What a booking, or a move, came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Booked (or moved) under `reference`.
    Booked {
        /// The reference on the slip.
        reference: crate::reference::Reference,
        /// The slot now held.
        slot: Slot,
        /// Held on this terminal only, until the diary server confirms it.
        provisional: bool,
    },
    /// Someone took the time first; the next free time, if any.
    Lost(Option<NaiveDateTime>),
    /// Nothing changed, for this reason (for staff; residents get plain
    /// words).
    Failed(String),
}

/// Why the desk could not book, move, cancel or find free times. Its words
/// are for staff (residents get plain words on the booking page).
#[derive(Debug, thiserror::Error)]
pub enum DeskError {
    /// Another part of the kiosk stopped while holding the store.
    #[error("the store is unavailable")]
    StoreUnavailable,
    /// The store refused a read or write.
    #[error(transparent)]
    Store(#[from] crate::outbox::StoreError),
    /// No booking with that reference is held here.
    #[error("no booking {0} on this terminal")]
    NoBooking(String),
    /// The diary has no such appointment type.
    #[error("the diary has no appointment type {0}")]
    NoType(String),
    /// A confirmed booking cannot move without the diary server.
    #[error("the diary server cannot be reached, so the booking was not moved")]
    CannotMoveOffline,
    /// The diary server stopped answering part way through a move.
    #[error("the diary server stopped answering, so the booking was not moved")]
    MoveStopped,
    /// A new booking needs this terminal's part of the reference.
    #[error("no terminal to take a reference from")]
    NoTerminal,
    /// A confirmed booking cannot be cancelled without the diary server.
    #[error("there is no diary server to cancel it on")]
    NoServerToCancel,
    /// Someone changed the event on the shared diary.
    #[error("someone changed this booking on the diary meanwhile: look at it there")]
    ChangedOnDiary,
    /// The diary server refused or failed.
    #[error(transparent)]
    Server(#[from] BookError),
}

fn locked(store: &Mutex<Outbox>) -> Result<std::sync::MutexGuard<'_, Outbox>, DeskError> {
    store.lock().map_err(|_| DeskError::StoreUnavailable)
}

/// The slots this terminal holds on `date` for `code` (cancelled ones
/// apart), leaving out `except` (a booking being moved).
fn held_here(
    store: &Mutex<Outbox>,
    code: &str,
    date: NaiveDate,
    except: Option<&str>,
) -> Result<Vec<Slot>, DeskError> {
    Ok(locked(store)?
        .bookings_on(date)?
        .into_iter()
        .filter(|b| b.type_code == code && Some(b.reference.as_str()) != except)
        .map(|b| b.slot())
        .collect())
}

/// The slots taken on `date`: on the shared diary (when it answers) and on
/// this terminal. `None` from the server part means it could not be asked.
async fn taken(
    calendar: Option<&CalDav>,
    diary: &Diary,
    store: &Mutex<Outbox>,
    code: &str,
    date: NaiveDate,
    except: Option<&str>,
) -> Result<(Vec<Slot>, bool), DeskError> {
    let mut all = held_here(store, code, date, except)?;
    let mut online = false;
    if let Some(c) = calendar
        && let Ok(on_server) = c.day(code, date).await
    {
        online = true;
        // A booking being moved is on the server too; it frees its slot.
        let moving = match except {
            Some(r) => locked(store)?
                .booking(r)?
                .filter(|b| b.type_code == code && b.start.date() == date)
                .map(|b| b.slot()),
            None => None,
        };
        all.extend(on_server.named.into_iter().filter(|s| Some(*s) != moving));
        // Advisers' own events take the columns left.
        all = diary.occupied(code, date, &all, &on_server.busy);
    }
    Ok((all, online))
}

/// The start times on `date` with at least one adviser free, from `after`.
fn free_starts(
    diary: &Diary,
    code: &str,
    date: NaiveDate,
    after: NaiveDateTime,
    taken: &[Slot],
) -> Vec<NaiveDateTime> {
    let mut starts: Vec<NaiveDateTime> = diary
        .slots(code, date)
        .into_iter()
        .filter(|s| s.start >= after && !taken.contains(s))
        .map(|s| s.start)
        .collect();
    starts.dedup();
    starts
}

/// The free start times for `code` from `after`, on up to `want` days that
/// have any, looking no further than [`DAYS_AHEAD`]. `except` is a booking
/// being moved, whose own slot counts as free.
pub async fn free_times(
    calendar: Option<&CalDav>,
    diary: &Diary,
    store: &Mutex<Outbox>,
    code: &str,
    after: NaiveDateTime,
    want: usize,
    except: Option<&str>,
) -> Result<Free, DeskError> {
    let mut free = Free {
        days: Vec::new(),
        offline: calendar.is_none(),
    };
    let mut calendar = calendar;
    for d in 0..DAYS_AHEAD {
        if free.days.len() >= want {
            break;
        }
        let Some(date) = after.date().checked_add_days(chrono::Days::new(d)) else {
            break;
        };
        if diary.starts(code, date).is_empty() {
            continue;
        }
        let (taken, online) = taken(calendar, diary, store, code, date, except).await?;
        if calendar.is_some() && !online {
            // Stop asking a server that does not answer: one wait, not 28.
            free.offline = true;
            calendar = None;
        }
        let starts = free_starts(diary, code, date, after, &taken);
        if !starts.is_empty() {
            free.days.push((date, starts));
        }
    }
    Ok(free)
}

/// Books `code` at `start` for a new resident booking: held on this
/// terminal, then put on the shared diary in the first adviser's column
/// free. Losing the race to another terminal gives the next free time.
pub async fn book(
    calendar: Option<&CalDav>,
    diary: &Diary,
    store: &Mutex<Outbox>,
    terminal: &str,
    code: &str,
    start: NaiveDateTime,
    now: DateTime<Utc>,
) -> Outcome {
    match place(
        calendar,
        diary,
        store,
        Some(terminal),
        None,
        code,
        start,
        now,
    )
    .await
    {
        Ok(o) => o,
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// Moves the booking `reference` to `start`: the new slot is booked on the
/// shared diary first, then the old event is removed (only if no one has
/// changed it), so the resident is never without an appointment. A move
/// needs the diary server unless the booking is still provisional.
pub async fn move_booking(
    calendar: Option<&CalDav>,
    diary: &Diary,
    store: &Mutex<Outbox>,
    reference: &str,
    start: NaiveDateTime,
    now: DateTime<Utc>,
) -> Outcome {
    let old = match locked(store).and_then(|s| Ok(s.booking(reference)?)) {
        Ok(Some(b)) => b,
        Ok(None) => return Outcome::Failed(DeskError::NoBooking(reference.into()).to_string()),
        Err(e) => return Outcome::Failed(e.to_string()),
    };
    match place(
        calendar,
        diary,
        store,
        None,
        Some(&old),
        &old.type_code,
        start,
        now,
    )
    .await
    {
        Ok(o) => o,
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

#[allow(clippy::too_many_arguments)]
async fn place(
    calendar: Option<&CalDav>,
    diary: &Diary,
    store: &Mutex<Outbox>,
    terminal: Option<&str>,
    moving: Option<&crate::outbox::Booking>,
    code: &str,
    start: NaiveDateTime,
    now: DateTime<Utc>,
) -> Result<Outcome, DeskError> {
    let Some(kind) = diary.kind(code) else {
        return Err(DeskError::NoType(code.into()));
    };
    let date = start.date();
    let except = moving.map(|b| b.reference.as_str());
    let in_column = |taken: &[Slot]| -> Vec<Slot> {
        diary
            .slots(code, date)
            .into_iter()
            .filter(|s| s.start == start && !taken.contains(s))
            .collect()
    };
    let (taken_now, online) = taken(calendar, diary, store, code, date, except).await?;
    let candidates = in_column(&taken_now);
    let server = calendar.filter(|_| online);
    let Some(first) = candidates.first().copied() else {
        return Ok(Outcome::Lost(
            next_free(calendar, diary, store, code, start, except).await?,
        ));
    };
    // A booking being moved must leave the shared diary in step: without
    // the server, only a booking never confirmed there can move.
    if let Some(old) = moving
        && server.is_none()
        && old.state == BookingState::Confirmed
    {
        return Err(DeskError::CannotMoveOffline);
    }
    let reference = match (moving, terminal) {
        (Some(old), _) => old.reference.clone(),
        (None, Some(t)) => locked(store)?.hold_booking(t, code, &first, now)?,
        (None, None) => return Err(DeskError::NoTerminal),
    };
    let Some(server) = server else {
        if moving.is_some() {
            locked(store)?.place_booking(
                reference.as_str(),
                &first,
                BookingState::Provisional,
                None,
            )?;
        }
        return Ok(Outcome::Booked {
            reference,
            slot: first,
            provisional: true,
        });
    };
    let _ = server.ensure_calendar(code).await;
    let attempt = Attempt {
        server,
        store,
        moving,
        code,
        minutes: kind.minutes,
        reference: &reference,
        now,
    };
    if let Some(done) = attempt.book(candidates, first).await? {
        return Ok(done);
    }
    // Every adviser's column at that time went to other terminals.
    if moving.is_none() {
        locked(store)?.cancel_booking(reference.as_str())?;
    }
    Ok(Outcome::Lost(
        next_free(calendar, diary, store, code, start, except).await?,
    ))
}

/// A booking being put on the diary server under its reference.
struct Attempt<'a> {
    server: &'a CalDav,
    store: &'a Mutex<Outbox>,
    moving: Option<&'a crate::outbox::Booking>,
    code: &'a str,
    minutes: u32,
    reference: &'a crate::reference::Reference,
    now: DateTime<Utc>,
}

impl Attempt<'_> {
    /// Tries each free adviser's column at the time, in turn. `None`: every
    /// one went to other terminals meanwhile.
    async fn book(&self, candidates: Vec<Slot>, first: Slot) -> Result<Option<Outcome>, DeskError> {
        for slot in candidates {
            match self
                .server
                .book_for(
                    self.code,
                    &slot,
                    self.minutes,
                    self.reference.as_str(),
                    self.now,
                )
                .await
            {
                Ok(booked) => {
                    {
                        locked(self.store)?.place_booking(
                            self.reference.as_str(),
                            &slot,
                            BookingState::Confirmed,
                            booked.etag.as_deref(),
                        )?;
                    }
                    if let Some(old) = self.moving {
                        free_old(self.server, old).await?;
                    }
                    return Ok(Some(Outcome::Booked {
                        reference: self.reference.clone(),
                        slot,
                        provisional: false,
                    }));
                }
                Err(BookError::Taken) => continue,
                Err(_) if self.moving.is_some() => {
                    return Err(DeskError::MoveStopped);
                }
                // The server went away part way: the hold stays provisional.
                Err(_) => {
                    return Ok(Some(Outcome::Booked {
                        reference: self.reference.clone(),
                        slot: first,
                        provisional: true,
                    }));
                }
            }
        }
        Ok(None)
    }
}

/// Removes a moved booking's old event; if someone changed it meanwhile,
/// the booking is flagged for staff rather than their change overwritten.
async fn free_old(server: &CalDav, old: &crate::outbox::Booking) -> Result<(), DeskError> {
    if old.state != BookingState::Confirmed {
        return Ok(());
    }
    let booked = crate::caldav::Booked {
        slot: old.slot(),
        etag: old.etag.clone(),
    };
    match server.cancel(&old.type_code, &booked).await {
        Ok(()) => Ok(()),
        Err(e) => {
            tracing::warn!(
                "the old time of {} stays on the diary: {e}",
                old.reference.as_str()
            );
            Ok(())
        }
    }
}

/// The first free start time after `after` (a minute on), for offering
/// instead of one just taken.
async fn next_free(
    calendar: Option<&CalDav>,
    diary: &Diary,
    store: &Mutex<Outbox>,
    code: &str,
    after: NaiveDateTime,
    except: Option<&str>,
) -> Result<Option<NaiveDateTime>, DeskError> {
    let from = after + chrono::Duration::minutes(1);
    let free = free_times(calendar, diary, store, code, from, 1, except).await?;
    Ok(free.days.first().and_then(|(_, t)| t.first().copied()))
}

/// Cancels the booking `reference`: taken off the shared diary first (only
/// if no one has changed it), then marked cancelled here. A confirmed
/// booking cannot be cancelled while the diary server cannot be reached.
pub async fn cancel(
    calendar: Option<&CalDav>,
    store: &Mutex<Outbox>,
    reference: &str,
) -> Result<(), DeskError> {
    let booking = locked(store)?
        .booking(reference)?
        .ok_or_else(|| DeskError::NoBooking(reference.into()))?;
    if booking.state == BookingState::Confirmed {
        let Some(server) = calendar else {
            return Err(DeskError::NoServerToCancel);
        };
        let booked = crate::caldav::Booked {
            slot: booking.slot(),
            etag: booking.etag.clone(),
        };
        match server.cancel(&booking.type_code, &booked).await {
            Ok(()) => {}
            Err(BookError::Taken) => {
                return Err(DeskError::ChangedOnDiary);
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(locked(store)?.cancel_booking(reference)?)
}

/// What a pass over the provisional bookings did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Confirmed {
    /// Now on the shared diary.
    pub confirmed: usize,
    /// Found taken: flagged for staff.
    pub flagged: usize,
    /// Still provisional (the server did not answer).
    pub waiting: usize,
}

/// Puts the bookings held on this terminal while offline onto the shared
/// diary: each is confirmed, or flagged for staff when its slot was taken
/// meanwhile; any the server cannot take now stay provisional.
pub async fn confirm_provisional(
    store: &Mutex<Outbox>,
    client: &CalDav,
    diary: &Diary,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Confirmed, DeskError> {
    let waiting = locked(store)?.bookings_in(BookingState::Provisional)?;
    let mut report = Confirmed::default();
    for b in waiting {
        let minutes = diary.kind(&b.type_code).map_or(30, |k| k.minutes);
        let outcome = client
            .book_for(&b.type_code, &b.slot(), minutes, b.reference.as_str(), now)
            .await;
        let store = locked(store)?;
        match outcome {
            Ok(booked) => {
                store.confirm_booking(b.reference.as_str(), booked.etag.as_deref())?;
                report.confirmed += 1;
            }
            Err(BookError::Taken) => {
                store.flag_booking(
                    b.reference.as_str(),
                    "the slot was booked by someone else while this terminal was offline",
                )?;
                report.flagged += 1;
            }
            Err(_) => report.waiting += 1,
        }
    }
    Ok(report)
}
