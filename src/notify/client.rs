//! The GOV.UK Notify API client: `POST /v2/notifications/sms`,
//! `POST /v2/notifications/email`, and `GET /v2/notifications?reference=…`
//! to find a message Notify already accepted.
//!
//! Every request carries a fresh JWT (HS256, `iss` = the service id, `iat` =
//! now) signed with the key's secret, made with the `jsonwebtoken` crate.
//! Answers are sorted into accepted, try again (saying whether Notify may
//! have the message already), and refused (a 4xx that retrying cannot fix,
//! with Notify's own words, clipped).

use super::NotifyError;
pub use super::message::Channel;
use crate::config::notify::ApiKey;
use secrecy::ExposeSecret;
use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

/// The request body's field for the recipient.
fn recipient_field(channel: Channel) -> &'static str {
    match channel {
        Channel::Sms => "phone_number",
        Channel::Email => "email_address",
    }
}

/// What Notify made of one request to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// Notify has it: its notification id.
    Accepted {
        /// Notify's id for the notification.
        id: String,
    },
    /// Try again later.
    Retry {
        /// How long Notify asked us to wait (`Retry-After`).
        after: Option<Duration>,
        /// Notify may have the message already (a lost answer, a timeout
        /// after sending, a 5xx): look the reference up before sending again.
        uncertain: bool,
        /// What happened, for staff (no recipient in it).
        reason: String,
    },
    /// Notify refused it and sending again cannot help (a bad template, a
    /// wrong key, a number the service may not text yet).
    Refused {
        /// The HTTP status.
        status: u16,
        /// Notify's own words, clipped.
        reason: String,
    },
}

/// The most of Notify's words kept with a parked message.
pub const CLIP: usize = 200;

/// A GOV.UK Notify client.
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: String,
    key: ApiKey,
    max_answer: u64,
}

#[derive(serde::Serialize)]
struct Claims<'a> {
    iss: &'a str,
    iat: u64,
}

impl Client {
    /// A client for `base_url` with this key; each request gives up after
    /// `timeout`, and reads at most [`crate::net::MAX_ANSWER_BYTES`] of an
    /// answer.
    pub fn new(base_url: &str, key: ApiKey, timeout: Duration) -> Result<Client, NotifyError> {
        let http = crate::net::builder()
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .timeout(timeout)
            .build()
            .map_err(|e| NotifyError::Http(e.to_string()))?;
        Ok(Client {
            http,
            base: base_url.trim_end_matches('/').to_string(),
            key,
            max_answer: crate::net::MAX_ANSWER_BYTES,
        })
    }

    /// The same client reading at most `bytes` of any answer.
    pub fn with_max_answer(mut self, bytes: u64) -> Client {
        self.max_answer = bytes;
        self
    }

    /// The client `[notify]` describes, waiting at most 15 s for an answer.
    pub fn from_config(config: &crate::config::Config) -> Result<Client, NotifyError> {
        let n = config.notify.as_ref().ok_or(NotifyError::NotConfigured)?;
        let key = n.key().map_err(NotifyError::Key)?;
        Ok(Client::new(&n.base_url, key, Duration::from_secs(15))?
            .with_max_answer(config.network.max_answer_bytes))
    }

    /// The same client with another timeout (tests and help calls use
    /// short ones).
    pub fn with_timeout(self, timeout: Duration) -> Result<Client, NotifyError> {
        Ok(Client::new(&self.base, self.key, timeout)?.with_max_answer(self.max_answer))
    }

    /// A token for a request made at `iat` (seconds since 1970).
    pub fn token_at(&self, iat: u64) -> Result<String, NotifyError> {
        let claims = Claims {
            iss: &self.key.service_id,
            iat,
        };
        let key =
            jsonwebtoken::EncodingKey::from_secret(self.key.secret.expose_secret().as_bytes())
                .map_err(|e| NotifyError::Token(e.to_string()))?;
        jsonwebtoken::encode(
            &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
            &claims,
            &key,
        )
        .map_err(|e| NotifyError::Token(e.to_string()))
    }

    fn bearer(&self) -> Result<String, NotifyError> {
        let now = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        Ok(format!("Bearer {}", self.token_at(now)?))
    }

