//! Stripe Terminal, server-driven: the kiosk asks Stripe to have a
//! WisePOS E or S700 reader take the card, so card data never touches the
//! kiosk.
//!
//! - Create: `POST /v1/payment_intents` (`amount`, `currency=gbp`,
//!   `payment_method_types[]=card_present`, `capture_method=manual`,
//!   `description`, `metadata[...]`) with the `Idempotency-Key` header.
//! - Reader: `POST /v1/terminal/readers/{id}/process_payment_intent`, then
//!   `GET /v1/terminal/readers/{id}` for its `action`;
//!   `POST /v1/terminal/readers/{id}/cancel_action` to stop it.
//! - Capture only after the kiosk has recorded the approval:
//!   `POST /v1/payment_intents/{id}/capture` (idempotent).
//! - Cancel (voids an authorisation): `POST /v1/payment_intents/{id}/cancel`.
//! - Find: `GET /v1/payment_intents/search?query=metadata['kiosk_payment_id']:'...'`.
//! - Bodies are form-encoded; `Authorization: Bearer <secret key>`.
//!
//! Card details are taken only as Stripe returns them on the charge
//! (`payment_method_details.card_present`): brand, last four digits,
//! application id and name, authorisation code, cardholder verification.

use super::Method;
use super::provider::{
    ActionState, Call, CallError, Cancel, CardDetails, CreateRequest, Created, Provider,
    ReaderAction, Remote, RemoteState, clip,
};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;
use std::time::Duration;

/// The name stored with its payments.
pub const NAME: &str = "stripe_terminal";

/// The metadata key that holds the kiosk's payment id, for search.
pub const PAYMENT_ID_KEY: &str = "kiosk_payment_id";

/// One Stripe account and one reader.
pub struct StripeTerminal {
    http: reqwest::Client,
    base: String,
    key: SecretString,
    reader_id: String,
    health_timeout: Duration,
    max_answer: u64,
}

impl std::fmt::Debug for StripeTerminal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StripeTerminal")
            .field("base", &self.base)
            .field("reader_id", &self.reader_id)
            .finish_non_exhaustive()
    }
}

impl StripeTerminal {
    /// A client for the API at `base` with secret `key`, driving
    /// `reader_id`. `timeout` bounds every call; health checks get
    /// `health_timeout`.
    pub fn new(
        base: &str,
        key: SecretString,
        reader_id: &str,
        timeout: Duration,
        health_timeout: Duration,
    ) -> Result<StripeTerminal, reqwest::Error> {
        let http = crate::net::builder()
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .timeout(timeout)
            .build()?;
        Ok(StripeTerminal {
            http,
            base: base.trim_end_matches('/').to_string(),
            key,
            reader_id: reader_id.to_string(),
            health_timeout,
            max_answer: crate::net::MAX_ANSWER_BYTES,
        })
    }

