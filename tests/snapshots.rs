//! Pixel snapshots of every screen at the standard and the largest text size,
//! at 1280x800 (the main pages also at 1920x1080), drawn by the tiny-skia
//! renderer with the shipped fonts, as the kiosk shows them: the page
//! scrolled so the focused control is in view.
//!
//! Run with `ICED_TEST_BACKEND=tiny-skia cargo test --test snapshots -- --ignored`.
//! A missing hash file is written and passes, so CI checks afterwards that no
//! file under tests/snapshots changed or appeared. Set `FRONTDOOR_SNAPSHOT_PNG`
//! to also write each screen as a PNG under target/snapshots for a person to
//! look at.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use frontdoor::app::Message;
use frontdoor::ui::TextSize;
use std::time::{Duration, Instant};

fn shoot(k: &mut Kiosk, name: &str) {
    shoot_at(k, name, (1280.0, 800.0));
}

/// A snapshot of the screen in a window of `size`, drawn as the kiosk
/// shows it: the page scrolled so the focused control is in view (the app
/// asks for that scrolling whenever the focus moves).
fn shoot_at(k: &mut Kiosk, name: &str, size: (f32, f32)) {
    use sha2::{Digest, Sha256};
    let text = k.app.text_size();
    let name = format!("{name}-{}", format!("{text:?}").to_lowercase());
    let mut window = common::window::Window::new(size.0, size.1);
    // The scrolling the kiosk asks for as a field is typed into.
    let scroll = if k.app.screen().answers_below_field() {
        frontdoor::ui::scroll::focused_to_top()
    } else {
        frontdoor::ui::scroll::reveal_focused()
    };
    window.run(&k.rt, &k.app, scroll);
    let (rgba, w, h) = window.screenshot(&k.app);
    if std::env::var_os("FRONTDOOR_SNAPSHOT_PNG").is_some() {
        std::fs::create_dir_all("target/snapshots").unwrap();
        let file = std::fs::File::create(format!("target/snapshots/{name}-tiny-skia.png")).unwrap();
        let mut png = png::Encoder::new(file, w, h);
        png.set_color(png::ColorType::Rgba);
        png.write_header().unwrap().write_image_data(&rgba).unwrap();
    }
    let hash = format!("{:x}", Sha256::digest(&rgba));
    let path = format!("tests/snapshots/{name}-tiny-skia.sha256");
    match std::fs::read_to_string(&path) {
        Ok(saved) => assert_eq!(
            saved, hash,
            "the {name} screen changed; look at it, then delete its hash file to accept the change"
        ),
        Err(_) => std::fs::write(&path, hash).unwrap(),
    }
}

fn every_screen(size: TextSize) {
    let mut k = Kiosk::new();
    let label = match size {
        TextSize::Standard => "Standard",
        TextSize::Large => "Large",
        TextSize::Largest => "Largest",
    };
    k.click(label);
    shoot(&mut k, "welcome");
    k.click("Language");
    shoot(&mut k, "languages");
    k.click("Close");
    common::tour::open_pin_pad(&mut k);
    k.click("4");
    k.click("8");
    shoot(&mut k, "staff-pin");
    k.click("Cancel");
    k.click("Start");
    shoot(&mut k, "services");
    k.click("Bins and recycling");
    shoot(&mut k, "group");
    k.click("Report a missed bin collection");
    k.click("Continue");
    shoot(&mut k, "question-choice-error");
    k.click("General waste (black bin)");
    k.click("Continue");
    shoot(&mut k, "question-date");
    k.click("Continue");
    k.click("No");
    k.click("Continue");
    k.type_text("DE1 2AX");
    shoot(&mut k, "question-postcode");
    k.click("Continue");
    k.type_text("Flat 2, 14 Mill Lane");
    k.click("Continue");
    shoot(&mut k, "question-contact");
    k.click("By phone");
    k.click("Continue");
    k.type_text("01632 960001");
    k.click("Continue");
    k.type_text("Jo Bloggs");
    k.click("Continue");
    shoot(&mut k, "check-answers");
    k.click("Send");
    shoot(&mut k, "confirmation");
    k.click("Finish");

    k.click(label);
    k.click("Start");
    k.click("Bins and recycling");
    k.click("Ask for help putting your bins out");
    k.click("No");
    k.click("Continue");
    shoot(&mut k, "question-multiple");
    k.click("Get help from staff");
    shoot(&mut k, "help");
    k.click("Carry on by myself");
    let start = Instant::now();
    k.send(Message::Tick(start + Duration::from_secs(100)));
    shoot(&mut k, "idle");
    k.click("I am still here");
    k.click("Start again");

    k.click(label);
    k.click("Start");
    k.click("Have your say");
    k.click("Make a complaint or pay a compliment");
    k.click("Make a complaint");
    k.click("Continue");
    shoot(&mut k, "question-many-choices");
    k.click("Start again");

    k.click(label);
    k.click("Start");
    k.click("Search for a service");
    k.type_text("bin");
    shoot(&mut k, "search");
    k.click("Start again");

    k.click(label);
    k.click("Start");
    k.click("Roads and streets");
    k.click("Report a pothole");
    k.click("In the road");
    k.click("Continue");
    k.click("Smaller than a dinner plate");
    k.click("Continue");
    shoot(&mut k, "question-optional");
    k.click("Start again");

    k.click(label);
    k.click("Start");
    k.click("Contact the council");
    k.click("Ask for a call back");
    k.click("Council tax");
    k.click("Continue");
    k.click("Morning (9am to 12pm)");
    k.click("Continue");
    k.type_text("07700 900982");
    k.click("Continue");
    k.type_text("Sam");
    k.click("Continue");
    let store = k.app.store().clone().unwrap();
    store.lock().unwrap().set_read_only(true).unwrap();
    k.click("Send");
    shoot(&mut k, "save-failed");
    store.lock().unwrap().set_read_only(false).unwrap();
    k.click("Start again");

    k.click(label);
    k.click("Start");
    k.click("Check the progress of a request");
    k.type_text("ACD 34");
    k.click("Check progress");
    shoot(&mut k, "progress-error");
    k.click("Start again");

    k.click(label);
    k.click("Start");
    k.click("Help and advice");
    k.click("Help with money, debt or benefits from a partner");
    shoot(&mut k, "signpost");
}

