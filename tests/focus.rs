//! Focus always in view: on every page, at every text size, in a
//! left-to-right and a right-to-left language, on a 1280x800 and a
//! 1920x1080 screen, tabbing through every control (and back) leaves the
//! focused control wholly on screen, scrolled into view with its label.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use iced::keyboard::key::Named;

fn tab_through(k: &mut Kiosk, page: &str, failures: &mut Vec<String>) {
    // As the page was reached (by touch, in the tour): a field that has
    // the focus shows, even after an error appeared above it.
    if k.app.focus().is_some() {
        let window = k.window.as_mut().unwrap();
        if let Err(why) = window.focus_in_view(&k.app) {
            failures.push(format!("{page}: as reached: {why}"));
        }
    }
    let (actions, _) = k.app.actions();
    let n = actions.len();
    let start = k.app.focus();
    for (key, presses) in [(Named::Tab, n + 1), (Named::ArrowUp, n.min(6))] {
        for press in 0..presses {
            k.keys(&[key]);
            let window = k.window.as_mut().unwrap();
            if let Err(why) = window.focus_in_view(&k.app) {
                failures.push(format!(
                    "{page}: after {} {key:?} (focus {:?} of {n}): {why}",
                    press + 1,
                    k.app.focus()
                ));
            }
        }
    }
    // Leave the focus where it was, so the tour types into the field.
    for _ in 0..n {
        if k.app.focus() == start {
            break;
        }
        k.keys(&[Named::Tab]);
    }
}

fn sweep(width: f32, height: f32, locale: &str) {
    let mut failures = Vec::new();
    for size in frontdoor::ui::TextSize::ALL {
        let mut k = Kiosk::in_window(width, height);
        common::tour::every_page(&mut k, size, locale, &mut |k, page| {
            tab_through(k, &format!("{size:?} {page}"), &mut failures);
        });
        let mut k = Kiosk::in_window_with(width, height, common::tour::WITH_GAZETTEER);
        common::tour::gazetteer_pages(&mut k, size, locale, &mut |k, page| {
            tab_through(k, &format!("{size:?} {page}"), &mut failures);
        });
        let services = common::payments::Services::start();
        let mut k = Kiosk::in_window_with(width, height, &services.config());
        common::tour::payment_pages(&mut k, &services, size, locale, &mut |k, page| {
            tab_through(k, &format!("{size:?} {page}"), &mut failures);
        });
    }
    assert!(
        failures.is_empty(),
        "{width}x{height} {locale}: the focus left the screen {} times:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn focus_stays_in_view_at_1280x800_in_english() {
    sweep(1280.0, 800.0, "en-GB");
}

#[test]
fn focus_stays_in_view_at_1280x800_in_arabic() {
    sweep(1280.0, 800.0, "ar");
}

#[test]
fn focus_stays_in_view_at_1920x1080_in_english_and_bengali() {
    sweep(1920.0, 1080.0, "en-GB");
    sweep(1920.0, 1080.0, "bn");
}

/// Typing a search at the largest size on a 1280x800 screen: the field
/// goes to the top of the view, so how many were found (and in English the
/// first service whole) show above the on-screen keyboard, in a
/// left-to-right and a right-to-left language.
#[test]
fn search_results_show_above_the_keyboard_as_the_resident_types() {
    use frontdoor::app::Message;
    use frontdoor::app::screen::{Message as ScreenMessage, welcome};
    for locale in ["en-GB", "cy", "ar"] {
        let mut k = Kiosk::in_window(1280.0, 800.0);
        k.send(Message::Screen(ScreenMessage::Welcome(
            welcome::Message::Size(frontdoor::ui::TextSize::Largest),
        )));
        k.send(Message::ChooseLanguage(locale.into()));
        k.click(&frontdoor::i18n::t(locale, "start"));
        k.click(&frontdoor::i18n::t(locale, "search-open"));
        k.type_text("bin");
        let first = frontdoor::catalogue::Catalogue::bundled()
            .service("missed-bin")
            .unwrap()
            .name_in(locale);
        let texts = k.window.as_mut().unwrap().texts(&k.app);
        let whole = |want: &str| texts.found.iter().any(|(t, _, seen)| t == want && *seen);
        // In English the first service shows whole; in longer words at
        // least the count and the start of the first.
        if locale == "en-GB" {
            assert!(whole(&first), "{locale}: {first:?} is not on screen");
        }
        let found = frontdoor::i18n::t_args(locale, "search-count", &[("count", 3u32.into())]);
        assert!(whole(&found), "{locale}: {found:?} is not on screen");
    }
}
