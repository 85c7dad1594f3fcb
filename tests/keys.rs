//! The on-screen keyboard's words fit their keys: every key of every
//! layout (letters, capitals, the second page, Latin letters in a language
//! written in another script, email, postcode, number and phone), in every
//! shipped language and the longer pseudo-language, at every text size, is
//! measured with the kiosk's own fonts and shaping against the room inside
//! the key.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use frontdoor::journey::FieldKind;
use frontdoor::ui::TextSize;
use frontdoor::ui::keyboard::{Metrics, plan};
use iced::advanced::text::{Paragraph as _, Shaping, Text, Wrapping};
use iced::{Pixels, Size};
use iced_test::renderer::graphics::text::Paragraph;

/// How wide and how many lines `label` is drawn at `size` in `room`
/// logical pixels, wrapping between words as a key's label does.
fn drawn(label: &str, size: f32, room: f32) -> (f32, f32) {
    let line = iced::widget::text::LineHeight::default();
    let bounds = Paragraph::with_text(Text {
        content: label,
        bounds: Size::new(room, f32::INFINITY),
        size: Pixels(size),
        line_height: line,
        font: frontdoor::ui::BODY,
        align_x: iced::advanced::text::Alignment::Default,
        align_y: iced::alignment::Vertical::Top,
        shaping: Shaping::Advanced,
        wrapping: Wrapping::Word,
    })
    .min_bounds();
    let lines = bounds.height / line.to_absolute(Pixels(size)).0;
    (bounds.width, lines.round())
}

/// How wide `label` is on one line at `size`.
fn width(label: &str, size: f32) -> f32 {
    drawn(label, size, f32::INFINITY).0
}

#[test]
fn every_key_label_fits_its_key_in_every_language_at_every_size() {
    for font in frontdoor::ui::FONTS {
        iced_test::renderer::graphics::text::font_system()
            .write()
            .unwrap()
            .load_font(std::borrow::Cow::Borrowed(*font));
    }
    let locales: Vec<&str> = frontdoor::i18n::languages()
        .iter()
        .map(|l| l.id)
        .chain([frontdoor::i18n::PSEUDO])
        .collect();
    let kinds = [
        FieldKind::Line,
        FieldKind::Email,
        FieldKind::Postcode,
        FieldKind::Number,
        FieldKind::Phone,
    ];
    let mut checked = 0;
    let mut too_wide = Vec::new();
    for locale in &locales {
        for size in TextSize::ALL {
            for kind in kinds {
                let m = Metrics::of(kind, size);
                for (capitals, latin) in [(false, false), (true, false), (false, true)] {
                    let keys = plan(kind, capitals, latin, locale, |id| {
                        frontdoor::i18n::t(locale, id)
                    });
                    for key in keys.iter().flatten() {
                        // Words may wrap onto a second line; none may be
                        // wider than the key.
                        let room = m.width(key.span) - 2.0 * m.pad_x;
                        let (needs, lines) = drawn(&key.label, m.text, room);
                        checked += 1;
                        if needs > room + 0.5 || lines > 2.0 {
                            too_wide.push(format!(
                                "{locale} {size:?} {kind:?}: \"{}\" needs {needs:.0} px on {lines} lines, the key has {room:.0}",
                                key.label
                            ));
                        }
                    }
                }
            }
        }
    }
    too_wide.dedup();
    assert!(
        too_wide.is_empty(),
        "{} of {checked} keys run out of their key:\n{}",
        too_wide.len(),
        too_wide.join("\n")
    );
    assert!(checked > 10_000, "only {checked} keys measured");
}

#[test]
fn a_label_wider_than_its_key_is_found() {
    // The measure itself: "@gmail.com" on a single key's width cannot fit.
    for font in frontdoor::ui::FONTS {
        iced_test::renderer::graphics::text::font_system()
            .write()
            .unwrap()
            .load_font(std::borrow::Cow::Borrowed(*font));
    }
    let m = Metrics::of(FieldKind::Email, TextSize::Largest);
    assert!(width("@gmail.com", m.text) > m.width(1.0) - 2.0 * m.pad_x);
    assert!(width("a", m.text) < m.width(1.0) - 2.0 * m.pad_x);
}
