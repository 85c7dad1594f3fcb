//! Check digits on councils' own references (council tax accounts, invoice
//! numbers, penalty charge notices), so a mistyped reference is caught at
//! the kiosk before any money moves.
//!
//! Pure functions on the reference's digits. Hand-written: the schemes are a
//! few lines each, and no crate covers weighted modulus 10 and 11 with a
//! council's own weights.
//!
//! The rules, for every scheme:
//! - Only the reference's digits count (letters, spaces and dashes are
//!   skipped), except that a final `X` stands for 10 under modulus 11.
//! - The last digit is the check digit; the digits before it are the payload.
//! - Weights are matched to the payload from its right-hand end (the digit
//!   next to the check digit takes the last weight), and repeat leftwards
//!   when the payload is longer than the list, so a council copies them from
//!   its supplier's specification in the order written.

use serde::Deserialize;

/// A check digit scheme, as an item's `[reference] check` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    /// No check digit.
    #[default]
    None,
    /// Luhn (ISO/IEC 7812): doubling every second digit from the right.
    Luhn,
    /// Weighted modulus 10: check = (10 − Σ dᵢwᵢ mod 10) mod 10.
    /// Default weights 3, 1 (as in GS1 barcodes).
    Mod10,
    /// Weighted modulus 11: check = (11 − Σ dᵢwᵢ mod 11) mod 11, where 10 is
    /// written `X`. Default weights 7, 6, 5, 4, 3, 2.
    Mod11,
}

/// Default weights for modulus 10, right-aligned.
pub const MOD10_WEIGHTS: &[u32] = &[3, 1];
/// Default weights for modulus 11, right-aligned.
pub const MOD11_WEIGHTS: &[u32] = &[7, 6, 5, 4, 3, 2];

/// Why a reference fails its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    /// Too few digits to hold a payload and a check digit.
    #[error("the reference has too few digits")]
    TooShort,
    /// The check digit does not match the rest.
    #[error("the check digit does not match")]
    Mismatch,
}

/// The digit values of `reference` for `scheme`: digits only, and a final
/// `X`/`x` as 10 under modulus 11.
fn digits(reference: &str, scheme: Scheme) -> Vec<u32> {
    let mut out: Vec<u32> = reference.chars().filter_map(|c| c.to_digit(10)).collect();
    let last = reference.trim().chars().next_back();
    if scheme == Scheme::Mod11 && matches!(last, Some('X' | 'x')) {
        out.push(10);
    }
    out
}

/// The Luhn sum of a payload (without its check digit).
fn luhn_check_for(payload: &[u32]) -> u32 {
    let sum: u32 = payload
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                *d
            }
        })
        .sum();
    (10 - sum % 10) % 10
}

/// Σ dᵢwᵢ with weights right-aligned to the payload and repeated leftwards.
fn weighted(payload: &[u32], weights: &[u32]) -> u32 {
    if weights.is_empty() {
        return payload.iter().sum();
    }
    payload
        .iter()
        .rev()
        .zip(weights.iter().rev().cycle())
        .map(|(d, w)| d * w)
        .sum()
}

/// The check value (0–9, or 10 for `X` under modulus 11) that `payload`
/// needs under `scheme`, with `weights` (empty: the scheme's default).
/// `None` for [`Scheme::None`].
pub fn check_value(scheme: Scheme, payload: &[u32], weights: &[u32]) -> Option<u32> {
    match scheme {
        Scheme::None => None,
        Scheme::Luhn => Some(luhn_check_for(payload)),
        Scheme::Mod10 => {
            let w = if weights.is_empty() {
                MOD10_WEIGHTS
            } else {
                weights
            };
            Some((10 - weighted(payload, w) % 10) % 10)
        }
        Scheme::Mod11 => {
            let w = if weights.is_empty() {
                MOD11_WEIGHTS
            } else {
                weights
            };
            Some((11 - weighted(payload, w) % 11) % 11)
        }
    }
}

/// Checks `reference`'s last digit under `scheme` with `weights` (empty: the
/// scheme's default).
pub fn verify(reference: &str, scheme: Scheme, weights: &[u32]) -> Result<(), CheckError> {
    if scheme == Scheme::None {
        return Ok(());
    }
    let all = digits(reference, scheme);
    let Some((check, payload)) = all.split_last() else {
        return Err(CheckError::TooShort);
    };
    if payload.is_empty() {
        return Err(CheckError::TooShort);
    }
    if check_value(scheme, payload, weights) == Some(*check) {
        Ok(())
    } else {
        Err(CheckError::Mismatch)
    }
}

