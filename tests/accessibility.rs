//! Seeing and touching: every text colour on its background and the focus
//! highlight on the page meet WCAG contrast in each theme (4.5:1 standard,
//! 7:1 high contrast), and every control on every screen is a touch target at
//! least 44x44 logical pixels with space around it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use frontdoor::ui::Palette;
use iced::Color;

/// WCAG 2 relative luminance.
fn luminance(c: Color) -> f64 {
    let channel = |v: f32| {
        let v = v as f64;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
}

/// WCAG 2 contrast ratio.
fn contrast(a: Color, b: Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
    // #767676 on white is the well-known 4.54:1, the lightest grey text
    // that passes AA.
    let grey = Color::from_rgb8(0x76, 0x76, 0x76);
    let ratio = contrast(grey, Color::WHITE);
    assert!((ratio - 4.54).abs() < 0.01, "{ratio}");
}

#[test]
fn every_text_and_focus_pair_meets_wcag_contrast_in_each_theme() {
    for (name, p, least) in [
        ("standard", Palette::STANDARD, 4.5),
        ("high contrast", Palette::HIGH_CONTRAST, 7.0),
    ] {
        let pairs = [
            ("text on the page", p.text, p.background),
            ("hints on the page", p.secondary, p.background),
            ("errors on the page", p.error, p.background),
            ("header text", p.on_band, p.band),
            ("main buttons", p.on_primary, p.primary),
            ("other buttons", p.on_neutral, p.neutral),
            ("focused control's text", p.on_focus, p.focus),
            ("chosen option's text", p.on_selected, p.selected),
            ("focus edge on the page", p.focus_edge, p.background),
            ("focus highlight on the header", p.focus, p.band),
            ("text on an inset note", p.text, p.inset),
            ("text by the keyboard", p.text, p.dock),
            ("text in a field being typed in", p.text, p.field_focus),
            ("keys on the keyboard dock", p.on_neutral, p.neutral),
        ];
        for (what, fg, bg) in pairs {
            let ratio = contrast(fg, bg);
            assert!(
                ratio >= least,
                "{name}: {what} is {ratio:.2}:1, under {least}:1"
            );
        }
    }
}

mod common;

use common::Kiosk;
use frontdoor::app::Message;
use frontdoor::ui::TextSize;
use iced::advanced::renderer::Headless;
use iced::advanced::widget::{Id, Operation, operation::Scrollable};
use iced::{Pixels, Rectangle, Size, Vector};
use iced_test::runtime::UserInterface;
use iced_test::runtime::user_interface::Cache;

/// Collects the bounds of every control, with the scrolling region it is in
/// (controls in different regions never share the screen).
#[derive(Default)]
struct Controls {
    found: Vec<(usize, Rectangle)>,
    texts: Vec<(usize, Rectangle, String)>,
    regions: Vec<usize>,
    next_region: usize,
    entering_scroll: bool,
}

impl Operation for Controls {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let entered = std::mem::take(&mut self.entering_scroll);
        if entered {
            self.next_region += 1;
            self.regions.push(self.next_region);
        }
        operate(self);
        if entered {
            self.regions.pop();
        }
    }

    fn text(&mut self, _id: Option<&Id>, bounds: Rectangle, text: &str) {
        let region = self.regions.last().copied().unwrap_or(0);
        self.texts.push((region, bounds, text.to_string()));
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if id == Some(&Id::new(frontdoor::ui::CONTROL)) {
            let region = self.regions.last().copied().unwrap_or(0);
            self.found.push((region, bounds));
        }
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        _bounds: Rectangle,
        _content: Rectangle,
        _translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        self.entering_scroll = true;
    }
}

/// The touch targets and text on the kiosk's screen at 1280x800.
fn controls(k: &Kiosk) -> Controls {
    for font in frontdoor::ui::FONTS {
        iced_test::renderer::graphics::text::font_system()
            .write()
            .unwrap()
            .load_font(std::borrow::Cow::Borrowed(*font));
    }
    let mut renderer = iced_test::futures::futures::executor::block_on(
        <iced::Renderer as Headless>::new(frontdoor::ui::BODY, Pixels(16.0), Some("tiny-skia")),
    )
    .unwrap();
    let mut ui = UserInterface::build(
        k.app.view(),
        Size::new(1280.0, 800.0),
        Cache::default(),
        &mut renderer,
    );
    let mut op = Controls::default();
    ui.operate(&renderer, &mut op);
    op
}

/// Least gap between two controls, in logical pixels.
const GAP: f32 = 4.0;
/// Least width and height of a control.
const TARGET: f32 = 44.0;

fn check(k: &Kiosk, screen: &str) {
    let seen = controls(k);
    assert!(seen.texts.len() > 3, "{screen}: the text was not found");
    // No text runs off the side of the screen.
    for (_, b, words) in &seen.texts {
        assert!(
            b.x >= -0.5 && b.x + b.width <= 1280.5,
            "{screen}: {words:?} is cut off at {b:?}"
        );
    }
    // No two pieces of text overlap.
    for (i, (ra, a, wa)) in seen.texts.iter().enumerate() {
        for (rb, b, wb) in &seen.texts[i + 1..] {
            if ra == rb && a.width > 0.0 && b.width > 0.0 {
                assert!(
                    a.intersection(b)
                        .is_none_or(|o| o.width < 1.0 || o.height < 1.0),
                    "{screen}: {wa:?} at {a:?} overlaps {wb:?} at {b:?}"
                );
            }
        }
    }
    let found = seen.found;
    assert!(!found.is_empty(), "{screen}: no controls found");
    for (_, b) in &found {
        assert!(
            b.width >= TARGET && b.height >= TARGET,
            "{screen}: a control is {}x{} px at {b:?}",
            b.width,
            b.height
        );
    }
    for (i, (ra, a)) in found.iter().enumerate() {
        for (rb, b) in &found[i + 1..] {
            if ra != rb {
                continue;
            }
            let apart_x = (b.x - (a.x + a.width)).max(a.x - (b.x + b.width));
            let apart_y = (b.y - (a.y + a.height)).max(a.y - (b.y + b.height));
            assert!(
                apart_x >= GAP || apart_y >= GAP,
                "{screen}: controls at {a:?} and {b:?} are closer than {GAP} px"
            );
        }
    }
}

