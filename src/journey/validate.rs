//! Checks for answers. Each problem says what to do; the words themselves come
//! from the Fluent files through [`Problem::message_id`].

use chrono::NaiveDate;

/// Something the resident must put right before going on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required text answer is empty.
    EnterText,
    /// A required number is empty or is not a number.
    EnterNumber,
    /// A number must be whole.
    WholeNumber,
    /// A number is outside its limits.
    NumberRange {
        /// Smallest allowed.
        min: String,
        /// Largest allowed.
        max: String,
    },
    /// A required single choice is missing.
    ChooseOne,
    /// A required multiple choice has nothing ticked.
    ChooseAtLeastOne,
    /// The date is in the future but must not be.
    DateNotFuture,
    /// The date is in the past but must not be.
    DateNotPast,
    /// An answer is too long.
    TooLong {
        /// Most characters allowed.
        max: usize,
        /// Characters typed.
        typed: usize,
    },
    /// No postcode.
    EnterPostcode,
    /// The postcode is not a UK postcode.
    PostcodeFormat,
    /// No house number or name.
    EnterHouse,
    /// No description of the place.
    EnterLandmark,
    /// No address picked from the list at the postcode.
    ChooseAddress,
    /// No street name or postcode typed to find the street.
    EnterStreet,
    /// No street picked from the streets found.
    ChooseStreet,
    /// No number picked for "near which number?".
    ChooseNear,
    /// How to contact was not chosen.
    ChooseContact,
    /// No phone number.
    EnterPhone,
    /// Not a UK phone number.
    PhoneFormat,
    /// No email address.
    EnterEmail,
    /// Not an email address.
    EmailFormat,
    /// No name.
    EnterName,
    /// A text was ticked but the number given cannot get texts.
    NotAMobile,
}

impl Problem {
    /// The Fluent message id for this problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::EnterText => "error-enter-text",
            Problem::EnterNumber => "error-enter-number",
            Problem::WholeNumber => "error-whole-number",
            Problem::NumberRange { .. } => "error-number-range",
            Problem::ChooseOne => "error-choose-one",
            Problem::ChooseAtLeastOne => "error-choose-at-least-one",
            Problem::DateNotFuture => "error-date-not-future",
            Problem::DateNotPast => "error-date-not-past",
            Problem::TooLong { .. } => "error-too-long",
            Problem::EnterPostcode => "error-enter-postcode",
            Problem::PostcodeFormat => "error-postcode-format",
            Problem::EnterHouse => "error-enter-house",
            Problem::EnterLandmark => "error-enter-landmark",
            Problem::ChooseAddress => "error-choose-address",
            Problem::EnterStreet => "error-enter-street",
            Problem::ChooseStreet => "error-choose-street",
            Problem::ChooseNear => "error-choose-near",
            Problem::ChooseContact => "error-choose-contact",
            Problem::EnterPhone => "error-enter-phone",
            Problem::PhoneFormat => "error-phone-format",
            Problem::EnterEmail => "error-enter-email",
            Problem::EmailFormat => "error-email-format",
            Problem::EnterName => "error-enter-name",
            Problem::NotAMobile => "error-not-a-mobile",
        }
    }

    /// The Fluent variables for this problem's message.
    pub fn args(&self) -> Vec<(&'static str, crate::i18n::Arg)> {
        match self {
            // The limits as the council wrote them in the service definition.
            Problem::NumberRange { min, max } => {
                vec![("min", min.into()), ("max", max.into())]
            }
            Problem::TooLong { max, typed } => {
                vec![("max", (*max).into()), ("typed", (*typed).into())]
            }
            _ => Vec::new(),
        }
    }
}

/// Normalises and checks a UK postcode; returns it in the standard form
/// ("DE1 2AB") or `None`.
pub fn postcode(input: &str) -> Option<String> {
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_uppercase)
        .collect();
    if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    let inward_ok = {
        let b = inward.as_bytes();
        b[0].is_ascii_digit() && b[1].is_ascii_alphabetic() && b[2].is_ascii_alphabetic()
    };
    // Outward codes: A9, A99, AA9, AA99, A9A, AA9A.
    let shape: String = outward
        .chars()
        .map(|c| {
            if c.is_ascii_digit() {
                '9'
            } else if c.is_ascii_alphabetic() {
                'A'
            } else {
                '?'
            }
        })
        .collect();
    let outward_ok = matches!(
        shape.as_str(),
        "A9" | "A99" | "AA9" | "AA99" | "A9A" | "AA9A"
    );
    (inward_ok && outward_ok).then(|| format!("{outward} {inward}"))
}

