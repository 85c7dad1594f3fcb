//! Staff in the kiosk: the hidden entry (a three-second press on the place
//! name), the PIN pad, the lockout that survives a restart, assisted
//! sessions with champion-only services, and the audit log.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use frontdoor::app::Message;
use frontdoor::staff::{Role, hash_pin};
use std::time::{Duration, Instant};

const PIN: &str = "482915";
const OTHER_PIN: &str = "730461";

/// Adds a member of staff; returns their staff number.
fn add(k: &Kiosk, name: &str, role: Role, pin: &str) -> i64 {
    let store = k.app.store().clone().unwrap();
    store
        .lock()
        .unwrap()
        .add_staff(name, role, &hash_pin(pin), chrono::Utc::now())
        .unwrap()
}

fn hold_place_name(k: &mut Kiosk, for_secs: u64) {
    k.send(Message::Staff(frontdoor::app::staff::Message::TitlePressed));
    k.send(Message::Tick(
        Instant::now() + Duration::from_secs(for_secs),
    ));
    k.send(Message::Staff(
        frontdoor::app::staff::Message::TitleReleased,
    ));
}

/// Types a staff number on the pad and goes on to the PIN.
fn type_number(k: &mut Kiosk, number: i64) {
    k.assert_sees("Type your staff number.");
    for d in number.to_string().chars() {
        k.click(&d.to_string());
    }
    k.click("Next");
    k.assert_sees(&format!("Staff number: {number}"));
}

fn type_pin(k: &mut Kiosk, pin: &str) {
    for d in pin.chars() {
        k.click(&d.to_string());
    }
    k.click("Sign in");
}

fn audit_actions(k: &Kiosk) -> Vec<String> {
    let store = k.app.store().clone().unwrap();
    let log = store.lock().unwrap().audit_log().unwrap();
    log.into_iter().map(|e| e.action).collect()
}

#[test]
fn a_long_press_on_the_place_name_opens_the_pin_pad_and_a_short_one_does_not() {
    let mut k = Kiosk::new();
    add(&k, "Sam Jones", Role::Champion, PIN);
    hold_place_name(&mut k, 1);
    assert!(!k.app.staff_pad_open(), "tapping around does not find it");
    hold_place_name(&mut k, 3);
    assert!(k.app.staff_pad_open());
    k.assert_sees("Staff sign-in");
    // The staff number shows as typed, the PIN as dots only.
    k.click("1");
    k.assert_sees("1 ");
    k.click("Next");
    k.click("4");
    k.click("8");
    k.assert_sees("●● ");
    assert!(!k.sees("48"));
    // Escape closes it.
    k.keys(&[iced::keyboard::key::Named::Escape]);
    assert!(!k.app.staff_pad_open());
}

#[test]
fn the_right_pin_signs_in_and_every_step_is_audited() {
    let mut k = Kiosk::new();
    let number = add(&k, "Sam Jones", Role::Hub, PIN);
    hold_place_name(&mut k, 3);
    type_number(&mut k, number);
    // Digits typed on a keyboard go into the pad too.
    k.type_text(&PIN[..3]);
    for d in PIN[3..].chars() {
        k.click(&d.to_string());
    }
    k.click("Sign in");
    assert_eq!(k.app.staff().unwrap().name, "Sam Jones");
    k.assert_sees("Signed in: Sam Jones");
    // Hub staff cannot start an assisted session.
    assert!(!k.sees("Start an assisted session"));
    k.click("Sign out");
    assert!(k.app.staff().is_none());
    assert_eq!(audit_actions(&k), vec!["sign-in", "sign-out"]);
    // Staff cannot change the audit log.
    let path = k.dir.path().join("frontdoor.sqlite3");
    let conn = rusqlite::Connection::open(&path).unwrap();
    assert!(conn.execute("DELETE FROM audit", []).is_err());
    assert!(conn.execute("UPDATE audit SET action = 'x'", []).is_err());
}

