//! `[notify]`: GOV.UK Notify, for the texts and emails a resident chose to
//! get (their reference, appointment news, reminders, progress updates), and
//! for help calls texted to duty phones.
//!
//! The API key is GOV.UK Notify's `name-serviceid-secret`: the service id and
//! the secret are its last two UUIDs. It is held as a [`SecretString`], so
//! `Debug` never prints it, and only the Notify client ever exposes it.

use super::{Config, ConfigError};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// GOV.UK Notify's API.
pub const DEFAULT_BASE_URL: &str = "https://api.notifications.service.gov.uk";

/// `[notify]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notify {
    /// The API key, inline (`name-serviceid-secret`).
    #[serde(default)]
    pub api_key: Option<SecretString>,
    /// A file holding the API key.
    #[serde(default)]
    pub api_key_file: Option<PathBuf>,
    /// Notify's API address.
    #[serde(default = "default_base_url")]
    pub base_url: String,
    /// The hour (0 to 23, local time) reminders go on the day before an
    /// appointment.
    #[serde(default = "default_reminder_hour")]
    pub reminder_hour: u32,
    /// Tell residents who asked when a request's Open311 status changes
    /// (for back offices that do not tell residents themselves).
    #[serde(default)]
    pub updates: bool,
    /// How many days after a request is saved its status is watched.
    #[serde(default = "default_updates_days")]
    pub updates_days: u32,
    /// Hours after which a message that could not be sent is given up and
    /// shown to staff.
    #[serde(default = "default_give_up_hours")]
    pub give_up_hours: u32,
    /// Notify template ids per locale; a locale without a template uses
    /// en-GB's.
    #[serde(default)]
    pub templates: BTreeMap<String, Templates>,
}

fn default_base_url() -> String {
    DEFAULT_BASE_URL.to_string()
}
fn default_reminder_hour() -> u32 {
    17
}
fn default_updates_days() -> u32 {
    30
}
fn default_give_up_hours() -> u32 {
    48
}

/// `[notify.templates.<locale>]`: one Notify template id per message.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Templates {
    /// Text: a request was saved (reference, service, tracking link).
    #[serde(default)]
    pub submitted_sms: Option<String>,
    /// Email: a request was saved.
    #[serde(default)]
    pub submitted_email: Option<String>,
    /// Text: an appointment was booked.
    #[serde(default)]
    pub booked_sms: Option<String>,
    /// Email: an appointment was booked.
    #[serde(default)]
    pub booked_email: Option<String>,
    /// Text: the appointment is tomorrow.
    #[serde(default)]
    pub reminder_sms: Option<String>,
    /// Text: the appointment was moved.
    #[serde(default)]
    pub moved_sms: Option<String>,
    /// Text: the appointment was cancelled.
    #[serde(default)]
    pub cancelled_sms: Option<String>,
    /// Text: a request's status changed.
    #[serde(default)]
    pub update_sms: Option<String>,
    /// Email: a request's status changed.
    #[serde(default)]
    pub update_email: Option<String>,
    /// Text to the duty phones in `[help] sms_to` (read from en-GB only:
    /// it goes to staff). An addition to the keys in DESIGN.md: Notify
    /// sends nothing without a template.
    #[serde(default)]
    pub help_sms: Option<String>,
}

impl Templates {
    /// Every key with its id, in the order of the docs.
    pub fn entries(&self) -> [(&'static str, Option<&str>); 10] {
        [
            ("submitted_sms", self.submitted_sms.as_deref()),
            ("submitted_email", self.submitted_email.as_deref()),
            ("booked_sms", self.booked_sms.as_deref()),
            ("booked_email", self.booked_email.as_deref()),
            ("reminder_sms", self.reminder_sms.as_deref()),
            ("moved_sms", self.moved_sms.as_deref()),
            ("cancelled_sms", self.cancelled_sms.as_deref()),
            ("update_sms", self.update_sms.as_deref()),
            ("update_email", self.update_email.as_deref()),
            ("help_sms", self.help_sms.as_deref()),
        ]
    }

    /// The id for a key such as `booked_sms`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries()
            .into_iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, id)| id)
            .filter(|id| !id.trim().is_empty())
    }
}

