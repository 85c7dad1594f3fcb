//! The shared diary on a real CalDAV server: Radicale, started on loopback
//! with an empty store for each test (`./scripts/test` installs it under
//! target/radicale-venv). Two terminals racing for one slot: exactly one
//! wins and the other is given the next free slot.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::radicale::radicale;

use chrono::{NaiveDate, NaiveTime};
use frontdoor::booking::{AppointmentType, Diary, Slot};
use frontdoor::caldav::{BookError, CalDav};
use frontdoor::reference::Reference;

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn diary(advisers: u32) -> Diary {
    let day = Some((t(9, 0), t(12, 0)));
    Diary {
        opening: [day, day, day, day, day, None, None],
        types: vec![AppointmentType {
            code: "housing".into(),
            name: "Housing options".into(),
            minutes: 45,
            padding: 15,
            advisers: [advisers; 7],
            bring: None,
            translations: Default::default(),
        }],
        closures: Vec::new(),
    }
}

fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn two_terminals_racing_for_one_slot_exactly_one_wins_and_the_other_gets_the_next() {
    let server = radicale();
    let rt = runtime();
    let a = CalDav::new(&server.url, Some("kiosk".into()), Some("x".into())).unwrap();
    let b = CalDav::new(&server.url, Some("kiosk".into()), Some("x".into())).unwrap();
    rt.block_on(a.ensure_calendar("housing")).unwrap();
    let slot = Slot {
        start: monday().and_time(t(9, 0)),
        adviser: 1,
    };
    let now = chrono::Utc::now();
    let (ra, rb) = rt.block_on(async {
        tokio::join!(
            a.book("housing", &slot, 45, "ACDE 346 79E", now),
            b.book("housing", &slot, 45, "ACDE 346 7AC", now)
        )
    });
    let wins = [&ra, &rb].iter().filter(|r| r.is_ok()).count();
    assert_eq!(wins, 1, "{ra:?} {rb:?}");
    assert!(
        [&ra, &rb]
            .iter()
            .any(|r| matches!(r, Err(BookError::Taken)))
    );
    // The loser is offered the next free slot.
    let next = rt
        .block_on(b.book_first_free(
            &diary(1),
            "housing",
            monday().and_time(t(9, 0)),
            "ACDE 346 7AC",
            now,
        ))
        .unwrap();
    assert_eq!(next.slot.start, monday().and_time(t(10, 0)));
    assert_eq!(rt.block_on(a.taken("housing", monday())).unwrap().len(), 2);
}

#[test]
fn many_terminals_booking_at_once_never_share_a_slot() {
    let server = radicale();
    let rt = runtime();
    let clients: Vec<CalDav> = (0..6)
        .map(|_| CalDav::new(&server.url, Some("kiosk".into()), Some("x".into())).unwrap())
        .collect();
    rt.block_on(clients[0].ensure_calendar("housing")).unwrap();
    let d = diary(2);
    let now = chrono::Utc::now();
    let results = rt.block_on(async {
        let calls = clients.iter().enumerate().map(|(i, c)| {
            let d = &d;
            async move {
                c.book_first_free(
                    d,
                    "housing",
                    monday().and_time(t(9, 0)),
                    &format!("ref {i}"),
                    now,
                )
                .await
            }
        });
        futures::future::join_all(calls).await
    });
    let mut slots: Vec<Slot> = results.into_iter().map(|r| r.unwrap().slot).collect();
    slots.sort();
    slots.dedup();
    assert_eq!(slots.len(), 6, "two terminals were given the same slot");
    // Monday has exactly six places (three times, two advisers): all taken.
    assert!(slots.iter().all(|s| s.start.date() == monday()));
    assert_eq!(
        rt.block_on(clients[0].taken("housing", monday()))
            .unwrap()
            .len(),
        6
    );
}

#[test]
fn a_cancelled_booking_frees_its_slot_and_a_stale_cancel_is_refused() {
    let server = radicale();
    let rt = runtime();
    let c = CalDav::new(&server.url, Some("kiosk".into()), Some("x".into())).unwrap();
    rt.block_on(c.ensure_calendar("housing")).unwrap();
    let now = chrono::Utc::now();
    let booked = rt
        .block_on(c.book_first_free(&diary(1), "housing", monday().and_time(t(9, 0)), "ref", now))
        .unwrap();
    assert!(booked.etag.is_some());
    let mut stale = booked.clone();
    stale.etag = Some("\"not-the-etag\"".into());
    assert_eq!(
        rt.block_on(c.cancel("housing", &stale)),
        Err(BookError::Taken)
    );
    rt.block_on(c.cancel("housing", &booked)).unwrap();
    assert!(
        rt.block_on(c.taken("housing", monday()))
            .unwrap()
            .is_empty()
    );
}

