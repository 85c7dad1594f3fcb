//! The terminal's configuration: TOML read from `--config FILE`, else the file
//! named by `FRONTDOOR_CONFIG`, else the embedded demo default.
//!
//! Unknown keys are refused (a misspelt key would otherwise be silently
//! ignored), and every problem names the file, the key and what to do.

pub mod payments;

use secrecy::SecretString;
use serde::Deserialize;
use std::path::{Path, PathBuf};

pub mod fleet;
pub mod gazetteer;
pub mod help;
pub mod metrics;
pub mod network;
pub mod notify;
pub mod url;
mod validate;

pub use url::{UrlError, check_url};

/// The embedded default: the demo council, bundled catalogue, no back office,
/// receipts written as files under the data folder, a window not fullscreen.
pub const EMBEDDED_DEFAULT: &str = include_str!("../assets/default-config.toml");

/// Where a configuration came from, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// The default compiled into the program.
    Embedded,
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::File(path) => write!(f, "{}", path.display()),
            Source::Embedded => f.write_str("the embedded default config"),
        }
    }
}

/// The whole configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// This terminal.
    pub kiosk: Kiosk,
    /// The council's back office.
    #[serde(default)]
    pub backend: Backend,
    /// The receipt printer.
    #[serde(default)]
    pub printer: Printer,
    /// Resident session timing.
    #[serde(default)]
    pub session: Session,
    /// The local store of submissions.
    #[serde(default)]
    pub outbox: Outbox,
    /// The council's appointment calendar, when appointments are used.
    #[serde(default)]
    pub calendar: Option<Calendar>,
    /// Where the catalogue comes from besides the back office.
    #[serde(default)]
    pub catalogue: CatalogueConfig,
    /// Payments at the terminal; off unless `[payments] items` is set.
    #[serde(default)]
    pub payments: Option<payments::Payments>,
    /// Help calls to staff.
    #[serde(default)]
    pub help: help::Help,
    /// GOV.UK Notify, for texts and emails; off when absent.
    #[serde(default)]
    pub notify: Option<notify::Notify>,
    /// Where the terminal's addresses come from.
    #[serde(default)]
    pub gazetteer: gazetteer::GazetteerConfig,
    /// The Prometheus endpoint (off unless `listen` is set).
    #[serde(default)]
    pub metrics: metrics::MetricsConfig,
    /// Central set-up: signed config, overlay and diary fetched from the council.
    #[serde(default)]
    pub fleet: fleet::FleetConfig,
    /// How much the terminal reads from any server.
    #[serde(default)]
    pub network: network::Network,
    /// Where this configuration was read from.
    #[serde(skip, default = "default_source")]
    pub source: Source,
}

fn default_source() -> Source {
    Source::Embedded
}

/// `[kiosk]`: this terminal.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kiosk {
    /// Unique per terminal; sent as `device_id` and hashed into references.
    pub id: String,
    /// The library or hub, shown on the welcome screen and receipts.
    pub site_name: String,
    /// The council's name, shown above the site name when set.
    #[serde(default)]
    pub council_name: Option<String>,
    /// How to contact the council, printed on receipts.
    #[serde(default)]
    pub council_contact: Option<String>,
    /// Open fullscreen (a window when false).
    #[serde(default = "yes")]
    pub fullscreen: bool,
    /// The data folder (database, receipts). Default: the user's data folder.
    #[serde(default)]
    pub data_dir: Option<PathBuf>,
    /// Four reference characters assigned to this terminal by the council, to
    /// use instead of the hash of `id`.
    #[serde(default)]
    pub reference_prefix: Option<String>,
    /// This site's UPRN, for `location = "site"` services; its coordinates
    /// and address come from the gazetteer.
    #[serde(default)]
    pub site_uprn: Option<u64>,
    /// This site's latitude (WGS84), with `site_longitude`.
    #[serde(default)]
    pub site_latitude: Option<f64>,
    /// This site's longitude (WGS84), with `site_latitude`.
    #[serde(default)]
    pub site_longitude: Option<f64>,
    /// This site's address in words, sent as `address_string`.
    #[serde(default)]
    pub site_address: Option<String>,
}

fn yes() -> bool {
    true
}

/// Which kind of back office the terminal talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum BackendKind {
    /// Open311 GeoReport v2.
    Open311,
    /// Queue only: submissions stay on the terminal.
    #[default]
    None,
}

/// `[backend]`: the council's back office.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backend {
    /// `open311` or `none`.
    #[serde(default)]
    pub kind: BackendKind,
    /// The Open311 endpoint base URL.
    #[serde(default)]
    pub url: Option<String>,
    /// The Open311 `jurisdiction_id`.
    #[serde(default)]
    pub jurisdiction_id: Option<String>,
    /// The API key, inline; a secret, so `Debug` never prints it.
    #[serde(default)]
    pub api_key: Option<SecretString>,
    /// A file holding the API key.
    #[serde(default)]
    pub api_key_file: Option<PathBuf>,
    /// Where a resident can follow their case; `{reference}` is filled in.
    #[serde(default)]
    pub tracking_url: Option<String>,
    /// Hours after sending within which a batch service's token must turn
    /// into a request id; after that the submission waits for staff.
    #[serde(default = "default_token_give_up")]
    pub token_give_up_hours: u32,
}