#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn every_screen_at_standard_size() {
    every_screen(TextSize::Standard);
}

#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn every_screen_at_largest_size() {
    every_screen(TextSize::Largest);
}

/// The welcome, a question and the confirmation in a language other than
/// English, at the largest text size.
fn three_screens_in(locale: &str) {
    let mut k = Kiosk::new();
    k.click("Largest");
    k.send(Message::ChooseLanguage(locale.to_string()));
    shoot(&mut k, &format!("{locale}-welcome"));
    k.send(Message::ChooseLanguage("en-GB".to_string()));
    k.click("Start");
    k.click("Roads and streets");
    k.click("Report a pothole");
    k.send(Message::ChooseLanguage(locale.to_string()));
    shoot(&mut k, &format!("{locale}-question"));
    k.send(Message::ChooseLanguage("en-GB".to_string()));
    k.click("In the road");
    k.click("Continue");
    k.click("Smaller than a dinner plate");
    k.click("Continue");
    k.click("Continue");
    k.send(Message::ChooseLanguage(locale.to_string()));
    k.type_text(if locale == "ar" {
        "قرب المدرسة"
    } else {
        "স্কুলের কাছে"
    });
    shoot(&mut k, &format!("{locale}-typing"));
    k.send(Message::ChooseLanguage("en-GB".to_string()));
    k.click("Start again");
    k.click("Largest");
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    k.send(Message::ChooseLanguage(locale.to_string()));
    shoot(&mut k, &format!("{locale}-confirmation"));
}

#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn three_screens_in_arabic_bengali_and_ukrainian() {
    three_screens_in("ar");
    three_screens_in("bn");
    three_screens_in("uk");
}

#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn three_screens_in_high_contrast() {
    let mut k = Kiosk::new();
    k.click("Largest");
    k.click("Light text on black");
    shoot(&mut k, "contrast-welcome");
    k.click("Start");
    k.click("Roads and streets");
    k.click("Report a pothole");
    k.click("In the road");
    shoot(&mut k, "contrast-question");
    k.click("Continue");
    k.click("Smaller than a dinner plate");
    k.click("Continue");
    k.click("Continue");
    k.type_text("Mill Lane");
    k.click("Continue");
    k.click("Do not contact me");
    k.click("Continue");
    k.click("Send");
    shoot(&mut k, "contrast-confirmation");
}

#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn the_hub_view() {
    let mut k = Kiosk::new();
    let number = k
        .app
        .store()
        .as_ref()
        .unwrap()
        .lock()
        .unwrap()
        .add_staff(
            "Pat Lee",
            frontdoor::staff::Role::Hub,
            &frontdoor::staff::hash_pin("482915"),
            common::noon(),
        )
        .unwrap();
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    k.click("Good");
    k.click("Finish");
    book_housing(&mut k);
    k.click("Finish");
    common::tour::open_pin_pad(&mut k);
    k.staff_pad_in("en-GB", number, "482915");
    k.click("Hub view");
    shoot(&mut k, "hub");
}