#[test]
fn bookings_held_offline_are_confirmed_or_flagged_when_the_server_is_back() {
    use frontdoor::outbox::{BookingState, Outbox};
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Mutex::new(Outbox::open(&dir.path().join("f.sqlite3")).unwrap());
    let now = chrono::Utc::now();
    let nine = Slot {
        start: monday().and_time(t(9, 0)),
        adviser: 1,
    };
    let ten = Slot {
        start: monday().and_time(t(10, 0)),
        adviser: 1,
    };
    {
        let s = store.lock().unwrap();
        s.add_booking(
            &Reference::parse("ACDE34679E").unwrap(),
            "housing",
            &nine,
            BookingState::Provisional,
            None,
            now,
        )
        .unwrap();
        s.add_booking(
            &second(),
            "housing",
            &ten,
            BookingState::Provisional,
            None,
            now,
        )
        .unwrap();
    }
    let rt = runtime();
    // While the server is away, nothing changes.
    let away = CalDav::new("http://127.0.0.1:9/kiosk/", None, None).unwrap();
    let report = rt
        .block_on(frontdoor::desk::confirm_provisional(
            &store,
            &away,
            &diary(1),
            now,
        ))
        .unwrap();
    assert_eq!(report.waiting, 2);
    // Back, with nine o'clock taken meanwhile by another terminal.
    let server = radicale();
    let other = CalDav::new(&server.url, Some("kiosk".into()), Some("x".into())).unwrap();
    rt.block_on(other.ensure_calendar("housing")).unwrap();
    rt.block_on(other.book("housing", &nine, 45, "someone else", now))
        .unwrap();
    let report = rt
        .block_on(frontdoor::desk::confirm_provisional(
            &store,
            &other,
            &diary(1),
            now,
        ))
        .unwrap();
    assert_eq!(
        (report.confirmed, report.flagged, report.waiting),
        (1, 1, 0)
    );
    let s = store.lock().unwrap();
    assert_eq!(
        s.booking("ACDE34679E").unwrap().unwrap().state,
        BookingState::Conflict
    );
    let confirmed = s.booking(second().as_str()).unwrap().unwrap();
    assert_eq!(confirmed.state, BookingState::Confirmed);
    assert!(confirmed.etag.is_some());
    // Check-in marks the resident arrived, once.
    assert!(s.mark_arrived(second().as_str(), now).unwrap());
    assert!(!s.mark_arrived(second().as_str(), now).unwrap());
    assert!(
        !s.mark_arrived("ACDE34679E", now).unwrap(),
        "a conflicted booking is not checked in"
    );
}

#[test]
fn the_background_pass_confirms_bookings_held_while_the_diary_was_away() {
    use frontdoor::outbox::{BookingState, Outbox};
    let server = radicale();
    let dir = tempfile::tempdir().unwrap();
    let config = frontdoor::config::Config::parse(
        &format!(
            "[kiosk]\nid = \"LIB-TEST-01\"\nsite_name = \"Test\"\ndata_dir = \"{}\"\n[backend]\nkind = \"open311\"\nurl = \"http://127.0.0.1:9/open311/v2\"\njurisdiction_id = \"x\"\n",
            dir.path().display()
        ),
        frontdoor::config::Source::Embedded,
    )
    .unwrap();
    let store = Outbox::open(&config.database_path()).unwrap();
    let slot = Slot {
        start: monday().and_time(t(11, 0)),
        adviser: 1,
    };
    store
        .add_booking(
            &Reference::parse("ACDE34679E").unwrap(),
            "housing",
            &slot,
            BookingState::Provisional,
            None,
            chrono::Utc::now(),
        )
        .unwrap();
    let calendar = CalDav::new(&server.url, Some("kiosk".into()), Some("x".into())).unwrap();
    let rt = runtime();
    rt.block_on(calendar.ensure_calendar("housing")).unwrap();
    let worker = frontdoor::app::worker::Worker {
        outbox: std::sync::Arc::new(std::sync::Mutex::new(store)),
        client: Some(frontdoor::sync::Client::from_config(&config).unwrap()),
        local: Default::default(),
        diary: Some((calendar.clone(), diary(1))),
        notify: None,
        till: None,
        live: frontdoor::fleet::live::Live::new(&config, chrono::Utc::now()),
        config: std::sync::Arc::new(config.clone()),
    };
    rt.block_on(frontdoor::app::worker::pass(&worker));
    let booking = worker
        .outbox
        .lock()
        .unwrap()
        .booking("ACDE34679E")
        .unwrap()
        .unwrap();
    assert_eq!(booking.state, BookingState::Confirmed);
    assert_eq!(
        rt.block_on(calendar.taken("housing", monday())).unwrap(),
        vec![slot]
    );
}

