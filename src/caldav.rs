//! The shared diary on the council's CalDAV server (RFC 4791): one calendar
//! collection per appointment type under the hub's URL, one event per booked
//! slot. A booking is a `PUT` with `If-None-Match: *` to the slot's fixed
//! event name, so of two terminals racing for one slot exactly one wins (the
//! other gets 412 and is offered the next free slot). Taken slots come from
//! a `calendar-query` with a time range: the kiosks' own events by their
//! names, and any other event (an adviser's training or leave, put in from
//! their own calendar) by its times, with recurring ones expanded by the
//! server. Answers are read by `booking::multistatus` (XML) and
//! `booking::ical` (iCalendar).

use crate::booking::{Busy, Diary, Slot, event_name, ical, multistatus, slot_of};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use reqwest::{Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use std::time::Duration;

/// Why a booking did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BookError {
    /// Someone else has the slot.
    #[error("the slot is taken")]
    Taken,
    /// No free slot in the days looked at.
    #[error("no free slot")]
    Full,
    /// The server could not be reached or refused.
    #[error("{0}")]
    Server(String),
}

/// Why the diary server's client could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// `[calendar] password_file` could not be read.
    #[error("{file}: {error}")]
    Password {
        /// The file.
        file: String,
        /// Why.
        error: std::io::Error,
    },
    /// The HTTP client could not be made.
    #[error("the diary server's client: {0}")]
    Client(reqwest::Error),
}

/// A booked slot and the event's entity tag, for moving or cancelling it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booked {
    /// The slot.
    pub slot: Slot,
    /// The event's ETag, when the server gave one.
    pub etag: Option<String>,
}

/// A client for the hub's CalDAV collection.
#[derive(Debug, Clone)]
pub struct CalDav {
    http: reqwest::Client,
    base: String,
    user: Option<String>,
    password: Option<SecretString>,
    max_answer: u64,
}

fn server(e: impl std::fmt::Display) -> BookError {
    BookError::Server(e.to_string())
}

/// What the shared diary holds on one day for one appointment type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Day {
    /// Slots booked by kiosks (events named for their slot).
    pub named: Vec<Slot>,
    /// Other events that take up time, local time.
    pub busy: Vec<Busy>,
}

/// A local (diary) time as UTC. A time skipped when the clocks go forward
/// is read as the same time an hour later.
fn utc_of(t: NaiveDateTime) -> DateTime<Utc> {
    chrono::Local
        .from_local_datetime(&t)
        .earliest()
        .or_else(|| {
            chrono::Local
                .from_local_datetime(&(t + chrono::Duration::hours(1)))
                .earliest()
        })
        .map_or_else(|| t.and_utc(), |l| l.with_timezone(&Utc))
}

/// Reads a `calendar-query` answer for `date`.
pub fn read_day(xml: &str, date: NaiveDate, local: &impl TimeZone) -> Result<Day, BookError> {
    let mut day = Day::default();
    for r in multistatus::parse(xml).map_err(server)? {
        let name = r.href.trim_end_matches('/');
        if let Some(slot) = slot_of(name) {
            if slot.start.date() == date {
                day.named.push(slot);
            }
            continue;
        }
        let Some(data) = r.calendar_data else {
            continue;
        };
        match ical::read_events(&data, local) {
            Ok(events) => day.busy.extend(
                events
                    .into_iter()
                    .filter(|e| e.busy)
                    .filter_map(|e| e.span)
                    .map(|(start, end)| Busy { start, end }),
            ),
            // One unreadable event from someone's calendar program must not
            // stop every booking: it is left out, and said in the log.
            Err(e) => tracing::warn!(href = %r.href, "{e}"),
        }
    }
    Ok(day)
}

impl CalDav {
    /// A client for the collection at `base` (the hub's URL), reading at
    /// most [`crate::net::MAX_ANSWER_BYTES`] of any answer.
    pub fn new(
        base: &str,
        user: Option<String>,
        password: Option<SecretString>,
    ) -> Result<CalDav, SetupError> {
        let http = crate::net::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(SetupError::Client)?;
        let mut base = base.trim().to_string();
        if !base.ends_with('/') {
            base.push('/');
        }
        Ok(CalDav {
            http,
            base,
            user,
            password,
            max_answer: crate::net::MAX_ANSWER_BYTES,
        })
    }

