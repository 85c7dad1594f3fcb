//! Booking appointments through the kiosk against a real CalDAV server
//! (Radicale on loopback): a resident books and gets a slip, two terminals
//! race for one time, a booking made offline is held and confirmed later,
//! hub staff book, move and cancel (each audited), and the slip's reference
//! checks the resident in.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use common::radicale::{free_port, radicale, radicale_on};
use frontdoor::app::Screen;
use frontdoor::caldav::CalDav;
use frontdoor::outbox::BookingState;
use frontdoor::staff::{Role, hash_pin};

/// The clock is fixed at Wednesday 18 November 2026, 12:00; on Wednesdays
/// the demo hub has one housing adviser, 45 minutes and 15 of padding from
/// 09:00, so the free times from noon are 12:00, 13:00 ... 16:00.
const TODAY: &str = "Wednesday 18 November 2026";
const HOUSING: &str = "Housing options — about 45 min";

fn kiosk(calendar_url: &str) -> Kiosk {
    let dir = tempfile::tempdir().unwrap();
    let receipts = dir.path().join("paper");
    let k = Kiosk::with_config(&format!(
        "[printer]\nkind = \"file\"\npath = \"{}\"\n[calendar]\nurl = \"{calendar_url}\"\nusername = \"kiosk\"\npassword = \"x\"\n",
        receipts.display()
    ));
    // Keep the paper folder alive with the kiosk's own.
    std::mem::forget(dir);
    k
}

fn paper(k: &Kiosk, reference: &str) -> common::escpos::Page {
    let path = match &k.app.config().printer.path {
        Some(p) => p.join(format!("{reference}.escpos")),
        None => panic!("no printer path"),
    };
    common::escpos::interpret(&std::fs::read(&path).unwrap())
}

fn to_time_page(k: &mut Kiosk) {
    k.open("Help and advice", "Book an appointment with an adviser");
    k.assert_sees("What do you need help with?");
    k.click(HOUSING);
    k.assert_sees("Which day suits you?");
    k.click(TODAY);
    k.assert_sees("What time suits you?");
}

fn reference_on_screen(k: &Kiosk) -> String {
    match k.app.screen() {
        Screen::Confirmation(c) => c.reference.as_str().to_string(),
        other => panic!("not confirmed: {other:?}"),
    }
}

fn calendar(url: &str) -> CalDav {
    CalDav::new(url, Some("kiosk".into()), Some("x".into())).unwrap()
}

fn taken(url: &str) -> Vec<String> {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
    let mut all: Vec<String> = rt
        .block_on(calendar(url).taken("housing-options", date))
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.start.format("%H:%M").to_string())
        .collect();
    all.sort();
    all
}

#[test]
fn a_resident_books_a_time_and_gets_a_slip_that_later_checks_them_in() {
    let server = radicale();
    let mut k = kiosk(&server.url);
    to_time_page(&mut k);
    for time in ["12:00", "13:00", "16:00"] {
        k.assert_sees(time);
    }
    assert!(!k.sees("11:00"), "times already past are not offered");
    k.click("13:00");
    k.assert_sees("Check your appointment");
    k.assert_sees("Wednesday 18 November 2026 at 13:00");
    k.assert_sees("Test Library");
    k.click("Book this appointment");
    k.assert_sees("Your appointment is booked");
    let reference = reference_on_screen(&k);

    // On the shared diary, where advisers see it, and on this terminal.
    assert_eq!(taken(&server.url), vec!["13:00"]);
    let store = k.app.store().clone().unwrap();
    let booking = store.lock().unwrap().booking(&reference).unwrap().unwrap();
    assert_eq!(booking.state, BookingState::Confirmed);
    assert!(booking.etag.is_some());

    // The slip: what, when, where, what to bring, the reference and a QR
    // code holding it.
    let page = paper(&k, &reference);
    let words = page.lines().join("\n");
    for expected in [
        "Housing options",
        "Your appointment",
        "Wednesday 18 November 2026 at 13:00",
        "Where: Test Library",
        "Bring: Proof of who you are",
    ] {
        assert!(words.contains(expected), "{expected:?} not in {words}");
    }
    assert!(!words.contains("not confirmed"), "{words}");
    assert_eq!(page.qr_codes(576), vec![common::scanned(&reference)]);
    k.click("Finish");
    assert!(k.is_welcome());

    // Arriving: the slip's code at Check progress checks them in.
    k.click("Start");
    k.click("Check the progress of a request");
    k.type_text(&common::scanned(&reference));
    k.click("Check progress");
    k.assert_sees(
        "You are checked in for your Housing options appointment at 13:00. Take a seat in the waiting area: an adviser will call you.",
    );
    assert!(
        store
            .lock()
            .unwrap()
            .arrived_at(&reference)
            .unwrap()
            .is_some()
    );
}