fn every_screen(size: TextSize, locale: &str) {
    let l = |id: &str| frontdoor::i18n::t(locale, id);
    // The catalogue's words in the language on screen.
    let cat = frontdoor::catalogue::Catalogue::bundled();
    let group = |name: &str| cat.group_name(name, locale);
    let service = |code: &str| cat.service(code).unwrap().name_in(locale);
    let choice = |code: &str, attr: &str, key: &str| {
        let s = cat.service(code).unwrap().localised(locale);
        let a = s.attributes.iter().find(|a| a.code == attr).unwrap();
        a.values.iter().find(|v| v.key == key).unwrap().name.clone()
    };
    let mut k = Kiosk::new();
    k.send(Message::Screen(frontdoor::app::screen::Message::Welcome(
        frontdoor::app::screen::welcome::Message::Size(size),
    )));
    k.send(Message::ChooseLanguage(locale.into()));
    check(&k, "welcome");
    k.click(&l("language-button"));
    check(&k, "languages");
    k.click(&l("language-close"));
    k.click(&l("start"));
    check(&k, "services");
    k.click(&group("Bins and recycling"));
    check(&k, "group");
    k.click(&service("missed-bin"));
    k.click(&l("continue"));
    check(&k, "choice with an error");
    k.click(&choice("missed-bin", "bin_type", "general"));
    k.click(&l("continue"));
    check(&k, "date");
    k.click(&l("continue"));
    k.click(&choice("missed-bin", "out_by_7", "no"));
    k.click(&l("continue"));
    check(&k, "postcode with the keyboard");
    k.type_text("DE1 2AX");
    k.click(&l("continue"));
    k.type_text("14 Mill Lane");
    k.click(&l("continue"));
    check(&k, "contact");
    k.click(&l("contact-phone"));
    k.click(&l("continue"));
    check(&k, "phone number pad");
    k.type_text("01632 960001");
    k.click(&l("continue"));
    k.type_text("Jo");
    k.click(&l("continue"));
    check(&k, "check answers");
    k.click(&l("send"));
    check(&k, "confirmation");
    k.click(&l("speech-start"));
    check(&k, "confirmation with speech on");
    k.click(&l("help-button"));
    check(&k, "help");
    k.click(&l("help-carry-on"));
    let start = std::time::Instant::now();
    k.send(Message::Tick(start + std::time::Duration::from_secs(100)));
    check(&k, "idle warning");
    k.click(&l("idle-still-here"));
    k.click(&l("finish"));
    k.send(Message::Screen(frontdoor::app::screen::Message::Welcome(
        frontdoor::app::screen::welcome::Message::Size(size),
    )));
    k.send(Message::ChooseLanguage(locale.into()));
    k.click(&l("start"));
    k.click(&l("search-open"));
    k.type_text("bin");
    check(&k, "search");
    k.click(&l("back"));
    k.click(&l("progress-open"));
    k.type_text("ACD 34");
    k.click(&l("progress-check"));
    check(&k, "check progress with an error");
    k.click(&l("back"));
    k.click(&group("Help and advice"));
    k.click(&service("partner-help"));
    check(&k, "signpost");
    k.click(&l("back"));
    k.click(&service("book-appointment"));
    check(&k, "appointment type");
    let diary = frontdoor::booking::file::parse(frontdoor::booking::file::DEMO, "demo").unwrap();
    let housing = diary.kind("housing-options").unwrap();
    k.click(&format!(
        "{} — {}",
        housing.name_in(locale),
        frontdoor::i18n::t_args(locale, "appt-length", &[("minutes", 45u32.into())])
    ));
    check(&k, "appointment day");
    let wednesday = chrono::NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
    k.click(&frontdoor::i18n::long_date(locale, wednesday));
    check(&k, "appointment time");
    k.click("12:00");
    check(&k, "appointment check");
    k.click(&l("appt-book"));
    check(&k, "appointment slip");
    let mut k = Kiosk::with_config(common::tour::WITH_GAZETTEER);
    common::tour::gazetteer_pages(&mut k, size, locale, &mut |k, page| check(k, page));
    let services = common::payments::Services::start();
    let mut k = services.kiosk();
    common::tour::payment_pages(&mut k, &services, size, locale, &mut |k, page| {
        check(k, page)
    });
}

#[test]
fn every_control_is_a_big_touch_target_with_space_around_it() {
    for size in [TextSize::Standard, TextSize::Large, TextSize::Largest] {
        every_screen(size, "en-GB");
    }
}

#[test]
fn text_half_as_long_again_still_fits_every_screen_at_the_largest_size() {
    // The pseudo-locale makes every message about two fifths longer.
    let longer = frontdoor::i18n::t(frontdoor::i18n::PSEUDO, "help-button");
    assert!(
        longer.chars().count() * 10 >= "Get help from staff".len() * 14,
        "{longer}"
    );
    every_screen(TextSize::Largest, frontdoor::i18n::PSEUDO);
    every_screen(TextSize::Largest, "ar");
    every_screen(TextSize::Largest, "bn");
}