    /// The same client reading at most `bytes` of any answer (the default
    /// is [`crate::net::MAX_ANSWER_BYTES`]).
    pub fn with_max_answer(mut self, bytes: u64) -> StripeTerminal {
        self.max_answer = bytes;
        self
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn send(&self, rb: reqwest::RequestBuilder) -> Result<Value, CallError> {
        let response = rb
            .bearer_auth(self.key.expose_secret())
            .send()
            .await
            .map_err(|e| CallError::from_transport(&e))?;
        if response.status().is_redirection() {
            // Not followed: the request carries the key, and a redirect is
            // not the provider doing what was asked.
            return Err(CallError::NotSent(crate::net::redirect_words(&response)));
        }
        let status = response.status().as_u16();
        let body = crate::net::text(response, self.max_answer)
            .await
            .map_err(|e| CallError::Lost(e.to_string()))?;
        if status == 200 {
            return serde_json::from_str(&body)
                .map_err(|_| CallError::Lost("Stripe's answer could not be read".into()));
        }
        Err(error_answer(status, &body))
    }

    async fn post(
        &self,
        path: &str,
        form: &[(&str, String)],
        idempotency_key: Option<&str>,
    ) -> Result<Value, CallError> {
        let mut rb = self.http.post(self.url(path)).form(form);
        if let Some(k) = idempotency_key {
            rb = rb.header("Idempotency-Key", k);
        }
        self.send(rb).await
    }

    async fn reader(&self, timeout: Option<Duration>) -> Result<Value, CallError> {
        let mut rb = self
            .http
            .get(self.url(&format!("/v1/terminal/readers/{}", self.reader_id)));
        if let Some(t) = timeout {
            rb = rb.timeout(t);
        }
        self.send(rb).await
    }
}

/// Stripe's error answer `{"error": {"type", "code", "message"}}` as a
/// [`CallError`]: 5xx and 409 (a request with this idempotency key is
/// still running) are lost, 404 not found, other 4xx refused.
fn error_answer(status: u16, body: &str) -> CallError {
    let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let e = v.get("error");
    let text = |k: &str| {
        e.and_then(|e| e.get(k))
            .and_then(Value::as_str)
            .map(crate::clip::error_text)
    };
    let code = text("code")
        .or_else(|| text("type"))
        .map(|c| crate::clip::to_chars(&c, 50))
        .unwrap_or_default();
    let message = text("message").unwrap_or_else(|| clip(body));
    match status {
        404 => CallError::NotFound,
        409 | 500..=599 => CallError::Lost(format!("Stripe answered {status}: {message}")),
        _ => CallError::Refused {
            status,
            code,
            message,
        },
    }
}

/// The card as the charge describes it.
fn card(charge: &Value) -> Option<CardDetails> {
    let cp = charge.pointer("/payment_method_details/card_present")?;
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let receipt = cp.get("receipt").cloned().unwrap_or(Value::Null);
    Some(CardDetails {
        brand: s(cp, "brand").unwrap_or_default(),
        last4: s(cp, "last4").unwrap_or_default(),
        application_id: s(&receipt, "dedicated_file_name"),
        application_name: s(&receipt, "application_preferred_name"),
        authorisation_code: s(&receipt, "authorization_code"),
        verification: s(&receipt, "cardholder_verification_method"),
    })
}

/// Reads a PaymentIntent (with `latest_charge` expanded, when it is).
fn intent(v: &Value) -> Option<Remote> {
    let provider_id = v.get("id")?.as_str()?.to_string();
    let status = v.get("status")?.as_str()?.to_string();
    let n = |k: &str| v.get(k).and_then(Value::as_u64);
    let (state, amount) = match status.as_str() {
        "requires_capture" => (RemoteState::Authorised, n("amount_capturable")),
        "succeeded" => (RemoteState::Succeeded, n("amount_received")),
        "canceled" => (RemoteState::Cancelled, n("amount")),
        "processing" => (RemoteState::Open { opened: true }, n("amount")),
        _ => (RemoteState::Open { opened: false }, n("amount")),
    };
    let reason = v
        .pointer("/last_payment_error/code")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| {
            v.get("cancellation_reason")
                .and_then(Value::as_str)
                .map(str::to_string)
        });
    Some(Remote {
        provider_id,
        reference: v
            .pointer(&format!("/metadata/{PAYMENT_ID_KEY}"))
            .and_then(Value::as_str)
            .map(str::to_string),
        amount_pence: amount.or_else(|| n("amount"))?,
        state,
        status,
        reason,
        card: v
            .get("latest_charge")
            .filter(|c| c.is_object())
            .and_then(card),
    })
}

fn action(reader: &Value) -> ReaderAction {
    let Some(a) = reader.get("action").filter(|a| a.is_object()) else {
        return ReaderAction {
            provider_id: None,
            state: ActionState::Idle,
        };
    };
    let s = |k: &str| a.get(k).and_then(Value::as_str).unwrap_or_default();
    let state = match s("status") {
        "in_progress" => ActionState::InProgress,
        "succeeded" => ActionState::Succeeded,
        "failed" => ActionState::Failed {
            code: s("failure_code").to_string(),
            message: s("failure_message").to_string(),
        },
        _ => ActionState::Idle,
    };
    ReaderAction {
        provider_id: a
            .pointer("/process_payment_intent/payment_intent")
            .and_then(Value::as_str)
            .map(str::to_string),
        state,
    }
}

fn unreadable() -> CallError {
    CallError::Lost("Stripe's answer was not a PaymentIntent".into())
}

