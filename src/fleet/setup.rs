//! Central set-up, signed: the terminal's config, a catalogue overlay and a
//! hub diary, published by the council on its own web server and signed
//! with its minisign key.
//!
//! Each file is fetched (its URL from `[fleet]`, `{kiosk_id}` replaced by the
//! terminal's id), then its signature at the same URL plus `.minisig`; the
//! signature is checked with the `minisign-verify` crate against `[fleet]
//! public_key` before a byte of the file is read as TOML. Then its version
//! must be higher than the one in use (the same version is "nothing new";
//! a lower one is refused), and it must pass the checks `check-config`
//! makes. Only then is it handed to the app as an [`Update`], to apply while
//! the welcome screen shows. Anything else is a [`FleetError`], logged,
//! shown in the metrics and the hub view, and the file in use stays in use:
//! nothing is ever half-applied.
//!
//! The files:
//! - **config**: a whole `config.toml` with `[fleet] version`; its `[kiosk]
//!   id` must be this terminal's.
//! - **overlay**: one `overlay.toml` (the catalogue folder's overlay: groups,
//!   services, their translations) with a top-level `version = N`. A single
//!   TOML file is the simplest thing a council can publish and sign; the
//!   version line is blanked before the overlay is read, so it keeps its
//!   line numbers in messages. It must load over the catalogue in use.
//! - **diary**: one `diary.toml` with a top-level `version = N`; every
//!   appointment service of the catalogue in use must find its type in it.
//!
//! The last good copy of each (file, signature, version, when fetched) is
//! kept on the data partition in `<data_dir>/fleet/<file>.json`, written
//! whole or not at all, and checked again when read, so a terminal that
//! restarts offline starts with what it last applied. The result of each
//! check is kept in `<data_dir>/fleet/status.json` for `frontdoor status`.

mod kept;

pub use kept::{Check, Checks, kept_version, read_checks};

use super::{FileKind, FleetError, Live};
use crate::booking::Diary;
use crate::catalogue::{Catalogue, SourceFiles};
use crate::config::{Config, Source};
use chrono::{DateTime, Utc};
use kept::{record_check, write_whole};
use minisign_verify::{PublicKey, Signature};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The largest file (or signature) read unless `[network]
/// max_answer_bytes` says otherwise.
pub const MAX_SIZE: u64 = crate::net::MAX_ANSWER_BYTES;
/// How often the terminal asks for new files.
pub const EVERY: Duration = Duration::from_secs(3600);
/// How long one request may take.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// A terminal's link to its council's published files.
#[derive(Debug, Clone)]
pub struct Fleet {
    client: reqwest::Client,
    key: PublicKey,
    kiosk_id: String,
    urls: [Option<String>; 3],
    dir: PathBuf,
    live: Live,
    max_answer: u64,
}

impl Fleet {
    /// The link for a config, or `None` when `[fleet]` names no file.
    /// `live` hears of every check and every file applied.
    pub fn from_config(config: &Config, live: Live) -> Result<Option<Fleet>, FleetError> {
        let fleet = &config.fleet;
        if !fleet.is_on() {
            return Ok(None);
        }
        let key = fleet
            .public_key
            .as_deref()
            .and_then(|k| PublicKey::from_base64(k.trim()).ok())
            .ok_or_else(|| {
                FleetError::Invalid("fleet.public_key: not a minisign public key".into())
            })?;
        let url = |u: &Option<String>| {
            u.as_ref()
                .map(|u| u.replace("{kiosk_id}", &config.kiosk.id))
        };
        Ok(Some(Fleet {
            client: client(TIMEOUT)?,
            key,
            kiosk_id: config.kiosk.id.clone(),
            urls: [
                url(&fleet.config_url),
                url(&fleet.overlay_url),
                url(&fleet.diary_url),
            ],
            dir: config.data_dir().join("fleet"),
            live,
            max_answer: config.network.max_answer_bytes,
        }))
    }

    /// The same link with another time limit per request (for tests).
    pub fn with_timeout(mut self, timeout: Duration) -> Result<Fleet, FleetError> {
        self.client = client(timeout)?;
        Ok(self)
    }

    /// Where a file is published, `{kiosk_id}` filled in.
    pub fn url(&self, kind: FileKind) -> Option<&str> {
        self.urls[kind as usize].as_deref()
    }

