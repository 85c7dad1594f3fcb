//! Sending stored submissions to the council's back office over Open311
//! GeoReport v2, so that nothing is lost and nothing is sent twice.
//!
//! Every attempt carries the submission's UUID as the `Idempotency-Key`
//! header, so a back office that already created the request (and then lost
//! the connection before answering) answers the retry with the same request.
//! Network errors, timeouts, 5xx, 429 and 503 are retried for ever with
//! exponential backoff and full jitter, honouring `Retry-After`; any other 4xx
//! parks the submission as needs-attention with the server's own words.
//!
//! Every request carries a location as the spec says: `address_id` (the
//! UPRN), `lat` and `long`, and `address_string`, whichever are known; a
//! submission about the terminal's own site gets the site's from the config.
//! One with none of them is never sent: it is parked for staff at once,
//! since the back office would refuse it (see `docs/locations.md`).

pub mod catalogue;
pub mod open_requests;
mod pass;
pub mod retry;
pub mod tokens;

pub use pass::{Report, apply_retention, record, send_due, send_waiting};

use crate::config::Config;
use crate::journey::Answer;
use crate::outbox::{Outbox, Stored};

use secrecy::{ExposeSecret, SecretString};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How many requests are in flight at once.
pub const CONCURRENCY: usize = 4;

/// What one attempt to send came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The back office has it.
    Sent {
        /// The request's id (realtime services).
        service_request_id: Option<String>,
        /// The token to resolve later (batch services).
        token: Option<String>,
    },
    /// Try again later.
    Retry {
        /// How long the server asked us to wait.
        after: Option<Duration>,
        /// What went wrong, for staff.
        reason: String,
    },
    /// The back office refused it; retrying cannot help.
    Refused {
        /// The server's own words.
        reason: String,
    },
}

/// The Open311 client for one back office.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    jurisdiction_id: Option<String>,
    api_key: Option<SecretString>,
    device_id: String,
    /// This terminal's site, for `location = "site"` submissions.
    site: crate::journey::Site,
    /// The most bytes of one answer read (`network.max_answer_bytes`).
    max_answer: u64,
    /// The most bytes of the whole catalogue read
    /// (`network.max_catalogue_bytes`).
    max_catalogue: u64,
    /// How long a batch token may take to resolve
    /// (`backend.token_give_up_hours`).
    token_give_up: Duration,
}

/// Why a GET brought back no answer to read.
#[derive(Debug, thiserror::Error)]
pub enum GetError {
    /// The back office could not be reached, or the connection failed.
    #[error("{path}: cannot reach the back office: {source}")]
    Unreachable {
        /// The document asked for.
        path: String,
        /// What went wrong.
        source: reqwest::Error,
    },
    /// The answer was too large, or cut off.
    #[error("{path}: {source}")]
    Read {
        /// The document asked for.
        path: String,
        /// What went wrong.
        source: crate::net::ReadError,
    },
    /// The back office pointed elsewhere; redirects are not followed.
    #[error("{path}: {words}")]
    Redirect {
        /// The document asked for.
        path: String,
        /// Where it pointed, in plain words.
        words: String,
    },
    /// The back office answered with another status than the one that
    /// means success.
    #[error("{path}: the back office answered {status}: {words}")]
    Status {
        /// The document asked for.
        path: String,
        /// The HTTP status.
        status: u16,
        /// What its answer said, clipped.
        words: String,
    },
    /// The answer came but could not be read.
    #[error("the back office's answer could not be read: {0}")]
    Unreadable(String),
}

/// Why the background sender, a token look-up or the open requests could
/// not finish a pass.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// Another part of the kiosk stopped while holding the store.
    #[error("the store is unavailable")]
    StoreUnavailable,
    /// The store refused a read or write.
    #[error(transparent)]
    Store(#[from] crate::outbox::StoreError),
    /// The back office's answer could not be had or used.
    #[error(transparent)]
    Get(#[from] GetError),
    /// A send stopped part way (its task ended without an outcome).
    #[error("a send stopped part way: {0}")]
    Stopped(String),
}

/// The store, locked for a short read or write.
pub(crate) fn locked(
    outbox: &Arc<Mutex<Outbox>>,
) -> Result<std::sync::MutexGuard<'_, Outbox>, SyncError> {
    outbox.lock().map_err(|_| SyncError::StoreUnavailable)
}

/// Why sync cannot start.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// `[backend] kind` is not open311.
    #[error("backend.kind is \"none\": there is no back office to send to")]
    NoBackend,
    /// The API key file could not be read.
    #[error("backend.api_key_file: cannot read {0}: {1}")]
    KeyFile(String, std::io::Error),
    /// The HTTP client could not be built.
    #[error("cannot set up the HTTP client: {0}")]
    Http(#[from] reqwest::Error),
}