fn default_token_give_up() -> u32 {
    48
}

impl Default for Backend {
    fn default() -> Self {
        Backend {
            kind: BackendKind::default(),
            url: None,
            jurisdiction_id: None,
            api_key: None,
            api_key_file: None,
            tracking_url: None,
            token_give_up_hours: default_token_give_up(),
        }
    }
}

/// The printer transports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PrinterKind {
    /// A USB device file such as /dev/usb/lp0.
    Usb,
    /// Raw TCP, port 9100.
    Network,
    /// A serial device.
    Serial,
    /// Files in a folder (the demo default).
    #[default]
    File,
    /// No printer.
    None,
}

/// `[printer]`: the receipt printer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Printer {
    /// Transport.
    #[serde(default)]
    pub kind: PrinterKind,
    /// Device file for usb and serial, or the folder for file.
    #[serde(default)]
    pub path: Option<PathBuf>,
    /// host:port for network.
    #[serde(default)]
    pub address: Option<String>,
    /// 576 for 80 mm paper, 384 for 58 mm.
    #[serde(default = "default_paper")]
    pub paper_width_dots: u32,
}

fn default_paper() -> u32 {
    576
}

impl Default for Printer {
    fn default() -> Self {
        Printer {
            kind: PrinterKind::File,
            path: None,
            address: None,
            paper_width_dots: default_paper(),
        }
    }
}

/// `[session]`: inactivity timing.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    /// Seconds without a touch or key before the warning shows.
    #[serde(default = "default_warning")]
    pub idle_warning_secs: u64,
    /// Seconds the warning counts down before the session is wiped.
    #[serde(default = "default_reset")]
    pub idle_reset_secs: u64,
}

fn default_warning() -> u64 {
    90
}
fn default_reset() -> u64 {
    30
}

impl Default for Session {
    fn default() -> Self {
        Session {
            idle_warning_secs: default_warning(),
            idle_reset_secs: default_reset(),
        }
    }
}

/// `[outbox]`: the local store.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outbox {
    /// Hours after sending before a submission's personal data is erased.
    #[serde(default = "default_retention")]
    pub retention_hours: u64,
    /// Days after saving before the personal data of a submission the back
    /// office refused (and staff have not sent again) is erased.
    #[serde(default = "default_attention_retention")]
    pub attention_retention_days: u64,
}

fn default_retention() -> u64 {
    24
}

fn default_attention_retention() -> u64 {
    30
}

impl Default for Outbox {
    fn default() -> Self {
        Outbox {
            retention_hours: default_retention(),
            attention_retention_days: default_attention_retention(),
        }
    }
}

/// `[calendar]`: the council's CalDAV server.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    /// The hub's calendar collection URL.
    pub url: String,
    /// CalDAV user.
    #[serde(default)]
    pub username: Option<String>,
    /// CalDAV password, inline; a secret, so `Debug` never prints it.
    #[serde(default)]
    pub password: Option<SecretString>,
    /// A file holding the CalDAV password.
    #[serde(default)]
    pub password_file: Option<PathBuf>,
    /// The hub's diary (opening hours, appointment types, closures);
    /// default: the demo hub's.
    #[serde(default)]
    pub diary: Option<PathBuf>,
}

/// `[catalogue]`: a council's own catalogue folder.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueConfig {
    /// A folder laid out like `assets/catalogue` (services.json,
    /// services/<code>.json, overlay.toml) used instead of the bundled one.
    #[serde(default)]
    pub dir: Option<PathBuf>,
}

/// A configuration problem: where, which key, and what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {key}: {problem}")]
pub struct ConfigError {
    /// The file (or the embedded default).
    pub file: String,
    /// The key, such as `session.idle_warning_secs`, or `(file)`.
    pub key: String,
    /// What is wrong and what to do.
    pub problem: String,
}

