//! A county's terminals, watched and set up from one place with the tools
//! council IT already runs.
//!
//! - [`metrics`]: the Prometheus endpoint (`[metrics] listen`), whose figures
//!   are read from the terminal's store at scrape time plus the small
//!   [`live::Live`] handle the app and its worker update.
//! - [`setup`]: central set-up. The terminal's config, a catalogue overlay
//!   and a hub diary are fetched from the council's web server, checked
//!   against the council's minisign signature, validated as `check-config`
//!   does, and handed to the app to apply, or refused and reported.
//! - [`status`]: what `frontdoor status` prints.
//!
//! Nothing here imports the app or the screens; the app starts the metrics
//! server, feeds [`live::Live`], and applies updates at the welcome screen.

pub mod live;
pub mod metrics;
pub mod setup;
pub mod status;

pub use live::Live;

/// A file the council publishes for its terminals.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    /// The terminal's config (`[fleet] config_url`).
    Config,
    /// The catalogue overlay (`[fleet] overlay_url`).
    Overlay,
    /// The hub diary (`[fleet] diary_url`).
    Diary,
}

impl FileKind {
    /// Every kind, in the order they are checked.
    pub const ALL: [FileKind; 3] = [FileKind::Config, FileKind::Overlay, FileKind::Diary];

    /// Its name in metrics, logs and file names.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Config => "config",
            FileKind::Overlay => "overlay",
            FileKind::Diary => "diary",
        }
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a centrally published file was not applied. Each is reported in the
/// log, in the metrics (by [`FleetError::reason`]) and in the hub view, and
/// the file in use stays in use.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FleetError {
    /// The council's server could not be reached, or did not answer in time.
    #[error("the council's server could not be reached: {0}")]
    Unreachable(String),
    /// The server answered with an HTTP status other than 200.
    #[error("the council's server answered HTTP {status} for {url}")]
    Status {
        /// The status code.
        status: u16,
        /// What was asked for.
        url: String,
    },
    /// The file is larger than any file of its kind should be.
    #[error("the file is larger than {0} bytes, so it was not read")]
    TooLarge(usize),
    /// No signature was published beside the file (`.minisig` not found).
    #[error("the file is not signed: no {0} was published beside it")]
    Unsigned(String),
    /// The `.minisig` file is not a minisign signature.
    #[error("the signature file is not a minisign signature: {0}")]
    BadSignature(String),
    /// Signed, but with another key than `[fleet] public_key`.
    #[error("the file was signed with another key than the council's [fleet] public_key")]
    WrongKey,
    /// The signature does not match the file: it was changed after signing.
    #[error("the signature does not match the file: it was changed after it was signed")]
    Tampered,
    /// The file has no version, or one that is not a whole number.
    #[error("the file has no version: give it {0}")]
    NoVersion(&'static str),
    /// An older version than the one in use.
    #[error(
        "the file's version {offered} is lower than version {in_use}, in use: raise the version when publishing"
    )]
    Older {
        /// The version published.
        offered: u64,
        /// The version in use.
        in_use: u64,
    },
    /// A config made for another terminal.
    #[error("the config is for terminal \"{0}\", not this one")]
    WrongTerminal(String),
    /// Signed and newer, but it would not work: what `check-config` says.
    #[error("the file is signed but has a mistake: {0}")]
    Invalid(String),
    /// The last good copy could not be kept or read on the data partition.
    #[error("the last good copy could not be kept on this terminal: {0}")]
    Store(String),
}

impl FleetError {
    /// A short fixed name for the metrics' `reason` label.
    pub fn reason(&self) -> &'static str {
        match self {
            FleetError::Unreachable(_) => "unreachable",
            FleetError::Status { .. } => "http_status",
            FleetError::TooLarge(_) => "too_large",
            FleetError::Unsigned(_) => "unsigned",
            FleetError::BadSignature(_) => "bad_signature",
            FleetError::WrongKey => "wrong_key",
            FleetError::Tampered => "tampered",
            FleetError::NoVersion(_) => "no_version",
            FleetError::Older { .. } => "older_version",
            FleetError::WrongTerminal(_) => "wrong_terminal",
            FleetError::Invalid(_) => "invalid",
            FleetError::Store(_) => "store",
        }
    }

    /// Whether the file itself was refused (as opposed to not fetched).
    pub fn is_refusal(&self) -> bool {
        !matches!(
            self,
            FleetError::Unreachable(_) | FleetError::Status { .. } | FleetError::Store(_)
        )
    }
}
