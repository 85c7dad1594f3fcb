//! The back office's own catalogue: fetched (`services.json`, then each
//! `services/<code>.json` where `metadata` is true), validated with the local
//! overlay, and cached in the store. A malformed or partial answer never
//! replaces a good cached copy; offline, the cached copy is used; a terminal
//! that has never fetched one uses the bundled catalogue.

use super::{Client, GetError};
use crate::catalogue::{Catalogue, CatalogueError, SourceFiles, limits, open311};
use crate::config::{BackendKind, Config};
use crate::outbox::Outbox;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// Where the catalogue in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The council's own folder (`[catalogue] dir`).
    Folder,
    /// The back office, as cached at this time.
    BackOffice(chrono::DateTime<chrono::Utc>),
    /// The bundled demo catalogue.
    Bundled,
}

/// What goes with a fetched catalogue from the council's own folder: its
/// `overlay.toml` and `translations/<locale>.toml`, where there are any.
#[derive(Debug, Clone, Default)]
pub struct Local {
    /// The overlay.
    pub overlay: Option<String>,
    /// Translations by locale.
    pub translations: BTreeMap<String, String>,
}

/// The council folder's overlay and translations, if `catalogue.dir` is set.
pub fn local(config: &Config) -> Local {
    let Some(dir) = config.catalogue.dir.as_ref() else {
        return Local::default();
    };
    Local {
        overlay: std::fs::read_to_string(dir.join("overlay.toml")).ok(),
        translations: crate::catalogue::read_translations(dir).unwrap_or_default(),
    }
}

fn files(services: String, definitions: BTreeMap<String, String>, local: Local) -> SourceFiles {
    SourceFiles {
        origin: "the back office".into(),
        services,
        definitions,
        overlay: local.overlay,
        translations: local.translations,
    }
}

/// The catalogue the kiosk should offer now: the back office's cached copy
/// when there is a back office and a good copy, else the council's folder,
/// else the bundled one.
pub fn choose(
    config: &Config,
    outbox: Option<&Outbox>,
) -> Result<(Catalogue, Origin), CatalogueError> {
    choose_with(config, outbox, None).map(|(catalogue, _, origin)| (catalogue, origin))
}

/// [`choose`], with `overlay` (the overlay published centrally, when one is
/// in use) in place of the folder's `overlay.toml`, also giving the files
/// the catalogue was made from, which a new overlay or diary is checked
/// against.
pub fn choose_with(
    config: &Config,
    outbox: Option<&Outbox>,
    overlay: Option<&str>,
) -> Result<(Catalogue, SourceFiles, Origin), CatalogueError> {
    let mut local = local(config);
    if let Some(o) = overlay {
        local.overlay = Some(o.to_string());
    }
    if config.backend.kind == BackendKind::Open311
        && let Some(store) = outbox
        && let Ok(Some((at, services, definitions))) = store.cached_catalogue()
    {
        let files = files(services, definitions, local);
        if let Ok(cat) = Catalogue::load(&files) {
            return Ok((cat, files, Origin::BackOffice(at)));
        }
    }
    let origin = if config.catalogue.dir.is_some() {
        Origin::Folder
    } else {
        Origin::Bundled
    };
    let mut files = SourceFiles::folder_or_bundled(config.catalogue.dir.as_deref())?;
    if let Some(o) = overlay {
        files.overlay = Some(o.to_string());
    }
    Ok((Catalogue::load(&files)?, files, origin))
}

/// Why the back office's catalogue was not taken (the one in use stays).
#[derive(Debug, thiserror::Error)]
pub enum RefreshError {
    /// There is no back office to ask.
    #[error("there is no back office to fetch a catalogue from")]
    NoBackOffice,
    /// A document could not be had.
    #[error(transparent)]
    Get(#[from] GetError),
    /// The documents together passed `network.max_catalogue_bytes`.
    #[error(
        "{path}: the back office's catalogue is larger than {limit} (network.max_catalogue_bytes), so it was not read; the kiosk keeps the catalogue it has"
    )]
    TooLarge {
        /// The document that passed it.
        path: String,
        /// The limit, in words.
        limit: String,
    },
    /// `services.json` is not a list of services.
    #[error("services.json: {0}")]
    NotAList(serde_json::Error),
    /// The catalogue breaks a rule or a limit.
    #[error(transparent)]
    Invalid(#[from] CatalogueError),
    /// It could not be cached.
    #[error(transparent)]
    Sync(#[from] super::SyncError),
}

/// Fetches and validates the back office's catalogue, and caches it.
/// Nothing is cached unless every part arrived and the whole is valid and
/// within the limits: at most `network.max_catalogue_bytes` for all its
/// documents together, read as they arrive and refused as soon as they pass
/// it, and the shape limits of [`crate::catalogue::limits`] (the number of
/// services is checked before any service definition is asked for). A
/// refused catalogue leaves the cached one, and the one in use, as they
/// were.
pub async fn refresh(
    outbox: &Arc<Mutex<Outbox>>,
    client: &Client,
    local: Local,
) -> Result<Catalogue, RefreshError> {
    let mut budget = Budget::new(client.max_catalogue());
    let services = budget.fetch(client, "services.json").await?;
    let entries = open311::parse_services(&services).map_err(RefreshError::NotAList)?;
    limits::check_services("services.json", &entries)?;
    let mut definitions = BTreeMap::new();
    for entry in entries.iter().filter(|e| e.metadata) {
        let name = format!("services/{}.json", entry.service_code);
        definitions.insert(
            entry.service_code.clone(),
            budget.fetch(client, &name).await?,
        );
    }
    let catalogue = Catalogue::load(&files(services.clone(), definitions.clone(), local))?;
    super::locked(outbox)?
        .save_catalogue(&services, &definitions, chrono::Utc::now())
        .map_err(super::SyncError::from)?;
    Ok(catalogue)
}

/// What is left of `network.max_catalogue_bytes` as the documents of one
/// catalogue arrive.
struct Budget {
    limit: u64,
    left: u64,
}

impl Budget {
    fn new(limit: u64) -> Budget {
        Budget { limit, left: limit }
    }

    /// GETs one document of the catalogue, reading no more than is left.
    async fn fetch(&mut self, client: &Client, path: &str) -> Result<String, RefreshError> {
        let (status, body) = match client.get_limited(path, self.left).await {
            Ok(answer) => answer,
            Err(GetError::Read { source, .. }) if source.is_too_large() => {
                return Err(RefreshError::TooLarge {
                    path: path.to_string(),
                    limit: crate::net::size(self.limit),
                });
            }
            Err(e) => return Err(e.into()),
        };
        if status != 200 {
            return Err(GetError::Status {
                path: path.to_string(),
                status,
                words: super::server_words(&body),
            }
            .into());
        }
        self.left = self.left.saturating_sub(body.len() as u64);
        Ok(body)
    }
}
