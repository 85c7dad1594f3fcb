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
