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

/// Draws the keyboard for a field. `latin` asks for Latin letters in a
/// language written in another script.
pub fn view<M: Clone + 'static>(
    ctx: &Ctx<'_, M>,
    kind: FieldKind,
    capitals: bool,
    latin: bool,
    keys: &Keys<M>,
) -> Element<'static, M> {
    let own = Script::of(ctx.locale);
    let script = if latin { Script::Latin } else { own };
    let key_width = ctx.key_px(if matches!(kind, FieldKind::Number | FieldKind::Phone) {
        96.0
    } else {
        62.0
    });
    let key = |label: String, action: M| -> Element<'static, M> {
        iced::widget::container(ctx.button(label, action, Kind::Key))
            .width(Length::Fixed(key_width))
            .into()
    };
    let mut rows: Vec<Element<'static, M>> = Vec::new();
    for r in layout(kind, capitals, script, ctx.locale) {
        let cells: Vec<Element<'static, M>> = r
            .into_iter()
            .map(|c| {
                let label = if c == " " {
                    ctx.t("key-space")
                } else {
                    c.clone()
                };
                key(label, (keys.on_text)(c))
            })
            .collect();
        rows.push(row(cells).spacing(ctx.key_px(8.0)).into());
    }
    // Wide keys span whole key widths so the grid stays even.
    let gap = ctx.key_px(8.0);
    let wide = |label: String, action: M, span: f32| -> Element<'static, M> {
        iced::widget::container(ctx.button(label, action, Kind::Key))
            .width(Length::Fixed(key_width * span + gap * (span - 1.0)))
            .into()
    };
    let mut bottom: Vec<Element<'static, M>> = Vec::new();
    match kind {
        FieldKind::Line | FieldKind::Lines => {
            // Capitals in Latin and Cyrillic; the other page of letters in
            // Urdu, Bengali and Gurmukhi; Arabic has no second page.
            let label = match script {
                Script::Latin | Script::Cyrillic if capitals => Some(ctx.t("key-lower-case")),
                Script::Latin | Script::Cyrillic => Some(ctx.t("key-capitals")),
                Script::Arabic => None,
                _ => Some(ctx.t("key-more-letters")),
            };
            if let Some(label) = label {
                bottom.push(wide(label, keys.shift.clone(), 2.0));
            }
            if own != Script::Latin {
                let other = if latin { own } else { Script::Latin };
                bottom.push(wide(
                    other.key_label().to_string(),
                    keys.script.clone(),
                    1.5,
                ));
            }
            bottom.push(wide(ctx.t("key-space"), (keys.on_text)(" ".into()), 4.0));
        }
        FieldKind::Email => {
            bottom.push(wide(".co.uk".into(), (keys.on_text)(".co.uk".into()), 2.0));
            bottom.push(wide(".com".into(), (keys.on_text)(".com".into()), 2.0));
            bottom.push(wide(
                "@gmail.com".into(),
                (keys.on_text)("@gmail.com".into()),
                2.0,
            ));
        }
        FieldKind::Postcode => {
            bottom.push(wide(ctx.t("key-space"), (keys.on_text)(" ".into()), 4.0));
        }
        FieldKind::Number | FieldKind::Phone => {}
    }
    let small = matches!(kind, FieldKind::Number | FieldKind::Phone);
    let span = if small { 1.5 } else { 2.0 };
    bottom.push(wide(ctx.t("key-delete"), keys.backspace.clone(), span));
    bottom.push(wide(ctx.t("key-clear"), keys.clear.clone(), span));
    rows.push(row(bottom).spacing(gap).into());
    column(rows).spacing(gap).into()
}

#[cfg(test)]
mod tests {
    use super::*;

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
