//! Words on screen, in the resident's language, from Fluent files.
//!
//! Every `i18n/<locale>/frontdoor.ftl` is compiled in (see `build.rs`), so the
//! language picker offers exactly the locales present. Look-ups fall back from
//! the chosen locale to its language, then to en-GB, the source locale.
//!
//! A message's variables are typed ([`Arg`]): words a resident or the council
//! typed (names, notes, references, postcodes, searches) go in as text and
//! come out exactly as given, while counts and quantities go in as numbers
//! so Fluent's plural rules apply. A caller cannot turn "007" into 7.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The source locale every other falls back to.
pub const SOURCE: &str = "en-GB";

/// A shipped language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// Locale id, such as `cy` or `en-GB`.
    pub id: &'static str,
    /// The language's name in its own language and script.
    pub name: String,
    /// Written right to left.
    pub rtl: bool,
}

struct Catalog {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
    languages: Vec<Language>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    let mut bundles = HashMap::new();
    for (id, source) in LOCALES {
        let langid: LanguageIdentifier = id.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks would show as boxes in some fonts; iced lays out
        // bidirectional text itself.
        bundle.set_use_isolating(false);
        // A file with a syntax error still gives every message that parsed;
        // the completeness test catches the rest before release.
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        bundles.insert(*id, bundle);
    }
    let mut languages: Vec<Language> = LOCALES
        .iter()
        .map(|(id, _)| Language {
            id,
            name: lookup(&bundles, id, "language-name", &[]).unwrap_or_else(|| id.to_string()),
            rtl: lookup(&bundles, id, "language-direction", &[]).as_deref() == Some("rtl"),
        })
        .collect();
    // The source locale first, then the others by their own names.
    languages.sort_by(|a, b| (a.id != SOURCE, &a.name).cmp(&(b.id != SOURCE, &b.name)));
    Catalog { bundles, languages }
});

fn chain(locale: &str) -> Vec<&str> {
    let mut chain = vec![locale];
    if let Some((lang, _)) = locale.split_once('-') {
        chain.push(lang);
    }
    chain.push(SOURCE);
    chain
}

/// The value of one of a message's variables.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Words shown exactly as given: names, notes, references, postcodes,
    /// searches, times and sums of money already formatted. Never read as a
    /// number, so "007", "NaN" and "1e3" stay as typed.
    Text(String),
    /// A count or quantity: formatted as a number, and it chooses the plural
    /// form ("1 second", "30 seconds").
    Number(f64),
}

/// Left-to-right isolate: what follows, up to [`PDI`], is laid out left to
/// right as one piece inside right-to-left words.
pub const LRI: char = '\u{2066}';
/// Pop directional isolate: ends an [`LRI`].
pub const PDI: char = '\u{2069}';

