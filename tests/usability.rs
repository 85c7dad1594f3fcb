//! The keypad presses a resident needs for the demo's pothole report, by
//! the keypad contract alone (Down/Tab to the next control, Enter to
//! press it, keys typed into a field), counted the way a resident would
//! make them: from each page's starting focus, forward only, to the
//! control they want. The count is written into docs/usability.md; this
//! test keeps it from growing.

mod common;

use common::Kiosk;
use iced::keyboard::key::Named;

/// Presses Tab until the focused control's action matches `wanted` (its
/// Debug form contains it), then Enter; returns the presses.
fn press(k: &mut Kiosk, wanted: &str) -> usize {
    let mut presses = 0;
    loop {
        let (actions, _) = k.app.actions();
        let focused = k
            .app
            .focus()
            .and_then(|i| actions.get(i))
            .map(|a| format!("{a:?}"));
        if focused.as_deref().is_some_and(|f| f.contains(wanted)) {
            break;
        }
        assert!(presses < 60, "no {wanted} among {actions:?}");
        k.keys(&[Named::Tab]);
        presses += 1;
    }
    k.keys(&[Named::Enter]);
    presses + 1
}

/// The pothole report, page by page: the presses each page took.
fn pothole_by_keypad(k: &mut Kiosk) -> Vec<(&'static str, usize)> {
    let mut pages = Vec::new();
    pages.push(("welcome: Start", press(k, "Welcome(Start)")));
    pages.push((
        "services: Roads and streets",
        press(k, "OpenGroup(\"Roads and streets\")"),
    ));
    pages.push((
        "group: Report a pothole",
        press(k, "OpenService(\"pothole\")"),
    ));
    k.assert_sees("Where is the hole?");
    let n = press(k, "Choose(\"road\")") + press(k, "Journey(Continue)");
    pages.push(("where is the hole", n));
    let n = press(k, "Choose(\"small\")") + press(k, "Journey(Continue)");
    pages.push(("how wide", n));
    k.assert_sees("How deep is it, in centimetres? (optional)");
    // Enter in the empty optional field moves on.
    pages.push(("how deep (optional)", press(k, "Field(Focus)")));
    k.assert_sees("Where is it?");
    k.type_text("By the bus stop");
    pages.push(("where is it (then Enter)", press(k, "Field(Focus)")));
    k.assert_sees("How should we contact you about this?");
    let n = press(k, "Choose(\"none\")") + press(k, "Journey(Continue)");
    pages.push(("contact", n));
    k.assert_sees("Check your answers");
    pages.push(("check answers: Send", press(k, "Journey(Continue)")));
    pages
}

#[test]
fn the_pothole_report_by_keypad_takes_no_more_presses_than_measured() {
    let mut k = Kiosk::new();
    let pages = pothole_by_keypad(&mut k);
    assert!(k.sees("Your reference is"), "the report was sent");
    let total: usize = pages.iter().map(|(_, n)| n).sum();
    for (page, n) in &pages {
        eprintln!("{page}: {n}");
    }
    eprintln!("total: {total} presses, plus the 15 letters of the place");
    // Measured: see docs/usability.md. A change that adds presses to the
    // commonest report must say why there.
    assert!(total <= MEASURED, "{total} presses, up from {MEASURED}");
}

/// The presses measured for the whole report (docs/usability.md).
const MEASURED: usize = 31;
