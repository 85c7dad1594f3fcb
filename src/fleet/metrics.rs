//! The Prometheus endpoint: what a terminal says about itself to the
//! council's Prometheus.
//!
//! Most figures are read from the terminal's store at scrape time (counts by
//! state, the oldest unsent submission, the printer's last event, the
//! journey measures, help requests and ratings), so they survive restarts and
//! cost nothing between scrapes. What the store does not hold comes from the
//! [`Live`] handle. [`gather`] reads both into a [`Snapshot`]; [`encode`]
//! writes it in the Prometheus text format (0.0.4) with the `prometheus-client`
//! crate; [`render`] does both. A [`Reader`] does the same scrape after
//! scrape, reading only what changed since the last. [`serve`] answers
//! `GET /metrics`.
//!
//! No label carries a reference, an answer or anything about a resident:
//! labels are the terminal's id and site, service codes, states, outcomes,
//! scores and file kinds.

mod server;
mod text;

pub use server::{MetricsError, Server, serve};

use super::{FileKind, Live, live::LiveState};
use crate::config::{Config, PrinterKind};
use crate::outbox::{FleetFigures, Outbox, PrinterEvent, StoreError, Tally};
use crate::printer::{Outcome, Problem};
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The program's version, for `frontdoor_build_info`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What the metrics are about: this terminal and where its data is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// `[kiosk] id`.
    pub kiosk_id: String,
    /// `[kiosk] site_name`.
    pub site: String,
    /// Whether a receipt printer is configured (`printer.kind` is not none).
    pub printer: bool,
    /// Which centrally published files are configured.
    pub fleet_files: Vec<FileKind>,
    /// The store to read.
    pub store_path: PathBuf,
    /// The data folder, whose free space is reported.
    pub data_dir: PathBuf,
}

impl Target {
    /// The target for a config, reading the store at `store_path`.
    pub fn new(config: &Config, store_path: &Path) -> Target {
        let fleet = &config.fleet;
        let fleet_files = [
            (FileKind::Config, &fleet.config_url),
            (FileKind::Overlay, &fleet.overlay_url),
            (FileKind::Diary, &fleet.diary_url),
        ]
        .into_iter()
        .filter(|(_, url)| url.is_some())
        .map(|(kind, _)| kind)
        .collect();
        Target {
            kiosk_id: config.kiosk.id.clone(),
            site: config.kiosk.site_name.clone(),
            printer: config.printer.kind != PrinterKind::None,
            fleet_files,
            store_path: store_path.to_path_buf(),
            data_dir: config.data_dir(),
        }
    }
}

/// The receipt printer's state as the metrics show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrinterState {
    /// It printed last time without a word of warning (or was never used).
    Ok,
    /// It printed, but the roll is nearly finished.
    PaperLow,
    /// The roll has run out.
    PaperOut,
    /// The cover is open.
    CoverOpen,
    /// Offline, unreachable, or it stopped part way.
    Offline,
}

impl PrinterState {
    /// Every state, in the order the metrics show them.
    pub const ALL: [PrinterState; 5] = [
        PrinterState::Ok,
        PrinterState::PaperLow,
        PrinterState::PaperOut,
        PrinterState::CoverOpen,
        PrinterState::Offline,
    ];

    /// Its name in the metrics' `state` label.
    pub fn as_str(self) -> &'static str {
        match self {
            PrinterState::Ok => "ok",
            PrinterState::PaperLow => "paper_low",
            PrinterState::PaperOut => "paper_out",
            PrinterState::CoverOpen => "cover_open",
            PrinterState::Offline => "offline",
        }
    }

    /// The state after the printer's last stored event. The store keeps what
    /// staff were told ([`Outcome::staff_message`]); those words are made by
    /// [`crate::printer`], so they are matched against the same functions
    /// here (and a test fails if they drift apart).
    pub fn from_event(last: Option<&PrinterEvent>) -> PrinterState {
        let Some(message) = last.and_then(|e| e.staff_message.as_deref()) else {
            return PrinterState::Ok;
        };
        if Some(message)
            == (Outcome::Printed { paper_low: true })
                .staff_message()
                .as_deref()
        {
            PrinterState::PaperLow
        } else if message == Problem::PaperOut.staff_message() {
            PrinterState::PaperOut
        } else if message == Problem::CoverOpen.staff_message() {
            PrinterState::CoverOpen
        } else {
            PrinterState::Offline
        }
    }
}