/// `payload` with its check character appended, for making test and demo
/// references. `None` for [`Scheme::None`] or a payload with no digits.
pub fn complete(payload: &str, scheme: Scheme, weights: &[u32]) -> Option<String> {
    let ds: Vec<u32> = payload.chars().filter_map(|c| c.to_digit(10)).collect();
    if ds.is_empty() {
        return None;
    }
    let v = check_value(scheme, &ds, weights)?;
    Some(if v == 10 {
        format!("{payload}X")
    } else {
        format!("{payload}{v}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luhn_matches_published_examples() {
        // The example in ISO/IEC 7812 and most textbooks.
        assert_eq!(verify("79927398713", Scheme::Luhn, &[]), Ok(()));
        for wrong in 0..10 {
            if wrong != 3 {
                assert_eq!(
                    verify(&format!("7992739871{wrong}"), Scheme::Luhn, &[]),
                    Err(CheckError::Mismatch)
                );
            }
        }
        // A well-known test card number.
        assert_eq!(verify("4111 1111 1111 1111", Scheme::Luhn, &[]), Ok(()));
        assert_eq!(
            complete("7992739871", Scheme::Luhn, &[]).as_deref(),
            Some("79927398713")
        );
    }

    #[test]
    fn mod10_with_gs1_weights_matches_a_barcode() {
        // EAN-13 5901234123457: weights 1,3 from the left = 3,1 from the right.
        assert_eq!(verify("5901234123457", Scheme::Mod10, &[]), Ok(()));
        assert_eq!(
            verify("5901234123458", Scheme::Mod10, &[]),
            Err(CheckError::Mismatch)
        );
        // Explicit weights written the same way give the same answer.
        assert_eq!(verify("5901234123457", Scheme::Mod10, &[1, 3]), Ok(()));
    }

    #[test]
    fn mod11_matches_isbn_10() {
        // ISBN-10 uses weights 10..2 on nine digits: 0-306-40615-2.
        let w = [10, 9, 8, 7, 6, 5, 4, 3, 2];
        assert_eq!(verify("0 306 40615 2", Scheme::Mod11, &w), Ok(()));
        assert_eq!(
            verify("0 306 40615 3", Scheme::Mod11, &w),
            Err(CheckError::Mismatch)
        );
        // An X check digit: 0-8044-2957-X.
        assert_eq!(verify("080442957X", Scheme::Mod11, &w), Ok(()));
        assert_eq!(
            complete("080442957", Scheme::Mod11, &w).as_deref(),
            Some("080442957X")
        );
    }

    #[test]
    fn every_single_digit_error_is_caught() {
        for scheme in [Scheme::Luhn, Scheme::Mod10, Scheme::Mod11] {
            let good = complete("12345678", scheme, &[]).expect("completes");
            if good.ends_with('X') {
                continue;
            }
            let chars: Vec<char> = good.chars().collect();
            for at in 0..chars.len() {
                for d in '0'..='9' {
                    if d == chars[at] {
                        continue;
                    }
                    let mut c = chars.clone();
                    c[at] = d;
                    let s: String = c.into_iter().collect();
                    assert!(verify(&s, scheme, &[]).is_err(), "{scheme:?} missed {s}");
                }
            }
        }
    }

    #[test]
    fn luhn_and_mod11_catch_neighbour_swaps() {
        for scheme in [Scheme::Luhn, Scheme::Mod11] {
            let good = complete("20481357", scheme, &[]).expect("completes");
            let chars: Vec<char> = good.chars().collect();
            for at in 0..chars.len() - 1 {
                let (a, b) = (chars[at], chars[at + 1]);
                // Luhn's one blind spot is 09 <-> 90.
                if a == b || (scheme == Scheme::Luhn && matches!((a, b), ('0', '9') | ('9', '0'))) {
                    continue;
                }
                let mut c = chars.clone();
                c.swap(at, at + 1);
                let s: String = c.into_iter().collect();
                assert!(
                    verify(&s, scheme, &[]).is_err(),
                    "{scheme:?} missed swap {s}"
                );
            }
        }
    }

    #[test]
    fn weights_repeat_leftwards_and_letters_are_skipped() {
        // Weights 2,1 repeated over 6 payload digits equal 2,1,2,1,2,1.
        let a = check_value(Scheme::Mod10, &[1, 2, 3, 4, 5, 6], &[2, 1]);
        let b = check_value(Scheme::Mod10, &[1, 2, 3, 4, 5, 6], &[2, 1, 2, 1, 2, 1]);
        assert_eq!(a, b);
        let with_letters = format!(
            "CT-{}",
            complete("1234567", Scheme::Mod10, &[]).expect("ok")
        );
        assert_eq!(verify(&with_letters, Scheme::Mod10, &[]), Ok(()));
        assert_eq!(verify("7", Scheme::Luhn, &[]), Err(CheckError::TooShort));
        assert_eq!(verify("", Scheme::Mod11, &[]), Err(CheckError::TooShort));
        assert_eq!(verify("anything", Scheme::None, &[]), Ok(()));
    }
}