impl Client {
    /// The client the config describes.
    pub fn from_config(config: &Config) -> Result<Client, SetupError> {
        let b = &config.backend;
        let (crate::config::BackendKind::Open311, Some(url)) = (b.kind, &b.url) else {
            return Err(SetupError::NoBackend);
        };
        let api_key = match (&b.api_key, &b.api_key_file) {
            (Some(k), _) => Some(k.expose_secret().trim().to_string()),
            (None, Some(path)) => Some(
                std::fs::read_to_string(path)
                    .map_err(|e| SetupError::KeyFile(path.display().to_string(), e))?
                    .trim()
                    .to_string(),
            ),
            (None, None) => None,
        }
        .filter(|k| !k.is_empty())
        .map(SecretString::from);
        let http = crate::net::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(30))
            .build()?;
        // The site as the config gives it, completed from the gazetteer; a
        // gazetteer that cannot be read leaves what the config says.
        let site = crate::gazetteer::site(config).unwrap_or_else(|_| config.site());
        Ok(Client {
            http,
            base: url.trim_end_matches('/').to_string(),
            jurisdiction_id: b.jurisdiction_id.clone().filter(|j| !j.is_empty()),
            api_key,
            device_id: config.kiosk.id.clone(),
            site,
            max_answer: config.network.max_answer_bytes,
            max_catalogue: config.network.max_catalogue_bytes,
            token_give_up: Duration::from_secs(u64::from(b.token_give_up_hours) * 3600),
        })
    }

    /// Replaces the request timeout (tests use a short one).
    pub fn with_timeout(mut self, timeout: Duration) -> Result<Client, SetupError> {
        self.http = crate::net::builder()
            .connect_timeout(timeout)
            .timeout(timeout)
            .build()?;
        Ok(self)
    }

    /// The form fields of a submission, as the spec says:
    /// `attribute[code]=v` and `attribute[code][]=v` for multiple values;
    /// a submission about the site gets the site's location.
    pub fn form(&self, stored: &Stored) -> Vec<(String, String)> {
        let mut stored = stored.clone();
        if let Some(sub) = &mut stored.submission {
            with_site(sub, &self.site);
        }
        form_fields(
            &stored,
            self.jurisdiction_id.as_deref(),
            self.api_key.as_ref().map(|k| k.expose_secret()),
            &self.device_id,
        )
    }

    /// The site this client sends for `location = "site"` submissions.
    pub fn site(&self) -> &crate::journey::Site {
        &self.site
    }

    /// The most bytes of the whole catalogue this client reads.
    pub fn max_catalogue(&self) -> u64 {
        self.max_catalogue
    }

    /// How long a batch token may take to resolve before staff are told.
    pub fn token_give_up(&self) -> Duration {
        self.token_give_up
    }

    /// GETs a document under the endpoint, with the jurisdiction, reading
    /// at most `limit` bytes of its answer.
    pub async fn get_limited(&self, path: &str, limit: u64) -> Result<(u16, String), GetError> {
        let url = format!("{}/{path}", self.base);
        let mut query: Vec<(&str, &str)> = Vec::new();
        if let Some(j) = &self.jurisdiction_id {
            query.push(("jurisdiction_id", j));
        }
        let response = self
            .http
            .get(&url)
            .query(&query)
            .send()
            .await
            .map_err(|source| GetError::Unreachable {
                path: path.to_string(),
                source,
            })?;
        if response.status().is_redirection() {
            return Err(GetError::Redirect {
                path: path.to_string(),
                words: crate::net::redirect_words(&response),
            });
        }
        let status = response.status().as_u16();
        let body = crate::net::text(response, limit)
            .await
            .map_err(|source| GetError::Read {
                path: path.to_string(),
                source,
            })?;
        Ok((status, body))
    }

    async fn get(&self, path: &str) -> Result<(u16, String), GetError> {
        self.get_limited(path, self.max_answer).await
    }

    /// GETs a document and returns its text; anything but 200 is an error
    /// naming the document.
    pub async fn get_text(&self, path: &str) -> Result<String, GetError> {
        let (status, body) = self.get(path).await?;
        if status != 200 {
            return Err(GetError::Status {
                path: path.to_string(),
                status,
                words: server_words(&body),
            });
        }
        Ok(body)
    }

    /// Asks what request a batch token became (`tokens/<token>.json`).
    /// `Ok(None)` while the back office has not made the request yet.
    pub async fn resolve(&self, token: &str) -> Result<Option<String>, GetError> {
        let path = format!("tokens/{token}.json");
        match self.get(&path).await? {
            (404, _) => Ok(None),
            (200, body) => Ok(parse_created(&body).and_then(|(id, _)| id)),
            (status, body) => Err(GetError::Status {
                path,
                status,
                words: server_words(&body),
            }),
        }
    }

    /// Looks up a request's status (`requests/<id>.json`).
    pub async fn status(&self, service_request_id: &str) -> Result<RequestStatus, GetError> {
        let body = self
            .get_text(&format!("requests/{service_request_id}.json"))
            .await?;
        parse_status(&body).ok_or_else(|| GetError::Unreadable(clip(&body)))
    }

    /// POSTs one submission to `requests.json`. One without a location is
    /// refused here, without asking the back office.
    pub async fn send(&self, stored: &Stored) -> Outcome {
        let form = self.form(stored);
        if !has_location(&form) {
            return Outcome::Refused {
                reason: NO_LOCATION.to_string(),
            };
        }
        let url = format!("{}/requests.json", self.base);
        let response = self
            .http
            .post(&url)
            .header("Idempotency-Key", &stored.idempotency_key)
            .form(&form)
            .send()
            .await;
        let response = match response {
            Ok(r) => r,
            Err(e) => {
                let what = if e.is_timeout() {
                    "the back office did not answer in time"
                } else if e.is_connect() {
                    "cannot reach the back office"
                } else {
                    "the connection to the back office failed"
                };
                return Outcome::Retry {
                    after: None,
                    reason: format!("{what}: {e}"),
                };
            }
        };
        let status = response.status();
        let after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| retry::parse_retry_after(v, std::time::SystemTime::now()));
        if status.is_redirection() {
            // Not followed: the form carries the api_key. Time (or a
            // corrected backend.url) can fix it, so it is tried again.
            return Outcome::Retry {
                after,
                reason: crate::net::redirect_words(&response),
            };
        }
        let body = match crate::net::text(response, self.max_answer).await {
            Ok(b) => b,
            Err(e) => {
                // The request may have been made: the idempotency key makes
                // trying again safe.
                return Outcome::Retry {
                    after,
                    reason: format!("from the back office: {e}"),
                };
            }
        };
        interpret(status.as_u16(), after, &body)
    }
}

