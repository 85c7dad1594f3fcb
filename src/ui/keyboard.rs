//! The on-screen keyboard for touch users: letters in each shipped script
//! (Latin with the accented letters of Welsh, Polish, Romanian, Portuguese
//! and Spanish; Ukrainian Cyrillic; Arabic; Urdu; Bengali; Gurmukhi), and
//! email, postcode, number and phone layouts. It is docked under the page, so
//! it never covers what is being typed.

use super::{Ctx, Kind};
use crate::journey::FieldKind;
use iced::widget::{column, row};
use iced::{Element, Length};

/// What the keyboard's keys do.
#[derive(Debug, Clone)]
pub struct Keys<M> {
    /// Types the key's text.
    pub on_text: fn(String) -> M,
    /// Deletes one character.
    pub backspace: M,
    /// Empties the field.
    pub clear: M,
    /// Switches capitals on or off (the second page of letters in scripts
    /// without capitals).
    pub shift: M,
    /// Switches between the language's own letters and Latin letters.
    pub script: M,
}

/// The letters a keyboard shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Latin letters, with the accented letters of the language.
    Latin,
    /// Ukrainian Cyrillic.
    Cyrillic,
    /// Arabic.
    Arabic,
    /// Urdu (Arabic script with Urdu's letters).
    Urdu,
    /// Bengali.
    Bengali,
    /// Gurmukhi, for Punjabi.
    Gurmukhi,
}

impl Script {
    /// The script a language is written in.
    pub fn of(locale: &str) -> Script {
        match locale.split('-').next().unwrap_or("en") {
            "uk" => Script::Cyrillic,
            "ar" => Script::Arabic,
            "ur" => Script::Urdu,
            "bn" => Script::Bengali,
            "pa" => Script::Gurmukhi,
            _ => Script::Latin,
        }
    }

    /// What the key that switches to this script says.
    fn key_label(self) -> &'static str {
        match self {
            Script::Latin => "ABC",
            Script::Cyrillic => "АБВ",
            Script::Arabic => "أ ب ت",
            Script::Urdu => "ا ب پ",
            Script::Bengali => "অ আ ক",
            Script::Gurmukhi => "ੳ ਅ ਕ",
        }
    }
}

/// The accented letters a Latin-script language adds to the keyboard.
fn accents(locale: &str) -> &'static str {
    match locale.split('-').next().unwrap_or("en") {
        "cy" => "âêîôûŵŷäëïö",
        "pl" => "ąćęłńóśźż",
        "ro" => "ăâîșț",
        "pt" => "áâãçéêíóôõú",
        "es" => "áéíóúñü¿¡",
        _ => "",
    }
}

/// Rows of letters in a script; `second` is the second page (capitals, or
/// the vowels and signs of Bengali and Gurmukhi).
fn script_rows(script: Script, second: bool) -> Vec<&'static str> {
    match (script, second) {
        (Script::Latin, _) => vec!["1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.-"],
        (Script::Cyrillic, _) => vec!["1234567890'", "йцукенгшщзх", "фівапролджє", "ячсмитьбюґї"],
        (Script::Arabic, _) => vec!["1234567890.", "ضصثقفغعهخحج", "شسيبلاتنمكط", "دئءؤرىةوزظذ"],
        (Script::Urdu, false) => vec!["1234567890", "طصھدٹپتبجح", "موراںنلہکیے", "قفعسشغخڈڑ۔"],
        (Script::Urdu, true) => vec!["1234567890", "زذثظضچگءئ،", "آأۓؤۃژ؟"],
        (Script::Bengali, false) => vec!["কখগঘঙচছজঝঞ", "টঠডঢণতথদধন", "পফবভমযরলশষ", "সহড়ঢ়য়ৎংঃঁ।"],
        (Script::Bengali, true) => vec!["1234567890", "অআইঈউঊঋএঐওঔ", "াি ীুূৃেৈোৌ্"],
        (Script::Gurmukhi, false) => vec!["ਕਖਗਘਙਚਛਜਝਞ", "ਟਠਡਢਣਤਥਦਧਨ", "ਪਫਬਭਮਯਰਲਵੜ", "ਸਹਸ਼ਖ਼ਗ਼ਜ਼ਫ਼ਲ਼।"],
        (Script::Gurmukhi, true) => vec!["1234567890", "ਅਆਇਈਉਊਏਐਓਔ", "ਾਿੀੁੂੇੈੋੌ", "ਂੰੱ਼੍"],
    }
}