#[test]
fn five_wrong_pins_lock_that_staff_number_only_even_after_a_restart() {
    let mut k = Kiosk::new();
    let sam = add(&k, "Sam Jones", Role::Champion, PIN);
    let pat = add(&k, "Pat Lee", Role::Hub, OTHER_PIN);
    hold_place_name(&mut k, 3);
    type_number(&mut k, sam);
    for tries_left in (1..5).rev() {
        type_pin(&mut k, "111222");
        k.assert_sees(&format!(
            "That PIN is not right for this staff number. Tries left before it is locked: {tries_left}."
        ));
    }
    type_pin(&mut k, "111222");
    let until = {
        let store = k.app.store().clone().unwrap();
        let guard = store.lock().unwrap();
        guard
            .staff_locked_until(sam, common::noon())
            .unwrap()
            .unwrap()
    };
    let locked_words = format!(
        "This staff number is locked until {}. An admin can unlock it sooner.",
        until.with_timezone(&chrono::Local).format("%H:%M")
    );
    k.assert_sees(&locked_words);
    // The right PIN is refused while locked.
    type_pin(&mut k, PIN);
    assert!(k.app.staff().is_none());
    k.assert_sees(&locked_words);

    // Someone trying numbers that are nobody's is never told more, and
    // locks no one out.
    k.click("Change staff number");
    type_number(&mut k, 99);
    for _ in 0..8 {
        type_pin(&mut k, "111222");
        k.assert_sees("That staff number and PIN do not match.");
    }
    // Another member of staff still signs in.
    k.click("Change staff number");
    type_number(&mut k, pat);
    type_pin(&mut k, OTHER_PIN);
    assert_eq!(k.app.staff().unwrap().name, "Pat Lee");
    k.click("Sign out");

    // A restart on the same store is still locked.
    let config = frontdoor::config::Config::parse(
        &common::config_text(k.dir.path(), ""),
        frontdoor::config::Source::Embedded,
    )
    .unwrap();
    let store = frontdoor::outbox::Outbox::open(&config.database_path()).unwrap();
    let locked = store.staff_locked_until(sam, common::noon()).unwrap();
    assert!(locked.is_some());
    let outcome = store.sign_in(sam, PIN, common::noon());
    assert!(
        matches!(outcome, frontdoor::staff::SignIn::Locked(_)),
        "{outcome:?}"
    );
    // After the lockout, the right PIN works and the count starts again.
    let later = common::noon() + chrono::Duration::minutes(2);
    let outcome = store.sign_in(sam, PIN, later);
    assert!(
        matches!(outcome, frontdoor::staff::SignIn::Welcome(_)),
        "{outcome:?}"
    );
    // An admin's unlock ends a lockout at once.
    for _ in 0..5 {
        store.sign_in(sam, "111222", later);
    }
    assert!(matches!(
        store.sign_in(sam, PIN, later),
        frontdoor::staff::SignIn::Locked(_)
    ));
    let said = store.unlock_staff(" sam jones ", later).unwrap();
    assert_eq!(
        said,
        format!("Sam Jones (staff number {sam}) can sign in again.")
    );
    assert!(matches!(
        store.sign_in(sam, PIN, later),
        frontdoor::staff::SignIn::Welcome(_)
    ));
    assert!(
        store
            .unlock_staff("Nobody", later)
            .unwrap_err()
            .to_string()
            .contains("no member of staff on this terminal is called \"Nobody\"")
    );
    let log = store.audit_log().unwrap();
    assert!(log.iter().any(|e| e.action == "unlock"));
    assert_eq!(store.verify_audit().unwrap(), Ok(log.len()));
    // No PIN is anywhere in the store's files.
    drop(store);
    for entry in std::fs::read_dir(k.dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        for pin in [PIN, OTHER_PIN, "111222"] {
            assert!(
                !bytes.windows(6).any(|w| w == pin.as_bytes()),
                "{pin} stored"
            );
        }
    }
}