/// A request's status as the back office reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestStatus {
    /// `open` or `closed`.
    pub open: bool,
    /// The back office's notes for the resident.
    pub notes: Option<String>,
    /// Who is dealing with it.
    pub agency: Option<String>,
    /// When it last changed, as sent.
    pub updated: Option<String>,
}

fn parse_status(body: &str) -> Option<RequestStatus> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    let first = match &v {
        serde_json::Value::Array(items) => items.first()?.clone(),
        serde_json::Value::Object(_) => v.clone(),
        _ => return None,
    };
    let text = |key: &str| {
        first
            .get(key)
            .and_then(|s| s.as_str())
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    Some(RequestStatus {
        open: text("status").is_none_or(|s| !s.eq_ignore_ascii_case("closed")),
        notes: text("status_notes"),
        agency: text("agency_responsible"),
        updated: text("updated_datetime"),
    })
}

/// Turns an HTTP answer into an outcome.
pub fn interpret(status: u16, after: Option<Duration>, body: &str) -> Outcome {
    match status {
        200 | 201 => match parse_created(body) {
            Some((id, token)) => Outcome::Sent {
                service_request_id: id,
                token,
            },
            // A 2xx we cannot read may or may not have created the request;
            // the idempotency key makes trying again safe.
            None => Outcome::Retry {
                after,
                reason: format!("the back office's answer could not be read: {}", clip(body)),
            },
        },
        408 | 425 | 429 | 500..=599 => Outcome::Retry {
            after,
            reason: format!("the back office answered {status}: {}", server_words(body)),
        },
        _ => Outcome::Refused {
            reason: format!(
                "the back office refused it ({status}): {}",
                server_words(body)
            ),
        },
    }
}