    /// Sends one message. `reference` is this message's own id on the
    /// terminal, so it can be found again after a lost answer.
    pub async fn send(
        &self,
        channel: Channel,
        to: &str,
        template_id: &str,
        personalisation: &BTreeMap<String, String>,
        reference: &str,
    ) -> Answer {
        let mut body = serde_json::Map::new();
        body.insert(recipient_field(channel).into(), to.into());
        body.insert("template_id".into(), template_id.into());
        body.insert(
            "personalisation".into(),
            serde_json::to_value(personalisation).unwrap_or_default(),
        );
        body.insert("reference".into(), reference.into());
        let bearer = match self.bearer() {
            Ok(b) => b,
            Err(e) => {
                return Answer::Refused {
                    status: 0,
                    reason: e.to_string(),
                };
            }
        };
        let url = format!("{}/v2/notifications/{}", self.base, channel.as_str());
        let response = self
            .http
            .post(&url)
            .header(reqwest::header::AUTHORIZATION, bearer)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(serde_json::Value::Object(body).to_string())
            .send()
            .await;
        let response = match response {
            Ok(r) => r,
            Err(e) => return lost(&e),
        };
        let status = response.status().as_u16();
        let after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| crate::sync::retry::parse_retry_after(v, SystemTime::now()));
        if response.status().is_redirection() {
            // Not followed: the request carries the key. Nothing was sent;
            // tried again until `notify.give_up_hours`, then staff are told.
            return Answer::Retry {
                after,
                uncertain: false,
                reason: crate::net::redirect_words(&response),
            };
        }
        match crate::net::text(response, self.max_answer).await {
            Ok(text) => interpret(status, after, &text),
            Err(e) => Answer::Retry {
                after,
                uncertain: true,
                reason: format!("from GOV.UK Notify ({status}): {e}"),
            },
        }
    }

    /// Looks for a message Notify already accepted with this reference:
    /// its Notify id, or `None` when Notify has none.
    pub async fn find(&self, reference: &str) -> Result<Option<String>, FindError> {
        let url = format!("{}/v2/notifications", self.base);
        let bearer = self.bearer().map_err(FindError::Token)?;
        let response = self
            .http
            .get(&url)
            .query(&[("reference", reference)])
            .header(reqwest::header::AUTHORIZATION, bearer)
            .send()
            .await
            .map_err(FindError::Unreachable)?;
        if response.status().is_redirection() {
            return Err(FindError::Redirect(crate::net::redirect_words(&response)));
        }
        let status = response.status().as_u16();
        let text = crate::net::text(response, self.max_answer)
            .await
            .map_err(FindError::Read)?;
        if status != 200 {
            return Err(FindError::Status {
                status,
                words: notify_words(&text),
            });
        }
        let v: serde_json::Value =
            serde_json::from_str(&text).map_err(|_| FindError::Unreadable(clip(&text)))?;
        let list = v
            .get("notifications")
            .and_then(|n| n.as_array())
            .ok_or_else(|| FindError::NoList(clip(&text)))?;
        Ok(list
            .iter()
            .find(|n| n.get("reference").and_then(|r| r.as_str()) == Some(reference))
            .and_then(|n| n.get("id").and_then(|i| i.as_str()))
            .map(str::to_string))
    }
}

/// Why Notify could not be asked about an earlier attempt.
#[derive(Debug, thiserror::Error)]
pub enum FindError {
    /// The token could not be made.
    #[error("{0}")]
    Token(NotifyError),
    /// Notify could not be reached.
    #[error("cannot ask Notify about an earlier attempt: {0}")]
    Unreachable(reqwest::Error),
    /// Notify pointed elsewhere; redirects are not followed.
    #[error("{0}")]
    Redirect(String),
    /// The answer was too large or cut off.
    #[error("from GOV.UK Notify: {0}")]
    Read(crate::net::ReadError),
    /// Notify answered with another status than 200.
    #[error("Notify answered {status} when asked about an earlier attempt: {words}")]
    Status {
        /// The HTTP status.
        status: u16,
        /// What its answer said.
        words: String,
    },
    /// The answer was not JSON.
    #[error("Notify's answer could not be read: {0}")]
    Unreadable(String),
    /// The answer had no list of notifications.
    #[error("Notify's answer has no notifications: {0}")]
    NoList(String),
}

/// A request that got no answer: certain not to have arrived only when the
/// connection was never made.
fn lost(e: &reqwest::Error) -> Answer {
    if e.is_connect() {
        Answer::Retry {
            after: None,
            uncertain: false,
            reason: format!("cannot reach GOV.UK Notify: {e}"),
        }
    } else if e.is_timeout() {
        Answer::Retry {
            after: None,
            uncertain: true,
            reason: "GOV.UK Notify did not answer in time".into(),
        }
    } else {
        Answer::Retry {
            after: None,
            uncertain: true,
            reason: format!("the connection to GOV.UK Notify failed: {e}"),
        }
    }
}

