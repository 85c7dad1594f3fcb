//! Words and glyphs: every message id used in code exists, and every
//! character the kiosk can show has a glyph in the shipped fonts, so nothing
//! depends on the fonts a host happens to have.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read_tree(dir: &Path, ext: &str, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// String literals in the source that look like message ids passed to the
/// translation functions: `t("id")`, `ta("id"`, `message_id` tables.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut sources = Vec::new();
    read_tree(&root().join("src"), "rs", &mut sources);
    let mut ids = BTreeSet::new();
    for src in &sources {
        for piece in src.split('"').skip(1).step_by(2) {
            let looks_like_id = piece.len() > 2
                && piece.contains('-')
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !piece.starts_with('-')
                && !piece.ends_with('-');
            if looks_like_id {
                ids.insert(piece.to_string());
            }
        }
    }
    ids
}

#[test]
fn every_message_id_used_in_code_exists() {
    // Ids built at run time from a number.
    for n in 1..=12 {
        assert!(frontdoor::i18n::has(&format!("month-{n}")), "month-{n}");
    }
    for n in 1..=7 {
        assert!(frontdoor::i18n::has(&format!("weekday-{n}")), "weekday-{n}");
    }
    // Kebab-case literals that are not message ids.
    let not_ids = [
        "en-GB",
        "missed-bin",
        "call-back",
        "street-light",
        "order-sacks",
        "fly-tipping",
        "council-tax-move",
        "housing-register",
        "benefit-change",
        "assisted-collection",
        "ways-to-pay",
        "partner-help",
        "check-answers",
        "save-failed",
        "needs-attention",
        "advanced-shaping",
        "tiny-skia",
        "xx-yy",
        "printer-test",
        "en-gb",
        "espeak-ng",
        "housing-options",
        // Audit log actions.
        "assisted-session",
        "pin-refused",
        "sign-in",
        "sign-out",
        "staff-added",
        // The metrics server's thread.
        "frontdoor-metrics",
        // serde's name for `[payments.reader] kind = "stripe-terminal"`.
        "kebab-case",
        // A house number range, in the gazetteer's tests.
        "1-3",
        // CalDAV's element name, and an encoding.
        "calendar-data",
        "utf-8",
    ];
    let missing: Vec<String> = ids_used_in_code()
        .into_iter()
        .filter(|id| !not_ids.contains(&id.as_str()))
        .filter(|id| !frontdoor::i18n::has(id))
        .collect();
    assert!(
        missing.is_empty(),
        "message ids used in code but missing from en-GB: {missing:?}"
    );
}

