//! Where the problem is, through the kiosk itself with the demo gazetteer
//! and a back office that refuses any request without a location: a street
//! light reported near a house by the keypad alone, a service the back
//! office publishes with no overlay, a service about the library itself,
//! and the open reports nearby shown before a duplicate (only the near ones;
//! picking one sends nothing; offline the cached list, said to be so).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use common::open311::{Listed, Server};
use iced::keyboard::key::Named;

fn kiosk(server: &Server) -> Kiosk {
    let k = Kiosk::with_config(&format!(
        "[gazetteer]\nbundled_demo = true\n{}",
        server.backend_config()
    ));
    let mut k = k;
    k.app.start_sync();
    k
}

/// Sends what is waiting to the back office, as the background pass does.
fn sync(k: &mut Kiosk) {
    let worker = k.app.worker().expect("a back office").clone();
    let event = k.rt.block_on(frontdoor::app::worker::pass(&worker));
    k.send(event);
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// Tabs to the control read as `words`, then presses Enter: the keypad only.
fn press(k: &mut Kiosk, words: &str) {
    for _ in 0..80 {
        let spoken = k.app.spoken();
        if k.app
            .focus()
            .and_then(|i| spoken.controls.get(i))
            .is_some_and(|w| w == words)
        {
            k.keys(&[Named::Enter]);
            return;
        }
        k.keys(&[Named::Tab]);
    }
    panic!("no {words:?} to press on {}", k.app.screen_name());
}

#[test]
fn a_street_light_near_a_house_by_the_keypad_alone_reaches_the_back_office_with_its_place() {
    let server = Server::start();
    let mut k = kiosk(&server);
    press(&mut k, "Start");
    press(&mut k, "Roads and streets");
    press(&mut k, "Report a street light fault");
    press(&mut k, "Continue");
    press(&mut k, "It stays off at night");
    press(&mut k, "Continue");
    press(&mut k, "Continue");
    k.assert_sees("Which street is it in?");
    k.type_text("mill");
    k.keys(&[Named::Enter]);
    k.assert_sees("Choose the street");
    press(&mut k, "Mill Lane, Demoford");
    press(&mut k, "Continue");
    k.assert_sees("Which number on Mill Lane is it nearest to?");
    press(&mut k, "14 Mill Lane");
    press(&mut k, "Continue");
    press(&mut k, "Do not contact me");
    press(&mut k, "Continue");
    k.assert_sees("Check your answers");
    // The place in words: the building it is near.
    k.assert_sees("14 Mill Lane, Demoford");
    press(&mut k, "Send");
    assert_eq!(k.app.screen_name(), "confirmation");
    sync(&mut k);
    let created = server.created();
    assert_eq!(created.len(), 1);
    let form = &created[0].form;
    assert!(
        field(form, "address_id").is_some_and(|id| id.starts_with("1000400000")),
        "{form:?}"
    );
    assert!(field(form, "lat").is_some(), "{form:?}");
    assert!(field(form, "long").is_some(), "{form:?}");
    assert_eq!(
        field(form, "address_string"),
        Some("Near 14 Mill Lane, DM1 2ML")
    );
}

#[test]
fn a_service_about_the_library_sends_the_sites_place() {
    let server = Server::start();
    let mut k = kiosk(&server);
    k.open("Have your say", "Make a complaint or pay a compliment");
    k.click("Pay a compliment");
    k.click("Continue");
    k.click("Libraries");
    k.click("Continue");
    k.click("Continue");
    k.type_text("The staff helped me print my form");
    k.click("Continue");
    k.click("Do not contact me");
    k.click("Continue");
    k.click("Send");
    sync(&mut k);
    let created = server.created();
    assert_eq!(created.len(), 1);
    let form = &created[0].form;
    assert_eq!(
        field(form, "address_string"),
        Some("Test Library, 1 Test Street, Testford, TE1 1ST")
    );
}

fn near(id: &str, point: (f64, f64), address: &str) -> Listed {
    Listed {
        id: id.into(),
        service_code: "street-light".into(),
        status: "open",
        point: Some(point),
        address: Some(address.into()),
        description: "Street light not working".into(),
        requested: "2026-11-15T09:00:00Z".into(),
    }
}

/// A street light near 14 Mill Lane, up to the nearby reports.
fn to_nearby(k: &mut Kiosk) {
    k.open("Roads and streets", "Report a street light fault");
    k.click("Continue");
    k.click("It stays off at night");
    k.click("Continue");
    k.click("Continue");
    k.type_text("Mill Lane");
    k.click("Continue");
    k.click("Mill Lane, Demoford");
    k.click("Continue");
    k.click("14 Mill Lane");
    k.click("Continue");
}

#[test]
fn open_reports_nearby_are_shown_before_a_duplicate_and_picking_one_sends_nothing() {
    let server = Server::start();
    let here = (52.2014, -1.4985);
    server.seed(&[
        near("SR-NEAR", (here.0 + 0.0004, here.1), "Outside 16 Mill Lane"),
        near("SR-FAR", (here.0 + 0.01, here.1), "Church Street, far away"),
    ]);
    let mut k = kiosk(&server);
    to_nearby(&mut k);
    k.assert_sees("Has this already been reported?");
    assert!(
        k.app
            .spoken()
            .controls
            .iter()
            .any(|w| w.contains("Outside 16 Mill Lane")),
        "the near report is offered"
    );
    assert!(
        !k.app
            .spoken()
            .controls
            .iter()
            .any(|w| w.contains("far away")),
        "the far one is not"
    );
    let near_one = k
        .app
        .spoken()
        .controls
        .iter()
        .find(|w| w.contains("Outside 16 Mill Lane"))
        .unwrap()
        .clone();
    k.click(&near_one);
    k.assert_sees("This has already been reported");
    k.click("Finish");
    assert!(k.is_welcome());
    assert!(k.stored().is_empty(), "nothing is saved");
    sync(&mut k);
    assert!(server.created().is_empty(), "nothing is sent");

    // Offline: the list fetched before is used, and said to be so.
    server.state.lock().unwrap().unreachable = true;
    to_nearby(&mut k);
    k.assert_sees("Has this already been reported?");
    k.assert_sees(
        "We cannot reach the council's system just now, so this list may be out of date.",
    );
    // None of these: the resident goes on with their own report.
    k.click("None of these: it is a new problem");
    k.assert_sees("How should we contact you about this?");
}

#[test]
fn an_already_reported_problem_can_be_followed_with_a_reference_and_nothing_is_sent() {
    let server = Server::start();
    let here = (52.2014, -1.4985);
    server.seed(&[near(
        "SR-NEAR",
        (here.0 + 0.0004, here.1),
        "Outside 16 Mill Lane",
    )]);
    let mut k = kiosk(&server);
    to_nearby(&mut k);
    let near_one = k
        .app
        .spoken()
        .controls
        .iter()
        .find(|w| w.contains("Outside 16 Mill Lane"))
        .unwrap()
        .clone();
    k.click(&near_one);
    k.click("Print its reference so I can follow its progress");
    k.assert_sees("You are following this report");
    let reference = match k.app.screen() {
        frontdoor::app::screen::Screen::Confirmation(c) => {
            assert!(c.followed);
            c.reference.clone()
        }
        other => panic!("not the confirmation: {other:?}"),
    };
    assert!(k.stored().is_empty(), "no submission is saved");
    sync(&mut k);
    assert!(server.created().is_empty(), "nothing new is sent");
    k.click("Finish");
    // The receipt's code shows the earlier report's progress; typed, its
    // reference shows the service and a word.
    k.click("Start");
    k.click("Check the progress of a request");
    k.type_text(&common::scanned(reference.as_str()));
    k.click("Check progress");
    k.assert_sees("The council is dealing with your request.");
    k.click("Clear");
    k.type_text(reference.as_str());
    k.click("Check progress");
    k.assert_sees("Report a street light fault: being dealt with.");
}