#[test]
fn two_terminals_booking_one_time_at_once_through_the_desk_one_wins_and_one_is_offered_the_next() {
    use frontdoor::desk::{self, Outcome};
    use frontdoor::outbox::{BookingState, Outbox};
    use std::sync::Mutex;
    let server = radicale();
    let rt = runtime();
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    let stores: Vec<Mutex<Outbox>> = dirs
        .iter()
        .map(|d| Mutex::new(Outbox::open(&d.path().join("kiosk.db")).unwrap()))
        .collect();
    let calendar = CalDav::new(&server.url, Some("kiosk".into()), Some("x".into())).unwrap();
    let diary = diary(1);
    let at = monday().and_time(t(10, 0));
    let now = chrono::Utc::now();
    for _ in 0..5 {
        let (a, b) = rt.block_on(async {
            tokio::join!(
                desk::book(
                    Some(&calendar),
                    &diary,
                    &stores[0],
                    "AAAA",
                    "housing",
                    at,
                    now
                ),
                desk::book(
                    Some(&calendar),
                    &diary,
                    &stores[1],
                    "BBBB",
                    "housing",
                    at,
                    now
                )
            )
        });
        let booked: Vec<&Outcome> = [&a, &b]
            .into_iter()
            .filter(|o| {
                matches!(
                    o,
                    Outcome::Booked {
                        provisional: false,
                        ..
                    }
                )
            })
            .collect();
        // Once 10:00 is taken, later rounds both lose it to the first winner.
        let lost: Vec<&Outcome> = [&a, &b]
            .into_iter()
            .filter(|o| matches!(o, Outcome::Lost(Some(_))))
            .collect();
        assert_eq!(booked.len() + lost.len(), 2, "{a:?} {b:?}");
        assert!(booked.len() <= 1, "double booking: {a:?} {b:?}");
        for o in lost {
            assert_eq!(o, &Outcome::Lost(Some(monday().and_time(t(11, 0)))));
        }
    }
    assert_eq!(
        rt.block_on(calendar.taken("housing", monday()))
            .unwrap()
            .len(),
        1
    );
    // Exactly one terminal holds the booking; the loser's hold is cancelled.
    let held: usize = stores
        .iter()
        .map(|s| {
            s.lock()
                .unwrap()
                .bookings_in(BookingState::Confirmed)
                .unwrap()
                .len()
        })
        .sum();
    assert_eq!(held, 1);
}

/// A diary open all day, one adviser, hour-long appointments: whatever the
/// terminal's time zone, every local hour is a slot.
fn all_day_diary() -> Diary {
    let day = Some((t(0, 0), t(23, 59)));
    Diary {
        opening: [day; 7],
        types: vec![AppointmentType {
            code: "housing".into(),
            name: "Housing options".into(),
            minutes: 60,
            padding: 0,
            advisers: [1; 7],
            bring: None,
            translations: Default::default(),
        }],
        closures: Vec::new(),
    }
}

/// Puts an event on the server as an adviser's calendar program would.
fn put_event(url: &str, name: &str, body: &str) {
    let status = runtime().block_on(async {
        reqwest::Client::new()
            .put(format!("{url}housing/{name}"))
            .basic_auth("adviser", Some("x"))
            .header("Content-Type", "text/calendar; charset=utf-8")
            .body(body.to_string())
            .send()
            .await
            .unwrap()
            .status()
    });
    assert!(status.is_success(), "{name}: {status}");
}

/// The local hour slot holding `utc` on the all-day diary.
fn local_slot(utc: chrono::DateTime<chrono::Utc>) -> Slot {
    use chrono::Timelike;
    let local = utc.with_timezone(&chrono::Local).naive_local();
    Slot {
        start: local.date().and_time(t(local.hour(), 0)),
        adviser: 1,
    }
}