impl Config {
    /// Loads the configuration the way every subcommand does: `--config`,
    /// else `FRONTDOOR_CONFIG`, else the embedded default.
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        let from_env = std::env::var_os("FRONTDOOR_CONFIG")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
        match explicit.map(Path::to_path_buf).or(from_env) {
            Some(path) => Config::from_file(&path),
            None => Config::parse(EMBEDDED_DEFAULT, Source::Embedded),
        }
    }

    /// Reads and validates a config file.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            file: path.display().to_string(),
            key: "(file)".into(),
            problem: format!("cannot read the file: {e}"),
        })?;
        Config::parse(&text, Source::File(path.to_path_buf()))
    }

    /// Parses and validates config text.
    pub fn parse(text: &str, source: Source) -> Result<Config, ConfigError> {
        let mut config: Config = toml::from_str(text).map_err(|e| {
            let (line, col) = e
                .span()
                .map(|span| line_col(text, span.start))
                .unwrap_or((0, 0));
            ConfigError {
                file: source.to_string(),
                key: format!("line {line}, column {col}"),
                problem: e.message().trim().to_string(),
            }
        })?;
        config.source = source;
        config.validate()?;
        Ok(config)
    }

    fn problem(&self, key: &str, problem: impl Into<String>) -> ConfigError {
        ConfigError {
            file: self.source.to_string(),
            key: key.into(),
            problem: problem.into(),
        }
    }

    /// This site's location as the config gives it (`kiosk.site_uprn`,
    /// `site_latitude`/`site_longitude`, `site_address`); the gazetteer can
    /// complete it from the UPRN (`crate::gazetteer::site`).
    pub fn site(&self) -> crate::journey::Site {
        let k = &self.kiosk;
        crate::journey::Site {
            uprn: k.site_uprn,
            point: k
                .site_latitude
                .zip(k.site_longitude)
                .map(|(lat, long)| crate::journey::Point { lat, long }),
            address: k
                .site_address
                .as_ref()
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty()),
        }
    }

    /// The gazetteer file: `gazetteer.db` in the data folder.
    pub fn gazetteer_path(&self) -> PathBuf {
        self.data_dir().join("gazetteer.db")
    }

    /// The data folder: the configured one, else the user's data folder.
    pub fn data_dir(&self) -> PathBuf {
        self.kiosk.data_dir.clone().unwrap_or_else(|| {
            dirs::data_dir()
                .unwrap_or_else(|| PathBuf::from("."))
                .join("frontdoor")
        })
    }

    /// The four reference characters for this terminal.
    pub fn terminal_part(&self) -> String {
        self.kiosk
            .reference_prefix
            .clone()
            .unwrap_or_else(|| crate::reference::terminal_part(&self.kiosk.id))
    }

    /// The database file.
    pub fn database_path(&self) -> PathBuf {
        self.data_dir().join("frontdoor.sqlite3")
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Source::File("t.toml".into()))
    }

    #[test]
    fn embedded_default_is_valid_and_windowed() {
        let c = Config::parse(EMBEDDED_DEFAULT, Source::Embedded).expect("valid");
        assert!(!c.kiosk.fullscreen);
        assert_eq!(c.backend.kind, BackendKind::None);
        assert_eq!(c.printer.kind, PrinterKind::File);
    }

    #[test]
    fn the_example_config_is_valid() {
        let text = include_str!("../assets/config.example.toml");
        let c = parse(text).expect("example config parses");
        assert_eq!(c.backend.kind, BackendKind::Open311);
        assert!(c.calendar.is_some());
    }

    #[test]
    fn unknown_keys_name_the_line() {
        let e = parse("[kiosk]\nid = \"A\"\nsite_name = \"B\"\nfulscreen = true\n").unwrap_err();
        assert_eq!(e.file, "t.toml");
        assert!(e.key.starts_with("line 4"), "{e}");
        assert!(e.problem.contains("fulscreen"), "{e}");
    }

    #[test]
    fn bad_values_name_the_key() {
        let base = "[kiosk]\nid = \"A\"\nsite_name = \"B\"\n";
        let cases = [
            (
                "[printer]\npaper_width_dots = 500\n",
                "printer.paper_width_dots",
            ),
            ("[backend]\nkind = \"open311\"\n", "backend.url"),
            (
                "[session]\nidle_warning_secs = 2\n",
                "session.idle_warning_secs",
            ),
            ("[printer]\nkind = \"network\"\n", "printer.address"),
            (
                "[backend]\ntracking_url = \"https://x/\"\n",
                "backend.tracking_url",
            ),
            ("[outbox]\nretention_hours = 0\n", "outbox.retention_hours"),
        ];
        let site = "[kiosk]\nid = \"A\"\nsite_name = \"B\"\n";
        for (extra, key) in [
            ("site_uprn = 0\n", "kiosk.site_uprn"),
            ("site_uprn = 1000000000000\n", "kiosk.site_uprn"),
            ("site_latitude = 50.7\n", "kiosk.site_longitude"),
            ("site_longitude = -2.4\n", "kiosk.site_latitude"),
            (
                "site_latitude = 95.0\nsite_longitude = -2.4\n",
                "kiosk.site_latitude",
            ),
            (
                "site_latitude = 50.7\nsite_longitude = 200.0\n",
                "kiosk.site_longitude",
            ),
            ("site_address = \"  \"\n", "kiosk.site_address"),
        ] {
            let e = parse(&format!("{site}{extra}")).unwrap_err();
            assert_eq!(e.key, key, "{e}");
        }
        let c = parse(&format!(
            "{site}site_uprn = 100040000015\nsite_latitude = 50.7152\nsite_longitude = -2.4378\n"
        ))
        .expect("a full site is valid");
        assert_eq!(c.site().uprn, Some(100040000015));
        assert!(c.site().is_known());
        for (extra, key) in cases {
            let e = parse(&format!("{base}{extra}")).unwrap_err();
            assert_eq!(e.key, key, "{e}");
            assert!(e.to_string().starts_with("t.toml: "), "{e}");
        }
    }
}