    /// Where the last good copies and the status are kept.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The file is now in use: keeps it as the last good copy on the data
    /// partition (written whole or not at all) and tells the live state.
    /// Call it when the app has applied the update.
    pub fn applied(&self, update: &Update) -> Result<(), FleetError> {
        let kept = Kept {
            version: update.version,
            fetched_at: update.fetched_at,
            url: update.url.clone(),
            text: update.signed.text.clone(),
            signature: update.signed.signature.clone(),
        };
        let json =
            serde_json::to_vec_pretty(&kept).map_err(|e| FleetError::Store(e.to_string()))?;
        write_whole(&self.dir, &format!("{}.json", update.kind), &json)?;
        self.live
            .applied(update.kind, update.version, update.fetched_at);
        tracing::info!(
            file = update.kind.as_str(),
            version = update.version,
            outcome = "applied",
            "fleet: a new file is in use"
        );
        Ok(())
    }
}

fn client(timeout: Duration) -> Result<reqwest::Client, FleetError> {
    crate::net::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .build()
        .map_err(|e| FleetError::Unreachable(e.to_string()))
}

/// A new file, signed, newer and checked, ready to apply.
#[derive(Debug, Clone)]
pub struct Update {
    /// Which file.
    pub kind: FileKind,
    /// Its version.
    pub version: u64,
    /// When it was fetched (or, for a kept copy, first fetched).
    pub fetched_at: DateTime<Utc>,
    /// Where it came from.
    pub url: String,
    /// What to apply.
    pub payload: Payload,
    signed: Signed,
}

/// What a file gives the app.
#[derive(Debug, Clone)]
pub enum Payload {
    /// The whole new config, validated.
    Config(Box<Config>),
    /// The overlay's text (the version line blanked), to use in place of the
    /// catalogue folder's `overlay.toml`, and the catalogue it makes with the
    /// catalogue files it was checked against.
    Overlay {
        /// `overlay.toml` as the catalogue reads it.
        text: String,
        /// The catalogue with this overlay.
        catalogue: Box<Catalogue>,
    },
    /// The diary's text (the version line blanked) and the diary it makes.
    Diary {
        /// `diary.toml` as the diary reader reads it.
        text: String,
        /// The diary.
        diary: Box<Diary>,
    },
}

#[derive(Debug, Clone)]
struct Signed {
    text: String,
    signature: String,
}

/// A kept copy on the data partition.
#[derive(Debug, Serialize, Deserialize)]
struct Kept {
    version: u64,
    fetched_at: DateTime<Utc>,
    url: String,
    text: String,
    signature: String,
}

/// Asks the council's server for `kind`. `Ok(None)`: no URL for it, or
/// nothing newer than `in_use`. `catalogue` is the catalogue files in use
/// (an overlay must load over them; a diary must suit the catalogue they
/// make). The outcome is logged, told to the live state and kept for
/// `frontdoor status`.
pub async fn check_for_update(
    fleet: &Fleet,
    kind: FileKind,
    in_use: u64,
    catalogue: &SourceFiles,
) -> Result<Option<Update>, FleetError> {
    let Some(url) = fleet.url(kind).map(str::to_string) else {
        return Ok(None);
    };
    let now = Utc::now();
    let result = fetch_and_check(fleet, kind, &url, in_use, catalogue, now).await;
    match &result {
        Ok(Some(u)) => tracing::info!(
            file = kind.as_str(),
            version = u.version,
            in_use,
            outcome = "new",
            "fleet: a newer signed file is ready to apply"
        ),
        Ok(None) => tracing::debug!(
            file = kind.as_str(),
            in_use,
            outcome = "same",
            "fleet: nothing new"
        ),
        Err(e) => tracing::warn!(
            file = kind.as_str(),
            in_use,
            outcome = "refused",
            reason = e.reason(),
            error = %crate::clip::error_text(&e.to_string()),
            "fleet: file not applied"
        ),
    }
    fleet
        .live
        .checked(kind, result.as_ref().map(|_| ()).map_err(Clone::clone), now);
    record_check(&fleet.dir, kind, now, result.as_ref().err());
    result
}