/// Checks a UK phone number (landline or mobile, with or without +44);
/// returns the digits as typed with spacing tidied.
pub fn phone(input: &str) -> Option<String> {
    let trimmed = input.trim();
    if !trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')')
    {
        return None;
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let national = if trimmed.starts_with('+') {
        digits.strip_prefix("44").map(|d| format!("0{d}"))?
    } else {
        digits
    };
    let ok = national.starts_with('0') && (10..=11).contains(&national.len());
    ok.then(|| trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Checks the shape of an email address: something@domain.tld, no spaces.
pub fn email(input: &str) -> Option<String> {
    let e = input.trim();
    let (local, domain) = e.split_once('@')?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !e.chars().any(char::is_whitespace)
        && e.len() <= 254;
    ok.then(|| e.to_string())
}

/// Reads a number as typed: digits with at most one decimal point, an
/// optional leading minus.
pub fn number(input: &str) -> Option<f64> {
    let t = input.trim().replace(',', "");
    if t.is_empty() || t == "-" || t == "." {
        return None;
    }
    let body = t.strip_prefix('-').unwrap_or(&t);
    if !body.chars().all(|c| c.is_ascii_digit() || c == '.') || body.matches('.').count() > 1 {
        return None;
    }
    t.parse().ok()
}

/// Formats a number limit without a needless ".0".
pub fn show_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Whether a date is allowed by a range, given today.
pub fn date_problem(
    date: NaiveDate,
    range: crate::catalogue::overlay::DateRange,
    today: NaiveDate,
) -> Option<Problem> {
    use crate::catalogue::overlay::DateRange;
    match range {
        DateRange::Past if date > today => Some(Problem::DateNotFuture),
        DateRange::Future if date < today => Some(Problem::DateNotPast),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes() {
        assert_eq!(postcode("de12ab").as_deref(), Some("DE1 2AB"));
        assert_eq!(postcode(" sw1a 1aa ").as_deref(), Some("SW1A 1AA"));
        assert_eq!(postcode("M1 1AE").as_deref(), Some("M1 1AE"));
        assert_eq!(postcode("B33 8TH").as_deref(), Some("B33 8TH"));
        for bad in [
            "",
            "DE1",
            "12345",
            "DE1 2A",
            "ABCDE 1AB",
            "DE1 ZAB",
            "DÉ1 2AB",
        ] {
            assert_eq!(postcode(bad), None, "{bad}");
        }
    }

    #[test]
    fn phones() {
        assert!(phone("01632 960 001").is_some());
        assert!(phone("07700900982").is_some());
        assert!(phone("+44 7700 900982").is_some());
        assert!(phone("(01632) 960001").is_some());
        for bad in [
            "",
            "12345",
            "7700 900982",
            "07700 900 98x",
            "+1 202 555 0100",
        ] {
            assert_eq!(phone(bad), None, "{bad}");
        }
    }

    #[test]
    fn emails() {
        assert!(email("name@example.com").is_some());
        assert!(email(" jo.bloggs@council.gov.uk ").is_some());
        for bad in [
            "",
            "name",
            "name@",
            "@example.com",
            "na me@example.com",
            "a@b",
            "a@b..com",
            "a@@b.com",
        ] {
            assert_eq!(email(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(number("3"), Some(3.0));
        assert_eq!(number("2.5"), Some(2.5));
        assert_eq!(number("1,000"), Some(1000.0));
        assert_eq!(number("-4"), Some(-4.0));
        for bad in ["", ".", "-", "1.2.3", "two", "3e5"] {
            assert_eq!(number(bad), None, "{bad}");
        }
        assert_eq!(show_number(3.0), "3");
        assert_eq!(show_number(2.5), "2.5");
    }
}
