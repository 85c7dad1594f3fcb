//! Batch tokens: a batch service's back office answers a new request with a
//! token, and makes the request (with its id) later. The kiosk asks
//! `tokens/<token>.json` what it became: on the pass that sent it, then
//! [`FIRST_WAIT`] later, then with the wait doubling up to [`LONGEST_WAIT`];
//! never on every pass.
//! A token still not resolved `backend.token_give_up_hours` after sending
//! (48 by default) is given up: the submission needs attention, and the hub
//! view shows staff why, in plain words, with Retry to start asking again.

use super::{Client, SyncError, locked};
use crate::outbox::Outbox;
use chrono::{DateTime, Utc};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The wait before the first ask after sending.
pub const FIRST_WAIT: Duration = Duration::from_secs(5);
/// The longest wait between two asks.
pub const LONGEST_WAIT: Duration = Duration::from_secs(30 * 60);

/// The wait before the next ask, after `polls` asks: 5 s, 10 s, 20 s, ...
/// up to [`LONGEST_WAIT`].
pub fn wait_after(polls: u32) -> Duration {
    let doubled = 1u32
        .checked_shl(polls.saturating_sub(1))
        .and_then(|n| FIRST_WAIT.checked_mul(n))
        .unwrap_or(LONGEST_WAIT);
    doubled.min(LONGEST_WAIT)
}

/// What one round of asking did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Asked {
    /// Tokens that became request ids.
    pub resolved: usize,
    /// Tokens given up: those submissions now wait for staff.
    pub given_up: usize,
}

/// What staff read in the hub view about a token given up.
pub fn given_up_words(token: &str, hours: u64, polls: u32) -> String {
    format!(
        "the back office took it as batch token {} but has not given it a request number after {hours} hours ({polls} times asked). Look the token up in the back office, or press Retry to keep asking",
        crate::clip::to_chars(token, 100)
    )
}

/// Asks about every token due at `now`: one that resolved is recorded; one
/// not resolved yet (or that could not be asked about) waits longer; one
/// older than the client's give-up age is given up.
pub async fn ask_due(
    outbox: &Arc<Mutex<Outbox>>,
    client: &Client,
    now: DateTime<Utc>,
) -> Result<Asked, SyncError> {
    let due = locked(outbox)?.tokens_due(now)?;
    let give_up = client.token_give_up();
    let mut asked = Asked::default();
    for waiting in due {
        let answer = client.resolve(&waiting.token).await;
        let store = locked(outbox)?;
        if let Ok(Some(id)) = answer {
            store.resolve_token(waiting.reference.as_str(), &id)?;
            asked.resolved += 1;
            continue;
        }
        if let Err(e) = &answer {
            tracing::info!(
                reference = waiting.reference.as_str(),
                problem = %crate::clip::error_text(&e.to_string()),
                "sync: a batch token could not be asked about"
            );
        }
        let age = (now - waiting.since).to_std().unwrap_or_default();
        let polls = waiting.polls.saturating_add(1);
        if age >= give_up {
            let words = given_up_words(&waiting.token, give_up.as_secs() / 3600, polls);
            store.give_up_token(waiting.reference.as_str(), &words)?;
            tracing::warn!(
                reference = waiting.reference.as_str(),
                "sync: a batch token was given up; the submission waits for staff"
            );
            asked.given_up += 1;
        } else {
            let next = now
                + chrono::Duration::from_std(wait_after(polls))
                    .unwrap_or(chrono::Duration::minutes(30));
            store.token_not_yet(waiting.reference.as_str(), next)?;
        }
    }
    Ok(asked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_from_five_seconds_to_half_an_hour() {
        let secs: Vec<u64> = (1..=12).map(|n| wait_after(n).as_secs()).collect();
        assert_eq!(
            secs,
            [5, 10, 20, 40, 80, 160, 320, 640, 1280, 1800, 1800, 1800]
        );
        assert_eq!(wait_after(0), FIRST_WAIT);
        assert_eq!(wait_after(u32::MAX), LONGEST_WAIT);
    }
}