async fn fetch_and_check(
    fleet: &Fleet,
    kind: FileKind,
    url: &str,
    in_use: u64,
    catalogue: &SourceFiles,
    now: DateTime<Utc>,
) -> Result<Option<Update>, FleetError> {
    let text = fetch(&fleet.client, url, fleet.max_answer)
        .await?
        .ok_or_else(|| FleetError::Status {
            status: 404,
            url: url.to_string(),
        })?;
    let sig_url = format!("{url}.minisig");
    let signature = fetch(&fleet.client, &sig_url, fleet.max_answer)
        .await?
        .ok_or(FleetError::Unsigned(sig_url))?;
    let signature =
        String::from_utf8(signature).map_err(|_| FleetError::BadSignature("not text".into()))?;
    let checked = check(
        &fleet.key,
        &fleet.kiosk_id,
        kind,
        &text,
        &signature,
        url,
        catalogue,
    )?;
    if checked.0 == in_use {
        return Ok(None);
    }
    if checked.0 < in_use {
        return Err(FleetError::Older {
            offered: checked.0,
            in_use,
        });
    }
    Ok(Some(Update {
        kind,
        version: checked.0,
        fetched_at: now,
        url: url.to_string(),
        payload: checked.1,
        signed: Signed {
            text: String::from_utf8_lossy(&text).into_owned(),
            signature,
        },
    }))
}

/// GETs a URL: `Ok(None)` for 404 or 410, the body for 200, read up to
/// `limit` bytes and refused past it.
async fn fetch(
    client: &reqwest::Client,
    url: &str,
    limit: u64,
) -> Result<Option<Vec<u8>>, FleetError> {
    let response = client
        .get(url)
        .send()
        .await
        .map_err(|e| FleetError::Unreachable(plain_error(&e)))?;
    let status = response.status().as_u16();
    match status {
        200 => {}
        404 | 410 => return Ok(None),
        _ => {
            return Err(FleetError::Status {
                status,
                url: url.to_string(),
            });
        }
    }
    match crate::net::read(response, limit).await {
        Ok(body) => Ok(Some(body)),
        Err(crate::net::ReadError::Cut(e)) => Err(FleetError::Unreachable(plain_error(&e))),
        Err(_) => Err(FleetError::TooLarge(
            usize::try_from(limit).unwrap_or(usize::MAX),
        )),
    }
}

fn plain_error(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "no answer in time".into()
    } else if e.is_connect() {
        "cannot connect".into()
    } else {
        e.to_string()
    }
}

/// Checks a file and its signature: signed with `key`, carrying a version,
/// and passing the checks for its kind. Returns the version and what to
/// apply. The version is not compared here.
pub fn check(
    key: &PublicKey,
    kiosk_id: &str,
    kind: FileKind,
    text: &[u8],
    signature: &str,
    origin: &str,
    catalogue: &SourceFiles,
) -> Result<(u64, Payload), FleetError> {
    let signature =
        Signature::decode(signature).map_err(|e| FleetError::BadSignature(e.to_string()))?;
    key.verify(text, &signature, false).map_err(|e| match e {
        minisign_verify::Error::UnexpectedKeyId => FleetError::WrongKey,
        minisign_verify::Error::InvalidSignature => FleetError::Tampered,
        minisign_verify::Error::UnexpectedAlgorithm => FleetError::BadSignature(
            "made in minisign's legacy mode: sign with minisign 0.10 or later, without -l".into(),
        ),
        other => FleetError::BadSignature(other.to_string()),
    })?;
    let text = std::str::from_utf8(text)
        .map_err(|_| FleetError::Invalid(format!("{origin}: the file is not UTF-8 text")))?;
    match kind {
        FileKind::Config => check_config(kiosk_id, text, origin),
        FileKind::Overlay => check_overlay(text, origin, catalogue),
        FileKind::Diary => check_diary(text, origin, catalogue),
    }
}

fn check_config(kiosk_id: &str, text: &str, origin: &str) -> Result<(u64, Payload), FleetError> {
    let config = Config::parse(text, Source::File(PathBuf::from(origin)))
        .map_err(|e| FleetError::Invalid(e.to_string()))?;
    if config.kiosk.id != kiosk_id {
        return Err(FleetError::WrongTerminal(config.kiosk.id));
    }
    if config.fleet.version == 0 {
        return Err(FleetError::NoVersion("[fleet] version = N (1 or more)"));
    }
    Catalogue::folder_or_bundled(config.catalogue.dir.as_deref())
        .map_err(|e| FleetError::Invalid(e.to_string()))?;
    Ok((config.fleet.version, Payload::Config(Box::new(config))))
}

fn check_overlay(
    text: &str,
    origin: &str,
    catalogue: &SourceFiles,
) -> Result<(u64, Payload), FleetError> {
    let (version, text) = split_version(text, origin)?;
    let files = SourceFiles {
        origin: origin
            .rsplit_once('/')
            .map_or("", |(dir, _)| dir)
            .to_string(),
        overlay: Some(text.clone()),
        ..catalogue.clone()
    };
    let built = Catalogue::load(&files).map_err(|e| FleetError::Invalid(e.to_string()))?;
    Ok((
        version,
        Payload::Overlay {
            text,
            catalogue: Box::new(built),
        },
    ))
}

