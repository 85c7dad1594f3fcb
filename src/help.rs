//! Help calls that reach a person: when a resident presses "Get help from
//! staff", a call goes at once to every channel `[help]` configures — a
//! webhook (Teams workflow, Slack, or plain JSON) and a text to each duty
//! phone through GOV.UK Notify — each with a short timeout, and the result
//! says which channels took it. The resident is told the truth from that
//! ([`what_to_show`]): calling, staff told, or where the desk is.
//!
//! Calls are never queued: a call is sent now or not at all, and one older
//! than [`MAX_AGE`] is dropped rather than delivered, because a member of
//! staff sent to a resident who left long ago helps no one.
//!
//! # For the app
//! - On "Get help": `let call = HelpCall::new(&config, screen, code, name,
//!   locale, large_text, now)`; `store.record_help_call(&call)`; run
//!   `Caller::from_config(&config)?.call(&call, Utc::now())` as a Task; when
//!   it returns, `store.record_help_outcome(&call.id, &outcome.accepted())`.
//! - Render [`what_to_show`] (again at [`Show::recheck_at`]).
//! - On a staff sign-in on this terminal: `store.answer_help_calls(now)`.

pub mod call;
pub mod payload;

pub use call::HelpCall;

use crate::config::Config;
use crate::config::help::HookFormat;
use chrono::{DateTime, Utc};
use secrecy::{ExposeSecret, SecretString};
use std::time::Duration;

/// A call older than this is dropped, not delivered.
pub const MAX_AGE: chrono::TimeDelta = chrono::TimeDelta::minutes(2);
/// How long each channel is given to take a call.
pub const CHANNEL_TIMEOUT: Duration = Duration::from_secs(8);

/// One way a call goes out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Channel {
    /// The webhook.
    Webhook(HookFormat),
    /// A text to a duty phone (shown masked: its last three digits).
    Sms(String),
}

impl std::fmt::Display for Channel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Channel::Webhook(format) => write!(f, "webhook ({})", format.as_str()),
            Channel::Sms(masked) => write!(f, "text to {masked}"),
        }
    }
}

/// What one channel did with a call.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum Delivery {
    /// It took the call (its HTTP status).
    Accepted(u16),
    /// It refused the call or could not be reached (why).
    Failed(String),
    /// No answer within [`CHANNEL_TIMEOUT`].
    TimedOut,
    /// The call was older than [`MAX_AGE`]: not sent.
    Dropped,
}

impl std::fmt::Display for Delivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Delivery::Accepted(status) => write!(f, "accepted ({status})"),
            Delivery::Failed(why) => write!(f, "failed: {why}"),
            Delivery::TimedOut => {
                write!(f, "no answer within {} seconds", CHANNEL_TIMEOUT.as_secs())
            }
            Delivery::Dropped => write!(f, "not sent: the call is more than 2 minutes old"),
        }
    }
}

/// What every channel did with a call.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct CallOutcome {
    /// Each channel and what it did, in config order (webhook first).
    pub channels: Vec<(Channel, Delivery)>,
}

impl CallOutcome {
    /// Whether any channel took the call.
    pub fn any_accepted(&self) -> bool {
        self.channels
            .iter()
            .any(|(_, d)| matches!(d, Delivery::Accepted(_)))
    }

    /// The channels that took it, as words for the store.
    pub fn accepted(&self) -> Vec<String> {
        self.channels
            .iter()
            .filter(|(_, d)| matches!(d, Delivery::Accepted(_)))
            .map(|(c, _)| c.to_string())
            .collect()
    }
}

impl std::fmt::Display for CallOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (channel, delivery) in &self.channels {
            writeln!(f, "{channel}: {delivery}")?;
        }
        Ok(())
    }
}

/// Why help calls cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum HelpError {
    /// Neither a webhook nor duty phones.
    #[error(
        "[help] has no webhook_url and no sms_to, so help calls reach no one: residents are sent to the desk"
    )]
    NoChannels,
    /// Notify cannot be used for the texts.
    #[error("{0}")]
    Notify(#[from] crate::notify::NotifyError),
    /// The HTTP client could not be made.
    #[error("cannot set up the connection for help calls: {0}")]
    Http(String),
    /// No channel took the test call.
    #[error("no channel accepted the test call:\n{0}")]
    NoneAccepted(CallOutcome),
}

/// Sends help calls through every configured channel.
#[derive(Debug, Clone)]
pub struct Caller {
    http: reqwest::Client,
    webhook: Option<(SecretString, HookFormat)>,
    sms_to: Vec<String>,
    notify: Option<(crate::notify::Client, String)>,
    timeout: Duration,
    max_answer: u64,
}

impl Caller {
    /// The channels `[help]` describes. With none, every call goes straight
    /// to the desk directions ([`Caller::has_channels`] is false).
    pub fn from_config(config: &Config) -> Result<Caller, HelpError> {
        Caller::with_timeout(config, CHANNEL_TIMEOUT)
    }

