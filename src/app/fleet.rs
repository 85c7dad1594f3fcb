//! Central set-up in the running kiosk. As the kiosk starts, the last good
//! copies of the council's published config, catalogue overlay and diary,
//! kept on the data partition, are put in use (so a terminal that starts
//! offline runs with what it last applied). Then, at start and every hour,
//! the council's server is asked for newer ones: [`crate::fleet::setup`]
//! fetches each file and its signature, verifies it against `[fleet]
//! public_key` and checks it as `check-config` does. What it finds waits
//! until the welcome screen shows with nobody using the kiosk and is
//! applied there, whole: the copy is kept first, and only then does the
//! kiosk switch to it, so a file is either in use and kept, or neither.
//! What is refused is reported by the check itself (log, metrics, the hub
//! view and `frontdoor status`) and the files in use stay in use.

use super::{App, Message};
use crate::catalogue::SourceFiles;
use crate::config::Config;
use crate::fleet::setup::{self, Fleet, Payload, Update};
use crate::fleet::{FileKind, FleetError};
use crate::outbox::Outbox;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

/// The files in the order they are checked and applied: a new config
/// first, since the overlay and the diary are checked against what it
/// sets up.
const ORDER: [FileKind; 3] = [FileKind::Config, FileKind::Overlay, FileKind::Diary];

/// What one check needs: the link to the council's server and what is in
/// use now.
#[derive(Debug, Clone)]
pub struct Watch {
    fleet: Fleet,
    config: Arc<Config>,
    store: Option<Arc<Mutex<Outbox>>>,
    overlay: Option<String>,
    in_use: [u64; 3],
    generation: u64,
}

impl Hash for Watch {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // A new watch (and so a check straight away) each time something
        // is applied: the next check is made against what is now in use.
        "fleet".hash(state);
        self.generation.hash(state);
    }
}

/// Newer files found by one check, signed and checked, waiting to be
/// applied.
#[derive(Debug, Clone, Default)]
pub struct Found(pub Vec<Update>);

/// The catalogue files in use, which a new overlay or diary must suit.
fn catalogue_files(
    config: &Config,
    store: Option<&Arc<Mutex<Outbox>>>,
    overlay: Option<&str>,
) -> Result<SourceFiles, InUseError> {
    let guard = store.and_then(|s| s.lock().ok());
    crate::sync::catalogue::choose_with(config, guard.as_deref(), overlay)
        .map(|(_, files, _)| files)
        .map_err(InUseError::from)
}