    /// The same client reading at most `bytes` of any answer.
    pub fn with_max_answer(mut self, bytes: u64) -> CalDav {
        self.max_answer = bytes;
        self
    }

    /// Reads an answer's text, at most the cap.
    async fn text(&self, response: reqwest::Response) -> Result<String, BookError> {
        crate::net::text(response, self.max_answer)
            .await
            .map_err(server)
    }

    /// The client `[calendar]` describes, if it is set.
    pub fn from_config(config: &crate::config::Config) -> Result<Option<CalDav>, SetupError> {
        let Some(c) = &config.calendar else {
            return Ok(None);
        };
        let password = match (&c.password, &c.password_file) {
            (Some(p), _) => Some(p.clone()),
            (None, Some(file)) => Some(SecretString::from(
                std::fs::read_to_string(file)
                    .map_err(|error| SetupError::Password {
                        file: file.display().to_string(),
                        error,
                    })?
                    .trim()
                    .to_string(),
            )),
            (None, None) => None,
        };
        CalDav::new(&c.url, c.username.clone(), password)
            .map(|c| Some(c.with_max_answer(config.network.max_answer_bytes)))
    }

    fn request(&self, method: Method, url: &str) -> reqwest::RequestBuilder {
        let r = self.http.request(method, url);
        match &self.user {
            Some(user) => r.basic_auth(user, self.password.as_ref().map(|p| p.expose_secret())),
            None => r,
        }
    }

    fn collection(&self, code: &str) -> String {
        format!("{}{code}/", self.base)
    }

    /// Makes the calendar for an appointment type, if it is not there yet.
    pub async fn ensure_calendar(&self, code: &str) -> Result<(), BookError> {
        let method = Method::from_bytes(b"MKCALENDAR").map_err(server)?;
        let status = self
            .request(method, &self.collection(code))
            .send()
            .await
            .map_err(server)?
            .status();
        // 405 and 409: it already exists.
        if status.is_success() || matches!(status.as_u16(), 405 | 409) {
            Ok(())
        } else {
            Err(BookError::Server(format!("making the calendar: {status}")))
        }
    }

