//! A session's background answers: slow saves, receipts, look-ups and
//! bookings arriving while the idle warning shows land on the screen that
//! asked; arriving after the session ended, they are dropped and never reach
//! the next resident; and they never count as the resident's activity.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use frontdoor::app::{Message, Outcome, Screen};
use std::time::{Duration, Instant};

const HOUSING: &str = "Housing options — about 45 min";

/// Ticks the clock far enough past now for the idle warning to show.
fn into_warning(k: &mut Kiosk) {
    k.send(Message::Tick(Instant::now() + Duration::from_secs(91)));
    assert!(k.app.idle_warning(), "the idle warning should show");
}

/// Ticks the clock past the warning's countdown: the session ends.
fn past_reset(k: &mut Kiosk) {
    into_warning(k);
    k.send(Message::Tick(Instant::now() + Duration::from_secs(91 + 31)));
    assert!(matches!(k.app.screen(), Screen::Welcome));
}

fn is_saved(m: &Message) -> bool {
    matches!(m, Message::Done(d) if matches!(d.outcome, Outcome::Saved(_)))
}

fn is_printed(m: &Message) -> bool {
    matches!(m, Message::Done(d) if matches!(d.outcome, Outcome::Printed(_)))
}

fn is_looked_up(m: &Message) -> bool {
    matches!(m, Message::Done(d) if matches!(d.outcome, Outcome::LookedUp(_)))
}

fn receipts(k: &Kiosk) -> usize {
    std::fs::read_dir(k.dir.path().join("receipts"))
        .map(|d| d.count())
        .unwrap_or(0)
}

#[test]
fn a_slow_save_and_receipt_arriving_during_the_idle_warning_still_confirm() {
    let mut k = Kiosk::new();
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    let held = k.click_held("Send");
    assert_eq!(k.app.screen_name(), "saving");
    assert!(held.iter().any(is_saved), "{held:?}");
    into_warning(&mut k);
    // The save answers while the warning shows: it is not dropped, and it
    // does not count as the resident touching the screen.
    let printing: Vec<Message> = held.into_iter().flat_map(|m| k.send_held(m)).collect();
    assert!(matches!(k.app.screen(), Screen::Confirmation(_)));
    assert!(k.app.idle_warning(), "a background answer is not activity");
    assert!(printing.iter().any(is_printed), "{printing:?}");
    match k.app.screen() {
        Screen::Confirmation(c) => assert!(c.printing.is_none(), "still printing"),
        other => panic!("{other:?}"),
    }
    for m in printing {
        k.send(m);
    }
    match k.app.screen() {
        Screen::Confirmation(c) => assert!(c.printing.as_ref().is_some_and(|o| o.printed())),
        other => panic!("{other:?}"),
    }
    assert!(k.app.idle_warning());
    assert_eq!(
        receipts(&k),
        2,
        "the receipt's ESC/POS bytes and its picture"
    );
    assert_eq!(k.stored().len(), 1);
}

#[test]
fn a_save_that_answers_after_the_session_ended_never_reaches_the_next_resident() {
    let mut k = Kiosk::new();
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    let held = k.click_held("Send");
    past_reset(&mut k);
    // The next resident starts.
    k.click("Start");
    assert_eq!(k.app.screen_name(), "services");
    for m in held {
        k.send(m);
    }
    assert_eq!(k.app.screen_name(), "services", "the old answer is dropped");
    assert_eq!(receipts(&k), 0, "no receipt prints for someone who left");
    // The submission itself was committed: it is in the store, and counted.
    assert_eq!(k.stored().len(), 1);
}

#[test]
fn a_look_up_answers_its_own_session_only() {
    let mut k = Kiosk::new();
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    let reference = k.stored()[0].reference.clone();
    k.click("Finish");

    // A look-up that answers while the warning shows is shown.
    k.click("Start");
    k.click("Check the progress of a request");
    k.type_text(&common::scanned(reference.as_str()));
    let held = k.click_held("Check progress");
    assert!(held.iter().any(is_looked_up));
    into_warning(&mut k);
    for m in held {
        k.send(m);
    }
    k.click("I am still here");
    match k.app.screen() {
        Screen::Progress(p) => assert!(
            matches!(p.result, Some(frontdoor::app::Found::Waiting(..))),
            "{p:?}"
        ),
        other => panic!("{other:?}"),
    }

    // A look-up that answers after its resident has gone does not land on
    // the next resident's screen, even while they wait for their own.
    k.click("Clear");
    k.type_text(&common::scanned(reference.as_str()));
    let first = k.click_held("Check progress");
    past_reset(&mut k);
    k.click("Start");
    k.click("Check the progress of a request");
    let elsewhere = frontdoor::reference::Reference::new(
        &frontdoor::reference::terminal_part("LIB-ELSEWHERE-09"),
        4242,
    );
    k.type_text(elsewhere.as_str());
    let second = k.click_held("Check progress");
    for m in first {
        k.send(m);
    }
    match k.app.screen() {
        Screen::Progress(p) => {
            assert!(p.result.is_none(), "the last resident's answer: {p:?}");
            assert!(p.looking);
        }
        other => panic!("{other:?}"),
    }
    for m in second {
        k.send(m);
    }
    match k.app.screen() {
        Screen::Progress(p) => assert!(
            matches!(p.result, Some(frontdoor::app::Found::NotHere(_))),
            "{p:?}"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_booking_answered_during_the_warning_confirms_and_one_after_the_session_is_dropped() {
    let mut k = Kiosk::new();
    k.open("Help and advice", "Book an appointment with an adviser");
    k.click(HOUSING);
    k.click("Wednesday 18 November 2026");
    k.click("14:00");
    let held = k.click_held("Book this appointment");
    assert_eq!(k.app.screen_name(), "appointment");
    into_warning(&mut k);
    for m in held {
        k.send(m);
    }
    assert!(matches!(k.app.screen(), Screen::Confirmation(_)));
    assert!(k.app.idle_warning());

    let mut k = Kiosk::new();
    k.open("Help and advice", "Book an appointment with an adviser");
    k.click(HOUSING);
    k.click("Wednesday 18 November 2026");
    k.click("15:00");
    let held = k.click_held("Book this appointment");
    past_reset(&mut k);
    for m in held {
        k.send(m);
    }
    assert!(matches!(k.app.screen(), Screen::Welcome));
    assert_eq!(receipts(&k), 0, "no slip prints for someone who left");
}

#[test]
fn background_answers_never_count_as_the_residents_activity() {
    let mut k = Kiosk::new();
    k.open("Roads and streets", "Report a pothole");
    let start = Instant::now();
    // The back office answers, and a catalogue refresh fails, while the
    // resident stands still.
    k.send(Message::Worker(frontdoor::app::worker::Event::Synced(Ok(
        frontdoor::sync::Report::default(),
    ))));
    k.send(Message::Worker(
        frontdoor::app::worker::Event::CatalogueFetched(Err(std::sync::Arc::new(
            frontdoor::sync::catalogue::RefreshError::NoBackOffice,
        ))),
    ));
    k.send(Message::Tick(start + Duration::from_secs(91)));
    assert!(
        k.app.idle_warning(),
        "the warning shows 90 seconds after the resident's last touch"
    );
}