/// A kiosk whose catalogue has the housing register marked champion-only.
fn kiosk_with_champion_service() -> Kiosk {
    let mut k = Kiosk::new();
    let dir = k.dir.path().join("catalogue");
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/catalogue");
    for sub in ["", "services", "translations"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        for entry in std::fs::read_dir(src.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                std::fs::copy(&path, dir.join(sub).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    let overlay = std::fs::read_to_string(dir.join("overlay.toml"))
        .unwrap()
        .replace(
            "[services.housing-register]\n",
            "[services.housing-register]\nchampion_only = true\n",
        );
    std::fs::write(dir.join("overlay.toml"), overlay).unwrap();
    let catalogue = frontdoor::catalogue::Catalogue::from_dir(&dir).unwrap();
    let config = frontdoor::config::Config::parse(
        &common::config_text(k.dir.path(), ""),
        frontdoor::config::Source::Embedded,
    )
    .unwrap();
    let outbox = frontdoor::outbox::Outbox::open(&config.database_path());
    k.app = frontdoor::app::App::new(config, catalogue, outbox);
    k.app.set_clock(common::noon());
    k
}

#[test]
fn an_assisted_session_opens_champion_services_marks_the_submission_and_ends_wiped() {
    let mut k = kiosk_with_champion_service();
    let number = add(&k, "Sam Jones", Role::Champion, PIN);
    k.click("Start");
    assert!(
        !k.sees("Housing"),
        "champion-only services are hidden from residents"
    );

    hold_place_name(&mut k, 3);
    type_number(&mut k, number);
    type_pin(&mut k, PIN);
    k.click("Start an assisted session");
    assert!(k.app.assisted());
    k.assert_sees("Assisted session with Sam Jones");
    k.click("Housing");
    k.assert_sees("Housing register enquiry");
    k.click("Back");
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    let stored = k.stored();
    assert!(stored[0].assisted, "the submission is marked assisted");
    // Finishing ends the session: signed out, wiped, back to the welcome.
    k.click("Finish");
    assert!(k.app.staff().is_none());
    assert!(!k.app.assisted());
    assert_eq!(k.app.screen_name(), "welcome");
    assert_eq!(
        audit_actions(&k),
        vec!["sign-in", "assisted-session", "sign-out"]
    );
}

#[test]
fn staff_are_signed_out_when_the_session_times_out() {
    let mut k = Kiosk::new();
    let number = add(&k, "Sam Jones", Role::Champion, PIN);
    hold_place_name(&mut k, 3);
    type_number(&mut k, number);
    type_pin(&mut k, PIN);
    k.click("Start an assisted session");
    let start = Instant::now();
    k.send(Message::Tick(start + Duration::from_secs(100)));
    k.send(Message::Tick(start + Duration::from_secs(200)));
    assert!(k.app.staff().is_none());
    assert!(!k.app.assisted());
    assert_eq!(audit_actions(&k).last().unwrap(), "sign-out");
}

#[test]
fn hub_staff_see_the_terminal_retry_a_refused_request_and_export_the_measures() {
    let mut k = Kiosk::new();
    let number = add(&k, "Pat Lee", Role::Hub, PIN);
    // A resident's journey with a rating, and one the council refused.
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    k.click("Very good");
    let refused = k.stored()[0].reference.clone();
    {
        let store = k.app.store().clone().unwrap();
        let guard = store.lock().unwrap();
        guard
            .mark_needs_attention(refused.as_str(), "service_code: not accepted")
            .unwrap();
    }
    k.click("Finish");

    hold_place_name(&mut k, 3);
    type_number(&mut k, number);
    type_pin(&mut k, PIN);
    k.click("Hub view");
    k.assert_sees("This terminal");
    k.assert_sees("No council system is set up: requests stay on this terminal.");
    k.assert_sees("Refused by the council's system: 1");
    k.assert_sees("Started");
    k.assert_sees("100% of ratings were good or very good");
    k.assert_sees("Target 85%: met");
    k.assert_sees("Target 95%: met");
    k.click("Send again");
    k.assert_sees("Refused by the council's system: 0");
    k.assert_sees("Waiting to send: 1");
    assert_eq!(k.stored()[0].state, frontdoor::outbox::State::Pending);
    assert!(audit_actions(&k).contains(&"retry".to_string()));

    k.click("This month");
    k.click("Save as CSV");
    let exports = k.dir.path().join("exports");
    // The data folder's own disk, not a USB stick, and said so.
    k.assert_sees(&format!(
        "Saved to {}",
        std::fs::read_dir(&exports)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path()
            .display()
    ));
    let file = std::fs::read_dir(&exports)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    // Readable by the kiosk's own user only.
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let csv = std::fs::read_to_string(file).unwrap();
    assert!(csv.contains("journeys_started,1\n"), "{csv}");
    assert!(csv.contains("journeys_completed,1\n"), "{csv}");
    assert!(csv.contains("rating:5,1\n"), "{csv}");
    assert!(csv.contains("satisfaction_percent,100\n"), "{csv}");
    assert!(!csv.contains("Mill Lane"), "measures hold no personal data");
}

#[test]
fn champions_cannot_open_the_hub_view() {
    let mut k = Kiosk::new();
    let number = add(&k, "Sam Jones", Role::Champion, PIN);
    hold_place_name(&mut k, 3);
    type_number(&mut k, number);
    type_pin(&mut k, PIN);
    assert!(!k.sees("Hub view"));
    k.send(Message::Staff(frontdoor::app::staff::Message::OpenHub));
    assert_ne!(k.app.screen_name(), "hub");
}

#[test]
fn a_reprint_by_signed_in_staff_is_audited() {
    let mut k = Kiosk::new();
    let number = add(&k, "Pat Lee", Role::Hub, PIN);
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    let reference = k.stored()[0].reference.clone();
    k.click("Finish");
    hold_place_name(&mut k, 3);
    type_number(&mut k, number);
    type_pin(&mut k, PIN);
    k.click("Start");
    k.click("Check the progress of a request");
    k.type_text(reference.as_str());
    k.click("Check progress");
    k.click("Print a receipt");
    let store = k.app.store().clone().unwrap();
    let log = store.lock().unwrap().audit_log().unwrap();
    let reprint = log.iter().find(|e| e.action == "reprint").unwrap();
    assert_eq!(reprint.staff_name.as_deref(), Some("Pat Lee"));
    assert_eq!(reprint.detail.as_deref(), Some(reference.as_str()));
}

#[test]
fn a_resident_checks_in_with_the_slip_code_not_a_typed_reference_and_the_hub_view_shows_them_arrived()
 {
    use frontdoor::booking::Slot;
    use frontdoor::outbox::BookingState;
    let mut k = Kiosk::new();
    let number = add(&k, "Pat Lee", Role::Hub, PIN);
    let today = common::noon().with_timezone(&chrono::Local).date_naive();
    let at = |h| today.and_hms_opt(h, 0, 0).unwrap();
    let here = frontdoor::reference::Reference::new("ACDE", 501);
    let later = frontdoor::reference::Reference::new("ACDE", 502);
    let tomorrow = frontdoor::reference::Reference::new("ACDE", 503);
    {
        let store = k.app.store().clone().unwrap();
        let s = store.lock().unwrap();
        let book = |r: &frontdoor::reference::Reference, start, state| {
            s.add_booking(
                r,
                "housing-options",
                &Slot { start, adviser: 1 },
                state,
                Some("\"e\""),
                common::noon(),
            )
            .unwrap();
        };
        book(&here, at(14), BookingState::Confirmed);
        book(&later, at(15), BookingState::Provisional);
        book(
            &tomorrow,
            at(14) + chrono::Duration::days(1),
            BookingState::Confirmed,
        );
        // The slips printed for them.
        let secret = frontdoor::reference::Secret::parse(common::SECRET).unwrap();
        for r in [&here, &tomorrow] {
            s.keep_secret(r, &secret, common::noon()).unwrap();
        }
    }
    k.click("Start");
    k.click("Check the progress of a request");
    // Someone typing the reference (a neighbour's, walked from their own)
    // learns no time and checks no one in.
    k.type_text(here.as_str());
    k.click("Check progress");
    k.assert_sees("Housing options: booked.");
    k.assert_sees(
        "To check in, hold your slip's QR code under the scanner, or ask a member of staff.",
    );
    assert!(!k.sees("14:00"));
    {
        let store = k.app.store().clone().unwrap();
        assert!(
            store
                .lock()
                .unwrap()
                .arrived_at(here.as_str())
                .unwrap()
                .is_none()
        );
    }
    // The slip's code checks its holder in.
    k.click("Clear");
    k.type_text(&common::scanned(here.as_str()));
    k.click("Check progress");
    k.assert_sees("You are checked in for your Housing options appointment at 14:00. Take a seat in the waiting area: an adviser will call you.");
    k.click("Back");
    k.click("Check the progress of a request");
    k.type_text(&common::scanned(tomorrow.as_str()));
    k.click("Check progress");
    assert!(k.sees(&format!(
        "Your Housing options appointment is on {} at 14:00, not today. Come back then, or ask a member of staff.",
        frontdoor::i18n::long_date("en-GB", today + chrono::Days::new(1))
    )));
    k.click("Start again");

    hold_place_name(&mut k, 3);
    type_number(&mut k, number);
    type_pin(&mut k, PIN);
    k.click("Hub view");
    k.assert_sees("Today's appointments");
    // The hub is staff's: Back and Sign out, not a resident's Start again.
    assert!(!k.sees("Start again"));
    k.assert_sees("Back");
    k.assert_sees(&format!(
        "14:00 · Housing options · {} · Arrived",
        here.grouped()
    ));
    k.assert_sees(&format!(
        "15:00 · Housing options · {} · Not confirmed yet",
        later.grouped()
    ));
}

#[test]
fn the_hub_view_says_when_the_council_system_last_answered_or_did_not() {
    // A back office on a loopback port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut k = Kiosk::with_config(&format!(
        "[backend]\nkind = \"open311\"\nurl = \"http://127.0.0.1:{port}/open311/v2\"\njurisdiction_id = \"x\"\n"
    ));
    let number = add(&k, "Pat Lee", Role::Hub, PIN);
    k.app.start_sync();
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    k.click("Finish");
    hold_place_name(&mut k, 3);
    type_number(&mut k, number);
    type_pin(&mut k, PIN);
    k.click("Hub view");
    k.assert_sees("Not tried yet.");
    let worker = k.app.worker().unwrap().clone();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let message = rt.block_on(frontdoor::app::worker::pass(&worker));
    k.send(message);
    k.assert_sees(
        "The council's system did not answer at 12:00. Requests wait here and go when it answers.",
    );
    // It answers: a pass with nothing failing.
    k.send(frontdoor::app::Message::Worker(
        frontdoor::app::worker::Event::Synced(Ok(frontdoor::sync::Report::default())),
    ));
    k.assert_sees("The council's system answered at 12:00.");
}

/// How many receipts the kiosk's file printer has written.
fn receipts_printed(k: &Kiosk) -> usize {
    std::fs::read_dir(k.app.config().data_dir().join("receipts"))
        .map(|d| d.count())
        .unwrap_or(0)
}

/// Makes every new audit line fail to write, as a full or damaged disk
/// would, with the store otherwise working.
fn break_the_audit_log(k: &Kiosk) {
    let path = k.dir.path().join("frontdoor.sqlite3");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER audit_broken BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;",
    )
    .unwrap();
}