#[test]
fn every_shown_character_has_a_glyph_in_the_shipped_fonts() {
    // Every file in assets/fonts is embedded, and every embedded font is in
    // assets/fonts.
    let mut shipped: Vec<Vec<u8>> = std::fs::read_dir(root().join("assets/fonts"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ttf"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let mut embedded: Vec<Vec<u8>> = frontdoor::fonts::ALL.iter().map(|f| f.to_vec()).collect();
    shipped.sort();
    embedded.sort();
    assert!(shipped == embedded, "assets/fonts and fonts::ALL differ");
    let faces: Vec<ttf_parser::Face> = frontdoor::fonts::ALL
        .iter()
        .map(|d| ttf_parser::Face::parse(d, 0).unwrap())
        .collect();

    let mut texts = Vec::new();
    read_tree(&root().join("i18n"), "ftl", &mut texts);
    read_tree(&root().join("assets/catalogue"), "json", &mut texts);
    read_tree(&root().join("assets/catalogue"), "toml", &mut texts);
    texts.push(std::fs::read_to_string(root().join("assets/diary.toml")).unwrap());
    // Characters drawn by the code itself: arrows, the caret, separators,
    // and every on-screen keyboard key.
    texts.push("‹›|·—".to_string());
    for kind in [
        frontdoor::journey::FieldKind::Line,
        frontdoor::journey::FieldKind::Email,
        frontdoor::journey::FieldKind::Postcode,
        frontdoor::journey::FieldKind::Number,
        frontdoor::journey::FieldKind::Phone,
    ] {
        for capitals in [false, true] {
            for locale in [
                "en-GB", "cy", "pl", "ro", "pt", "es", "uk", "ar", "ur", "bn", "pa",
            ] {
                let script = frontdoor::ui::keyboard::Script::of(locale);
                texts.push(
                    frontdoor::ui::keyboard::layout(kind, capitals, script, locale)
                        .concat()
                        .concat(),
                );
            }
        }
    }
    let mut missing = BTreeSet::new();
    for text in &texts {
        // Bidirectional marks and joiners shape text; they are never drawn.
        let drawn = |c: &char| {
            !c.is_control() && !matches!(*c as u32, 0x200B..=0x200F | 0x2066..=0x2069 | 0x061C)
        };
        for c in text.chars().filter(drawn) {
            // Both the body and the heading weight must draw it.
            for bold in [false, true] {
                if !faces
                    .iter()
                    .filter(|f| f.is_bold() == bold)
                    .any(|f| f.glyph_index(c).is_some())
                {
                    missing.insert(format!("{c} U+{:04X}", c as u32));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "no glyph in the shipped fonts for: {missing:?}"
    );
}

#[test]
fn the_language_picker_offers_exactly_the_locales_present() {
    let mut present: Vec<String> = std::fs::read_dir(root().join("i18n"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().join("frontdoor.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    present.sort();
    let mut offered: Vec<String> = frontdoor::i18n::languages()
        .iter()
        .map(|l| l.id.to_string())
        .collect();
    offered.sort();
    assert_eq!(offered, present);
    for l in frontdoor::i18n::languages() {
        assert_ne!(l.name, "language-name", "{} names itself", l.id);
    }
}

/// Message ids and, for each, the variables it uses and the plural
/// categories of each selector, from one ftl file.
type Shape = std::collections::BTreeMap<String, (BTreeSet<String>, Vec<BTreeSet<String>>)>;

fn shape(text: &str) -> Shape {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn walk(p: &Pattern<&str>, vars: &mut BTreeSet<String>, selects: &mut Vec<BTreeSet<String>>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        vars.insert(id.name.to_string());
                    }
                    Expression::Select { selector, variants } => {
                        if let InlineExpression::VariableReference { id } = selector {
                            vars.insert(id.name.to_string());
                        }
                        selects.push(
                            variants
                                .iter()
                                .map(|v| match &v.key {
                                    fluent_syntax::ast::VariantKey::Identifier { name } => {
                                        name.to_string()
                                    }
                                    fluent_syntax::ast::VariantKey::NumberLiteral { value } => {
                                        value.to_string()
                                    }
                                })
                                .collect(),
                        );
                        for v in variants {
                            walk(&v.value, vars, selects);
                        }
                    }
                    Expression::Inline(_) => {}
                }
            }
        }
    }
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
        panic!("ftl does not parse: {errors:?}");
    });
    let mut out = Shape::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let (mut vars, mut selects) = (BTreeSet::new(), Vec::new());
            if let Some(value) = &m.value {
                walk(value, &mut vars, &mut selects);
            }
            out.insert(m.id.name.to_string(), (vars, selects));
        }
    }
    out
}

/// The CLDR cardinal plural categories of each shipped language. `many` in
/// Spanish and Portuguese applies only to millions, so it may be left to
/// `other`.
fn plural_categories(lang: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        "en" | "bn" | "pa" | "ur" => (&["one", "other"], &[]),
        "cy" | "ar" => (&["zero", "one", "two", "few", "many", "other"], &[]),
        "pl" | "uk" => (&["one", "few", "many", "other"], &[]),
        "ro" => (&["one", "few", "other"], &[]),
        "es" | "pt" => (&["one", "many", "other"], &["many"]),
        other => panic!("no plural categories known for {other}"),
    }
}

