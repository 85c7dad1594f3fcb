//! Appointment events in iCalendar (RFC 5545), as the shared diary stores
//! them.
//!
//! Written and read with the `icalendar` crate rather than by hand: it
//! escapes text values (`\,` `\;` `\\` `\n`) and folds lines longer than 75
//! octets when writing, and when reading it unfolds lines, unescapes text and
//! keeps property parameters apart from the name, so an adviser's
//! `SUMMARY;LANGUAGE=cy:…` or `DTSTART;TZID=Europe/London:…` is read for
//! what it is. Its `chrono-tz` feature resolves a `TZID` to UTC.
//!
//! The kiosk writes its own events in UTC (`…Z`), which every calendar
//! client shows in its own time zone. Times read back are turned into the
//! diary's local time: UTC and `TZID` times through their zone, floating
//! times and `TZID`s no zone database knows (such as Outlook's "GMT Standard
//! Time") as local time already, and all-day events as whole local days.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use icalendar::{CalendarDateTime, Component, DatePerhapsTime, EventLike, EventStatus};

/// Why calendar data could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IcalError {
    /// The text is not iCalendar.
    #[error("the diary server sent calendar data that is not iCalendar: {0}")]
    Unreadable(String),
}

/// One event as the diary needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The event's UID.
    pub uid: Option<String>,
    /// Its summary, unescaped, whatever parameters the line had.
    pub summary: Option<String>,
    /// When it starts and ends, local time; `None` when it has no start.
    pub span: Option<(NaiveDateTime, NaiveDateTime)>,
    /// Whether it takes up time: not cancelled, not marked free
    /// (`TRANSP:TRANSPARENT`).
    pub busy: bool,
}

/// The kiosk's event for one booked slot: `start` to `end` in UTC, with
/// `summary` (the booking's reference) escaped and folded as RFC 5545 says.
pub fn write_event(
    uid: &str,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    summary: &str,
    stamp: DateTime<Utc>,
) -> String {
    let event = icalendar::Event::new()
        .uid(uid)
        .timestamp(stamp)
        .starts(start)
        .ends(end)
        .summary(summary)
        .done();
    let mut calendar = icalendar::Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//Frontdoor//Kiosk//EN"))
        .push(event);
    calendar.done().to_string()
}

/// The events in a calendar object (or several, one after another), their
/// times in the zone `local`.
pub fn read_events<Tz: TimeZone>(text: &str, local: &Tz) -> Result<Vec<Event>, IcalError> {
    let calendar: icalendar::Calendar = text.parse().map_err(|e: String| {
        let first = e.lines().find(|l| !l.trim().is_empty()).unwrap_or("empty");
        IcalError::Unreadable(clip(first, 120))
    })?;
    Ok(calendar
        .events()
        .map(|e| {
            let start = e.get_start().map(|s| (local_time(&s, local), s));
            let span = start.map(|(from, s)| {
                let to = match e.get_end() {
                    Some(end) => local_time(&end, local),
                    // An all-day event without an end lasts its day; a
                    // timed one without an end takes no time (RFC 5545).
                    None => match s {
                        DatePerhapsTime::Date(_) => from + chrono::Duration::days(1),
                        DatePerhapsTime::DateTime(_) => from,
                    },
                };
                (from, to.max(from))
            });
            let cancelled = e.get_status() == Some(EventStatus::Cancelled);
            let free = e
                .property_value("TRANSP")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("TRANSPARENT"));
            Event {
                uid: e.get_uid().map(str::to_string),
                summary: e.get_summary().map(str::to_string),
                span,
                busy: !cancelled && !free,
            }
        })
        .collect())
}

/// A start or end as local time in `local`.
fn local_time<Tz: TimeZone>(when: &DatePerhapsTime, local: &Tz) -> NaiveDateTime {
    match when {
        DatePerhapsTime::Date(d) => day_start(*d),
        DatePerhapsTime::DateTime(CalendarDateTime::Floating(t)) => *t,
        DatePerhapsTime::DateTime(CalendarDateTime::Utc(t)) => t.with_timezone(local).naive_local(),
        DatePerhapsTime::DateTime(dt @ CalendarDateTime::WithTimezone { date_time, .. }) => dt
            .try_into_utc()
            .map_or(*date_time, |t| t.with_timezone(local).naive_local()),
    }
}

/// At most `n` characters of `text`, marked when cut.
fn clip(text: &str, n: usize) -> String {
    let mut out: String = text.chars().take(n).collect();
    if text.chars().nth(n).is_some() {
        out.push('…');
    }
    out
}

