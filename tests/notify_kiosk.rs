//! Texts and emails through the kiosk's own pages: the resident ticks what
//! they want on the notices page (nothing is ticked to begin with), the
//! choice shows on Check answers and the receipt, and the message is kept
//! with the submission in one transaction; then a faulty Notify look-alike
//! still gets exactly one text. A booking's reminder is ticked on its texts
//! page and goes once, at the hour, the day before.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{DateTime, TimeZone, Utc};
use common::Kiosk;
use common::notify::{Fault, NotifyServer, notify_config, template_id};
use frontdoor::notify::{self, Client};
use std::time::Duration;

fn kiosk(server: &NotifyServer) -> Kiosk {
    Kiosk::with_config(&notify_config(&server.url(), ""))
}

/// Report a pothole with a phone number, stopping on the notices page.
fn pothole_to_notices(k: &mut Kiosk, number: &str) {
    k.pothole_to_place("Smaller than a dinner plate");
    k.type_text("Mill Lane");
    k.click("Continue");
    k.click("By phone");
    k.click("Continue");
    k.type_text(number);
    k.click("Continue");
    k.type_text("Sam Jones");
    k.click("Continue");
}

fn store(k: &Kiosk) -> std::sync::Arc<std::sync::Mutex<frontdoor::outbox::Outbox>> {
    k.app.store().as_ref().unwrap().clone()
}

/// Sends until nothing is pending, backoff cut short each time.
fn send_all(k: &Kiosk, now: DateTime<Utc>) {
    let store = store(k);
    let config = k.app.config().clone();
    let client = Client::from_config(&config)
        .unwrap()
        .with_timeout(Duration::from_millis(500))
        .unwrap();
    let rt = common::runtime();
    for _ in 0..30 {
        store.lock().unwrap().make_messages_due().unwrap();
        rt.block_on(notify::send_due(&store, &client, &config, now))
            .unwrap();
        let stats = store.lock().unwrap().message_stats().unwrap();
        if stats.pending + stats.sending == 0 {
            return;
        }
    }
    panic!("messages still pending after 30 passes");
}

#[test]
fn nothing_is_ticked_to_begin_with_and_nothing_is_sent_unless_ticked() {
    let server = NotifyServer::start();
    let mut k = kiosk(&server);
    pothole_to_notices(&mut k, "07700 900 982");
    k.assert_sees("Would you like us to send you anything?");
    k.assert_sees("Text me my reference");
    k.click("Continue");
    k.assert_sees("Check your answers");
    k.assert_sees("We will send you");
    k.assert_sees("Nothing");
    k.click("Send");
    k.assert_sees("Your reference is");
    assert!(store(&k).lock().unwrap().messages().unwrap().is_empty());
    send_all(&k, common::noon());
    assert_eq!(server.posts(), 0, "nothing was chosen, so nothing goes");
}

#[test]
fn a_ticked_text_reaches_the_resident_exactly_once_through_a_faulty_notify() {
    let server = NotifyServer::start();
    let mut k = kiosk(&server);
    pothole_to_notices(&mut k, "07700 900 982");
    k.click("Text me my reference");
    k.click("Continue");
    k.assert_sees("Check your answers");
    k.assert_sees("Text me my reference");
    k.click("Send");
    k.assert_sees("Your reference is");
    let reference = k.stored()[0].reference.clone();
    let kept = store(&k).lock().unwrap().messages().unwrap();
    assert_eq!(kept.len(), 1, "kept with the submission: {kept:?}");
    assert_eq!(kept[0].kind, "submitted_sms");
    assert_eq!(kept[0].about.as_deref(), Some(reference.as_str()));
    // The receipt says what was chosen.
    match k.app.screen() {
        frontdoor::app::screen::Screen::Confirmation(c) => {
            assert_eq!(c.notices, vec!["consent-text-reference"]);
        }
        other => panic!("not the confirmation: {other:?}"),
    }
    server.fault(&[Fault::ServerError, Fault::AcceptThenDrop, Fault::TooMany(0)]);
    send_all(&k, common::noon());
    let sent = server.sent();
    assert_eq!(sent.len(), 1, "exactly one text: {sent:?}");
    assert_eq!(sent[0].to, "447700900982");
    assert_eq!(sent[0].template_id, template_id("en-GB", "submitted_sms"));
    assert!(
        sent[0]
            .personalisation
            .values()
            .any(|v| v.contains(&reference.grouped()) || v.contains(reference.as_str())),
        "the text carries the reference: {:?}",
        sent[0].personalisation
    );
}

#[test]
fn a_landline_with_a_text_ticked_gets_a_plain_message_and_never_leaves_the_terminal() {
    let server = NotifyServer::start();
    let mut k = kiosk(&server);
    pothole_to_notices(&mut k, "01305 221000");
    k.click("Text me my reference");
    k.click("Continue");
    k.assert_sees(
        "We can only send texts to a mobile number. Change your number, or untick the text.",
    );
    k.assert_sees("Would you like us to send you anything?");
    // Unticking lets the resident go on, with nothing kept.
    k.click("Text me my reference");
    k.click("Continue");
    k.assert_sees("Check your answers");
    k.click("Send");
    k.assert_sees("Your reference is");
    assert!(store(&k).lock().unwrap().messages().unwrap().is_empty());
}

#[test]
fn without_notify_there_is_no_notices_page() {
    let mut k = Kiosk::new();
    pothole_to_notices(&mut k, "07700 900 982");
    k.assert_sees("Check your answers");
    assert!(!k.sees("Text me my reference"));
}

#[test]
fn a_booked_appointment_gets_one_reminder_the_day_before_at_the_hour() {
    let server = NotifyServer::start();
    let mut k = kiosk(&server);
    k.open("Help and advice", "Book an appointment with an adviser");
    k.click("Housing options — about 45 min");
    k.click("Thursday 19 November 2026");
    k.click("10:00");
    k.assert_sees("Would you like a text about this appointment?");
    k.click("Remind me by text the day before");
    k.click("Continue");
    k.assert_sees("Enter your mobile phone number");
    k.type_text("07700 900 123");
    k.click("Continue");
    k.assert_sees("Remind me by text the day before\n07… …123");
    k.click("Book this appointment");
    assert!(matches!(
        k.app.screen(),
        frontdoor::app::screen::Screen::Confirmation(_)
    ));
    let store = store(&k);
    let config = k.app.config().clone();
    let due = |now: DateTime<Utc>| {
        notify::enqueue_due_reminders(&mut store.lock().unwrap(), &config, &now).unwrap()
    };
    let at = |d, h| Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap();
    assert_eq!(due(at(18, 16)), 0, "not before the hour");
    assert_eq!(due(at(18, 17)), 1, "at the hour the day before");
    assert_eq!(due(at(18, 18)), 0, "only once");
    send_all(&k, at(18, 17));
    let sent = server.sent();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].template_id, template_id("en-GB", "reminder_sms"));
    assert_eq!(sent[0].to, "447700900123");
    assert_eq!(due(at(19, 9)), 0, "never after the appointment");
}