#[test]
fn every_locale_has_the_source_ids_variables_plural_forms_and_a_review_notice() {
    let source = shape(&std::fs::read_to_string(root().join("i18n/en-GB/frontdoor.ftl")).unwrap());
    for entry in std::fs::read_dir(root().join("i18n")).unwrap() {
        let dir = entry.unwrap().path();
        let locale = dir.file_name().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(dir.join("frontdoor.ftl")).unwrap();
        let this = shape(&text);
        let missing: Vec<_> = source.keys().filter(|k| !this.contains_key(*k)).collect();
        let extra: Vec<_> = this.keys().filter(|k| !source.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale} has ids the source does not: {extra:?}"
        );
        let lang = locale.split('-').next().unwrap();
        let (categories, optional) = plural_categories(lang);
        for (id, (vars, selects)) in &this {
            assert_eq!(vars, &source[id].0, "{locale}: {id} uses other variables");
            for keys in selects {
                for key in keys {
                    assert!(
                        categories.contains(&key.as_str()),
                        "{locale}: {id} has a [{key}] form, which {lang} does not use"
                    );
                }
                for needed in categories.iter().filter(|c| !optional.contains(c)) {
                    assert!(
                        keys.contains(*needed),
                        "{locale}: {id} lacks its [{needed}] form"
                    );
                }
            }
        }
        if locale != "en-GB" {
            assert!(
                text.lines()
                    .take(10)
                    .any(|l| l.starts_with('#') && l.contains("NEEDS REVIEW")),
                "{locale} does not say it needs review by a fluent speaker"
            );
        }
    }
}

/// Every piece of the bundled catalogue a resident reads, as "where" keys.
fn catalogue_words() -> BTreeSet<String> {
    let cat = frontdoor::catalogue::Catalogue::bundled();
    let mut keys = BTreeSet::new();
    for g in &cat.groups {
        keys.insert(format!("group {}", g.name));
    }
    for s in &cat.services {
        let at = |k: &str| format!("{} {k}", s.code);
        keys.insert(at("name"));
        if s.description.is_some() {
            keys.insert(at("description"));
        }
        if s.help.is_some() {
            keys.insert(at("help"));
        }
        if s.next_steps.is_some() {
            keys.insert(at("next_steps"));
        }
        if let Some(sp) = &s.signpost {
            if sp.visit.is_some() {
                keys.insert(at("visit"));
            }
            if sp.hours.is_some() {
                keys.insert(at("hours"));
            }
            // A phone line with words beside the number.
            if sp
                .phone
                .as_ref()
                .is_some_and(|p| p.chars().any(char::is_alphabetic))
            {
                keys.insert(at("phone"));
            }
        }
        for a in &s.attributes {
            let at = |k: &str| format!("{} {} {k}", s.code, a.code);
            if !a.question.is_empty() {
                keys.insert(at("question"));
            }
            if a.hint.is_some() {
                keys.insert(at("hint"));
            }
            if a.label != a.question {
                keys.insert(at("label"));
            }
            for v in &a.values {
                keys.insert(at(&format!("value {}", v.key)));
            }
        }
    }
    keys
}

#[test]
fn every_locale_names_each_demo_appointment_type_and_what_to_bring() {
    let diary =
        frontdoor::booking::file::parse(frontdoor::booking::file::DEMO, "assets/diary.toml")
            .unwrap();
    assert!(
        frontdoor::booking::file::DEMO
            .lines()
            .take(20)
            .any(|l| l.starts_with('#') && l.contains("NEEDS REVIEW")),
        "assets/diary.toml does not say its translations need review"
    );
    for language in frontdoor::i18n::languages() {
        if language.id == "en-GB" {
            continue;
        }
        for kind in &diary.types {
            let words = kind.translations.get(language.id).unwrap_or_else(|| {
                panic!(
                    "{} has no {} words in assets/diary.toml",
                    kind.code, language.id
                )
            });
            assert!(
                !words.name.trim().is_empty(),
                "{} {}",
                kind.code,
                language.id
            );
            assert_eq!(
                words.bring.is_some(),
                kind.bring.is_some(),
                "{} {}: what to bring",
                kind.code,
                language.id
            );
            assert_ne!(kind.name_in(language.id), kind.name, "{}", language.id);
        }
    }
}