/// Space on the data folder's filesystem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Disk {
    /// Bytes free to the kiosk.
    pub free: u64,
    /// The filesystem's size.
    pub size: u64,
}

/// Everything one scrape shows, read at one moment.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// When it was read.
    pub at: DateTime<Utc>,
    /// The terminal.
    pub target: Target,
    /// The store's figures, or why it could not be read.
    pub store: Result<FleetFigures, Arc<StoreError>>,
    /// The live state.
    pub live: LiveState,
    /// The data folder's filesystem, when it could be read.
    pub disk: Option<Disk>,
}

/// How often the totals are counted afresh from the whole store, in case
/// anything moved that the running totals cannot see.
pub const RECOUNT_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Reads the figures scrape after scrape. It keeps the store's totals
/// between scrapes ([`Tally`]), so a scrape reads only what changed since
/// the last one, and counts everything afresh once an hour.
#[derive(Debug)]
pub struct Reader {
    target: Target,
    tally: Tally,
    counted_at: Option<std::time::Instant>,
}

impl Reader {
    /// A reader for `target`; its first scrape counts the whole store.
    pub fn new(target: Target) -> Reader {
        Reader {
            target,
            tally: Tally::default(),
            counted_at: None,
        }
    }

    /// Reads the store, the live state and the disk. Blocking: the server
    /// runs it off its network thread.
    pub fn gather(&mut self, live: &Live, now: DateTime<Utc>) -> Snapshot {
        if self
            .counted_at
            .is_none_or(|at| at.elapsed() >= RECOUNT_EVERY)
        {
            self.tally = Tally::default();
            self.counted_at = Some(std::time::Instant::now());
        }
        let store = Outbox::open_for_reading(&self.target.store_path)
            .and_then(|store| store.fleet_figures(&mut self.tally, now))
            .map_err(Arc::new);
        if let Err(e) = &store {
            tracing::warn!(error = %e, "metrics: the store could not be read");
        }
        Snapshot {
            at: now,
            target: self.target.clone(),
            store,
            live: live.snapshot(),
            disk: disk(&self.target.data_dir),
        }
    }

    /// What `GET /metrics` answers: [`Reader::gather`] then [`encode`].
    pub fn render(&mut self, live: &Live, now: DateTime<Utc>) -> String {
        encode(&self.gather(live, now))
    }
}

/// Reads everything afresh (a [`Reader`] used once).
pub fn gather(target: &Target, live: &Live, now: DateTime<Utc>) -> Snapshot {
    Reader::new(target.clone()).gather(live, now)
}

/// The data folder's free space and size.
pub fn disk(dir: &Path) -> Option<Disk> {
    let s = nix::sys::statvfs::statvfs(dir).ok()?;
    let unit = s.fragment_size() as u64;
    Some(Disk {
        free: (s.blocks_available() as u64).saturating_mul(unit),
        size: (s.blocks() as u64).saturating_mul(unit),
    })
}

/// The snapshot in the Prometheus text format.
pub fn encode(snapshot: &Snapshot) -> String {
    text::encode(snapshot)
}

/// [`gather`] then [`encode`]: one scrape's answer, counting the whole store.
pub fn render(target: &Target, live: &Live, now: DateTime<Utc>) -> String {
    encode(&gather(target, live, now))
}

#[cfg(test)]
mod tests;