fn check_diary(
    text: &str,
    origin: &str,
    catalogue: &SourceFiles,
) -> Result<(u64, Payload), FleetError> {
    let (version, text) = split_version(text, origin)?;
    let diary = crate::booking::file::parse(&text, origin)
        .map_err(|e| FleetError::Invalid(e.to_string()))?;
    let built = Catalogue::load(catalogue).map_err(|e| FleetError::Invalid(e.to_string()))?;
    crate::booking::file::check_services(&diary, &built)
        .map_err(|e| FleetError::Invalid(e.to_string()))?;
    Ok((
        version,
        Payload::Diary {
            text,
            diary: Box::new(diary),
        },
    ))
}

/// Takes the top-level `version = N` out of an overlay or diary: the
/// version, and the text with that line blanked (so line numbers hold).
pub fn split_version(text: &str, origin: &str) -> Result<(u64, String), FleetError> {
    const WANTED: &str = "version = N at the top of the file (1 or more)";
    let table: toml::Table = toml::from_str(text)
        .map_err(|e| FleetError::Invalid(format!("{origin}: {}", e.message().trim())))?;
    let version = match table.get("version") {
        Some(toml::Value::Integer(n)) if *n > 0 => *n as u64,
        _ => return Err(FleetError::NoVersion(WANTED)),
    };
    let mut out = String::with_capacity(text.len());
    let mut in_header = true;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with('[') {
            in_header = false;
        }
        let is_version = in_header
            && t.strip_prefix("version")
                .is_some_and(|rest| rest.trim_start().starts_with('='));
        if is_version {
            out.push_str(if line.ends_with("\r\n") {
                "\r\n"
            } else if line.ends_with('\n') {
                "\n"
            } else {
                ""
            });
        } else {
            out.push_str(line);
        }
    }
    Ok((version, out))
}

/// The last good copy of `kind` kept on the data partition, checked again
/// (signature against the key in `fleet`, and validity): `Ok(None)` when
/// none is kept. Used at start-up and whenever the council's server cannot
/// be reached.
pub fn load_kept(
    fleet: &Fleet,
    kind: FileKind,
    catalogue: &SourceFiles,
) -> Result<Option<Update>, FleetError> {
    let path = fleet.dir.join(format!("{kind}.json"));
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(FleetError::Store(format!("{}: {e}", path.display()))),
    };
    let kept: Kept = serde_json::from_slice(&bytes)
        .map_err(|e| FleetError::Store(format!("{}: {e}", path.display())))?;
    let (version, payload) = check(
        &fleet.key,
        &fleet.kiosk_id,
        kind,
        kept.text.as_bytes(),
        &kept.signature,
        &kept.url,
        catalogue,
    )?;
    if version != kept.version {
        return Err(FleetError::Store(format!(
            "{}: the kept version does not match the file",
            path.display()
        )));
    }
    Ok(Some(Update {
        kind,
        version,
        fetched_at: kept.fetched_at,
        url: kept.url,
        payload,
        signed: Signed {
            text: kept.text,
            signature: kept.signature,
        },
    }))
}

/// The config to start with: the last good fetched copy when it is newer
/// than `local` (the config file on the terminal) and still checks out,
/// else `local`. A kept copy that no longer checks out is reported and
/// `local` is used.
pub fn start_up(local: Config, live: &Live) -> (Config, Option<FleetError>) {
    let fleet = match Fleet::from_config(&local, live.clone()) {
        Ok(Some(fleet)) => fleet,
        Ok(None) => return (local, None),
        Err(e) => return (local, Some(e)),
    };
    match load_kept(&fleet, FileKind::Config, &SourceFiles::default()) {
        Ok(Some(kept)) if kept.version > local.fleet.version => {
            let Payload::Config(config) = kept.payload else {
                return (local, None);
            };
            live.applied(FileKind::Config, kept.version, kept.fetched_at);
            tracing::info!(
                file = "config",
                version = kept.version,
                outcome = "kept",
                "fleet: starting with the last config fetched from the council"
            );
            (*config, None)
        }
        Ok(_) => (local, None),
        Err(e) => {
            tracing::warn!(file = "config", reason = e.reason(), error = %crate::clip::error_text(&e.to_string()), "fleet: the kept config cannot be used");
            (local, Some(e))
        }
    }
}

#[cfg(test)]
mod tests;
