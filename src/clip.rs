//! Text from outside the terminal (a back office's or a provider's error
//! words) cut to a bounded length before it is kept in the store or
//! written to a log, so a server that answers a megabyte of "reason" cannot
//! fill either.
//!
//! Cuts fall on a character boundary (never inside a multi-byte
//! character), control characters other than spaces become spaces, and a
//! cut text ends with "…" so staff can see there was more.

/// The most characters of outside error text kept in the store or a log.
pub const ERROR_CHARS: usize = 500;

/// `text` trimmed, with control characters as spaces, at most
/// [`ERROR_CHARS`] characters.
pub fn error_text(text: &str) -> String {
    to_chars(text, ERROR_CHARS)
}

/// `text` trimmed, with control characters as spaces, at most `max`
/// characters (the last one "…" when it was cut). `max` of 0 gives "".
pub fn to_chars(text: &str, max: usize) -> String {
    let t = text.trim();
    let clean = |c: char| if c.is_control() { ' ' } else { c };
    if t.chars().nth(max).is_none() {
        return t.chars().map(clean).collect();
    }
    if max == 0 {
        return String::new();
    }
    let mut cut: String = t.chars().take(max - 1).map(clean).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_on_a_character_boundary_and_says_so() {
        assert_eq!(to_chars("  short  ", 10), "short");
        assert_eq!(to_chars("abcdef", 4), "abc…");
        // Four bytes each: a byte cut would split them.
        let long = "😀".repeat(600);
        let cut = error_text(&long);
        assert_eq!(cut.chars().count(), ERROR_CHARS);
        assert!(cut.ends_with('…'));
        assert!(cut.starts_with("😀😀"));
        assert_eq!(error_text(&"x".repeat(ERROR_CHARS)).len(), ERROR_CHARS);
        assert_eq!(to_chars("a\nb\u{1b}[2Jc", 20), "a b [2Jc");
        assert_eq!(to_chars("abc", 0), "");
    }
}
