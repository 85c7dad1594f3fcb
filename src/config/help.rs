//! `[help]`: where a resident's "Get help from staff" goes. A JSON POST to a
//! webhook (a Microsoft Teams / Power Automate workflow, a Slack incoming
//! webhook, or plain JSON for anything else) and/or a text to each duty
//! phone through `[notify]`; and the words that send a resident to the desk
//! when no one can be called or no one has come.

use super::{Config, ConfigError};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::collections::BTreeMap;

/// How the webhook's JSON is shaped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum HookFormat {
    /// A message with an Adaptive Card attachment, as a Teams "Post to a
    /// channel when a webhook request is received" workflow expects.
    Teams,
    /// A Slack incoming webhook's `text` and `blocks`.
    Slack,
    /// The help call's own fields as a flat JSON object.
    #[default]
    Json,
}

impl HookFormat {
    /// The config word.
    pub fn as_str(self) -> &'static str {
        match self {
            HookFormat::Teams => "teams",
            HookFormat::Slack => "slack",
            HookFormat::Json => "json",
        }
    }
}

/// `[help]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Help {
    /// Where each call is POSTed as JSON. A Teams or Slack webhook address
    /// is itself the credential (anyone holding it can post), so it is a
    /// secret: `Debug` never prints it.
    #[serde(default)]
    pub webhook_url: Option<SecretString>,
    /// teams, slack or json.
    #[serde(default)]
    pub format: HookFormat,
    /// Duty phones (UK mobiles) texted through `[notify]`.
    #[serde(default)]
    pub sms_to: Vec<String>,
    /// Seconds to wait for someone to come before the resident is given the
    /// desk directions.
    #[serde(default = "default_answer_within")]
    pub answer_within_s: u64,
    /// Where the help desk is, per locale (en-GB is used where a language
    /// has none).
    #[serde(default)]
    pub desk_directions: BTreeMap<String, String>,
}

fn default_answer_within() -> u64 {
    180
}

impl Default for Help {
    fn default() -> Self {
        Help {
            webhook_url: None,
            format: HookFormat::default(),
            sms_to: Vec::new(),
            answer_within_s: default_answer_within(),
            desk_directions: BTreeMap::new(),
        }
    }
}

impl Help {
    /// The desk directions in `locale`, else its language's, else en-GB's;
    /// `None` when the council wrote none.
    pub fn directions(&self, locale: &str) -> Option<&str> {
        let language = locale.split('-').next().unwrap_or(locale);
        self.desk_directions
            .get(locale)
            .or_else(|| self.desk_directions.get(language))
            .or_else(|| self.desk_directions.get("en-GB"))
            .map(String::as_str)
            .filter(|s| !s.trim().is_empty())
    }

    /// The webhook, when one is set.
    pub fn webhook(&self) -> Option<&str> {
        self.webhook_url
            .as_ref()
            .map(|u| u.expose_secret())
            .filter(|u| !u.trim().is_empty())
    }
}

pub(super) fn validate(config: &Config) -> Result<(), ConfigError> {
    let h = &config.help;
    if let Some(url) = h.webhook()
        && let Err(problem) = super::check_url(url)
    {
        // The address is a secret: name the key and the rule, not the path.
        let shown = match reqwest::Url::parse(url) {
            Ok(u) => format!("{}://{}/…", u.scheme(), u.host_str().unwrap_or_default()),
            Err(_) => "this".into(),
        };
        return Err(config.problem(
            "help.webhook_url",
            problem
                .to_string()
                .replace(&format!("\"{url}\""), &format!("\"{shown}\"")),
        ));
    }
    for (i, number) in h.sms_to.iter().enumerate() {
        if crate::journey::contact::uk_mobile(number).is_none() {
            return Err(config.problem(
                &format!("help.sms_to[{i}]"),
                format!("\"{number}\" is not a UK mobile number: use one like 07700 900123"),
            ));
        }
    }
    if !h.sms_to.is_empty() {
        let Some(n) = &config.notify else {
            return Err(config.problem(
                "help.sms_to",
                "texts to duty phones go through GOV.UK Notify: add a [notify] section with its api_key",
            ));
        };
        if n.templates
            .get("en-GB")
            .and_then(|t| t.get("help_sms"))
            .is_none()
        {
            return Err(config.problem(
                "notify.templates.en-GB.help_sms",
                "help.sms_to is set, so give the id of the Notify text message template for help calls (see docs/notify.md)",
            ));
        }
    }
    if !(30..=1800).contains(&h.answer_within_s) {
        return Err(config.problem(
            "help.answer_within_s",
            "use a number of seconds from 30 to 1800",
        ));
    }
    for (locale, words) in &h.desk_directions {
        if !crate::i18n::is_shipped(locale) {
            return Err(config.problem(
                &format!("help.desk_directions.{locale}"),
                format!("\"{locale}\" is not one of the kiosk's languages"),
            ));
        }
        if words.trim().is_empty() {
            return Err(config.problem(
                &format!("help.desk_directions.{locale}"),
                "say where the help desk is, such as \"The help desk is by the main entrance.\"",
            ));
        }
    }
    if !h.desk_directions.is_empty() && !h.desk_directions.contains_key("en-GB") {
        return Err(config.problem(
            "help.desk_directions.en-GB",
            "give the directions in English too: languages without their own use them",
        ));
    }
    Ok(())
}