/// Why the catalogue in use could not be read to check a new file
/// against.
#[derive(Debug, thiserror::Error)]
enum InUseError {
    /// The catalogue could not be read.
    #[error(transparent)]
    Catalogue(#[from] crate::catalogue::CatalogueError),
    /// The work stopped part way.
    #[error("{0}")]
    Stopped(#[from] tokio::task::JoinError),
}

/// Asks the council's server for each file newer than the one in use.
/// Refusals are reported by [`setup::check_for_update`] and leave nothing
/// to apply. When a new config is found, the overlay and the diary wait
/// for the next check, made against that config.
pub async fn check(watch: &Watch) -> Found {
    let w = watch.clone();
    let files = tokio::task::spawn_blocking(move || {
        catalogue_files(&w.config, w.store.as_ref(), w.overlay.as_deref())
    })
    .await
    .map_err(InUseError::from)
    .and_then(|r| r);
    let mut found = Vec::new();
    for kind in ORDER {
        let files = match (&files, kind) {
            (_, FileKind::Config) => SourceFiles::default(),
            (Ok(files), _) => files.clone(),
            (Err(e), _) => {
                tracing::warn!(
                    file = kind.as_str(),
                    outcome = "not checked",
                    "fleet: the catalogue in use cannot be read to check against: {}",
                    crate::clip::error_text(&e.to_string())
                );
                continue;
            }
        };
        if let Ok(Some(update)) =
            setup::check_for_update(&watch.fleet, kind, watch.in_use[kind as usize], &files).await
        {
            found.push(update);
            if kind == FileKind::Config {
                break;
            }
        }
    }
    Found(found)
}

/// The stream the Subscription runs: a check at start and every hour.
pub fn stream(watch: &Watch) -> impl iced::futures::Stream<Item = Message> + use<> {
    let watch = watch.clone();
    iced::futures::stream::unfold((watch, true), |(watch, first)| async move {
        if !first {
            tokio::time::sleep(setup::EVERY).await;
        }
        let found = check(&watch).await;
        Some((Message::Fleet(found), (watch, false)))
    })
}

impl App {
    /// Links the kiosk to its council's published files, when `[fleet]`
    /// names any, and puts in use the last good copies kept on the data
    /// partition that are newer than what the kiosk started with. Called
    /// once, as the kiosk starts (before the background sender, which takes
    /// the diary and overlay in use).
    pub fn start_fleet(&mut self) {
        let Some(fleet) = self.link_fleet() else {
            return;
        };
        for kind in ORDER {
            let files = match kind {
                FileKind::Config => Ok(SourceFiles::default()),
                _ => catalogue_files(
                    &self.cx.config,
                    self.cx.store.as_ref().ok(),
                    self.cx.central.overlay.as_deref(),
                ),
            };
            let kept = files
                .map_err(|e| FleetError::Invalid(e.to_string()))
                .and_then(|files| {
                    setup::load_kept(self.fleet.as_ref().unwrap_or(&fleet), kind, &files)
                });
            match kept {
                Ok(Some(update)) if update.version > self.in_use(kind) => {
                    tracing::info!(
                        file = kind.as_str(),
                        version = update.version,
                        outcome = "kept",
                        "fleet: starting with the last copy fetched from the council"
                    );
                    self.apply_update(update);
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(
                    file = kind.as_str(),
                    reason = e.reason(),
                    error = %crate::clip::error_text(&e.to_string()),
                    "fleet: the kept copy cannot be used"
                ),
            }
        }
    }

    /// Sets `self.fleet` from the config in use; `None` when there is no
    /// link (the reason logged and told to the live state).
    fn link_fleet(&mut self) -> Option<Fleet> {
        self.fleet = match Fleet::from_config(&self.cx.config, self.cx.live.clone()) {
            Ok(fleet) => fleet,
            Err(e) => {
                tracing::warn!(reason = e.reason(), "fleet: central set-up is off: {e}");
                self.cx
                    .live
                    .checked(FileKind::Config, Err(e), self.cx.now());
                None
            }
        };
        self.fleet.clone()
    }

    /// The version of `kind` in use (0: the terminal's own file).
    fn in_use(&self, kind: FileKind) -> u64 {
        match kind {
            FileKind::Config => self.cx.config.fleet.version,
            _ => self.cx.live.snapshot().file(kind).version,
        }
    }

    /// What the hourly check runs against, when the kiosk is linked to its
    /// council's published files.
    pub fn fleet_watch(&self) -> Option<Watch> {
        let fleet = self.fleet.clone()?;
        Some(Watch {
            fleet,
            config: self.cx.config.clone(),
            store: self.cx.store.as_ref().ok().cloned(),
            overlay: self.cx.central.overlay.clone(),
            in_use: ORDER.map(|k| self.in_use(k)),
            generation: self.fleet_generation,
        })
    }

    /// Files fetched and checked, waiting for the welcome screen.
    pub fn fleet_waiting(&self) -> usize {
        self.fleet_waiting.len()
    }

    /// A check found newer files: they wait (replacing any older one of
    /// the same file) for the welcome screen.
    pub(super) fn fleet_found(&mut self, found: Found) {
        for update in found.0 {
            self.fleet_waiting.retain(|u| u.kind != update.kind);
            self.fleet_waiting.push(update);
        }
        self.take_waiting_fleet();
    }

    /// Applies what waits, but never under a resident's feet: only while
    /// the welcome screen shows and nobody has touched it.
    pub(super) fn take_waiting_fleet(&mut self) {
        if self.session_active() || self.fleet_waiting.is_empty() {
            return;
        }
        let mut waiting = std::mem::take(&mut self.fleet_waiting);
        waiting.sort_by_key(|u| ORDER.iter().position(|k| *k == u.kind));
        for update in waiting {
            self.apply_update(update);
        }
    }

    /// Keeps `update` as the last good copy, then puts it in use. When it
    /// cannot be kept it is not applied either (said in the log), and is
    /// fetched again at the next check.
    fn apply_update(&mut self, update: Update) {
        let Some(fleet) = self.fleet.clone() else {
            return;
        };
        if let Err(e) = fleet.applied(&update) {
            tracing::warn!(
                file = update.kind.as_str(),
                version = update.version,
                outcome = "not kept",
                "fleet: the new file was not applied, as it could not be kept: {e}"
            );
            return;
        }
        match update.payload {
            Payload::Config(config) => {
                self.cx = self.cx.reconfigured(*config);
                match crate::sync::catalogue::choose_with(
                    &self.cx.config,
                    self.cx
                        .store
                        .as_ref()
                        .ok()
                        .and_then(|s| s.lock().ok())
                        .as_deref(),
                    self.cx.central.overlay.as_deref(),
                ) {
                    Ok((catalogue, _, _)) => self.cx.catalogue = Arc::new(catalogue),
                    Err(e) => tracing::warn!(
                        "fleet: the new config's catalogue cannot be read, the one in use stays: {e}"
                    ),
                }
                self.link_fleet();
            }
            Payload::Overlay { text, catalogue } => {
                self.cx.central.overlay = Some(text);
                self.cx.catalogue = Arc::new(*catalogue);
            }
            Payload::Diary { diary, .. } => {
                self.cx.central.diary = Some((*diary).clone());
                self.cx.diary = Some(*diary);
            }
        }
        self.fleet_generation += 1;
        self.restart_background();
    }
}