/// Splits a row into keys: one letter each, keeping a base letter and the
/// nukta or dot that belongs to it (Bengali ড় ঢ় য়, Gurmukhi ਸ਼ ਖ਼).
fn keys_of(row: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in row.chars() {
        let joins = matches!(c, '\u{09BC}' | '\u{0A3C}') && !out.is_empty();
        if joins && let Some(last) = out.last_mut() {
            last.push(c);
        } else if c != ' ' {
            out.push(c.to_string());
        }
    }
    out
}

/// The rows of character keys for a field: words in `script` for the
/// language `locale`, fixed layouts for postcodes, email, numbers and phones.
pub fn layout(kind: FieldKind, capitals: bool, script: Script, locale: &str) -> Vec<Vec<String>> {
    let words = matches!(kind, FieldKind::Line | FieldKind::Lines);
    let mut rows: Vec<&str> = match kind {
        FieldKind::Number => vec!["123", "456", "789", "0.-"],
        FieldKind::Phone => vec!["123", "456", "789", "+0 "],
        FieldKind::Postcode => vec!["1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"],
        FieldKind::Email => vec!["1234567890", "qwertyuiop", "asdfghjkl@", "zxcvbnm._-"],
        FieldKind::Line | FieldKind::Lines => script_rows(script, capitals),
    };
    if words && script == Script::Latin && !accents(locale).is_empty() {
        rows.push(accents(locale));
    }
    let upper = capitals && words && matches!(script, Script::Latin | Script::Cyrillic);
    rows.iter()
        .map(|r| {
            if matches!(kind, FieldKind::Phone | FieldKind::Number) {
                return r.chars().map(String::from).collect();
            }
            keys_of(r)
                .into_iter()
                .map(|k| if upper { k.to_uppercase() } else { k })
                .collect()
        })
        .collect()
}

/// What a key does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Does {
    /// Types this text.
    Type(String),
    /// Capitals on or off, or the second page of letters.
    Shift,
    /// The language's own letters or Latin letters.
    Script,
    /// Deletes one character.
    Backspace,
    /// Empties the field.
    Clear,
}

/// One key of the keyboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    /// What it says.
    pub label: String,
    /// How many key widths it spans (wide keys span whole widths, so the
    /// grid stays even).
    pub span: f32,
    /// What it does.
    pub does: Does,
}

/// A key's label size, before [`super::key_px`] scales it.
pub const KEY_TEXT: f32 = 23.0;
/// The space inside a key on each side of its label, before scaling.
pub const KEY_PAD_X: f32 = 4.0;
/// The space inside a key above and below its label, before scaling.
pub const KEY_PAD_Y: f32 = 9.0;

/// The keyboard's sizes at a text size, in logical pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Metrics {
    /// One key's width.
    pub key: f32,
    /// The gap between keys.
    pub gap: f32,
    /// The space inside a key on each side of its label.
    pub pad_x: f32,
    /// The space inside a key above and below its label.
    pub pad_y: f32,
    /// The label's text size.
    pub text: f32,
}

impl Metrics {
    /// The keyboard's sizes for `kind` at `size`: number and phone pads
    /// have wider keys.
    pub fn of(kind: FieldKind, size: super::TextSize) -> Metrics {
        let px = |base| super::key_px(size, base);
        Metrics {
            key: px(if matches!(kind, FieldKind::Number | FieldKind::Phone) {
                116.0
            } else {
                62.0
            }),
            gap: px(8.0),
            pad_x: px(KEY_PAD_X),
            pad_y: px(KEY_PAD_Y),
            text: px(KEY_TEXT),
        }
    }

