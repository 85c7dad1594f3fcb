//! Appointments booked on this terminal, provisional ones included.

use super::{Outbox, StoreError, parse_ts, ts};
use crate::booking::Slot;
use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{OptionalExtension, params};

/// Where a booking stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BookingState {
    /// Held here while the diary server could not be reached.
    Provisional,
    /// On the shared diary.
    Confirmed,
    /// Someone else took the slot meanwhile: staff must find another.
    Conflict,
    /// Cancelled.
    Cancelled,
}

impl BookingState {
    fn as_str(self) -> &'static str {
        match self {
            BookingState::Provisional => "provisional",
            BookingState::Confirmed => "confirmed",
            BookingState::Conflict => "conflict",
            BookingState::Cancelled => "cancelled",
        }
    }

    fn parse(s: &str) -> BookingState {
        match s {
            "confirmed" => BookingState::Confirmed,
            "conflict" => BookingState::Conflict,
            "cancelled" => BookingState::Cancelled,
            _ => BookingState::Provisional,
        }
    }
}

/// One booking.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Booking {
    /// The reference on the slip.
    pub reference: crate::reference::Reference,
    /// The appointment type.
    pub type_code: String,
    /// When it starts (local time) and whose column.
    pub start: NaiveDateTime,
    /// Which adviser.
    pub adviser: u32,
    /// Where it stands.
    pub state: BookingState,
    /// The event's ETag on the server, once confirmed.
    pub etag: Option<String>,
    /// Why staff must look at it.
    pub problem: Option<String>,
    /// The resident has checked in.
    pub arrived: bool,
}

impl Booking {
    /// Its slot.
    pub fn slot(&self) -> Slot {
        Slot {
            start: self.start,
            adviser: self.adviser,
        }
    }
}

const FORMAT: &str = "%Y-%m-%dT%H:%M";

impl Outbox {
    /// Keeps a booking.
    pub fn add_booking(
        &self,
        reference: &crate::reference::Reference,
        type_code: &str,
        slot: &Slot,
        state: BookingState,
        etag: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO bookings (reference, type_code, starts_at, adviser, state, etag, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                reference,
                type_code,
                slot.start.format(FORMAT).to_string(),
                slot.adviser,
                state.as_str(),
                etag,
                ts(now)
            ],
        )?;
        Ok(())
    }

    /// Holds a slot as provisional under a new reference, in one
    /// transaction: the booking is on this terminal before the diary server
    /// is asked, so a crash part way loses nothing. Returns the reference.
    pub fn hold_booking(
        &mut self,
        terminal: &str,
        type_code: &str,
        slot: &Slot,
        now: DateTime<Utc>,
    ) -> Result<crate::reference::Reference, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let reference = super::take_reference(&tx, terminal, now)?;
        tx.execute(
            "INSERT INTO bookings (reference, type_code, starts_at, adviser, state, created_at)
             VALUES (?1, ?2, ?3, ?4, 'provisional', ?5)",
            params![
                reference.as_str(),
                type_code,
                slot.start.format(FORMAT).to_string(),
                slot.adviser,
                ts(now)
            ],
        )?;
        tx.commit()?;
        Ok(reference)
    }

    /// Puts a booking in `slot` on the shared diary (a new booking confirmed,
    /// or a move): its time, adviser and ETag change, its reference stays.
    pub fn place_booking(
        &self,
        reference: &str,
        slot: &Slot,
        state: BookingState,
        etag: Option<&str>,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE bookings SET starts_at = ?2, adviser = ?3, state = ?4, etag = ?5, problem = NULL
             WHERE reference = ?1",
            params![
                reference,
                slot.start.format(FORMAT).to_string(),
                slot.adviser,
                state.as_str(),
                etag
            ],
        )?;
        Ok(())
    }

    /// The booking is cancelled (its slot is free again).
    pub fn cancel_booking(&self, reference: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE bookings SET state = 'cancelled' WHERE reference = ?1",
            params![reference],
        )?;
        Ok(())
    }

    /// Bookings from `date` on that are not cancelled, earliest first: what
    /// staff may move or cancel.
    pub fn bookings_from(&self, date: chrono::NaiveDate) -> Result<Vec<Booking>, StoreError> {
        self.booking_rows(
            "WHERE substr(starts_at, 1, 10) >= ?1 AND state != 'cancelled'",
            &date.format("%Y-%m-%d").to_string(),
        )
    }

    fn booking_rows(&self, filter: &str, arg: &str) -> Result<Vec<Booking>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT reference, type_code, starts_at, adviser, state, etag, problem, arrived_at IS NOT NULL
             FROM bookings {filter} ORDER BY starts_at, id"
        ))?;
        let rows = stmt
            .query_map(params![arg], |r| {
                Ok((
                    r.get::<_, crate::reference::Reference>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, u32>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                    r.get::<_, bool>(7)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(
                |(reference, type_code, start, adviser, state, etag, problem, arrived)| {
                    Ok(Booking {
                        reference,
                        type_code,
                        start: NaiveDateTime::parse_from_str(&start, FORMAT).map_err(|e| {
                            StoreError::Damaged(format!("booking time {start}: {e}"))
                        })?,
                        adviser,
                        state: BookingState::parse(&state),
                        etag,
                        problem,
                        arrived,
                    })
                },
            )
            .collect()
    }

    /// Bookings in one state, earliest first.
    pub fn bookings_in(&self, state: BookingState) -> Result<Vec<Booking>, StoreError> {
        self.booking_rows("WHERE state = ?1", state.as_str())
    }

    /// The bookings on one day that are not cancelled, earliest first.
    pub fn bookings_on(&self, date: chrono::NaiveDate) -> Result<Vec<Booking>, StoreError> {
        self.booking_rows(
            "WHERE substr(starts_at, 1, 10) = ?1 AND state != 'cancelled'",
            &date.format("%Y-%m-%d").to_string(),
        )
    }

    /// The booking with `reference`.
    pub fn booking(&self, reference: &str) -> Result<Option<Booking>, StoreError> {
        Ok(self.booking_rows("WHERE reference = ?1", reference)?.pop())
    }

    /// The diary server has it now.
    pub fn confirm_booking(&self, reference: &str, etag: Option<&str>) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE bookings SET state = 'confirmed', etag = ?2, problem = NULL WHERE reference = ?1",
            params![reference, etag],
        )?;
        Ok(())
    }

    /// The slot was taken meanwhile: staff must find another.
    pub fn flag_booking(&self, reference: &str, problem: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE bookings SET state = 'conflict', problem = ?2 WHERE reference = ?1",
            params![reference, crate::clip::error_text(problem)],
        )?;
        Ok(())
    }

    /// The resident arrived (checked in).
    pub fn mark_arrived(&self, reference: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE bookings SET arrived_at = ?2 WHERE reference = ?1 AND state = 'confirmed' AND arrived_at IS NULL",
            params![reference, ts(now)],
        )?;
        Ok(n == 1)
    }

    /// When the resident checked in, if they have.
    pub fn arrived_at(&self, reference: &str) -> Result<Option<DateTime<Utc>>, StoreError> {
        let at: Option<String> = self
            .conn
            .query_row(
                "SELECT arrived_at FROM bookings WHERE reference = ?1",
                params![reference],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        at.as_deref().map(parse_ts).transpose()
    }
}
