//! When to try again: exponential backoff with full jitter, base 1 s, cap
//! 5 min, never sooner than the server's `Retry-After`, with no limit on the
//! number of tries.

use std::time::{Duration, SystemTime};

/// The first wait's ceiling.
pub const BASE: Duration = Duration::from_secs(1);
/// The longest wait.
pub const CAP: Duration = Duration::from_secs(300);

/// The wait before the next attempt, after `attempts` attempts so far.
/// `unit` is a random number in [0, 1): full jitter picks uniformly between
/// zero and the exponential ceiling. A server's `Retry-After` is a floor,
/// itself capped at an hour so a wild answer cannot stall the terminal.
pub fn next_wait(attempts: u32, retry_after: Option<Duration>, unit: f64) -> Duration {
    let ceiling = BASE
        .checked_mul(
            1u32.checked_shl(attempts.saturating_sub(1).min(20))
                .unwrap_or(u32::MAX),
        )
        .unwrap_or(CAP)
        .min(CAP);
    let jittered = ceiling.mul_f64(unit.clamp(0.0, 1.0));
    match retry_after {
        Some(after) => jittered.max(after.min(Duration::from_secs(3600))),
        None => jittered,
    }
}

/// Reads a `Retry-After` value: seconds, or an HTTP date.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_are_jittered_and_capped() {
        assert_eq!(next_wait(1, None, 0.999_999).as_millis(), 999);
        assert_eq!(next_wait(3, None, 0.5), Duration::from_secs(2));
        assert_eq!(next_wait(30, None, 0.999_999).as_secs(), 299);
        assert_eq!(next_wait(5, None, 0.0), Duration::ZERO);
        // Full jitter: spread over the whole range.
        let waits: Vec<Duration> = (0..100)
            .map(|i| next_wait(6, None, i as f64 / 100.0))
            .collect();
        assert!(waits.first() < waits.last());
        assert!(waits.iter().all(|w| *w <= Duration::from_secs(32)));
    }

    #[test]
    fn retry_after_is_a_floor() {
        assert_eq!(
            next_wait(1, Some(Duration::from_secs(30)), 0.5),
            Duration::from_secs(30)
        );
        assert_eq!(
            next_wait(1, Some(Duration::from_secs(86_400)), 0.5),
            Duration::from_secs(3600)
        );
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_445_412_480);
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }
}