#[test]
fn an_advisers_own_events_in_london_time_take_their_slots_and_cancelled_ones_do_not() {
    use chrono::TimeZone;
    let server = radicale();
    let rt = runtime();
    let c = CalDav::new(&server.url, Some("kiosk".into()), Some("x".into())).unwrap();
    rt.block_on(c.ensure_calendar("housing")).unwrap();
    // Training at 10:00 London time on a summer Monday: 09:00 UTC. The
    // summary is in Welsh, with escapes, folded over two lines.
    put_event(
        &server.url,
        "training.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Adviser//EN\r\nBEGIN:VEVENT\r\n\
         UID:training-1\r\nDTSTAMP:20260601T000000Z\r\n\
         DTSTART;TZID=Europe/London:20260615T100000\r\nDTEND;TZID=Europe/London:20260615T110000\r\n\
         SUMMARY;LANGUAGE=cy:Hyfforddiant\\, ystafell 2\\; dewch yn gy\r\n nnar\r\n\
         END:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    // A weekly team meeting that began a fortnight before, 14:00 London.
    put_event(
        &server.url,
        "weekly.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Adviser//EN\r\nBEGIN:VEVENT\r\n\
         UID:weekly-1\r\nDTSTAMP:20260601T000000Z\r\n\
         DTSTART;TZID=Europe/London:20260601T140000\r\nDTEND;TZID=Europe/London:20260601T150000\r\n\
         RRULE:FREQ=WEEKLY\r\nSUMMARY:Team meeting\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    // A cancelled one at 16:00 London, and a free-time one at 17:00.
    put_event(
        &server.url,
        "cancelled.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Adviser//EN\r\nBEGIN:VEVENT\r\n\
         UID:c-1\r\nDTSTAMP:20260601T000000Z\r\nDTSTART:20260615T150000Z\r\nDTEND:20260615T160000Z\r\n\
         STATUS:CANCELLED\r\nSUMMARY:Off\r\nEND:VEVENT\r\n\
         END:VCALENDAR\r\n",
    );
    put_event(
        &server.url,
        "free.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Adviser//EN\r\nBEGIN:VEVENT\r\n\
         UID:f-1\r\nDTSTAMP:20260601T000000Z\r\nDTSTART:20260615T160000Z\r\nDTEND:20260615T170000Z\r\n\
         TRANSP:TRANSPARENT\r\nSUMMARY:Reminder\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    let utc = |h| chrono::Utc.with_ymd_and_hms(2026, 6, 15, h, 0, 0).unwrap();
    let training = local_slot(utc(9));
    let meeting = local_slot(utc(13));
    let date = training.start.date();
    let diary = all_day_diary();
    let taken = rt.block_on(c.taken_in(&diary, "housing", date)).unwrap();
    assert!(taken.contains(&training), "{taken:?}");
    if meeting.start.date() == date {
        assert!(taken.contains(&meeting), "{taken:?}");
    }
    assert!(
        !taken.contains(&local_slot(utc(15))),
        "cancelled: {taken:?}"
    );
    assert!(
        !taken.contains(&local_slot(utc(16))),
        "free time: {taken:?}"
    );
    // Booking from the training's hour gives the hour after it.
    let booked = rt
        .block_on(c.book_first_free(&diary, "housing", training.start, "ACDE 346 79E", utc(0)))
        .unwrap();
    assert_eq!(
        booked.slot.start,
        training.start + chrono::Duration::hours(1)
    );
}

#[test]
fn a_booking_whose_summary_has_parameters_is_still_known_as_this_terminals() {
    let server = radicale();
    let rt = runtime();
    let c = CalDav::new(&server.url, Some("kiosk".into()), Some("x".into())).unwrap();
    rt.block_on(c.ensure_calendar("housing")).unwrap();
    let slot = Slot {
        start: monday().and_time(t(9, 0)),
        adviser: 1,
    };
    // The booking went through before a crash, and an adviser's program
    // has since rewritten it with a language on the summary, folded.
    put_event(
        &server.url,
        &frontdoor::booking::event_name(&slot),
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Adviser//EN\r\nBEGIN:VEVENT\r\n\
         UID:20261123T0900-1\r\nDTSTAMP:20261101T000000Z\r\n\
         DTSTART:20261123T090000Z\r\nDTEND:20261123T094500Z\r\n\
         SUMMARY;LANGUAGE=cy:ACDE 3\r\n 46 79E\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    let now = chrono::Utc::now();
    let booked = rt
        .block_on(c.book_for("housing", &slot, 45, "ACDE 346 79E", now))
        .unwrap();
    assert_eq!(booked.slot, slot);
    assert_eq!(
        rt.block_on(c.book_for("housing", &slot, 45, "ACDE 346 7AC", now)),
        Err(BookError::Taken),
        "someone else's reference is still someone else's"
    );
    assert_eq!(
        rt.block_on(c.taken("housing", monday())).unwrap(),
        vec![slot]
    );
}

/// The second booking's reference in these tests.
fn second() -> Reference {
    Reference::new("ACDE", 99)
}
