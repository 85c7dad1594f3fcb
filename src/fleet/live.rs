//! The small live state the metrics cannot read from the store: what the
//! sending worker, the diary and the central set-up did since the kiosk
//! started. One [`Live`] is made at start-up, cloned into the app, the
//! worker and the metrics server; updating it is a few atomic adds or a
//! short lock, never I/O.

use super::{FileKind, FleetError};
use crate::config::{Config, Source};
use chrono::{DateTime, Utc};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// What came of one attempt to send a submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendOutcome {
    /// The back office took it.
    Sent,
    /// It failed in a way time can fix; it will be tried again.
    Retry,
    /// The back office refused it; staff must look.
    Refused,
}

impl SendOutcome {
    /// Every outcome, in the order the metrics show them.
    pub const ALL: [SendOutcome; 3] = [SendOutcome::Sent, SendOutcome::Retry, SendOutcome::Refused];

    /// Its name in the metrics' `outcome` label.
    pub fn as_str(self) -> &'static str {
        match self {
            SendOutcome::Sent => "sent",
            SendOutcome::Retry => "retry",
            SendOutcome::Refused => "refused",
        }
    }
}

/// When a server last answered and whether the last try got an answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contact {
    /// The last time it answered at all.
    pub last_answer: Option<DateTime<Utc>>,
    /// The last time it was tried.
    pub last_try: Option<DateTime<Utc>>,
    /// Whether the last try got an answer.
    pub answering: bool,
}

/// One centrally published file: the version in use and the last check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileState {
    /// The version in use (0: the terminal's own file, never fetched).
    pub version: u64,
    /// When the version in use was fetched from the council.
    pub fetched_at: Option<DateTime<Utc>>,
    /// When the council's server was last asked.
    pub checked_at: Option<DateTime<Utc>>,
    /// Why the last check did not give a new file, if it failed.
    pub problem: Option<FleetError>,
}

/// A copy of the live state at one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LiveState {
    /// Send attempts since start, by outcome: sent, retry, refused.
    pub send_attempts: [u64; 3],
    /// When the back office last took a submission.
    pub last_successful_send: Option<DateTime<Utc>>,
    /// The back office (Open311).
    pub back_office: Contact,
    /// The diary server (CalDAV).
    pub diary: Contact,
    /// When the config in use was written or fetched.
    pub config_since: Option<DateTime<Utc>>,
    /// When the catalogue in use was fetched or loaded.
    pub catalogue_since: Option<DateTime<Utc>>,
    /// When the gazetteer in use was imported.
    pub gazetteer_since: Option<DateTime<Utc>>,
    /// The config, overlay and diary published centrally.
    pub files: [FileState; 3],
}

impl LiveState {
    /// The state of one centrally published file.
    pub fn file(&self, kind: FileKind) -> &FileState {
        &self.files[kind as usize]
    }
}

#[derive(Debug, Default)]
struct Inner {
    attempts: [AtomicU64; 3],
    state: Mutex<LiveState>,
}

/// The shared live-state handle. Cheap to clone; every clone is the same
/// state.
#[derive(Debug, Clone, Default)]
pub struct Live(Arc<Inner>);

impl Live {
    /// A fresh state for a kiosk started with `config`: its config version,
    /// and the config's age from its file's modification time (the start
    /// time for the embedded default).
    pub fn new(config: &Config, now: DateTime<Utc>) -> Live {
        let live = Live::default();
        let since = match &config.source {
            Source::File(path) => std::fs::metadata(path)
                .and_then(|m| m.modified())
                .ok()
                .map(DateTime::<Utc>::from),
            Source::Embedded => None,
        };
        live.update(|s| {
            s.config_since = Some(since.unwrap_or(now));
            s.files[FileKind::Config as usize].version = config.fleet.version;
        });
        live
    }