    /// The same with another per-channel timeout.
    pub fn with_timeout(config: &Config, timeout: Duration) -> Result<Caller, HelpError> {
        let h = &config.help;
        let http = crate::net::builder()
            .connect_timeout(timeout)
            .timeout(timeout)
            .build()
            .map_err(|e| HelpError::Http(e.to_string()))?;
        let sms_to: Vec<String> = h
            .sms_to
            .iter()
            .filter_map(|n| crate::notify::phone::uk_mobile(n))
            .collect();
        let notify = if sms_to.is_empty() {
            None
        } else {
            let template = config
                .notify
                .as_ref()
                .and_then(|n| n.templates.get("en-GB"))
                .and_then(|t| t.get("help_sms"))
                .ok_or(crate::notify::NotifyError::NoTemplate { key: "help_sms" })?
                .trim()
                .to_string();
            let client = crate::notify::Client::from_config(config)?.with_timeout(timeout)?;
            Some((client, template))
        };
        Ok(Caller {
            http,
            webhook: h
                .webhook()
                .map(|u| (SecretString::from(u.to_string()), h.format)),
            sms_to,
            notify,
            timeout,
            max_answer: config.network.max_answer_bytes,
        })
    }

    /// Whether any channel is configured.
    pub fn has_channels(&self) -> bool {
        self.webhook.is_some() || !self.sms_to.is_empty()
    }

    /// Sends `call` through every channel at once, each given the
    /// per-channel timeout, so the whole call ends within it. A call older
    /// than [`MAX_AGE`] at `now` is dropped on every channel.
    pub async fn call(&self, call: &HelpCall, now: DateTime<Utc>) -> CallOutcome {
        let mut names = Vec::new();
        if let Some((_, format)) = &self.webhook {
            names.push(Channel::Webhook(*format));
        }
        for n in &self.sms_to {
            names.push(Channel::Sms(crate::notify::phone::masked(n)));
        }
        if now - call.made_at > MAX_AGE {
            return CallOutcome {
                channels: names.into_iter().map(|c| (c, Delivery::Dropped)).collect(),
            };
        }
        let mut tasks = tokio::task::JoinSet::new();
        if let Some((url, format)) = &self.webhook {
            let (http, url, body) = (
                self.http.clone(),
                url.expose_secret().to_string(),
                payload::webhook_body(call, *format).to_string(),
            );
            let (timeout, limit) = (self.timeout, self.max_answer);
            tasks.spawn(async move { (0, post_hook(&http, &url, body, timeout, limit).await) });
        }
        self.spawn_texts(call, &mut tasks);
        let mut deliveries: Vec<Option<Delivery>> = vec![None; names.len()];
        while let Some(joined) = tasks.join_next().await {
            if let Ok((slot, delivery)) = joined
                && let Some(d) = deliveries.get_mut(slot)
            {
                *d = Some(delivery);
            }
        }
        CallOutcome {
            channels: names
                .into_iter()
                .zip(deliveries)
                .map(|(c, d)| {
                    (
                        c,
                        d.unwrap_or(Delivery::Failed("the channel stopped".into())),
                    )
                })
                .collect(),
        }
    }

    /// Starts a text to each number through GOV.UK Notify, each in its
    /// slot after the webhook's.
    fn spawn_texts(&self, call: &HelpCall, tasks: &mut tokio::task::JoinSet<(usize, Delivery)>) {
        if let Some((client, template)) = &self.notify {
            let fields = payload::sms_fields(call);
            for (i, number) in self.sms_to.iter().enumerate() {
                let (client, template, fields, number) = (
                    client.clone(),
                    template.clone(),
                    fields.clone(),
                    number.clone(),
                );
                let reference = format!("help {} {}", call.id, i + 1);
                let timeout = self.timeout;
                let slot = i + usize::from(self.webhook.is_some());
                tasks.spawn(async move {
                    let answer = tokio::time::timeout(
                        timeout,
                        client.send(
                            crate::notify::Channel::Sms,
                            &number,
                            &template,
                            &fields,
                            &reference,
                        ),
                    )
                    .await;
                    let delivery = match answer {
                        Err(_) => Delivery::TimedOut,
                        Ok(crate::notify::Answer::Accepted { .. }) => Delivery::Accepted(201),
                        Ok(crate::notify::Answer::Refused { reason, .. })
                        | Ok(crate::notify::Answer::Retry { reason, .. }) => {
                            if reason.contains("did not answer in time") {
                                Delivery::TimedOut
                            } else {
                                Delivery::Failed(reason)
                            }
                        }
                    };
                    (slot, delivery)
                });
            }
        }
    }
}