fn day_start(d: NaiveDate) -> NaiveDateTime {
    d.and_time(chrono::NaiveTime::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
            .single()
            .expect("time")
    }

    fn local(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> NaiveDateTime {
        utc(y, mo, d, h, mi).naive_utc()
    }

    /// British Summer Time as a fixed zone, for reading back into.
    fn bst() -> chrono::FixedOffset {
        chrono::FixedOffset::east_opt(3600).expect("offset")
    }

    #[test]
    fn the_kiosks_own_event_is_escaped_folded_and_read_back_whole() {
        let summary = "ACDE 346 79E, room 2; \"front desk\"\nask for Siân \\ Sam \
                       and keep this long enough to be folded across two lines";
        let text = write_event(
            "20261123T0900-1",
            utc(2026, 11, 23, 9, 0),
            utc(2026, 11, 23, 9, 45),
            summary,
            utc(2026, 11, 1, 12, 0),
        );
        assert!(text.contains("\r\n"), "{text}");
        assert!(text.lines().all(|l| l.len() <= 75), "not folded:\n{text}");
        assert!(text.contains("DTSTART:20261123T090000Z"), "{text}");
        assert!(text.contains(r"ACDE 346 79E\, room 2\; "), "{text}");
        let events = read_events(&text, &Utc).expect("readable");
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].summary.as_deref(), Some(summary));
        assert_eq!(events[0].uid.as_deref(), Some("20261123T0900-1"));
        assert_eq!(
            events[0].span,
            Some((local(2026, 11, 23, 9, 0), local(2026, 11, 23, 9, 45)))
        );
        assert!(events[0].busy);
    }

    #[test]
    fn an_advisers_event_with_parameters_folds_escapes_and_a_time_zone_is_understood() {
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Outlook//EN\r\n\
                    BEGIN:VEVENT\r\nUID:abc\r\nDTSTAMP:20260601T000000Z\r\n\
                    DTSTART;TZID=Europe/London:20260615T100000\r\n\
                    DTEND;TZID=Europe/London:20260615T113000\r\n\
                    SUMMARY;LANGUAGE=cy:Hyfforddiant staff\\, ystafell 2\\; dewch \r\n \
                    yn gynnar\\nDiolch\r\n\
                    END:VEVENT\r\nEND:VCALENDAR\r\n";
        let events = read_events(text, &Utc).expect("readable");
        assert_eq!(events.len(), 1);
        assert_eq!(
            events[0].summary.as_deref(),
            Some("Hyfforddiant staff, ystafell 2; dewch yn gynnar\nDiolch")
        );
        // 10:00 in London in June is 09:00 UTC.
        assert_eq!(
            events[0].span,
            Some((local(2026, 6, 15, 9, 0), local(2026, 6, 15, 10, 30)))
        );
        let in_london = read_events(text, &bst()).expect("readable");
        assert_eq!(
            in_london[0].span,
            Some((local(2026, 6, 15, 10, 0), local(2026, 6, 15, 11, 30)))
        );
    }

    #[test]
    fn utc_floating_all_day_cancelled_and_free_events() {
        let text = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n\
                    BEGIN:VEVENT\nUID:utc\nDTSTART:20260615T090000Z\nDTEND:20260615T100000Z\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:floating\nDTSTART:20260615T090000\nDTEND:20260615T100000\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:day\nDTSTART;VALUE=DATE:20260615\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:gone\nDTSTART:20260615T090000Z\nSTATUS:CANCELLED\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:free\nDTSTART:20260615T090000Z\nTRANSP:TRANSPARENT\nEND:VEVENT\n\
                    BEGIN:VEVENT\nUID:outlook\nDTSTART;TZID=GMT Standard Time:20260615T090000\nEND:VEVENT\n\
                    END:VCALENDAR\n";
        let events = read_events(text, &bst()).expect("readable");
        let by = |uid: &str| {
            events
                .iter()
                .find(|e| e.uid.as_deref() == Some(uid))
                .unwrap_or_else(|| panic!("{uid}"))
        };
        assert_eq!(
            by("utc").span,
            Some((local(2026, 6, 15, 10, 0), local(2026, 6, 15, 11, 0)))
        );
        assert_eq!(
            by("floating").span,
            Some((local(2026, 6, 15, 9, 0), local(2026, 6, 15, 10, 0)))
        );
        assert_eq!(
            by("day").span,
            Some((local(2026, 6, 15, 0, 0), local(2026, 6, 16, 0, 0)))
        );
        assert_eq!(
            by("outlook").span,
            Some((local(2026, 6, 15, 9, 0), local(2026, 6, 15, 9, 0)))
        );
        assert!(by("utc").busy && by("day").busy);
        assert!(!by("gone").busy && !by("free").busy);
    }

    #[test]
    fn text_that_is_not_icalendar_is_refused_with_a_short_reason() {
        for bad in [
            "",
            "<html>Service Unavailable</html>",
            "BEGIN:VCALENDAR\r\n",
        ] {
            if let Err(e) = read_events(bad, &Utc) {
                let message = e.to_string();
                assert!(message.starts_with("the diary server sent"), "{message}");
                assert!(message.len() < 300 && !message.contains('\n'), "{message}");
            }
        }
        assert!(read_events("<html>Service Unavailable</html>", &Utc).is_err());
    }
}
