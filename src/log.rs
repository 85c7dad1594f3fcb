//! The kiosk's log, with `tracing`: to the systemd journal when Frontdoor
//! runs under systemd (it sets `JOURNAL_STREAM` for the service's output),
//! otherwise as plain lines on standard error.
//!
//! The level comes from `FRONTDOOR_LOG`, else `RUST_LOG`, in the usual
//! `tracing` filter syntax (`info`, `frontdoor=debug`, …); the default is
//! `info`. Events carry fields such as `service`, `outcome`, `attempt` and
//! `status`, never a resident's details or a reference's answers.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// Where the log went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    /// The systemd journal, with each field as a journal field.
    Journal,
    /// Plain lines on standard error.
    Stderr,
}

/// The filter from the environment: `FRONTDOOR_LOG`, else `RUST_LOG`, else
/// `info`. A filter that does not parse falls back to `info`.
pub fn filter() -> EnvFilter {
    let spec = std::env::var("FRONTDOOR_LOG")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .or_else(|| {
            std::env::var("RUST_LOG")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        .unwrap_or_else(|| "info".into());
    EnvFilter::try_new(&spec).unwrap_or_else(|_| EnvFilter::new("info"))
}

/// Starts the log once, early in `main`. Returns where it goes; a second
/// call (as in tests) leaves the first in place.
pub fn init() -> Sink {
    let under_systemd = std::env::var_os("JOURNAL_STREAM").is_some();
    if under_systemd && let Ok(journal) = tracing_journald::layer() {
        let journal = journal.with_syslog_identifier("frontdoor".into());
        let _ = tracing_subscriber::registry()
            .with(filter())
            .with(journal)
            .try_init();
        return Sink::Journal;
    }
    let _ = tracing_subscriber::registry()
        .with(filter())
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_target(false),
        )
        .try_init();
    Sink::Stderr
}