#[test]
fn two_kiosks_choosing_the_same_time_one_wins_and_the_other_is_offered_the_next() {
    let server = radicale();
    let mut a = kiosk(&server.url);
    let mut b = kiosk(&server.url);
    to_time_page(&mut a);
    to_time_page(&mut b);
    a.click("14:00");
    b.click("14:00");
    a.click("Book this appointment");
    a.assert_sees("Your appointment is booked");
    b.click("Book this appointment");
    b.assert_sees(
        "Someone has just booked 14:00. The next free time is Wednesday 18 November 2026 at 15:00.",
    );
    assert!(!b.sees("14:00"), "the taken time is no longer offered");
    b.click("Book Wednesday 18 November 2026 at 15:00");
    b.assert_sees("Check your appointment");
    b.click("Book this appointment");
    b.assert_sees("Your appointment is booked");
    assert_eq!(taken(&server.url), vec!["14:00", "15:00"]);
    // The losing hold is not left behind as a booking.
    let store = b.app.store().clone().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
    let held: Vec<String> = store
        .lock()
        .unwrap()
        .bookings_on(today)
        .unwrap()
        .into_iter()
        .map(|b| b.start.format("%H:%M").to_string())
        .collect();
    assert_eq!(held, vec!["15:00"]);
}

#[test]
fn offline_the_booking_is_held_here_the_slip_says_so_and_it_is_confirmed_later() {
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}/kiosk/");
    let mut k = kiosk(&url);
    to_time_page(&mut k);
    k.assert_sees(
        "The hub's diary cannot be reached just now. You can still book: the time is kept on this terminal and staff will confirm it.",
    );
    k.click("12:00");
    k.click("Book this appointment");
    k.assert_sees("Your appointment is held");
    let reference = reference_on_screen(&k);
    let words = paper(&k, &reference).lines().join(" ");
    assert!(
        words.contains("This booking is not confirmed yet"),
        "{words}"
    );
    let store = k.app.store().clone().unwrap();
    assert_eq!(
        store
            .lock()
            .unwrap()
            .booking(&reference)
            .unwrap()
            .unwrap()
            .state,
        BookingState::Provisional
    );

    // The diary server comes back: the background pass puts it on.
    let server = radicale_on(port);
    let diary = frontdoor::booking::file::for_config(k.app.config()).unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(calendar(&server.url).ensure_calendar("housing-options"))
        .unwrap();
    let report = rt
        .block_on(frontdoor::desk::confirm_provisional(
            &store,
            &calendar(&server.url),
            &diary,
            chrono::Utc::now(),
        ))
        .unwrap();
    assert_eq!(report.confirmed, 1);
    assert_eq!(taken(&server.url), vec!["12:00"]);
}

fn hub_staff(k: &mut Kiosk) {
    let store = k.app.store().clone().unwrap();
    let number = store
        .lock()
        .unwrap()
        .add_staff(
            "Ali Khan",
            Role::Hub,
            &hash_pin("482915"),
            chrono::Utc::now(),
        )
        .unwrap();
    common::tour::open_pin_pad(k);
    k.staff_pad_in("en-GB", number, "482915");
    k.click("Hub view");
}

