//! Wrapping and code page choice for the printer's own text.

use super::encode::{CodePage, wrap};

#[test]
fn wrapping_breaks_at_spaces_and_inside_only_overlong_words() {
    assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
    assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    assert_eq!(wrap("a abcdefgh b", 4), vec!["a", "abcd", "efgh", "b"]);
    assert_eq!(wrap("", 10), vec![""]);
    assert_eq!(wrap("two\nlines", 10), vec!["two", "lines"]);
}

#[test]
fn each_line_goes_in_the_first_code_page_that_holds_all_of_it() {
    assert_eq!(CodePage::for_text("£5.00 café"), Some(CodePage::W1252));
    assert_eq!(CodePage::for_text("Łódź"), Some(CodePage::W1250));
    // £ and ł together fit neither; nor do Welsh ŵ, Romanian ș or Cyrillic.
    assert_eq!(CodePage::for_text("£5 Łódź"), None);
    assert_eq!(CodePage::for_text("ŵ"), None);
    assert_eq!(CodePage::for_text("ș"), None);
    assert_eq!(CodePage::for_text("Київ"), None);
    assert_eq!(CodePage::for_text("tab\there"), None);
}

#[test]
fn what_the_resident_chose_to_be_sent_comes_before_what_happens_next() {
    let facts = crate::receipt::Facts {
        council: "Test Council",
        site: "Test Library",
        service: "Report a pothole",
        saved_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 18)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap(),
        reference: "ACDE34679E",
        reference_grouped: "ACDE 346 79E",
        tracking_url: None,
        secret: None,
        next_steps: None,
        queued: false,
        contact: None,
        appointment: None,
    };
    let plain = crate::receipt::Receipt::new("en-GB", &facts);
    assert_eq!(plain.clone().with_notices("en-GB", &[]), plain);
    let with = plain.with_notices("en-GB", &["consent-text-reference"]);
    let texts: Vec<String> = with
        .blocks
        .iter()
        .filter_map(|b| match b {
            crate::receipt::Block::Heading(t) | crate::receipt::Block::Para(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    let asked = texts.iter().position(|t| t == "You asked us to send you");
    let chosen = texts.iter().position(|t| t == "Text me my reference");
    let next = texts.iter().position(|t| t == "What happens next");
    assert!(
        asked < chosen && chosen < next && asked.is_some(),
        "{texts:?}"
    );
}

#[test]
fn a_line_mixing_arabic_and_a_time_wraps_and_loses_nothing() {
    use crate::receipt::text::{Placement, draw};
    let ink = |b: &crate::receipt::Bitmap| {
        (0..b.height())
            .flat_map(|y| (0..b.width()).map(move |x| (x, y)))
            .filter(|&(x, y)| b.get(x, y))
            .count()
    };
    // Wider than 58 mm paper on one line; cosmic-text alone left it
    // unwrapped and cut "12:00" off.
    let line = "حُفظ يوم الأربعاء 18 نوفمبر 2026 الساعة 12:00";
    let whole = draw(line, 1000, 1, false, Placement::Start, true);
    let narrow = draw(line, 384, 1, false, Placement::Start, true);
    assert_eq!(narrow.height(), 2 * whole.height(), "two lines");
    let (a, b) = (ink(&whole), ink(&narrow));
    assert!(a.abs_diff(b) * 50 < a, "{a} dots on one line, {b} on two");
}
