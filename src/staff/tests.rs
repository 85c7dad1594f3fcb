//! PIN rules, hashing and the lockout ladder.

use super::*;

#[test]
fn new_pins_are_six_to_twelve_digits_and_not_guessable() {
    assert_eq!(check_new_pin("12345"), Err(PinError::Length));
    assert_eq!(check_new_pin("1234567890123"), Err(PinError::Length));
    assert_eq!(check_new_pin("12a456"), Err(PinError::NotDigits));
    assert_eq!(check_new_pin("000000"), Err(PinError::Guessable));
    assert_eq!(check_new_pin("123456"), Err(PinError::Guessable));
    assert_eq!(check_new_pin("987654"), Err(PinError::Guessable));
    assert_eq!(check_new_pin("890123"), Err(PinError::Guessable));
    assert_eq!(check_new_pin("482915"), Ok(()));
}

#[test]
fn a_pin_is_stored_only_as_an_argon2id_hash() {
    let hash = hash_pin("482915");
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert!(!hash.contains("482915"));
    assert!(verify_pin("482915", &hash));
    assert!(!verify_pin("482916", &hash));
    assert!(!verify_pin("482915", "not a hash"));
    // A fresh salt each time.
    assert_ne!(hash, hash_pin("482915"));
}

#[test]
fn each_lockout_is_twice_the_last_up_to_an_hour() {
    assert_eq!(lockout_for(1), Duration::from_secs(60));
    assert_eq!(lockout_for(2), Duration::from_secs(120));
    assert_eq!(lockout_for(3), Duration::from_secs(240));
    assert_eq!(lockout_for(7), Duration::from_secs(3600));
    assert_eq!(lockout_for(40), Duration::from_secs(3600));
}