/// A GOV.UK Notify API key, split into the parts a token needs.
#[derive(Debug, Clone)]
pub struct ApiKey {
    /// The service id: the token's `iss`.
    pub service_id: String,
    /// The secret the token is signed with.
    pub secret: SecretString,
}

/// Why an API key cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// Not `name-serviceid-secret` with two UUIDs at the end.
    #[error(
        "this is not a GOV.UK Notify API key: copy the whole key from Notify's API integration page (it ends with two long ids joined by dashes)"
    )]
    Shape,
    /// Neither `api_key` nor `api_key_file`.
    #[error("give the API key from GOV.UK Notify's API integration page, or api_key_file")]
    Missing,
    /// The key file could not be read.
    #[error("cannot read {0}: {1}")]
    File(String, String),
}

impl ApiKey {
    /// Splits `name-serviceid-secret`: the last 36 characters are the
    /// secret, the 36 before the dash ahead of it the service id. Both must
    /// be UUIDs; the name may itself hold dashes.
    pub fn parse(key: &str) -> Result<ApiKey, KeyError> {
        let key = key.trim();
        let n = key.len();
        if n < 74 || !key.is_ascii() {
            return Err(KeyError::Shape);
        }
        let secret = &key[n - 36..];
        let service = &key[n - 73..n - 37];
        let dash = &key[n - 37..n - 36];
        if dash != "-" || (n > 74 && &key[n - 74..n - 73] != "-") {
            return Err(KeyError::Shape);
        }
        if uuid::Uuid::parse_str(secret).is_err() || uuid::Uuid::parse_str(service).is_err() {
            return Err(KeyError::Shape);
        }
        Ok(ApiKey {
            service_id: service.to_string(),
            secret: SecretString::from(secret.to_string()),
        })
    }
}

impl Notify {
    /// The API key, from `api_key` or read from `api_key_file`, parsed.
    pub fn key(&self) -> Result<ApiKey, KeyError> {
        match (&self.api_key, &self.api_key_file) {
            (Some(k), _) if !k.expose_secret().trim().is_empty() => {
                ApiKey::parse(k.expose_secret())
            }
            (_, Some(path)) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| KeyError::File(path.display().to_string(), e.to_string()))?;
                ApiKey::parse(&text)
            }
            _ => Err(KeyError::Missing),
        }
    }

    /// The template for `key` (such as `booked_sms`) in `locale`, else
    /// en-GB's. `None` when neither has one: that message is not offered.
    pub fn template(&self, key: &str, locale: &str) -> Option<&str> {
        let language = locale.split('-').next().unwrap_or(locale);
        self.templates
            .get(locale)
            .and_then(|t| t.get(key))
            .or_else(|| {
                self.templates
                    .iter()
                    .find(|(l, _)| l.as_str() == language)
                    .and_then(|(_, t)| t.get(key))
            })
            .or_else(|| self.templates.get("en-GB").and_then(|t| t.get(key)))
    }
}

pub use super::url::check_url;