/// The id or token from a `requests.json` answer: a list with one object.
fn parse_created(body: &str) -> Option<(Option<String>, Option<String>)> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    let first = match &v {
        serde_json::Value::Array(items) => items.first()?.clone(),
        serde_json::Value::Object(_) => v.clone(),
        _ => return None,
    };
    let text = |key: &str| match first.get(key) {
        Some(serde_json::Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    Some((text("service_request_id"), text("token")))
}

/// The server's error descriptions (`[{code, description}]`), or the body.
fn server_words(body: &str) -> String {
    if let Ok(serde_json::Value::Array(items)) = serde_json::from_str::<serde_json::Value>(body) {
        let words: Vec<String> = items
            .iter()
            .filter_map(|i| {
                let d = i.get("description")?.as_str()?;
                Some(match i.get("code") {
                    Some(c) => format!("{} ({c})", d),
                    None => d.to_string(),
                })
            })
            .collect();
        if !words.is_empty() {
            return clip(&words.join("; "));
        }
    }
    clip(body)
}

/// A back office's words for the store and the logs: at most
/// [`crate::clip::ERROR_CHARS`] characters.
fn clip(body: &str) -> String {
    let b = body.trim();
    if b.is_empty() {
        return "no details given".into();
    }
    crate::clip::error_text(b)
}

/// Why a submission without a location is parked: for staff.
pub const NO_LOCATION: &str = "not sent: it has no location (no address_id, lat and long, or address_string), which the back office needs. If it is about this site, set kiosk.site_uprn, or site_latitude and site_longitude, or site_address in the config, then send it again; otherwise phone the resident or make the request by hand";

/// Whether form fields carry a location Open311 accepts: `address_id`,
/// `lat` with `long`, or `address_string`, not blank.
pub fn has_location(form: &[(String, String)]) -> bool {
    let given = |k: &str| form.iter().any(|(key, v)| key == k && !v.trim().is_empty());
    given("address_id") || (given("lat") && given("long")) || given("address_string")
}

/// Fills a site submission's missing location from the terminal's site.
pub fn with_site(sub: &mut crate::journey::Submission, site: &crate::journey::Site) {
    if !sub.at_site {
        return;
    }
    if sub.address_id.is_none() {
        sub.address_id = site.uprn.map(|u| u.to_string());
    }
    if sub.lat.is_none() || sub.long.is_none() {
        sub.lat = site.point.map(|p| p.lat);
        sub.long = site.point.map(|p| p.long);
    }
    if sub.address_string.is_none() {
        sub.address_string = site.address.clone();
    }
}

/// The form fields for a stored submission.
pub fn form_fields(
    stored: &Stored,
    jurisdiction: Option<&str>,
    api_key: Option<&str>,
    device_id: &str,
) -> Vec<(String, String)> {
    let mut f: Vec<(String, String)> = Vec::new();
    if let Some(j) = jurisdiction {
        f.push(("jurisdiction_id".into(), j.into()));
    }
    if let Some(k) = api_key {
        f.push(("api_key".into(), k.into()));
    }
    f.push(("service_code".into(), stored.service_code.clone()));
    f.push(("device_id".into(), device_id.into()));
    let grouped = stored.reference.grouped();
    let mut description = format!("Kiosk reference {grouped}.");
    if stored.assisted {
        description.push_str(" Made with help from a digital champion.");
    }
    if let Some(sub) = &stored.submission {
        if let Some(id) = &sub.address_id {
            f.push(("address_id".into(), id.clone()));
        }
        if let (Some(lat), Some(long)) = (sub.lat, sub.long) {
            f.push(("lat".into(), format!("{lat}")));
            f.push(("long".into(), format!("{long}")));
        }
        if let Some(a) = &sub.address_string {
            f.push(("address_string".into(), a.clone()));
        }
        if let Some(earlier) = &sub.earlier_request {
            description.push_str(&format!(
                " The resident saw open request {earlier} nearby and says this may be the same problem."
            ));
        }
        for (code, answer) in &sub.attributes {
            match answer {
                Answer::Text(t) => f.push((format!("attribute[{code}]"), t.clone())),
                Answer::One(k) => f.push((format!("attribute[{code}]"), k.clone())),
                Answer::Date(d) => f.push((
                    format!("attribute[{code}]"),
                    d.format("%Y-%m-%d").to_string(),
                )),
                Answer::Many(keys) => {
                    for k in keys {
                        f.push((format!("attribute[{code}][]"), k.clone()));
                    }
                }
            }
        }
        if let Some(e) = &sub.email {
            f.push(("email".into(), e.clone()));
        }
        if let Some(p) = &sub.phone {
            f.push(("phone".into(), p.clone()));
        }
        if let Some(name) = &sub.name {
            let (first, last) = match name.trim().rsplit_once(' ') {
                Some((first, last)) => (first.trim(), last.trim()),
                None => (name.trim(), ""),
            };
            f.push(("first_name".into(), first.into()));
            if !last.is_empty() {
                f.push(("last_name".into(), last.into()));
            }
        }
    }
    f.push(("description".into(), description));
    f
}

#[cfg(test)]
mod tests;