    /// How wide a key spanning `span` key widths is.
    pub fn width(&self, span: f32) -> f32 {
        self.key * span + self.gap * (span - 1.0)
    }
}

/// The keys for a field, row by row, in the language `locale` (`words`
/// looks up the keys' words by message id). `latin` asks for Latin letters
/// in a language written in another script.
pub fn plan(
    kind: FieldKind,
    capitals: bool,
    latin: bool,
    locale: &str,
    words: impl Fn(&str) -> String,
) -> Vec<Vec<Key>> {
    let own = Script::of(locale);
    let script = if latin { Script::Latin } else { own };
    let key = |label: String, span: f32, does: Does| Key { label, span, does };
    let mut rows: Vec<Vec<Key>> = layout(kind, capitals, script, locale)
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|c| {
                    let label = if c == " " {
                        words("key-space")
                    } else {
                        c.clone()
                    };
                    key(label, 1.0, Does::Type(c))
                })
                .collect()
        })
        .collect();
    let widest = rows.iter().map(Vec::len).max().unwrap_or(0) as f32;
    let mut bottom = Vec::new();
    match kind {
        FieldKind::Line | FieldKind::Lines => {
            // Capitals in Latin and Cyrillic; the other page of letters in
            // Urdu, Bengali and Gurmukhi; Arabic has no second page.
            let label = match script {
                Script::Latin | Script::Cyrillic if capitals => Some(words("key-lower-case")),
                Script::Latin | Script::Cyrillic => Some(words("key-capitals")),
                Script::Arabic => None,
                _ => Some(words("key-more-letters")),
            };
            // Two and a half keys: "Priflythrennau" and "Mayúsculas" fit.
            if let Some(label) = label {
                bottom.push(key(label, 2.5, Does::Shift));
            }
            if own != Script::Latin {
                let other = if latin { own } else { Script::Latin };
                bottom.push(key(other.key_label().to_string(), 1.5, Does::Script));
            }
            // Space takes what is left of the widest row of letters, so
            // the bottom row is no wider than the letters above it.
            let others: f32 = bottom.iter().map(|k| k.span).sum::<f32>() + 4.0;
            let space = (widest - others).max(2.0);
            bottom.push(key(words("key-space"), space, Does::Type(" ".into())));
        }
        FieldKind::Email => {
            for (ending, span) in [(".co.uk", 2.0), (".com", 1.5), ("@gmail.com", 2.5)] {
                bottom.push(key(ending.into(), span, Does::Type(ending.into())));
            }
        }
        FieldKind::Postcode => {
            bottom.push(key(words("key-space"), 4.0, Does::Type(" ".into())));
        }
        FieldKind::Number | FieldKind::Phone => {}
    }
    let span = if matches!(kind, FieldKind::Number | FieldKind::Phone) {
        1.5
    } else {
        2.0
    };
    bottom.push(key(words("key-delete"), span, Does::Backspace));
    bottom.push(key(words("key-clear"), span, Does::Clear));
    rows.push(bottom);
    rows
}