pub(super) fn validate(config: &Config) -> Result<(), ConfigError> {
    let Some(n) = &config.notify else {
        return Ok(());
    };
    if n.api_key
        .as_ref()
        .is_some_and(|k| !k.expose_secret().trim().is_empty())
        && n.api_key_file.is_some()
    {
        return Err(config.problem(
            "notify.api_key_file",
            "set api_key or api_key_file, not both",
        ));
    }
    match (&n.api_key, &n.api_key_file) {
        (Some(k), _) if !k.expose_secret().trim().is_empty() => {
            if let Err(e) = ApiKey::parse(k.expose_secret()) {
                return Err(config.problem("notify.api_key", e.to_string()));
            }
        }
        (_, Some(_)) => {}
        _ => return Err(config.problem("notify.api_key", KeyError::Missing.to_string())),
    }
    if let Err(problem) = check_url(&n.base_url) {
        return Err(config.problem("notify.base_url", problem.to_string()));
    }
    if n.reminder_hour > 23 {
        return Err(config.problem(
            "notify.reminder_hour",
            "use an hour from 0 to 23, such as 17 for 5pm",
        ));
    }
    if !(1..=365).contains(&n.updates_days) {
        return Err(config.problem("notify.updates_days", "use a number of days from 1 to 365"));
    }
    if !(1..=720).contains(&n.give_up_hours) {
        return Err(config.problem(
            "notify.give_up_hours",
            "use a number of hours from 1 to 720 (30 days)",
        ));
    }
    for (locale, templates) in &n.templates {
        if !crate::i18n::is_shipped(locale) {
            return Err(config.problem(
                &format!("notify.templates.{locale}"),
                format!(
                    "\"{locale}\" is not one of the kiosk's languages: use {}",
                    crate::i18n::languages()
                        .iter()
                        .map(|l| l.id)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        for (key, id) in templates.entries() {
            let Some(id) = id else { continue };
            if uuid::Uuid::parse_str(id.trim()).is_err() {
                return Err(config.problem(
                    &format!("notify.templates.{locale}.{key}"),
                    format!(
                        "\"{id}\" is not a template id: copy the id from the template's page in GOV.UK Notify (it looks like f33517ff-2a88-4f6e-b855-c550268ce08a)"
                    ),
                ));
            }
            if key == "help_sms" && locale != "en-GB" {
                return Err(config.problem(
                    &format!("notify.templates.{locale}.help_sms"),
                    "help calls go to staff in English: put help_sms under [notify.templates.en-GB]",
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str =
        "kiosk_key-26785A09-AB16-4EB0-8407-A37497A57506-3D844EDF-8D35-48AC-975B-E847B4F122B0";

    #[test]
    fn keys_split_into_service_and_secret() {
        let k = ApiKey::parse(KEY).expect("key");
        assert_eq!(k.service_id, "26785A09-AB16-4EB0-8407-A37497A57506");
        assert_eq!(
            k.secret.expose_secret(),
            "3D844EDF-8D35-48AC-975B-E847B4F122B0"
        );
        // The name may hold dashes.
        let k = ApiKey::parse(&format!("my-kiosk-key-{}", &KEY[10..])).expect("key");
        assert_eq!(k.service_id, "26785A09-AB16-4EB0-8407-A37497A57506");
        // Debug never shows the secret.
        assert!(!format!("{k:?}").contains("3D844EDF"));
        for bad in [
            "",
            "secret",
            &KEY[..KEY.len() - 1],
            &KEY.replace("-3D844EDF", "_3D844EDF"),
            &KEY.replace("AB16", "ZZ16"),
        ] {
            assert_eq!(ApiKey::parse(bad).unwrap_err(), KeyError::Shape, "{bad}");
        }
    }

    #[test]
    fn urls_must_be_https_unless_on_this_machine() {
        assert!(check_url("https://api.notifications.service.gov.uk").is_ok());
        assert!(check_url("http://127.0.0.1:9000").is_ok());
        assert!(check_url("http://localhost/hook").is_ok());
        assert!(check_url("http://[::1]:80/").is_ok());
        assert!(check_url("http://example.org/hook").is_err());
        assert!(check_url("http://10.0.0.1/hook").is_err());
        assert!(check_url("ftp://example.org").is_err());
        assert!(check_url("not a url").is_err());
    }

    #[test]
    fn templates_fall_back_to_english_per_template() {
        let mut n: Notify = toml::from_str(
            "api_key = \"x\"\n[templates.en-GB]\nsubmitted_sms = \"a\"\nbooked_sms = \"b\"\n[templates.cy]\nsubmitted_sms = \"c\"\n[templates.pl]\nbooked_sms = \"\"\n",
        )
        .expect("parses");
        assert_eq!(n.template("submitted_sms", "cy"), Some("c"));
        assert_eq!(n.template("booked_sms", "cy"), Some("b"));
        assert_eq!(n.template("booked_sms", "pl"), Some("b"));
        assert_eq!(n.template("submitted_sms", "uk"), Some("a"));
        assert_eq!(n.template("update_sms", "cy"), None);
        n.templates.clear();
        assert_eq!(n.template("submitted_sms", "en-GB"), None);
    }
}
