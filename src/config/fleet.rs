//! `[fleet]`: central set-up, signed with the council's minisign key. The
//! terminal fetches its config (and, when set, a catalogue overlay and a
//! diary) from the council's web server every hour and applies only files
//! that carry a good signature and a higher version than the one in use.

use serde::Deserialize;

/// `[fleet]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FleetConfig {
    /// This terminal's config file on the council's server; `{kiosk_id}` is
    /// replaced by `[kiosk] id`. Its signature is at the same URL plus
    /// `.minisig`.
    #[serde(default)]
    pub config_url: Option<String>,
    /// The council's minisign public key (the `RW…` line of its `.pub` file).
    #[serde(default)]
    pub public_key: Option<String>,
    /// The version of this config. A fetched config applies only when its
    /// `[fleet] version` is higher. 0 when unset.
    #[serde(default)]
    pub version: u64,
    /// A catalogue overlay (`overlay.toml` with a top-level `version`),
    /// signed the same way.
    #[serde(default)]
    pub overlay_url: Option<String>,
    /// A hub diary (`diary.toml` with a top-level `version`), signed the
    /// same way.
    #[serde(default)]
    pub diary_url: Option<String>,
}

impl FleetConfig {
    /// Whether any file is fetched centrally.
    pub fn is_on(&self) -> bool {
        self.config_url.is_some() || self.overlay_url.is_some() || self.diary_url.is_some()
    }

    /// Checks the keys; the error names the key and what to do.
    pub fn validate(&self) -> Result<(), (&'static str, String)> {
        for (key, url) in [
            ("fleet.config_url", &self.config_url),
            ("fleet.overlay_url", &self.overlay_url),
            ("fleet.diary_url", &self.diary_url),
        ] {
            if let Some(url) = url
                && let Err(problem) = check_url(url)
            {
                return Err((key, problem.to_string()));
            }
        }
        match &self.public_key {
            None if self.is_on() => Err((
                "fleet.public_key",
                "files fetched from the council must be signed: give the council's minisign public key (the line starting RW in its .pub file)".into(),
            )),
            Some(key) if minisign_verify::PublicKey::from_base64(key.trim()).is_err() => Err((
                "fleet.public_key",
                "this is not a minisign public key: copy the second line of the council's .pub file, starting RW".into(),
            )),
            _ => Ok(()),
        }
    }
}

pub use super::url::check_url;

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3";

    #[test]
    fn urls_must_be_https_unless_loopback() {
        assert!(check_url("https://it.example.gov.uk/kiosks/{kiosk_id}.toml").is_ok());
        assert!(check_url("http://127.0.0.1:8080/k/{kiosk_id}.toml").is_ok());
        assert!(check_url("http://[::1]:8080/k.toml").is_ok());
        assert!(check_url("http://localhost/k.toml").is_ok());
        assert!(check_url("http://it.example.gov.uk/k.toml").is_err());
        assert!(check_url("ftp://127.0.0.1/k.toml").is_err());
        assert!(check_url("kiosks/k.toml").is_err());
    }

    #[test]
    fn a_url_needs_a_good_key() {
        let mut f = FleetConfig {
            config_url: Some("https://it.example.gov.uk/{kiosk_id}.toml".into()),
            ..FleetConfig::default()
        };
        assert_eq!(f.validate().unwrap_err().0, "fleet.public_key");
        f.public_key = Some("not a key".into());
        assert_eq!(f.validate().unwrap_err().0, "fleet.public_key");
        f.public_key = Some(KEY.into());
        assert!(f.validate().is_ok());
        f.diary_url = Some("http://example.gov.uk/diary.toml".into());
        assert_eq!(f.validate().unwrap_err().0, "fleet.diary_url");
        assert!(FleetConfig::default().validate().is_ok());
    }
}
