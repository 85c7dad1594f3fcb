//! What the terminal keeps of central set-up besides the files: the
//! outcome of the last check of each (for `frontdoor status`), the kept
//! versions, and writing a file whole.

use super::Kept;
use crate::fleet::{FileKind, FleetError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// The outcome of the last check of each file, kept for `frontdoor status`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Checks(pub BTreeMap<FileKind, Check>);

/// The outcome of one check.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Check {
    /// When the council's server was asked.
    pub at: DateTime<Utc>,
    /// Why nothing was applied, when the check failed: the reason's short
    /// name and the words for staff.
    pub problem: Option<(String, String)>,
}

const STATUS_FILE: &str = "status.json";

/// The checks recorded in `dir` (empty when none).
pub fn read_checks(dir: &Path) -> Checks {
    std::fs::read(dir.join(STATUS_FILE))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

pub(super) fn record_check(
    dir: &Path,
    kind: FileKind,
    at: DateTime<Utc>,
    problem: Option<&FleetError>,
) {
    let mut checks = read_checks(dir);
    checks.0.insert(
        kind,
        Check {
            at,
            problem: problem.map(|e| (e.reason().to_string(), e.to_string())),
        },
    );
    let written = serde_json::to_vec_pretty(&checks)
        .map_err(|e| FleetError::Store(e.to_string()))
        .and_then(|json| write_whole(dir, STATUS_FILE, &json));
    if let Err(e) = written {
        tracing::warn!(error = %e, "fleet: the check could not be recorded");
    }
}

/// What the kept copy of `kind` in `dir` says about itself, without
/// checking it: version and when it was fetched.
pub fn kept_version(dir: &Path, kind: FileKind) -> Option<(u64, DateTime<Utc>)> {
    let bytes = std::fs::read(dir.join(format!("{kind}.json"))).ok()?;
    let kept: Kept = serde_json::from_slice(&bytes).ok()?;
    Some((kept.version, kept.fetched_at))
}

/// Writes `name` in `dir` whole or not at all: a temporary file, flushed,
/// renamed over the old one, and the folder flushed.
pub(super) fn write_whole(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), FleetError> {
    use std::io::Write;
    let store = |e: std::io::Error| FleetError::Store(format!("{}: {e}", dir.join(name).display()));
    std::fs::create_dir_all(dir).map_err(store)?;
    let tmp = dir.join(format!(".{name}.new"));
    let mut file = std::fs::File::create(&tmp).map_err(store)?;
    file.write_all(bytes).map_err(store)?;
    file.sync_all().map_err(store)?;
    drop(file);
    std::fs::rename(&tmp, dir.join(name)).map_err(store)?;
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(store)?;
    Ok(())
}