impl Arg {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Text(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
        }
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

fn lookup(
    bundles: &HashMap<&'static str, FluentBundle<FluentResource>>,
    locale: &str,
    id: &str,
    args: &[(&str, Arg)],
) -> Option<String> {
    for candidate in chain(locale) {
        let Some(bundle) = bundles.get(candidate) else {
            continue;
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut fluent_args = FluentArgs::new();
        // Only asked when there is text to isolate: the catalogue's own
        // start-up looks up words with no arguments, before `is_rtl` can
        // answer.
        let rtl = args.iter().any(|(_, a)| matches!(a, Arg::Text(_))) && is_rtl(candidate);
        for (name, value) in args {
            match value {
                // In right-to-left words, a sum, a number, a reference or a
                // name in a left-to-right script keeps its own order
                // ("£123.45", "01632 960 001"), isolated left to right.
                Arg::Text(t) if rtl && !t.is_empty() && !t.chars().any(is_rtl_char) => {
                    fluent_args.set(*name, format!("{LRI}{t}{PDI}"));
                }
                _ => fluent_args.set(*name, value.to_fluent()),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        return Some(text.into_owned());
    }
    None
}

/// The languages shipped, English first.
pub fn languages() -> &'static [Language] {
    &CATALOG.languages
}

/// Whether a locale is shipped.
pub fn is_shipped(locale: &str) -> bool {
    CATALOG.bundles.contains_key(locale)
}

/// The pseudo-locale for layout tests: English made about 40% longer, with
/// accents, in brackets. Never offered to residents.
pub const PSEUDO: &str = "en-XA";

/// Whether `locale` can be used: shipped, or the pseudo-locale.
pub fn is_known(locale: &str) -> bool {
    is_shipped(locale) || locale == PSEUDO
}

/// English words made longer and accented: every vowel is doubled in an
/// accented form, so words grow by about two fifths and any text that does
/// not come from the message files stands out.
pub fn pseudo(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    out.push('[');
    for c in text.chars() {
        let accented = match c {
            'a' => Some('á'),
            'e' => Some('é'),
            'i' => Some('í'),
            'o' => Some('ó'),
            'u' => Some('ú'),
            'A' => Some('Å'),
            'E' => Some('É'),
            'I' => Some('Î'),
            'O' => Some('Ö'),
            'U' => Some('Ü'),
            _ => None,
        };
        match accented {
            Some(a) => {
                out.push(a);
                out.push(a);
            }
            None => out.push(c),
        }
    }
    // Words with few vowels grow less: pad to two fifths longer.
    let wanted = text.chars().count() * 7 / 5 + 1;
    let have = out.chars().count();
    if have < wanted {
        out.push(' ');
        out.extend(std::iter::repeat_n('·', wanted - have));
    }
    out.push(']');
    out
}

/// Whether a letter belongs to a right-to-left script (Hebrew, Arabic and
/// the scripts and presentation forms around them).
pub fn is_rtl_char(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Whether `locale` reads right to left.
pub fn is_rtl(locale: &str) -> bool {
    languages().iter().any(|l| l.id == locale && l.rtl)
}

/// A message in a locale. A missing id shows as the id itself, which the
/// completeness tests forbid.
pub fn t(locale: &str, id: &str) -> String {
    t_args(locale, id, &[])
}

/// A message with variables: text as given, numbers as numbers.
pub fn t_args(locale: &str, id: &str, args: &[(&str, Arg)]) -> String {
    if locale == PSEUDO {
        return pseudo(&t_args(SOURCE, id, args));
    }
    lookup(&CATALOG.bundles, locale, id, args).unwrap_or_else(|| id.to_string())
}

/// Whether a message id exists in the source locale.
pub fn has(id: &str) -> bool {
    CATALOG
        .bundles
        .get(SOURCE)
        .is_some_and(|b| b.has_message(id))
}

/// A date in words, such as "Saturday 14 November 2026".
pub fn long_date(locale: &str, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    t_args(
        locale,
        "date-long",
        &[
            (
                "weekday",
                t(
                    locale,
                    &format!("weekday-{}", date.weekday().number_from_monday()),
                )
                .into(),
            ),
            ("day", date.day().into()),
            (
                "month",
                t(locale, &format!("month-{}", date.month())).into(),
            ),
            ("year", date.year().into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_shipped_first_and_named_in_itself() {
        let langs = languages();
        assert_eq!(langs[0].id, SOURCE);
        assert_eq!(langs[0].name, "English");
        assert!(!langs[0].rtl);
    }

    #[test]
    fn unknown_locales_fall_back_to_english() {
        assert_eq!(t("xx-YY", "start"), t(SOURCE, "start"));
        assert_eq!(t("en", "start"), t(SOURCE, "start"));
    }

    #[test]
    fn plurals_and_dates() {
        assert_eq!(
            t_args(SOURCE, "idle-seconds", &[("seconds", 1u32.into())]),
            "1 second"
        );
        assert_eq!(
            t_args(SOURCE, "idle-seconds", &[("seconds", 30u32.into())]),
            "30 seconds"
        );
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 14).expect("date");
        assert_eq!(long_date(SOURCE, d), "Saturday 14 November 2026");
    }

    #[test]
    fn words_that_look_like_numbers_come_out_as_typed_in_every_language() {
        let awkward = ["007", "NaN", "1e3", "Infinity", "-0", "0x1F", "+44", "1.50"];
        for lang in languages() {
            for word in awkward {
                let street = t_args(
                    lang.id,
                    "street-in-town",
                    &[
                        ("street", word.into()),
                        ("town", format!("{word} Town").into()),
                    ],
                );
                assert!(
                    street.contains(word) && street.contains(&format!("{word} Town")),
                    "{}: {word} became {street}",
                    lang.id
                );
                for (id, var) in [("progress-notes", "notes"), ("search-none", "query")] {
                    let text = t_args(lang.id, id, &[(var, word.into())]);
                    assert!(text.contains(word), "{}: {word} became {text}", lang.id);
                }
            }
        }
        assert_eq!(
            t_args(
                SOURCE,
                "street-in-town",
                &[("street", "007".into()), ("town", "1e3".into())]
            ),
            "007, 1e3"
        );
    }

    #[test]
    fn numbers_still_choose_plural_forms_in_every_language() {
        // Polish has distinct one/few/many forms: a count given as a number
        // picks them, which text never could.
        let one = t_args("pl", "idle-seconds", &[("seconds", 1u32.into())]);
        let few = t_args("pl", "idle-seconds", &[("seconds", 3u32.into())]);
        let many = t_args("pl", "idle-seconds", &[("seconds", 5u32.into())]);
        assert!(
            one != few && few != many && one != many,
            "{one} / {few} / {many}"
        );
        for lang in languages() {
            let text = t_args(lang.id, "idle-seconds", &[("seconds", 30u32.into())]);
            assert!(text.contains("30"), "{}: {text}", lang.id);
        }
    }
}