#[test]
fn every_locale_translates_every_word_of_the_bundled_catalogue() {
    let wanted = catalogue_words();
    for language in frontdoor::i18n::languages() {
        if language.id == "en-GB" {
            continue;
        }
        let path = root()
            .join("assets/catalogue/translations")
            .join(format!("{}.toml", language.id));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.lines()
                .take(10)
                .any(|l| l.starts_with('#') && l.contains("NEEDS REVIEW")),
            "{} does not say it needs review by a fluent speaker",
            path.display()
        );
        let file = frontdoor::catalogue::overlay::parse_translations(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut have = BTreeSet::new();
        for g in file.groups.keys() {
            have.insert(format!("group {g}"));
        }
        for (code, s) in &file.services {
            let at = |k: &str| format!("{code} {k}");
            for (k, v) in [
                ("name", &s.name),
                ("description", &s.description),
                ("help", &s.help),
                ("next_steps", &s.next_steps),
                ("visit", &s.visit),
                ("hours", &s.hours),
                ("phone", &s.phone),
            ] {
                if v.as_ref().is_some_and(|v| !v.trim().is_empty()) {
                    have.insert(at(k));
                }
            }
            for (attr, a) in &s.attributes {
                let at = |k: &str| format!("{code} {attr} {k}");
                for (k, v) in [
                    ("question", &a.question),
                    ("hint", &a.hint),
                    ("label", &a.label),
                ] {
                    if v.as_ref().is_some_and(|v| !v.trim().is_empty()) {
                        have.insert(at(k));
                    }
                }
                for key in a.values.keys() {
                    have.insert(at(&format!("value {key}")));
                }
            }
        }
        let missing: Vec<_> = wanted.difference(&have).collect();
        let extra: Vec<_> = have.difference(&wanted).collect();
        assert!(missing.is_empty(), "{}: missing {missing:?}", language.id);
        assert!(
            extra.is_empty(),
            "{}: words for nothing in the catalogue: {extra:?}",
            language.id
        );
    }
}

#[test]
fn the_search_hint_examples_find_a_service_in_each_language() {
    let cat = frontdoor::catalogue::Catalogue::bundled();
    let examples: &[(&str, [&str; 3])] = &[
        ("en-GB", ["bin", "lamp", "council tax"]),
        ("cy", ["bin", "treth", "sachau"]),
        ("pl", ["pojemnik", "worki", "podatek"]),
        ("ro", ["gunoi", "saci", "taxa"]),
        ("pa", ["ਕੂੜੇਦਾਨ", "ਬੱਤੀ", "ਟੈਕਸ"]),
        ("ur", ["کوڑے", "لائٹ", "ٹیکس"]),
        ("bn", ["বিন", "বাতি", "ট্যাক্স"]),
        ("ar", ["حاوية", "مصباح", "ضريبة"]),
        ("uk", ["бак", "ліхтар", "податок"]),
        ("pt", ["contentor", "candeeiro", "imposto"]),
        ("es", ["cubo", "farola", "impuesto"]),
    ];
    for (locale, words) in examples {
        let hint = frontdoor::i18n::t(locale, "search-hint");
        for word in words {
            assert!(
                hint.contains(word),
                "{locale}: the hint does not show {word}: {hint}"
            );
            assert!(
                !cat.search(word, locale).is_empty(),
                "{locale}: {word} finds no service"
            );
        }
    }
    assert_eq!(examples.len(), frontdoor::i18n::languages().len());
}

