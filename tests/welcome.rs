//! The welcome page's first view: at every text size, on a 1280x800 and a
//! 1920x1080 screen, in English, Welsh, Arabic and Bengali, the council and
//! site, the way to start and every language are on screen without
//! scrolling.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use frontdoor::app::Message;
use frontdoor::app::screen::{Message as ScreenMessage, welcome};

#[test]
fn start_and_every_language_are_in_the_first_view() {
    let mut failures = Vec::new();
    for (w, h) in [(1280.0, 800.0), (1920.0, 1080.0)] {
        for size in frontdoor::ui::TextSize::ALL {
            for locale in ["en-GB", "cy", "ar", "bn"] {
                let mut k = Kiosk::in_window(w, h);
                k.send(Message::Screen(ScreenMessage::Welcome(
                    welcome::Message::Size(size),
                )));
                k.send(Message::ChooseLanguage(locale.into()));
                let texts = k.window.as_mut().unwrap().texts(&k.app);
                let mut wanted: Vec<String> = vec![
                    frontdoor::i18n::t(locale, "start"),
                    "Test Council · Test Library".to_string(),
                ];
                wanted.extend(frontdoor::i18n::languages().iter().map(|l| l.name.clone()));
                for want in wanted {
                    let seen = texts.found.iter().find(|(t, _, _)| *t == want);
                    match seen {
                        Some((_, _, true)) => {}
                        Some((_, at, false)) => failures.push(format!(
                            "{w}x{h} {size:?} {locale}: {want:?} is not whole on screen at {at:?}"
                        )),
                        None => failures.push(format!("{w}x{h} {size:?} {locale}: no {want:?}")),
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_language_picker_opens_on_the_language_in_use() {
    let mut k = Kiosk::new();
    k.click("Cymraeg");
    k.click("Dechrau");
    k.send(Message::OpenLanguages);
    let (actions, _) = k.app.actions();
    let focused = k.app.focus().and_then(|i| actions.get(i).cloned());
    assert!(
        matches!(focused, Some(Message::ChooseLanguage(ref l)) if l == "cy"),
        "focus is on {focused:?}"
    );
    // Enter keeps Welsh and closes the picker.
    k.keys(&[iced::keyboard::key::Named::Enter]);
    k.assert_sees("Gyda beth mae angen help arnoch chi?");
}