    fn update(&self, f: impl FnOnce(&mut LiveState)) {
        let mut state = self.0.state.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut state);
    }

    /// A copy of everything, for the metrics, the hub view or `status`.
    pub fn snapshot(&self) -> LiveState {
        let mut s = self
            .0
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        for (i, n) in self.0.attempts.iter().enumerate() {
            s.send_attempts[i] = n.load(Ordering::Relaxed);
        }
        s
    }

    /// One attempt to send a submission ended with `outcome`.
    pub fn send_attempt(&self, outcome: SendOutcome, now: DateTime<Utc>) {
        self.0.attempts[outcome as usize].fetch_add(1, Ordering::Relaxed);
        if outcome == SendOutcome::Sent {
            self.update(|s| s.last_successful_send = Some(now));
        }
    }

    /// A whole sending pass: adds its sent, retried and refused counts.
    pub fn send_report(&self, report: &crate::sync::Report, now: DateTime<Utc>) {
        let counts = [report.sent, report.retrying, report.refused];
        for (i, n) in counts.into_iter().enumerate() {
            self.0.attempts[i].fetch_add(n as u64, Ordering::Relaxed);
        }
        if report.sent > 0 {
            self.update(|s| s.last_successful_send = Some(now));
        }
    }

    /// The back office was tried: `answered` when it gave any HTTP answer.
    pub fn back_office(&self, answered: bool, now: DateTime<Utc>) {
        self.update(|s| contact(&mut s.back_office, answered, now));
    }

    /// The diary server was tried: `answered` when it gave any HTTP answer.
    pub fn diary(&self, answered: bool, now: DateTime<Utc>) {
        self.update(|s| contact(&mut s.diary, answered, now));
    }

    /// The catalogue in use was fetched or loaded at `at`.
    pub fn catalogue_loaded(&self, at: DateTime<Utc>) {
        self.update(|s| s.catalogue_since = Some(at));
    }

    /// The gazetteer in use was imported at `at`.
    pub fn gazetteer_loaded(&self, at: DateTime<Utc>) {
        self.update(|s| s.gazetteer_since = Some(at));
    }

    /// A check of a centrally published file ended: `Ok(())` when it gave
    /// nothing new or an update to apply, else why not.
    pub fn checked(&self, kind: FileKind, result: Result<(), FleetError>, now: DateTime<Utc>) {
        self.update(|s| {
            let file = &mut s.files[kind as usize];
            file.checked_at = Some(now);
            file.problem = result.err();
        });
    }

    /// A centrally published file is now in use.
    pub fn applied(&self, kind: FileKind, version: u64, fetched_at: DateTime<Utc>) {
        self.update(|s| {
            let file = &mut s.files[kind as usize];
            file.version = version;
            file.fetched_at = Some(fetched_at);
            match kind {
                FileKind::Config => s.config_since = Some(fetched_at),
                FileKind::Overlay => s.catalogue_since = Some(fetched_at),
                FileKind::Diary => {}
            }
        });
    }
}

fn contact(c: &mut Contact, answered: bool, now: DateTime<Utc>) {
    c.last_try = Some(now);
    c.answering = answered;
    if answered {
        c.last_answer = Some(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_one_state() {
        let live = Live::default();
        let worker = live.clone();
        let now = Utc::now();
        worker.send_attempt(SendOutcome::Retry, now);
        worker.send_report(
            &crate::sync::Report {
                sent: 2,
                retrying: 1,
                refused: 1,
                resolved: 0,
                given_up: 0,
            },
            now,
        );
        worker.back_office(false, now);
        let s = live.snapshot();
        assert_eq!(s.send_attempts, [2, 2, 1]);
        assert_eq!(s.last_successful_send, Some(now));
        assert!(!s.back_office.answering);
        assert_eq!(s.back_office.last_answer, None);
        live.checked(FileKind::Overlay, Err(FleetError::Tampered), now);
        assert_eq!(
            live.snapshot().file(FileKind::Overlay).problem,
            Some(FleetError::Tampered)
        );
        live.applied(FileKind::Overlay, 4, now);
        live.checked(FileKind::Overlay, Ok(()), now);
        let s = live.snapshot();
        assert_eq!(s.file(FileKind::Overlay).version, 4);
        assert_eq!(s.file(FileKind::Overlay).problem, None);
        assert_eq!(s.catalogue_since, Some(now));
    }
}
