//! `frontdoor status`: which config version is in use and when it was
//! fetched, whether the metrics endpoint is listening, and what the last
//! check of each centrally published file said.

use super::setup::{self, Check};
use super::{FileKind, Live};
use crate::config::Config;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::time::Duration;

/// What `frontdoor status` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Status {
    /// The terminal.
    pub kiosk_id: String,
    /// The `[fleet] version` of the config in use.
    pub config_version: u64,
    /// Where the config in use came from.
    pub config_from: String,
    /// When the config in use was fetched from the council, if it was.
    pub config_fetched_at: Option<DateTime<Utc>>,
    /// Why the kept copy of the council's config is not in use, if it is not.
    pub kept_config_problem: Option<String>,
    /// The metrics endpoint.
    pub metrics: Metrics,
    /// Each centrally published file.
    pub files: Vec<File>,
}

/// The metrics endpoint's state.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Metrics {
    /// `[metrics] listen` is not set.
    Off,
    /// Set: where, and what a request from this machine got.
    On {
        /// The configured address.
        listen: String,
        /// The HTTP status of `GET /metrics` from this machine, or `None`
        /// when nothing answered (the kiosk is not running).
        answered: Option<u16>,
    },
}

/// One centrally published file.
#[derive(Debug, Clone, Serialize)]
pub struct File {
    /// Which.
    pub kind: FileKind,
    /// Where it is published.
    pub url: String,
    /// The version of the last good copy kept, and when it was fetched.
    pub kept: Option<(u64, DateTime<Utc>)>,
    /// The last check.
    pub last_check: Option<Check>,
}

/// Reads the status for `config` (the terminal's own config file). Never
/// fails: what cannot be read is said.
pub fn status(config: &Config) -> Status {
    let (in_use, problem) = setup::start_up(config.clone(), &Live::default());
    let dir = config.data_dir().join("fleet");
    let kept_config = setup::kept_version(&dir, FileKind::Config);
    let fetched = in_use.fleet.version > config.fleet.version;
    let checks = setup::read_checks(&dir);
    let urls = [
        (FileKind::Config, &in_use.fleet.config_url),
        (FileKind::Overlay, &in_use.fleet.overlay_url),
        (FileKind::Diary, &in_use.fleet.diary_url),
    ];
    let files = urls
        .into_iter()
        .filter_map(|(kind, url)| {
            url.as_ref().map(|url| File {
                kind,
                url: url.replace("{kiosk_id}", &config.kiosk.id),
                kept: setup::kept_version(&dir, kind),
                last_check: checks.0.get(&kind).cloned(),
            })
        })
        .collect();
    Status {
        kiosk_id: in_use.kiosk.id.clone(),
        config_version: in_use.fleet.version,
        config_from: if fetched {
            format!("the council ({})", in_use.source)
        } else {
            config.source.to_string()
        },
        config_fetched_at: kept_config.filter(|_| fetched).map(|(_, at)| at),
        kept_config_problem: problem.map(|e| e.to_string()),
        metrics: match in_use.metrics.listen_addr() {
            None => Metrics::Off,
            Some(addr) => Metrics::On {
                listen: addr.to_string(),
                answered: probe(addr),
            },
        },
        files,
    }
}

/// Asks the metrics endpoint from this machine: the HTTP status, or `None`.
fn probe(addr: SocketAddr) -> Option<u16> {
    let ip = match addr.ip() {
        IpAddr::V4(a) if a.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(a) if a.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let target = SocketAddr::new(ip, addr.port());
    let mut stream = TcpStream::connect_timeout(&target, Duration::from_secs(2)).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    stream
        .write_all(b"HEAD /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .ok()?;
    let mut head = [0u8; 64];
    let n = stream.read(&mut head).ok()?;
    let line = std::str::from_utf8(&head[..n]).ok()?;
    line.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

fn when(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S UTC").to_string()
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "terminal         {}", self.kiosk_id)?;
        writeln!(
            f,
            "config version   {} (from {})",
            self.config_version, self.config_from
        )?;
        match self.config_fetched_at {
            Some(at) => writeln!(f, "config fetched   {}", when(at))?,
            None => writeln!(
                f,
                "config fetched   never: the terminal's own file is in use"
            )?,
        }
        if let Some(p) = &self.kept_config_problem {
            writeln!(f, "kept config      not used: {p}")?;
        }
        match &self.metrics {
            Metrics::Off => writeln!(f, "metrics          off ([metrics] listen is not set)")?,
            Metrics::On { listen, answered } => match answered {
                Some(200) => writeln!(f, "metrics          listening on {listen}, answering")?,
                Some(403) => writeln!(
                    f,
                    "metrics          listening on {listen}, answering (this machine is not in [metrics] allow)"
                )?,
                Some(code) => writeln!(
                    f,
                    "metrics          listening on {listen}, answered HTTP {code}"
                )?,
                None => writeln!(
                    f,
                    "metrics          set to listen on {listen}, but nothing answers there (is the kiosk running?)"
                )?,
            },
        }
        if self.files.is_empty() {
            writeln!(f, "central set-up   off ([fleet] names no file)")?;
        }
        for file in &self.files {
            writeln!(f, "{:<16} {}", file.kind.as_str(), file.url)?;
            match file.kept {
                Some((v, at)) => writeln!(f, "  last good copy version {v}, fetched {}", when(at))?,
                None => writeln!(f, "  last good copy none")?,
            }
            match &file.last_check {
                None => writeln!(f, "  last check     not yet")?,
                Some(Check { at, problem: None }) => {
                    writeln!(f, "  last check     {}: fine", when(*at))?
                }
                Some(Check {
                    at,
                    problem: Some((_, words)),
                }) => writeln!(f, "  last check     {}: REFUSED: {words}", when(*at))?,
            }
        }
        Ok(())
    }
}