#[test]
fn hub_staff_book_move_and_cancel_for_a_resident_and_each_is_audited() {
    let server = radicale();
    let mut k = kiosk(&server.url);
    hub_staff(&mut k);
    k.click("Book an appointment for a resident");
    k.click(HOUSING);
    k.click(TODAY);
    k.click("12:00");
    k.click("Book this appointment");
    k.assert_sees("Your appointment is booked");
    let reference = reference_on_screen(&k);
    assert!(paper(&k, &reference).lines().join(" ").contains("12:00"));
    // Finish goes back to the hub view, still signed in.
    k.click("Finish");
    assert_eq!(k.app.screen_name(), "hub");
    k.assert_sees("Today's appointments");
    assert_eq!(taken(&server.url), vec!["12:00"]);

    // Move: a new time is booked, then the old one freed.
    k.click("Move");
    k.assert_sees("Move an appointment");
    k.click(TODAY);
    assert!(k.sees("12:00"), "its own time counts as free while moving");
    k.click("16:00");
    k.click("Move to this time");
    k.assert_sees("The appointment is moved");
    assert_eq!(reference_on_screen(&k), reference, "the reference stays");
    assert_eq!(taken(&server.url), vec!["16:00"]);
    let store = k.app.store().clone().unwrap();
    let moved = store.lock().unwrap().booking(&reference).unwrap().unwrap();
    assert_eq!(moved.start.format("%H:%M").to_string(), "16:00");
    assert_eq!(moved.state, BookingState::Confirmed);
    k.click("Finish");

    // Cancel: asked first, then taken off the diary.
    k.click("Cancel");
    k.assert_sees("Cancel the Housing options appointment at 16:00 on Wednesday 18 November 2026?");
    k.click("No, keep it");
    assert_eq!(taken(&server.url), vec!["16:00"]);
    k.click("Cancel");
    k.click("Yes, cancel it");
    k.assert_sees("The appointment is cancelled and its time is free again.");
    assert!(taken(&server.url).is_empty());
    assert_eq!(
        store
            .lock()
            .unwrap()
            .booking(&reference)
            .unwrap()
            .unwrap()
            .state,
        BookingState::Cancelled
    );
    k.assert_sees("No appointments today");

    let log = store.lock().unwrap().audit_log().unwrap();
    let actions: Vec<(&str, &str)> = log
        .iter()
        .map(|e| (e.action.as_str(), e.detail.as_deref().unwrap_or_default()))
        .collect();
    // The booking's line is written before the booking is made (a booking
    // whose line cannot be written does not happen), so it names the
    // type and time asked for; the move and the cancellation name the
    // reference.
    assert!(
        actions
            .iter()
            .any(|(a, d)| *a == "booking" && d.starts_with("housing-options ")),
        "booking not audited: {actions:?}"
    );
    for action in ["move", "cancellation"] {
        assert!(
            actions
                .iter()
                .any(|(a, d)| *a == action && d.contains(&reference)),
            "{action} not audited: {actions:?}"
        );
    }
    assert!(
        log.iter()
            .all(|e| e.staff_name.as_deref() == Some("Ali Khan") || e.action == "sign-in")
    );
}

#[test]
fn a_booking_can_be_made_with_the_keypad_alone() {
    use iced::keyboard::key::Named;
    let server = radicale();
    let mut k = kiosk(&server.url);
    k.open("Help and advice", "Book an appointment with an adviser");
    // Focus starts on each page's first choice; Enter takes it.
    k.keys(&[Named::Enter]);
    k.assert_sees("Which day suits you?");
    k.keys(&[Named::Enter]);
    k.assert_sees("What time suits you?");
    k.keys(&[Named::Tab, Named::Enter]);
    k.assert_sees("Wednesday 18 November 2026 at 13:00");
    k.keys(&[Named::Enter]);
    k.assert_sees("Your appointment is booked");
    assert_eq!(taken(&server.url), vec!["13:00"]);
    // Escape goes back a page before booking, never after.
    k.keys(&[Named::Escape]);
    k.assert_sees("Your appointment is booked");
}
