//! Words of an address: the keys that put addresses in the order a person
//! expects, the lines a resident reads, and the folded form a typed street
//! name is matched against.
//!
//! Hand-written because the rules are the gazetteer's own (AddressBase's
//! split of flat, building name, number and street; capitals in the council's
//! export), not a general text problem; accents are folded with
//! `unicode-normalization`.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Width numbers are padded to in sort keys (a UPRN has at most 12 digits).
const NUMBER_WIDTH: usize = 12;

/// Lower case, accents taken off (ŵ → w, â → a), curly apostrophes made
/// straight, spaces collapsed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => '\'',
            c => c,
        };
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The words of a name or a query for matching: folded, apostrophes
/// dropped ("St Mary’s" → ["st", "marys"]), anything else that is not a
/// letter or digit splitting words.
pub fn search_words(text: &str) -> Vec<String> {
    fold(text)
        .replace('\'', "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A key that sorts text as a person would: folded, with every run of
/// digits padded so that 2 comes before 10 and 14 before 14A.
pub fn natural_key(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len() + 8);
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if !digits.is_empty() {
            let trimmed = digits.trim_start_matches('0');
            let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
            for _ in trimmed.len()..NUMBER_WIDTH {
                out.push('0');
            }
            out.push_str(trimmed);
            digits.clear();
        }
    };
    for c in folded.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

/// Whether a building name is really a number, such as "14A", "1-3" or
/// "12/14" (AddressBase puts numbers with a suffix or a range there).
pub fn is_number_like(name: &str) -> bool {
    let n = name.trim();
    n.len() <= 10
        && n.starts_with(|c: char| c.is_ascii_digit())
        && n.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | ' '))
        && n.chars().filter(|c| c.is_ascii_alphabetic()).count() <= 1
}

/// Short words left in lower case inside a name ("Hay-on-Wye", "Bryn y
/// Mor"), unless they start it.
const SMALL_WORDS: &[&str] = &[
    "of", "the", "and", "on", "upon", "in", "by", "at", "under", "y", "yr", "ar",
];

/// A name written all in capitals, as many exports are, in the case a
/// resident expects: "ST. MARY’S ROAD" → "St. Mary’s Road", "14A" stays.
/// Text that already has lower case letters is left as it is.
pub fn readable(text: &str) -> String {
    let text = text.trim();
    if !text.chars().any(char::is_uppercase) || text.chars().any(char::is_lowercase) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let mut first = true;
    let finish = |word: &mut String, out: &mut String, first: &mut bool| {
        if word.is_empty() {
            return;
        }
        out.push_str(&case_word(word, *first));
        *first = false;
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}') {
            word.push(c);
        } else {
            finish(&mut word, &mut out, &mut first);
            out.push(c);
        }
    }
    finish(&mut word, &mut out, &mut first);
    out
}

fn case_word(word: &str, first: bool) -> String {
    let lower = word.to_lowercase();
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        // A house number keeps its letter: 14A.
        return if is_number_like(word) {
            word.to_uppercase()
        } else {
            lower
        };
    }
    if !first && SMALL_WORDS.contains(&lower.as_str()) {
        return lower;
    }
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => lower,
    }
}

/// A UK postcode squeezed to its key: upper case, no spaces ("DT11XJ").
pub fn postcode_key(standard: &str) -> String {
    standard.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_keys_put_numbers_in_numeric_order() {
        let mut names = vec!["Flat 10", "Flat 2", "Flat 1", "14A", "14", "2", "10"];
        names.sort_by_key(|n| natural_key(n));
        assert_eq!(
            names,
            ["2", "10", "14", "14A", "Flat 1", "Flat 2", "Flat 10"]
        );
        assert_eq!(natural_key("007"), natural_key("7"));
    }

    #[test]
    fn folding_and_search_words() {
        assert_eq!(fold("  Ffordd  Ŵyn\tâ "), "ffordd wyn a");
        assert_eq!(search_words("St. Mary’s Road"), ["st", "marys", "road"]);
        assert_eq!(search_words("st marys"), ["st", "marys"]);
        assert_eq!(search_words("Heol-y-Bryn"), ["heol", "y", "bryn"]);
    }

    #[test]
    fn capitals_become_readable() {
        assert_eq!(readable("ST. MARY’S ROAD"), "St. Mary’s Road");
        assert_eq!(readable("HAY-ON-WYE"), "Hay-on-Wye");
        assert_eq!(readable("14A"), "14A");
        assert_eq!(readable("FLAT 2"), "Flat 2");
        assert_eq!(readable("1ST FLOOR FLAT"), "1st Floor Flat");
        assert_eq!(readable("FFORDD Y ŴYN"), "Ffordd y Ŵyn");
        assert_eq!(readable("McDonald Close"), "McDonald Close");
        assert_eq!(readable("THE OLD MILL"), "The Old Mill");
    }

    #[test]
    fn number_like_names() {
        for yes in ["14A", "1-3", "12/14", "7"] {
            assert!(is_number_like(yes), "{yes}");
        }
        for no in ["Mill House", "1st Floor", "14 AB", ""] {
            assert!(!is_number_like(no), "{no}");
        }
    }
}
