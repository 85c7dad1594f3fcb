//! Checking contact details before a text or email is sent: a UK mobile
//! number (texts only reach mobiles) and the plain shape of an email
//! address GOV.UK Notify accepts. Pure functions: the journey checks them
//! on the notices page, and `notify` again before anything is queued.

/// A UK mobile number, normalised to `+447…` (12 digits after the `+`).
///
/// Accepts `07…` (11 digits), `+447…` and `447…`, with spaces and dashes
/// anywhere, and `+44 (0)7…` written the way people often do. Refuses
/// landlines, short numbers, numbers from other countries, and any other
/// character.
pub fn uk_mobile(input: &str) -> Option<String> {
    let typed = input.trim().replace("(0)", "");
    let mut chars = typed.chars().filter(|c| *c != ' ' && *c != '-');
    let plus = typed.starts_with('+');
    if plus {
        chars.next();
    }
    let digits: String = chars.collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let national = if plus {
        digits.strip_prefix("44")?
    } else if let Some(rest) = digits.strip_prefix("44").filter(|r| r.len() == 10) {
        rest
    } else {
        digits.strip_prefix('0')?
    };
    (national.len() == 10 && national.starts_with('7')).then(|| format!("+44{national}"))
}

/// A mobile number as staff and receipts may show it: only its last three
/// digits, such as `07… …123`.
pub fn masked(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let tail = &digits[digits.len().saturating_sub(3)..];
    format!("07… …{tail}")
}

/// An email address with the plain shape Notify accepts: one `@`, a local
/// part, a domain with a dot and a top-level part of at least two letters,
/// no spaces, no empty labels, at most 254 characters. Returns it trimmed.
pub fn email(input: &str) -> Option<String> {
    let e = input.trim();
    let (local, domain) = e.split_once('@')?;
    let labels: Vec<&str> = domain.split('.').collect();
    let tld_ok = labels
        .last()
        .is_some_and(|t| t.chars().count() >= 2 && t.chars().all(char::is_alphanumeric));
    let ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && !domain.contains('@')
        && labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && tld_ok
        && !e
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == ';')
        && e.len() <= 254;
    ok.then(|| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_mobiles_in_every_usual_shape() {
        for ok in [
            "07700900123",
            "07700 900123",
            "07700 900 123",
            "0770-090 0123",
            "+44-7700-900123",
            "+447700900123",
            "+44 7700 900123",
            "+44 (0)7700 900123",
            "447700900123",
            " 07700900123 ",
        ] {
            assert_eq!(uk_mobile(ok).as_deref(), Some("+447700900123"), "{ok}");
        }
    }

    #[test]
    fn landlines_foreign_and_malformed_numbers_are_refused() {
        for bad in [
            "",
            "0",
            "07700",
            "0770090012",   // one digit short
            "077009001234", // one digit long
            "01632960001",  // landline
            "02079460000",  // London landline
            "+4401632960001",
            "+1 202 555 0100",
            "+33612345678",
            "7700900123", // no leading 0
            "4407700900123",
            "07700 900 12x",
            "07700.900.123",
            "(07700) 900123",
            "+44+7700900123",
            "++447700900123",
            "447700 90012",
        ] {
            assert_eq!(uk_mobile(bad), None, "{bad}");
        }
    }

    #[test]
    fn masking_keeps_only_the_last_three_digits() {
        assert_eq!(masked("+447700900123"), "07… …123");
        assert!(!masked("+447700900123").contains("7700"));
    }

    #[test]
    fn emails_have_a_plain_shape() {
        for ok in [
            "name@example.com",
            " jo.bloggs@council.gov.uk ",
            "a+tag@sub.example.co.uk",
            "o'neil@example.ie",
        ] {
            assert_eq!(email(ok).as_deref(), Some(ok.trim()), "{ok}");
        }
        for bad in [
            "",
            "name",
            "name@",
            "@example.com",
            "na me@example.com",
            "a@b",
            "a@b..com",
            "a@@b.com",
            "a@b.c",
            "a@-b.com",
            ".a@b.com",
            "a..b@c.com",
            "a@b.com,c@d.com",
            "a@b.com;",
        ] {
            assert_eq!(email(bad), None, "{bad}");
        }
    }
}