/// The no-break space between an example number's digit groups.
const NBSP: char = '\u{a0}';

/// The messages that give example phone numbers.
const WITH_EXAMPLE_NUMBERS: [&str; 4] = [
    "phone-hint",
    "error-phone-format",
    "appt-texts-mobile-hint",
    "error-mobile-format",
];

#[test]
fn phone_numbers_in_right_to_left_words_keep_their_digit_groups_in_order() {
    // In Arabic or Urdu words, "01632 960 001" would show its groups right
    // to left ("001 960 01632"): each example number is wrapped in a
    // left-to-right isolate (U+2066 ... U+2069) so it shows as written.
    let mut checked = 0;
    for language in frontdoor::i18n::languages() {
        if !frontdoor::i18n::is_rtl(language.id) {
            continue;
        }
        for id in WITH_EXAMPLE_NUMBERS {
            let words = frontdoor::i18n::t(language.id, id);
            let chars: Vec<char> = words.chars().collect();
            let mut i = 0;
            let mut numbers = 0;
            while i < chars.len() {
                if chars[i] == '0' && (i == 0 || !chars[i - 1].is_ascii_digit()) {
                    let start = i;
                    while i < chars.len()
                        && (chars[i].is_ascii_digit() || chars[i] == ' ' || chars[i] == NBSP)
                    {
                        i += 1;
                    }
                    let number: String = chars[start..i].iter().collect();
                    if number.trim().contains([' ', NBSP]) {
                        numbers += 1;
                        assert_eq!(
                            start.checked_sub(1).map(|b| chars[b]),
                            Some('\u{2066}'),
                            "{}: {id}: \"{}\" is not isolated left to right in: {words}",
                            language.id,
                            number.trim()
                        );
                    }
                } else {
                    i += 1;
                }
            }
            assert!(numbers > 0, "{}: {id} has no example number", language.id);
            checked += numbers;
        }
    }
    assert!(checked >= 10, "{checked}");
}

#[test]
fn left_to_right_values_in_right_to_left_words_are_isolated_and_nothing_else_is() {
    use frontdoor::i18n::{LRI, PDI, t_args};
    let amount = || [("amount", "£123.45".into())];
    for locale in ["ar", "ur"] {
        let words = t_args(locale, "pay-cash-amount", &amount());
        assert!(
            words.contains(&format!("{LRI}£123.45{PDI}")),
            "{locale}: {words}"
        );
    }
    // Left-to-right languages get the value as it is.
    let words = t_args("en-GB", "pay-cash-amount", &amount());
    assert!(words.contains("£123.45") && !words.contains(LRI), "{words}");
    // A value in a right-to-left script is left to the paragraph.
    let name = t_args("ar", "staff-signed-in", &[("name", "سارة".into())]);
    assert!(!name.contains(LRI), "{name}");
}

/// A message id given twice in one file keeps only its first text: the
/// second use of the id shows the wrong words everywhere it is used.
#[test]
fn no_locale_file_gives_a_message_id_twice() {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(root().join("i18n")).unwrap() {
        let path = entry.unwrap().path().join("frontdoor.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_bundle::FluentResource::try_new(text).unwrap();
        let mut bundle = fluent_bundle::FluentBundle::new(Vec::new());
        if let Err(errors) = bundle.add_resource(&resource) {
            found.push(format!("{}: {errors:?}", path.display()));
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// An example phone number is never broken across two lines: its digit
/// groups are joined by no-break spaces in every language.
#[test]
fn example_phone_numbers_keep_their_groups_on_one_line() {
    for language in frontdoor::i18n::languages() {
        for id in WITH_EXAMPLE_NUMBERS {
            let words = frontdoor::i18n::t(language.id, id);
            for example in ["01632 960 001", "07700 900 982"] {
                assert!(
                    !words.contains(example),
                    "{}: {id}: \"{example}\" can break at its spaces",
                    language.id
                );
            }
        }
    }
}
