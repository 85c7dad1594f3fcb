//! Staff: digital champions, hub staff and admins. Each signs in with their
//! staff number and PIN. PINs are kept only as argon2id hashes; five wrong
//! PINs in a row for one staff number lock that account (and only that one:
//! a resident trying numbers at the keypad cannot lock everyone out) for a
//! time that doubles with each further lockout, until it ends or an admin
//! runs `frontdoor staff unlock`. The state lives in the store, so a
//! restart does not clear it. Nothing here writes a PIN anywhere.

#[cfg(test)]
mod tests;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::time::Duration;

/// Wrong PINs in a row before a staff account is locked.
pub const ATTEMPTS: u32 = 5;
/// The first lockout; each further one doubles, up to [`MAX_LOCKOUT`].
pub const FIRST_LOCKOUT: Duration = Duration::from_secs(60);
/// The longest lockout.
pub const MAX_LOCKOUT: Duration = Duration::from_secs(60 * 60);

/// What a member of staff may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Runs assisted sessions beside residents.
    Champion,
    /// Books appointments, checks people in, sees the hub's view.
    Hub,
    /// Everything.
    Admin,
}

impl Role {
    /// The word used in the store and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Champion => "champion",
            Role::Hub => "hub",
            Role::Admin => "admin",
        }
    }

    /// Reads the stored word.
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "champion" => Some(Role::Champion),
            "hub" => Some(Role::Hub),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    /// Whether this role can run assisted sessions.
    pub fn can_assist(self) -> bool {
        matches!(self, Role::Champion | Role::Admin)
    }
}

/// Why a PIN cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    /// Not 6 to 12 digits.
    #[error("a PIN is 6 to 12 digits")]
    Length,
    /// Something other than digits.
    #[error("a PIN has only the digits 0 to 9")]
    NotDigits,
    /// Too easy to guess.
    #[error("that PIN is too easy to guess: avoid one digit repeated and runs like 123456")]
    Guessable,
    /// The two entries differ.
    #[error("the two PINs you typed are different")]
    Mismatch,
}

/// Checks a new PIN: 6 to 12 digits, not one digit repeated, not a run.
pub fn check_new_pin(pin: &str) -> Result<(), PinError> {
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    if !(6..=12).contains(&pin.len()) {
        return Err(PinError::Length);
    }
    let d: Vec<i32> = pin.bytes().map(|b| (b - b'0') as i32).collect();
    let steps: Vec<i32> = d.windows(2).map(|w| (w[1] - w[0]).rem_euclid(10)).collect();
    if steps.iter().all(|&s| s == steps[0]) && matches!(steps[0], 0 | 1 | 9) {
        return Err(PinError::Guessable);
    }
    Ok(())
}

/// The argon2id settings: 19 MiB, 2 passes (OWASP's recommendation).
fn argon() -> Argon2<'static> {
    // The parameters are constants well inside argon2's limits.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// An argon2id hash of `pin` in PHC string form, with a fresh random salt.
pub fn hash_pin(pin: &str) -> String {
    let salt_bytes = *uuid::Uuid::new_v4().as_bytes();
    // Sixteen bytes always encode; an empty hash matches no PIN.
    let Ok(salt) = SaltString::encode_b64(&salt_bytes) else {
        return String::new();
    };
    argon()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
}

/// Whether `pin` matches a stored hash.
pub fn verify_pin(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| argon().verify_password(pin.as_bytes(), &h).is_ok())
}

/// How long staff entry stays refused after the `lockouts`-th lockout
/// (1 for the first).
pub fn lockout_for(lockouts: u32) -> Duration {
    let doubled = FIRST_LOCKOUT.saturating_mul(1u32 << lockouts.saturating_sub(1).min(16));
    doubled.min(MAX_LOCKOUT)
}

/// A signed-in member of staff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    /// The store's id.
    pub id: i64,
    /// Their name, as staff add gave it.
    pub name: String,
    /// What they may do.
    pub role: Role,
}

/// What came of typing a staff number and PIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignIn {
    /// Signed in.
    Welcome(Staff),
    /// The staff number and PIN do not match; for a staff number that
    /// exists, this many tries are left before that account is locked.
    Wrong {
        /// Tries left for that account, when the number is a member of staff.
        left: Option<u32>,
    },
    /// That staff number is locked until then.
    Locked(chrono::DateTime<chrono::Utc>),
    /// The store could not be read or written.
    Unavailable(String),
}

/// A hash no PIN matches, checked when the staff number is unknown so that
/// an unknown number takes as long to refuse as a wrong PIN.
pub(crate) fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_pin("no one has this PIN"))
}
