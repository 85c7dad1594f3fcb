//! Case reference numbers, made on the terminal without asking anyone.
//!
//! A reference is ten characters from a 23-character alphabet that leaves out
//! every look-alike (no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, U/V confusion):
//!
//! ```text
//! TTTT SSS SSC
//! ```
//!
//! * `TTTT` is the terminal part: a hash of the terminal id (or the configured
//!   prefix), so terminals never need to talk to each other to stay unique.
//! * `SSSSS` is the sequence: at least the number of ten-minute periods since
//!   1 January 2026, and always one more than the last one used. A terminal
//!   whose database is wiped therefore carries on above every reference it
//!   gave out before, unless it had been giving out more than 144 a day.
//! * `C` is a check character: a weighted sum modulo 23 (a prime), which
//!   catches every single wrong character and every swap of two neighbours.
//!
//! References are shown and printed in groups of 4, 3 and 3.

pub mod secret;

pub use secret::Secret;
use std::fmt;

/// The characters a reference may contain, in value order.
pub const ALPHABET: &[u8; 23] = b"34679ACDEFGHJKMNPRTVWXY";
/// Number of characters in a reference.
pub const LENGTH: usize = 10;
const TERMINAL_LEN: usize = 4;
const SEQUENCE_LEN: usize = 5;
const BASE: u64 = ALPHABET.len() as u64;
/// Largest sequence number a reference can carry.
pub const MAX_SEQUENCE: u64 = BASE.pow(SEQUENCE_LEN as u32) - 1;

/// A valid reference, stored without spaces.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference(String);

/// Why a typed reference cannot be valid, in words a resident can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    /// Nothing was typed.
    #[error("Enter your reference. It is printed on your receipt.")]
    Empty,
    /// Too few or too many characters.
    #[error("A reference has 10 letters and numbers. You entered {0}.")]
    WrongLength(usize),
    /// A character that never appears in a reference.
    #[error(
        "A reference does not contain the character \u{201c}{0}\u{201d}. Check it against your receipt."
    )]
    BadCharacter(char),
    /// Right length and characters, but the check character does not match.
    #[error("This reference is not right. Check each letter and number against your receipt.")]
    CheckFailed,
}

fn value(c: u8) -> Option<u64> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u64)
}

fn weighted_sum(values: impl Iterator<Item = u64>) -> u64 {
    values
        .enumerate()
        .map(|(i, v)| (i as u64 + 1) * v)
        .sum::<u64>()
        % BASE
}

/// The check character for the first nine characters of a reference.
fn check_value(body: &[u64]) -> u64 {
    // Choose c so that sum(w_i * v_i) + w_n * c == 0 (mod 23), where w_n = 10.
    let sum = weighted_sum(body.iter().copied());
    let weight = (body.len() as u64 + 1) % BASE;
    // The inverse of the weight modulo the prime BASE, by Fermat.
    let inverse = pow_mod(weight, BASE - 2);
    ((BASE - sum) % BASE * inverse) % BASE
}

fn pow_mod(mut base: u64, mut exp: u64) -> u64 {
    let mut result = 1;
    base %= BASE;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * base % BASE;
        }
        base = base * base % BASE;
        exp >>= 1;
    }
    result
}

fn encode(mut n: u64, width: usize) -> Vec<u64> {
    let mut digits = vec![0; width];
    for slot in digits.iter_mut().rev() {
        *slot = n % BASE;
        n /= BASE;
    }
    digits
}

/// The four-character terminal part for a terminal id (FNV-1a hash).
pub fn terminal_part(terminal_id: &str) -> String {
    let mut hash: u64 = 0xcbf29ce484222325;
    for byte in terminal_id.trim().to_uppercase().bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x100000001b3);
    }
    encode(hash % BASE.pow(TERMINAL_LEN as u32), TERMINAL_LEN)
        .into_iter()
        .map(|v| ALPHABET[v as usize] as char)
        .collect()
}

/// The lowest sequence number allowed at a moment: ten-minute periods since
/// 2026-01-01T00:00:00Z.
pub fn sequence_floor(now: chrono::DateTime<chrono::Utc>) -> u64 {
    const EPOCH_2026: i64 = 1_767_225_600;
    let secs = now.timestamp() - EPOCH_2026;
    u64::try_from(secs / 600).unwrap_or(0)
}

impl Reference {
    /// Makes the reference for a terminal part and a sequence number.
    ///
    /// The terminal part must be four alphabet characters (see
    /// [`terminal_part`]); the sequence wraps at [`MAX_SEQUENCE`].
    pub fn new(terminal: &str, sequence: u64) -> Reference {
        let mut values: Vec<u64> = terminal
            .bytes()
            .take(TERMINAL_LEN)
            .map(|c| value(c).unwrap_or(0))
            .collect();
        values.resize(TERMINAL_LEN, 0);
        values.extend(encode(sequence % (MAX_SEQUENCE + 1), SEQUENCE_LEN));
        values.push(check_value(&values));
        Reference(
            values
                .iter()
                .map(|&v| ALPHABET[v as usize] as char)
                .collect(),
        )
    }