#[test]
fn a_staff_action_whose_audit_line_cannot_be_written_does_not_happen() {
    let mut k = Kiosk::new();
    let champion = add(&k, "Sam Jones", Role::Champion, PIN);
    let hub = add(&k, "Pat Lee", Role::Hub, OTHER_PIN);
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    let reference = k.stored()[0].reference.clone();
    k.click("Finish");

    // A champion cannot start an assisted session without its audit line.
    hold_place_name(&mut k, 3);
    type_number(&mut k, champion);
    type_pin(&mut k, PIN);
    break_the_audit_log(&k);
    k.click("Start an assisted session");
    assert!(!k.app.assisted());
    k.assert_sees("the audit log could not be written, so nothing was done");
    k.click("Sign out");

    // Hub staff cannot reprint a receipt without it either.
    let path = k.dir.path().join("frontdoor.sqlite3");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("DROP TRIGGER audit_broken")
        .unwrap();
    hold_place_name(&mut k, 3);
    type_number(&mut k, hub);
    type_pin(&mut k, OTHER_PIN);
    break_the_audit_log(&k);
    k.click("Start");
    k.click("Check the progress of a request");
    k.type_text(reference.as_str());
    k.click("Check progress");
    let printed = receipts_printed(&k);
    k.click("Print a receipt");
    assert_eq!(receipts_printed(&k), printed, "nothing printed");
    k.assert_sees("the audit log could not be written, so nothing was done");
    let actions = audit_actions(&k);
    assert!(
        !actions
            .iter()
            .any(|a| a == "reprint" || a == "assisted-session"),
        "{actions:?}"
    );
}
