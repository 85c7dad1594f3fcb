//! No stale pixels: the live renderer paints only what its damage tracking
//! says changed since the last frame. The headless window here draws a frame
//! after every update and every scroll exactly as the live compositor does;
//! after each key press, scroll, typed letter and background answer, that
//! screen must be the screen drawn from scratch.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use frontdoor::app::Message;
use frontdoor::ui::TextSize;
use iced::keyboard::key::Named;

/// A kiosk whose window draws every frame the live way, at the kiosk's
/// own scale.
fn live(size: TextSize, locale: &str) -> Kiosk {
    let mut k = Kiosk::in_window(1280.0, 800.0);
    let window = k.window.as_mut().unwrap();
    window.scale = 1.0;
    window.live = true;
    k.send(Message::Screen(frontdoor::app::screen::Message::Welcome(
        frontdoor::app::screen::welcome::Message::Size(size),
    )));
    k.send(Message::ChooseLanguage(locale.into()));
    k
}

fn same_as_full_redraw(k: &mut Kiosk, what: &str, failures: &mut Vec<String>) {
    let window = k.window.as_mut().unwrap();
    let incremental = window.present(&k.app);
    let (full, w, _) = window.screenshot(&k.app);
    assert_eq!(
        incremental.len(),
        full.len(),
        "{what}: the frame sizes differ"
    );
    // Anti-aliased edges may round a shade apart between the two ways of
    // drawing; a stale pixel is another colour altogether.
    let differ: Vec<(u32, u32)> = incremental
        .chunks_exact(4)
        .zip(full.chunks_exact(4))
        .enumerate()
        .filter(|(_, (a, b))| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 8))
        .map(|(i, _)| (i as u32 % w, i as u32 / w))
        .collect();
    if differ.is_empty() {
        return;
    }
    let (x0, y0) = differ
        .iter()
        .fold((u32::MAX, u32::MAX), |(x, y), &(a, b)| (x.min(a), y.min(b)));
    let (x1, y1) = differ
        .iter()
        .fold((0, 0), |(x, y), &(a, b)| (x.max(a), y.max(b)));
    if std::env::var_os("REDRAW_DEBUG").is_some() {
        for &(x, y) in differ.iter().take(8) {
            let i = ((y * w + x) * 4) as usize;
            eprintln!(
                "{what} ({x},{y}): {:?} vs {:?}",
                &incremental[i..i + 4],
                &full[i..i + 4]
            );
        }
    }
    failures.push(format!(
        "{what}: {} pixels differ from a full redraw, within ({x0},{y0})-({x1},{y1})",
        differ.len()
    ));
}

/// Tabs through every control of the page and back to where focus began,
/// checking each frame.
fn tab_through(k: &mut Kiosk, page: &str, failures: &mut Vec<String>) {
    let start = k.app.focus();
    let (actions, _) = k.app.actions();
    for press in 0..actions.len() {
        k.keys(&[Named::Tab]);
        same_as_full_redraw(k, &format!("{page} tab {}", press + 1), failures);
    }
    while k.app.focus() != start {
        k.keys(&[Named::Tab]);
    }
}

fn assert_none(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} frames had stale pixels:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// One test, so no other drawing runs beside it in this process (the text
/// system's caches are shared).
#[test]
fn no_frame_has_stale_pixels() {
    let mut failures = Vec::new();
    the_welcome_page_scrolled_by_the_keypad(&mut failures);
    check_answers_typing_and_the_receipt_arriving(&mut failures);
    assert_none(failures);
}

fn the_welcome_page_scrolled_by_the_keypad(failures: &mut Vec<String>) {
    for (size, locale) in [(TextSize::Largest, "en-GB"), (TextSize::Large, "ar")] {
        let mut k = live(size, locale);
        same_as_full_redraw(&mut k, &format!("{size:?} {locale} welcome"), failures);
        tab_through(&mut k, &format!("{size:?} {locale} welcome"), failures);
    }
}

fn check_answers_typing_and_the_receipt_arriving(failures: &mut Vec<String>) {
    let mut k = live(TextSize::Standard, "en-GB");
    k.open("Bins and recycling", "Report a missed bin collection");
    k.click("General waste (black bin)");
    k.click("Continue");
    k.click("Continue");
    k.click("No");
    k.click("Continue");
    // Each letter typed changes the field and the page's text.
    for c in "DE1 2AX".chars() {
        k.type_text(&c.to_string());
        same_as_full_redraw(&mut k, &format!("typing {c:?}"), failures);
    }
    k.click("Continue");
    k.type_text("14 Mill Lane");
    k.click("Continue");
    k.click("By phone");
    k.click("Continue");
    k.type_text("01632 960001");
    k.click("Continue");
    k.type_text("Jo");
    k.click("Continue");
    same_as_full_redraw(&mut k, "check answers", failures);
    tab_through(&mut k, "check answers", failures);
    // The receipt's answer changes words in the middle of the page.
    k.click("Send");
    same_as_full_redraw(&mut k, "confirmation", failures);
    tab_through(&mut k, "confirmation", failures);
}
