//! The keypad's route to staff entry: holding Back (Escape) for three
//! seconds opens the staff PIN pad, as holding the place name does on the
//! touch screen; a press of Back, or one let go sooner, does not.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use frontdoor::app::Message;
use iced::keyboard::{Key, key::Named};
use std::time::{Duration, Instant};

/// Presses Escape on the keypad without letting go.
fn press_back(k: &mut Kiosk) {
    let messages: Vec<Message> = {
        let mut ui = k.sim();
        let _ = ui.simulate([iced_test::simulator::press_key(
            Key::Named(Named::Escape),
            None,
        )]);
        ui.into_messages().collect()
    };
    for m in messages {
        k.send(m);
    }
}

fn release_back(k: &mut Kiosk) {
    let messages: Vec<Message> = {
        let mut ui = k.sim();
        let _ = ui.simulate([iced_test::simulator::release_key(Key::Named(Named::Escape))]);
        ui.into_messages().collect()
    };
    for m in messages {
        k.send(m);
    }
}

#[test]
fn holding_back_for_three_seconds_opens_the_pin_pad() {
    let mut k = Kiosk::new();
    press_back(&mut k);
    k.send(Message::Tick(Instant::now() + Duration::from_secs(1)));
    assert!(!k.app.staff_pad_open());
    k.send(Message::Tick(Instant::now() + Duration::from_secs(3)));
    assert!(k.app.staff_pad_open());
    release_back(&mut k);
    k.assert_sees("Staff sign-in");
    // Back closes it again, as on every dialog.
    k.keys(&[Named::Escape]);
    assert!(!k.app.staff_pad_open());
}

#[test]
fn a_short_press_of_back_goes_back_and_does_not_open_the_pin_pad() {
    let mut k = Kiosk::new();
    k.click("Start");
    press_back(&mut k);
    assert!(k.is_welcome(), "Back went back at once");
    release_back(&mut k);
    k.send(Message::Tick(Instant::now() + Duration::from_secs(5)));
    assert!(!k.app.staff_pad_open());
}