/// Sorts Notify's answer to a send.
pub fn interpret(status: u16, after: Option<Duration>, body: &str) -> Answer {
    match status {
        200 | 201 => {
            let id = serde_json::from_str::<serde_json::Value>(body)
                .ok()
                .and_then(|v| v.get("id").and_then(|i| i.as_str()).map(str::to_string));
            match id {
                Some(id) => Answer::Accepted { id },
                None => Answer::Retry {
                    after,
                    uncertain: true,
                    reason: format!("Notify's answer could not be read: {}", clip(body)),
                },
            }
        }
        408 | 425 | 429 => Answer::Retry {
            after,
            uncertain: status == 408,
            reason: format!("GOV.UK Notify answered {status}: {}", notify_words(body)),
        },
        500..=599 => Answer::Retry {
            after,
            uncertain: true,
            reason: format!("GOV.UK Notify answered {status}: {}", notify_words(body)),
        },
        _ => Answer::Refused {
            status,
            reason: format!(
                "GOV.UK Notify refused it ({status}): {}",
                notify_words(body)
            ),
        },
    }
}

/// Notify's `{"errors": [{"error", "message"}], "status_code"}` as words,
/// clipped; else the body, clipped.
pub fn notify_words(body: &str) -> String {
    let words = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| {
            let list: Vec<String> = v
                .get("errors")?
                .as_array()?
                .iter()
                .filter_map(|e| {
                    let message = e.get("message")?.as_str()?;
                    Some(match e.get("error").and_then(|k| k.as_str()) {
                        Some(kind) => format!("{kind}: {message}"),
                        None => message.to_string(),
                    })
                })
                .collect();
            (!list.is_empty()).then(|| list.join("; "))
        });
    clip(&words.unwrap_or_else(|| body.to_string()))
}

/// At most [`CLIP`] characters, with an ellipsis when cut.
pub fn clip(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        return "no details given".into();
    }
    if t.chars().count() <= CLIP {
        return t.to_string();
    }
    let mut cut: String = t.chars().take(CLIP - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_sorted_as_notify_means_them() {
        assert_eq!(
            interpret(
                201,
                None,
                r#"{"id":"740E5834-3A29-46B4-9A6F-16142FDE533A"}"#
            ),
            Answer::Accepted {
                id: "740E5834-3A29-46B4-9A6F-16142FDE533A".into()
            }
        );
        assert!(matches!(
            interpret(201, None, "<html>"),
            Answer::Retry {
                uncertain: true,
                ..
            }
        ));
        assert!(matches!(
            interpret(500, None, r#"{"errors":[{"error":"Exception","message":"Internal server error"}],"status_code":500}"#),
            Answer::Retry { uncertain: true, ref reason, .. } if reason.contains("Exception: Internal server error")
        ));
        assert!(matches!(
            interpret(429, Some(Duration::from_secs(9)), ""),
            Answer::Retry { uncertain: false, after: Some(d), .. } if d.as_secs() == 9
        ));
        match interpret(
            400,
            None,
            r#"{"errors":[{"error":"BadRequestError","message":"Can't send to this recipient using a team-only API key"}],"status_code":400}"#,
        ) {
            Answer::Refused { status, reason } => {
                assert_eq!(status, 400);
                assert!(reason.contains("team-only API key"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            interpret(403, None, "{}"),
            Answer::Refused { status: 403, .. }
        ));
    }

    #[test]
    fn long_words_are_clipped() {
        let long = format!(
            r#"{{"errors":[{{"error":"ValidationError","message":"{}"}}]}}"#,
            "x".repeat(1000)
        );
        let words = notify_words(&long);
        assert_eq!(words.chars().count(), CLIP);
        assert!(words.ends_with('…'));
        assert_eq!(clip("  "), "no details given");
    }

    #[test]
    fn tokens_carry_the_service_and_time_and_verify_with_the_secret() {
        let key = ApiKey::parse(
            "K-26785A09-AB16-4EB0-8407-A37497A57506-3D844EDF-8D35-48AC-975B-E847B4F122B0",
        )
        .expect("key");
        let client =
            Client::new("http://127.0.0.1:1", key, Duration::from_secs(1)).expect("client");
        let token = client.token_at(1_700_000_000).expect("token");
        let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
        v.required_spec_claims.clear();
        v.validate_exp = false;
        let data = jsonwebtoken::decode::<serde_json::Value>(
            &token,
            &jsonwebtoken::DecodingKey::from_secret(b"3D844EDF-8D35-48AC-975B-E847B4F122B0")
                .expect("key"),
            &v,
        )
        .expect("verifies");
        assert_eq!(data.claims["iss"], "26785A09-AB16-4EB0-8407-A37497A57506");
        assert_eq!(data.claims["iat"], 1_700_000_000);
        assert!(
            jsonwebtoken::decode::<serde_json::Value>(
                &token,
                &jsonwebtoken::DecodingKey::from_secret(b"wrong").expect("key"),
                &v,
            )
            .is_err()
        );
    }
}