    /// Reads a reference as a person typed or a scanner sent it: spaces and
    /// hyphens are ignored, lower case is accepted.
    pub fn parse(input: &str) -> Result<Reference, ReferenceError> {
        let cleaned: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_uppercase)
            .collect();
        if cleaned.is_empty() {
            return Err(ReferenceError::Empty);
        }
        if let Some(bad) = cleaned
            .chars()
            .find(|&c| !c.is_ascii() || value(c as u8).is_none())
        {
            return Err(ReferenceError::BadCharacter(bad));
        }
        let count = cleaned.chars().count();
        if count != LENGTH {
            return Err(ReferenceError::WrongLength(count));
        }
        let values: Vec<u64> = cleaned.bytes().filter_map(value).collect();
        if weighted_sum(values.iter().copied()) != 0 {
            return Err(ReferenceError::CheckFailed);
        }
        Ok(Reference(cleaned))
    }

    /// The reference without spaces, as stored and sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The reference in groups of 4, 3 and 3, as shown and printed.
    pub fn grouped(&self) -> String {
        format!("{} {} {}", &self.0[..4], &self.0[4..7], &self.0[7..])
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.grouped())
    }
}

/// Stored as the reference without spaces, as [`Reference::as_str`] gives it.
impl rusqlite::types::ToSql for Reference {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::from(self.as_str()))
    }
}

/// Read back from the store: text that is not a valid reference is a
/// conversion error ([`rusqlite::types::FromSqlError::Other`]), never a
/// reference.
impl rusqlite::types::FromSql for Reference {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        Reference::parse(value.as_str()?)
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

/// Written as the reference without spaces, as stored and sent.
impl serde::Serialize for Reference {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<Reference> {
        let terminal = terminal_part("LIB-DEMO-01");
        (0..400u64)
            .map(|i| Reference::new(&terminal, i * 16_001 + 7))
            .collect()
    }

    #[test]
    fn made_references_are_valid_and_ten_characters() {
        for r in sample() {
            assert_eq!(r.as_str().len(), LENGTH);
            assert_eq!(Reference::parse(r.as_str()), Ok(r.clone()));
            assert_eq!(Reference::parse(&r.grouped()), Ok(r.clone()));
            assert_eq!(Reference::parse(&r.as_str().to_lowercase()), Ok(r.clone()));
        }
    }

    #[test]
    fn every_single_character_error_is_caught() {
        for r in sample() {
            let bytes = r.as_str().as_bytes();
            for pos in 0..LENGTH {
                for &c in ALPHABET.iter().filter(|&&c| c != bytes[pos]) {
                    let mut wrong = bytes.to_vec();
                    wrong[pos] = c;
                    let wrong = String::from_utf8(wrong).expect("ascii");
                    assert_eq!(
                        Reference::parse(&wrong),
                        Err(ReferenceError::CheckFailed),
                        "{wrong} from {r}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_adjacent_swap_is_caught() {
        for r in sample() {
            let bytes = r.as_str().as_bytes();
            for pos in 0..LENGTH - 1 {
                if bytes[pos] == bytes[pos + 1] {
                    continue;
                }
                let mut wrong = bytes.to_vec();
                wrong.swap(pos, pos + 1);
                let wrong = String::from_utf8(wrong).expect("ascii");
                assert_eq!(Reference::parse(&wrong), Err(ReferenceError::CheckFailed));
            }
        }
    }

    #[test]
    fn the_example_in_the_words_on_screen_is_a_real_reference() {
        assert!(Reference::parse("ACDE 346 79E").is_ok());
        assert!(crate::i18n::t(crate::i18n::SOURCE, "progress-hint").contains("ACDE 346 79E"));
    }

    #[test]
    fn look_alikes_and_lengths_are_named() {
        assert_eq!(Reference::parse("  "), Err(ReferenceError::Empty));
        assert_eq!(Reference::parse("ACD"), Err(ReferenceError::WrongLength(3)));
        assert_eq!(
            Reference::parse("ACD0EFGHJK"),
            Err(ReferenceError::BadCharacter('0'))
        );
        for c in "0O1IL2Z5S8BQU".chars() {
            assert!(!ALPHABET.contains(&(c as u8)), "{c} must not be used");
        }
    }

    #[test]
    fn sequence_floor_moves_every_ten_minutes() {
        use chrono::TimeZone;
        let t = chrono::Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(sequence_floor(t), 0);
        assert_eq!(sequence_floor(t + chrono::Duration::minutes(25)), 2);
        // The sequence space lasts more than a century.
        const { assert!(MAX_SEQUENCE / (6 * 24 * 366) > 100) };
    }

    #[test]
    fn terminal_parts_differ_between_terminals() {
        let a = terminal_part("LIB-DEMO-01");
        let b = terminal_part("LIB-DEMO-02");
        assert_eq!(a.len(), 4);
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| ALPHABET.contains(&c)));
    }

    #[test]
    fn the_store_keeps_references_and_refuses_what_is_not_one() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let r = Reference::new(&terminal_part("LIB-DEMO-01"), 42);
        let back: Reference = conn.query_row("SELECT ?1", [&r], |row| row.get(0)).unwrap();
        assert_eq!(back, r);
        let text: String = conn.query_row("SELECT ?1", [&r], |row| row.get(0)).unwrap();
        assert_eq!(text, r.as_str());
        let bad = conn.query_row("SELECT 'ACDEFGHJKM'", [], |row| row.get::<_, Reference>(0));
        assert!(matches!(
            bad,
            Err(rusqlite::Error::FromSqlConversionFailure(..))
        ));
        assert_eq!(
            serde_json::to_string(&r).unwrap(),
            format!("\"{}\"", r.as_str())
        );
    }
}