/// Draws the keyboard for a field. `latin` asks for Latin letters in a
/// language written in another script.
pub fn view<M: Clone + 'static>(
    ctx: &Ctx<'_, M>,
    kind: FieldKind,
    capitals: bool,
    latin: bool,
    keys: &Keys<M>,
) -> Element<'static, M> {
    let m = Metrics::of(kind, ctx.size);
    let rows: Vec<Element<'static, M>> = plan(kind, capitals, latin, ctx.locale, |id| ctx.t(id))
        .into_iter()
        .map(|r| {
            let cells: Vec<Element<'static, M>> = r
                .into_iter()
                .map(|k| {
                    let action = match k.does {
                        Does::Type(t) => (keys.on_text)(t),
                        Does::Shift => keys.shift.clone(),
                        Does::Script => keys.script.clone(),
                        Does::Backspace => keys.backspace.clone(),
                        Does::Clear => keys.clear.clone(),
                    };
                    iced::widget::container(ctx.button(k.label, action, Kind::Key))
                        .width(Length::Fixed(m.width(k.span)))
                        .into()
                })
                .collect();
            row(cells).spacing(m.gap).into()
        })
        .collect();
    // Rows centred on each other, as on a real keyboard, when one is a key
    // longer than the rest.
    column(rows)
        .spacing(m.gap)
        .align_x(iced::Alignment::Center)
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bottom_row_is_no_wider_than_the_letters_in_any_language() {
        for language in crate::i18n::languages() {
            for (capitals, latin) in [(false, false), (true, false), (false, true)] {
                let rows = plan(FieldKind::Line, capitals, latin, language.id, |id| {
                    crate::i18n::t(language.id, id)
                });
                let (bottom, letters) = rows.split_last().expect("rows");
                let widest = letters.iter().map(Vec::len).max().unwrap_or(0) as f32;
                let spans: f32 = bottom.iter().map(|k| k.span).sum();
                assert!(
                    spans <= widest.max(10.0),
                    "{} {capitals} {latin}: bottom row {spans} keys wide, letters {widest}",
                    language.id
                );
            }
        }
    }

    #[test]
    fn layouts_only_offer_what_the_field_takes() {
        for kind in [
            FieldKind::Number,
            FieldKind::Phone,
            FieldKind::Postcode,
            FieldKind::Email,
            FieldKind::Line,
        ] {
            for key in layout(kind, false, Script::Latin, "en-GB").concat() {
                assert!(
                    key.chars().all(|c| kind.accepts(c)),
                    "{kind:?} offers {key}"
                );
            }
        }
        assert!(
            layout(FieldKind::Email, false, Script::Latin, "en-GB")
                .concat()
                .contains(&"@".to_string())
        );
        assert_eq!(
            layout(FieldKind::Line, true, Script::Latin, "en-GB")[1][0],
            "Q"
        );
    }

    #[test]
    fn each_language_gets_its_letters() {
        let line =
            |script, second, locale| layout(FieldKind::Line, second, script, locale).concat();
        assert!(line(Script::Latin, false, "pl").contains(&"ł".to_string()));
        assert!(line(Script::Latin, false, "ro").contains(&"ș".to_string()));
        assert!(line(Script::Latin, false, "cy").contains(&"ŵ".to_string()));
        assert!(line(Script::Latin, true, "es").contains(&"Ñ".to_string()));
        assert!(!line(Script::Latin, false, "en-GB").contains(&"é".to_string()));
        assert!(line(Script::Cyrillic, false, "uk").contains(&"ї".to_string()));
        assert!(line(Script::Cyrillic, true, "uk").contains(&"Ґ".to_string()));
        assert!(line(Script::Arabic, false, "ar").contains(&"ض".to_string()));
        assert!(line(Script::Urdu, false, "ur").contains(&"ے".to_string()));
        assert!(line(Script::Urdu, true, "ur").contains(&"ژ".to_string()));
        assert!(line(Script::Bengali, false, "bn").contains(&"ড়".to_string()));
        assert!(line(Script::Bengali, true, "bn").contains(&"া".to_string()));
        assert!(line(Script::Gurmukhi, false, "pa").contains(&"ਸ਼".to_string()));
        assert!(line(Script::Gurmukhi, true, "pa").contains(&"ਅ".to_string()));
        // No row is wider than eleven keys, so every row fits the screen.
        for locale in [
            "en-GB", "cy", "pl", "ro", "pt", "es", "uk", "ar", "ur", "bn", "pa",
        ] {
            for second in [false, true] {
                for r in layout(FieldKind::Line, second, Script::of(locale), locale) {
                    assert!(r.len() <= 11, "{locale}: a row of {} keys: {r:?}", r.len());
                }
            }
        }
        // Postcodes stay Latin in every language.
        assert_eq!(
            layout(FieldKind::Postcode, false, Script::Arabic, "ar")[1][0],
            "Q"
        );
        assert_eq!(Script::of("ur"), Script::Urdu);
        assert_eq!(Script::of("cy"), Script::Latin);
    }
}