impl Provider for StripeTerminal {
    fn name(&self) -> &'static str {
        NAME
    }

    fn method(&self) -> Method {
        Method::Card
    }

    fn health(&self) -> Call<'_, ()> {
        Box::pin(async move {
            let reader = self.reader(Some(self.health_timeout)).await?;
            let online = reader.get("status").and_then(Value::as_str) == Some("online");
            if !online {
                return Err(CallError::Refused {
                    status: 200,
                    code: "reader_offline".into(),
                    message: "the card reader is offline".into(),
                });
            }
            if action(&reader).state == ActionState::InProgress {
                return Err(CallError::Refused {
                    status: 200,
                    code: "reader_busy".into(),
                    message: "the card reader is busy with another payment".into(),
                });
            }
            Ok(())
        })
    }

    fn create<'a>(&'a self, request: &'a CreateRequest) -> Call<'a, Created> {
        Box::pin(async move {
            let mut form: Vec<(String, String)> = vec![
                ("amount".into(), request.amount_pence.to_string()),
                ("currency".into(), "gbp".into()),
                ("payment_method_types[]".into(), "card_present".into()),
                ("capture_method".into(), "manual".into()),
                ("description".into(), request.description.clone()),
                (
                    format!("metadata[{PAYMENT_ID_KEY}]"),
                    request.reference.clone(),
                ),
            ];
            for (k, v) in &request.metadata {
                form.push((format!("metadata[{k}]"), v.clone()));
            }
            let form: Vec<(&str, String)> =
                form.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            let v = self
                .post("/v1/payment_intents", &form, Some(&request.idempotency_key))
                .await?;
            Ok(Created {
                remote: intent(&v).ok_or_else(unreadable)?,
                next_url: None,
            })
        })
    }

    fn get<'a>(&'a self, provider_id: &'a str) -> Call<'a, Remote> {
        Box::pin(async move {
            let rb = self
                .http
                .get(self.url(&format!("/v1/payment_intents/{provider_id}")))
                .query(&[("expand[]", "latest_charge")]);
            let v = self.send(rb).await?;
            intent(&v).ok_or_else(unreadable)
        })
    }

    fn find_by_reference<'a>(&'a self, reference: &'a str) -> Call<'a, Vec<Remote>> {
        Box::pin(async move {
            let query = format!("metadata['{PAYMENT_ID_KEY}']:'{reference}'");
            let rb = self
                .http
                .get(self.url("/v1/payment_intents/search"))
                .query(&[
                    ("query", query.as_str()),
                    ("expand[]", "data.latest_charge"),
                ]);
            let v = self.send(rb).await?;
            let data = v
                .get("data")
                .and_then(Value::as_array)
                .ok_or_else(unreadable)?;
            Ok(data
                .iter()
                .filter_map(intent)
                .filter(|r| r.reference.as_deref() == Some(reference))
                .collect())
        })
    }

    fn cancel<'a>(&'a self, provider_id: &'a str) -> Call<'a, Cancel> {
        Box::pin(async move {
            match self
                .post(
                    &format!("/v1/payment_intents/{provider_id}/cancel"),
                    &[],
                    None,
                )
                .await
            {
                Ok(_) => Ok(Cancel::Done),
                // Already captured, already canceled, or being processed.
                Err(CallError::Refused { status: 400, .. }) => Ok(Cancel::TooLate),
                Err(e) => Err(e),
            }
        })
    }

    fn start_on_reader<'a>(
        &'a self,
        provider_id: &'a str,
        idempotency_key: &'a str,
    ) -> Call<'a, ReaderAction> {
        Box::pin(async move {
            let v = self
                .post(
                    &format!(
                        "/v1/terminal/readers/{}/process_payment_intent",
                        self.reader_id
                    ),
                    &[("payment_intent", provider_id.to_string())],
                    Some(idempotency_key),
                )
                .await?;
            Ok(action(&v))
        })
    }

    fn reader_action(&self) -> Call<'_, ReaderAction> {
        Box::pin(async move { Ok(action(&self.reader(None).await?)) })
    }

    fn capture<'a>(&'a self, provider_id: &'a str, idempotency_key: &'a str) -> Call<'a, Remote> {
        Box::pin(async move {
            let v = self
                .post(
                    &format!("/v1/payment_intents/{provider_id}/capture"),
                    &[("expand[]", "latest_charge".to_string())],
                    Some(idempotency_key),
                )
                .await?;
            intent(&v).ok_or_else(unreadable)
        })
    }

    fn cancel_reader_action(&self) -> Call<'_, ()> {
        Box::pin(async move {
            self.post(
                &format!("/v1/terminal/readers/{}/cancel_action", self.reader_id),
                &[],
                None,
            )
            .await
            .map(|_| ())
        })
    }
}