    /// Books `slot` for a `minutes`-long appointment: created only if no one
    /// has it. `summary` is what advisers see (a reference, no personal
    /// details).
    pub async fn book(
        &self,
        code: &str,
        slot: &Slot,
        minutes: u32,
        summary: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Booked, BookError> {
        let name = event_name(slot);
        let uid = name.trim_end_matches(".ics");
        let end = slot.start + chrono::Duration::minutes(minutes as i64);
        let summary: String = summary.chars().filter(|c| !c.is_control()).collect();
        let body = ical::write_event(uid, utc_of(slot.start), utc_of(end), &summary, now);
        let response = self
            .request(Method::PUT, &format!("{}{name}", self.collection(code)))
            .header("If-None-Match", "*")
            .header("Content-Type", "text/calendar; charset=utf-8")
            .body(body)
            .send()
            .await
            .map_err(server)?;
        match response.status() {
            s if s.is_success() => Ok(Booked {
                slot: *slot,
                etag: response
                    .headers()
                    .get("ETag")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
            }),
            StatusCode::PRECONDITION_FAILED => Err(BookError::Taken),
            s => Err(BookError::Server(format!("booking: {s}"))),
        }
    }

    /// The slots kiosks have booked on `date`, from a calendar query.
    pub async fn taken(&self, code: &str, date: NaiveDate) -> Result<Vec<Slot>, BookError> {
        Ok(self.day(code, date).await?.named)
    }

    /// The slots that cannot be booked on `date`: kiosk bookings, and the
    /// columns other events take ([`Diary::occupied`]).
    pub async fn taken_in(
        &self,
        diary: &Diary,
        code: &str,
        date: NaiveDate,
    ) -> Result<Vec<Slot>, BookError> {
        let day = self.day(code, date).await?;
        Ok(diary.occupied(code, date, &day.named, &day.busy))
    }

    /// Everything on the shared diary for `code` on the local day `date`.
    pub async fn day(&self, code: &str, date: NaiveDate) -> Result<Day, BookError> {
        let from = utc_of(date.and_time(chrono::NaiveTime::MIN));
        let to = utc_of((date + chrono::Days::new(1)).and_time(chrono::NaiveTime::MIN));
        let fmt = |t: DateTime<Utc>| t.format("%Y%m%dT%H%M%SZ").to_string();
        let (from, to) = (fmt(from), fmt(to));
        let query = format!(
            r#"<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data><C:expand start="{from}" end="{to}"/></C:calendar-data></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
    <C:time-range start="{from}" end="{to}"/>
  </C:comp-filter></C:comp-filter></C:filter>
</C:calendar-query>"#
        );
        let method = Method::from_bytes(b"REPORT").map_err(server)?;
        let response = self
            .request(method, &self.collection(code))
            .header("Depth", "1")
            .header("Content-Type", "application/xml; charset=utf-8")
            .body(query)
            .send()
            .await
            .map_err(server)?;
        // No calendar for this type yet: nothing is booked in it.
        if response.status() == StatusCode::NOT_FOUND {
            return Ok(Day::default());
        }
        if !response.status().is_success() {
            return Err(BookError::Server(format!(
                "reading the diary: {}",
                response.status()
            )));
        }
        let text = self.text(response).await?;
        read_day(&text, date, &chrono::Local)
    }

    /// Books the first free slot from `after`: on losing a race, the next.
    pub async fn book_first_free(
        &self,
        diary: &Diary,
        code: &str,
        after: NaiveDateTime,
        summary: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Booked, BookError> {
        let kind = diary.kind(code).ok_or(BookError::Full)?;
        for day in 0..28u64 {
            let Some(date) = after.date().checked_add_days(chrono::Days::new(day)) else {
                break;
            };
            let slots = diary.slots(code, date);
            if slots.is_empty() {
                continue;
            }
            let taken = self.taken_in(diary, code, date).await?;
            for slot in slots
                .iter()
                .filter(|s| s.start >= after && !taken.contains(s))
            {
                match self.book(code, slot, kind.minutes, summary, now).await {
                    Ok(b) => return Ok(b),
                    Err(BookError::Taken) => continue,
                    Err(e) => return Err(e),
                }
            }
        }
        Err(BookError::Full)
    }

    /// The event in `slot`, if there is one: its summary (the reference of
    /// whoever booked it) and ETag.
    pub async fn event(
        &self,
        code: &str,
        slot: &Slot,
    ) -> Result<Option<(String, Option<String>)>, BookError> {
        let response = self
            .request(
                Method::GET,
                &format!("{}{}", self.collection(code), event_name(slot)),
            )
            .send()
            .await
            .map_err(server)?;
        match response.status() {
            StatusCode::NOT_FOUND => Ok(None),
            s if s.is_success() => {
                let etag = response
                    .headers()
                    .get("ETag")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string);
                let body = self.text(response).await?;
                let summary = ical::read_events(&body, &chrono::Local)
                    .map_err(server)?
                    .into_iter()
                    .find_map(|e| e.summary)
                    .unwrap_or_default();
                Ok(Some((summary, etag)))
            }
            s => Err(BookError::Server(format!("reading an event: {s}"))),
        }
    }

    /// Books `slot` for `reference`; a slot already holding this reference
    /// (a booking sent before a crash or a lost answer) counts as booked.
    pub async fn book_for(
        &self,
        code: &str,
        slot: &Slot,
        minutes: u32,
        reference: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Booked, BookError> {
        match self.book(code, slot, minutes, reference, now).await {
            Err(BookError::Taken) => match self.event(code, slot).await? {
                Some((summary, etag)) if summary == reference => Ok(Booked { slot: *slot, etag }),
                _ => Err(BookError::Taken),
            },
            other => other,
        }
    }

    /// Cancels a booking; with an ETag, only if no one has changed it.
    pub async fn cancel(&self, code: &str, booked: &Booked) -> Result<(), BookError> {
        let mut r = self.request(
            Method::DELETE,
            &format!("{}{}", self.collection(code), event_name(&booked.slot)),
        );
        if let Some(etag) = &booked.etag {
            r = r.header("If-Match", etag);
        }
        let status = r.send().await.map_err(server)?.status();
        match status {
            s if s.is_success() => Ok(()),
            StatusCode::PRECONDITION_FAILED => Err(BookError::Taken),
            s => Err(BookError::Server(format!("cancelling: {s}"))),
        }
    }
}
