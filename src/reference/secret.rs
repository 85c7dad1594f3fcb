//! The secret printed beside a reference in a receipt's or slip's QR code.
//!
//! A reference is made to be typed and can be guessed: it is the terminal's
//! public part, a sequence and a check character. Typing one therefore
//! shows only a request's service and a plain status word. The QR code also
//! carries sixteen random characters from the reference alphabet (72 bits,
//! from the operating system's random source through `uuid`'s v4), and the
//! terminal keeps only a SHA-256 hash of reference and secret together:
//! scanning the code shows the whole progress and checks an appointment in.
//! A receipt printed again carries a new secret and the old one stops
//! working.

use super::{ALPHABET, Reference};
use sha2::{Digest, Sha256};

/// Characters in a secret.
pub const LENGTH: usize = 16;
/// What separates the reference from the secret in a QR code: a URL's
/// fragment, which a phone's browser never sends to the council's site.
pub const MARK: &str = "#k=";

/// A receipt's secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl Secret {
    /// A new random secret.
    pub fn new() -> Secret {
        // Bytes below 230 map evenly onto the 23 characters.
        let even = (256 / ALPHABET.len() * ALPHABET.len()) as u8;
        let mut out = String::with_capacity(LENGTH);
        while out.len() < LENGTH {
            let bytes = *uuid::Uuid::new_v4().as_bytes();
            // Bytes 6 and 8 of a v4 UUID carry its version and variant
            // bits; the other fourteen are random.
            for (_, b) in bytes.iter().enumerate().filter(|(i, _)| *i != 6 && *i != 8) {
                if out.len() < LENGTH && *b < even {
                    out.push(ALPHABET[(*b as usize) % ALPHABET.len()] as char);
                }
            }
        }
        Secret(out)
    }

    /// A scanned secret, if it has the right shape (any case).
    pub fn parse(text: &str) -> Option<Secret> {
        let upper = text.trim().to_ascii_uppercase();
        (upper.len() == LENGTH && upper.bytes().all(|b| ALPHABET.contains(&b)))
            .then_some(Secret(upper))
    }

    /// The characters, for the QR code.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the terminal keeps: a hash of the reference and the secret.
    pub fn hash_for(&self, reference: &Reference) -> String {
        let digest = Sha256::digest(format!("{}:{}", reference.as_str(), self.0).as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl Default for Secret {
    fn default() -> Secret {
        Secret::new()
    }
}

/// Splits scanned or typed text into the reference part and the secret,
/// when the text carries one (`…#k=SECRET`).
pub fn split(text: &str) -> (&str, Option<Secret>) {
    match text.rfind(MARK) {
        Some(i) => (&text[..i], Secret::parse(&text[i + MARK.len()..])),
        None => (text, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_sixteen_reference_characters_and_differ() {
        let a = Secret::new();
        let b = Secret::new();
        assert_ne!(a, b);
        for s in [&a, &b] {
            assert_eq!(s.as_str().len(), LENGTH);
            assert!(s.as_str().bytes().all(|c| ALPHABET.contains(&c)));
        }
        // Every character turns up: the mapping is not stuck.
        let many: String = (0..200).map(|_| Secret::new().0).collect();
        for c in ALPHABET {
            assert!(many.as_bytes().contains(c), "{}", *c as char);
        }
        assert_eq!(format!("{a:?}"), "Secret(…)");
    }

    #[test]
    fn a_scanned_code_splits_into_reference_and_secret() {
        let s = Secret::new();
        let text = format!(
            "https://council.example/track?ref=ACDE34679E{MARK}{}",
            s.as_str()
        );
        let (rest, found) = split(&text);
        assert_eq!(rest, "https://council.example/track?ref=ACDE34679E");
        assert_eq!(found, Some(s.clone()));
        let lower = format!("ACDE34679E{MARK}{}", s.as_str().to_lowercase());
        assert_eq!(split(&lower).1, Some(s));
        assert_eq!(split("ACDE34679E"), ("ACDE34679E", None));
        assert_eq!(split("ACDE34679E#k=SHORT").1, None);
    }

    #[test]
    fn the_hash_binds_the_secret_to_its_reference() {
        let s = Secret::new();
        let terminal = crate::reference::terminal_part("LIB-DEMO-01");
        let a = Reference::new(&terminal, 7);
        let b = Reference::new(&terminal, 8);
        assert_ne!(s.hash_for(&a), s.hash_for(&b));
        assert_eq!(s.hash_for(&a), s.hash_for(&a));
        assert_eq!(s.hash_for(&a).len(), 64);
    }
}