async fn post_hook(
    http: &reqwest::Client,
    url: &str,
    body: String,
    timeout: Duration,
    limit: u64,
) -> Delivery {
    let sent = tokio::time::timeout(
        timeout,
        http.post(url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .send(),
    )
    .await;
    // The webhook's address is its credential: errors are shown without it.
    match sent.map(|r| r.map_err(reqwest::Error::without_url)) {
        Err(_) => Delivery::TimedOut,
        Ok(Err(e)) if e.is_timeout() => Delivery::TimedOut,
        Ok(Err(e)) if e.is_connect() => Delivery::Failed(format!("cannot reach the webhook: {e}")),
        Ok(Err(e)) => Delivery::Failed(format!("the webhook connection failed: {e}")),
        Ok(Ok(r)) if r.status().is_success() => Delivery::Accepted(r.status().as_u16()),
        Ok(Ok(r)) if r.status().is_redirection() => {
            Delivery::Failed(crate::net::redirect_words(&r))
        }
        Ok(Ok(r)) => {
            let status = r.status().as_u16();
            let words = tokio::time::timeout(Duration::from_secs(1), crate::net::text(r, limit))
                .await
                .ok()
                .and_then(Result::ok)
                .unwrap_or_default();
            Delivery::Failed(format!(
                "the webhook answered {status}: {}",
                crate::notify::client::clip(&words)
            ))
        }
    }
}

/// Why the resident is sent to the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No channel is configured.
    NoChannels,
    /// Every channel failed.
    CallFailed,
    /// Staff were told, but no one came within `help.answer_within_s`.
    NoOneCame,
}

/// What the help dialog shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Show {
    /// "Calling a member of staff…" while the channels are tried.
    Calling,
    /// "A member of staff has been told": at least one channel took it.
    StaffTold {
        /// When to look again, to switch to the desk directions.
        until: DateTime<Utc>,
    },
    /// The desk directions and a "Call again" button.
    GoToDesk {
        /// Why.
        why: Why,
    },
}

impl Show {
    /// The Fluent id of the heading.
    pub fn heading_id(&self) -> &'static str {
        match self {
            Show::Calling => "help-calling",
            Show::StaffTold { .. } => "help-told-heading",
            Show::GoToDesk { .. } => "help-desk-heading",
        }
    }

    /// The Fluent id of the line under the heading (the desk directions
    /// follow it, see [`directions`]).
    pub fn body_id(&self) -> &'static str {
        match self {
            Show::Calling | Show::StaffTold { .. } => "help-told-body",
            Show::GoToDesk {
                why: Why::NoOneCame,
            } => "help-desk-no-one-came",
            Show::GoToDesk { .. } => "help-desk-failed",
        }
    }

    /// Whether to show the desk directions and "Call again"
    /// (`help-call-again`).
    pub fn offers_desk(&self) -> bool {
        matches!(self, Show::GoToDesk { .. })
    }

    /// When the dialog must be looked at again without any new event.
    pub fn recheck_at(&self) -> Option<DateTime<Utc>> {
        match self {
            Show::StaffTold { until } => Some(*until),
            _ => None,
        }
    }
}

/// What to show `called_at` + so long: `outcome` is `None` while the call
/// is still going. With no channel configured, the desk at once; with a
/// channel that took the call, "staff told" until `help.answer_within_s`
/// has passed, then the desk; with every channel failed, the desk.
pub fn what_to_show(
    config: &Config,
    has_channels: bool,
    outcome: Option<&CallOutcome>,
    called_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Show {
    if !has_channels {
        return Show::GoToDesk {
            why: Why::NoChannels,
        };
    }
    let Some(outcome) = outcome else {
        return Show::Calling;
    };
    if !outcome.any_accepted() {
        return Show::GoToDesk {
            why: Why::CallFailed,
        };
    }
    let until = called_at + chrono::Duration::seconds(config.help.answer_within_s as i64);
    if now >= until {
        Show::GoToDesk {
            why: Why::NoOneCame,
        }
    } else {
        Show::StaffTold { until }
    }
}

/// Where the desk is, in the resident's language: the council's words for
/// `locale` (else en-GB's), else the kiosk's own general words.
pub fn directions(config: &Config, locale: &str) -> String {
    config
        .help
        .directions(locale)
        .map(str::to_string)
        .unwrap_or_else(|| crate::i18n::t(locale, "help-desk-default"))
}

/// `frontdoor help test`: a test call through every configured channel;
/// what each answered, or an error when none accepted it.
pub fn test_call(config: &Config) -> Result<CallOutcome, HelpError> {
    let caller = Caller::from_config(config)?;
    if !caller.has_channels() {
        return Err(HelpError::NoChannels);
    }
    let now = Utc::now();
    let mut call = HelpCall::new(config, "help test", None, None, "en-GB", false, now);
    call.test = true;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| HelpError::Http(e.to_string()))?;
    let outcome = runtime.block_on(caller.call(&call, now));
    if outcome.any_accepted() {
        Ok(outcome)
    } else {
        Err(HelpError::NoneAccepted(outcome))
    }
}