/// The hub view's twelve weeks of charts and their words, drawn whole in a
/// tall window, in English and Arabic (where the weeks run from the right).
#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn the_hub_trends() {
    for locale in ["en-GB", "ar"] {
        let mut k = Kiosk::new();
        common::trends::fill(&k);
        common::trends::open_hub(&mut k);
        k.send(Message::ChooseLanguage(locale.into()));
        let name = if locale == "ar" {
            "ar-hub-trends"
        } else {
            "hub-trends"
        };
        shoot_at(&mut k, name, (1280.0, 2600.0));
    }
}

/// Books the 13:00 housing appointment on the demo diary (no diary server
/// in these kiosks: it is held as provisional), ending on the confirmation.
fn book_housing(k: &mut Kiosk) {
    k.open("Help and advice", "Book an appointment with an adviser");
    k.click("Housing options — about 45 min");
    k.click("Wednesday 18 November 2026");
    k.click("13:00");
    k.click("Book this appointment");
}

#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn booking_an_appointment() {
    for size in ["Standard", "Largest"] {
        let mut k = Kiosk::new();
        k.click(size);
        k.click("Start");
        k.click("Help and advice");
        k.click("Book an appointment with an adviser");
        shoot(&mut k, "appointment-type");
        k.click("Housing options — about 45 min");
        shoot(&mut k, "appointment-day");
        k.click("Wednesday 18 November 2026");
        shoot(&mut k, "appointment-time");
        k.click("13:00");
        shoot(&mut k, "appointment-check");
        k.click("Book this appointment");
        shoot(&mut k, "appointment-slip");
    }
    let mut k = Kiosk::new();
    k.send(Message::ChooseLanguage("ar".into()));
    k.click("ابدأ");
    let cat = frontdoor::catalogue::Catalogue::bundled();
    k.click(&cat.group_name("Help and advice", "ar"));
    k.click(&cat.service("book-appointment").unwrap().name_in("ar"));
    k.click("خيارات السكن — حوالي 45 دقيقة");
    k.click(&frontdoor::i18n::long_date(
        "ar",
        chrono::NaiveDate::from_ymd_opt(2026, 11, 18).unwrap(),
    ));
    shoot(&mut k, "ar-appointment-time");
}

#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn out_of_order() {
    let mut k = Kiosk::new();
    let config = k.app.config().clone();
    k.app = frontdoor::app::App::out_of_order(
        config,
        "/etc/frontdoor/config.toml: kiosk.id: give this terminal an id".to_string(),
    );
    shoot(&mut k, "out-of-order");
}

/// The pages a resident sees most, on a 1920x1080 terminal: the welcome,
/// a question, check answers and the confirmation, at the standard and the
/// largest text size.
#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn the_main_pages_at_1920x1080() {
    const WIDE: (f32, f32) = (1920.0, 1080.0);
    for size in ["Standard", "Largest"] {
        let mut k = Kiosk::new();
        k.click(size);
        shoot_at(&mut k, "hd-welcome", WIDE);
        k.click("Start");
        k.click("Roads and streets");
        k.click("Report a pothole");
        shoot_at(&mut k, "hd-question", WIDE);
        k.send(Message::ChooseLanguage("en-GB".to_string()));
        k.click("Start again");
        k.click(size);
        k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
        shoot_at(&mut k, "hd-check-answers", WIDE);
        k.click("Send");
        shoot_at(&mut k, "hd-confirmation", WIDE);
    }
}

/// The pages picked from the gazetteer, at the standard and the largest
/// text size.
#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn the_gazetteer_pages() {
    for size in [TextSize::Standard, TextSize::Largest] {
        let mut k = Kiosk::with_config(common::tour::WITH_GAZETTEER);
        common::tour::gazetteer_pages(&mut k, size, "en-GB", &mut |k, page| {
            shoot(k, &format!("gazetteer-{}", page.replace(' ', "-")));
        });
    }
}

/// The payment pages, at the standard and the largest text size, and in
/// Arabic at the largest. The page with the QR code is left out: the code
/// holds a loopback address that changes from run to run.
#[test]
#[ignore = "pixel snapshots: run with ICED_TEST_BACKEND=tiny-skia and --ignored"]
fn the_payment_pages() {
    for (size, locale) in [
        (TextSize::Standard, "en-GB"),
        (TextSize::Largest, "en-GB"),
        (TextSize::Largest, "ar"),
    ] {
        let services = common::payments::Services::start();
        let mut k = services.kiosk();
        let prefix = if locale == "en-GB" { "pay" } else { "ar-pay" };
        common::tour::payment_pages(&mut k, &services, size, locale, &mut |k, page| {
            shoot(k, &format!("{prefix}-{}", page.replace(' ', "-")));
        });
    }
}
