//! GOV.UK Pay: the resident pays on their own phone at the payment's
//! `next_url`, reached from a QR code on the kiosk.
//!
//! - Create: `POST /v1/payments` (JSON: `amount` in pence, `reference` = the
//!   kiosk's payment id, `description`, `return_url`, `language` en|cy,
//!   `metadata` with the ledger and fund code), with the `Idempotency-Key`
//!   header so a create the kiosk sends once is only ever one payment.
//! - State: `GET /v1/payments/{id}`; `success` is the only state that means
//!   paid.
//! - Find: `GET /v1/payments?reference=...`, for a payment whose create
//!   answer was lost.
//! - Cancel: `POST /v1/payments/{id}/cancel` (204; 400 once it cannot be
//!   cancelled).
//! - `Authorization: Bearer <API key>` on every call.
//!
//! `next_url` is only ever returned inside a [`NextUrl`]: no error message
//! here ever quotes a create answer's body.

use super::Method;
use super::provider::{
    Call, CallError, Cancel, CardDetails, CreateRequest, Created, NextUrl, Provider, Remote,
    RemoteState, clip,
};
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;
use std::time::Duration;

/// The name stored with its payments.
pub const NAME: &str = "govuk_pay";

/// A GOV.UK Pay account, by its API key.
pub struct GovUkPay {
    http: reqwest::Client,
    base: String,
    key: SecretString,
    return_url: String,
    health_timeout: Duration,
    max_answer: u64,
}

impl std::fmt::Debug for GovUkPay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GovUkPay")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

impl GovUkPay {
    /// A client for the API at `base` with `key`, sending residents back to
    /// `return_url`. `timeout` bounds every call; health checks get
    /// `health_timeout`.
    pub fn new(
        base: &str,
        key: SecretString,
        return_url: &str,
        timeout: Duration,
        health_timeout: Duration,
    ) -> Result<GovUkPay, reqwest::Error> {
        let http = crate::net::builder()
            .connect_timeout(timeout.min(Duration::from_secs(5)))
            .timeout(timeout)
            .build()?;
        Ok(GovUkPay {
            http,
            base: base.trim_end_matches('/').to_string(),
            key,
            return_url: return_url.to_string(),
            health_timeout,
            max_answer: crate::net::MAX_ANSWER_BYTES,
        })
    }

    /// The same client reading at most `bytes` of any answer (the default
    /// is [`crate::net::MAX_ANSWER_BYTES`]).
    pub fn with_max_answer(mut self, bytes: u64) -> GovUkPay {
        self.max_answer = bytes;
        self
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn auth(&self, rb: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        rb.bearer_auth(self.key.expose_secret())
            .header(reqwest::header::ACCEPT, "application/json")
    }

    /// Sends, and returns the status and body text, or how it failed.
    async fn send(&self, rb: reqwest::RequestBuilder) -> Result<(u16, String), CallError> {
        let response = self
            .auth(rb)
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
        Ok((status, body))
    }
}

/// An error answer as a [`CallError`]: 5xx is lost (it may have happened),
/// 404 not found, other 4xx refused with GOV.UK Pay's `code` and
/// `description`.
fn error_answer(status: u16, body: &str) -> CallError {
    let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let code = v
        .get("code")
        .and_then(Value::as_str)
        .map(|c| crate::clip::to_chars(c, 50))
        .unwrap_or_default();
    let message = v
        .get("description")
        .and_then(Value::as_str)
        .map(crate::clip::error_text)
        .unwrap_or_else(|| clip(body));
    match status {
        404 => CallError::NotFound,
        401 => CallError::Refused {
            status,
            code,
            message: format!("the API key was refused: {message}"),
        },
        500..=599 => CallError::Lost(format!("GOV.UK Pay answered {status}: {message}")),
        _ => CallError::Refused {
            status,
            code,
            message,
        },
    }
}

/// Reads one payment object.
fn remote(v: &Value) -> Option<Remote> {
    let provider_id = v.get("payment_id")?.as_str()?.to_string();
    let amount_pence = v.get("amount")?.as_u64()?;
    let state = v.get("state")?;
    let status = state.get("status")?.as_str()?.to_string();
    let code = state
        .get("code")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let message = state
        .get("message")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let reason = (!code.is_empty() || !message.is_empty()).then(|| format!("{code} {message}"));
    let state = match status.as_str() {
        "created" => RemoteState::Open { opened: false },
        "started" | "submitted" => RemoteState::Open { opened: true },
        // Only with delayed capture, which the kiosk never asks for.
        "capturable" => RemoteState::Authorised,
        "success" => RemoteState::Succeeded,
        // P0010 declined, P0020 expired, P0030 cancelled by the user.
        "failed" => match code {
            "P0010" => RemoteState::Declined,
            "P0020" | "P0030" => RemoteState::Cancelled,
            _ => RemoteState::Failed,
        },
        "cancelled" => RemoteState::Cancelled,
        _ => RemoteState::Failed,
    };
    let card = v.get("card_details").and_then(|c| {
        let last4 = c.get("last_digits_card_number")?.as_str()?.to_string();
        Some(CardDetails {
            brand: c
                .get("card_brand")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            last4,
            ..CardDetails::default()
        })
    });
    Some(Remote {
        provider_id,
        reference: v
            .get("reference")
            .and_then(Value::as_str)
            .map(str::to_string),
        amount_pence,
        state,
        status,
        reason,
        card,
    })
}

impl Provider for GovUkPay {
    fn name(&self) -> &'static str {
        NAME
    }

    fn method(&self) -> Method {
        Method::Phone
    }

    fn health(&self) -> Call<'_, ()> {
        Box::pin(async move {
            // The cheapest authenticated call: one page of one payment.
            let rb = self
                .http
                .get(self.url("/v1/payments"))
                .query(&[("display_size", "1")])
                .timeout(self.health_timeout);
            match self.send(rb).await? {
                (200, _) => Ok(()),
                (status, body) => Err(error_answer(status, &body)),
            }
        })
    }

    fn create<'a>(&'a self, request: &'a CreateRequest) -> Call<'a, Created> {
        Box::pin(async move {
            let metadata: serde_json::Map<String, Value> = request
                .metadata
                .iter()
                .map(|(k, v)| ((*k).to_string(), Value::String(v.clone())))
                .collect();
            let body = serde_json::json!({
                "amount": request.amount_pence,
                "reference": request.reference,
                "description": request.description,
                "return_url": self.return_url,
                "language": request.language,
                "metadata": metadata,
            });
            let rb = self
                .http
                .post(self.url("/v1/payments"))
                .header("Idempotency-Key", &request.idempotency_key)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.to_string());
            let (status, text) = self.send(rb).await?;
            if !(200..300).contains(&status) {
                return Err(error_answer(status, &text));
            }
            // Never quote this body: it holds next_url.
            let v: Value = serde_json::from_str(&text).map_err(|_| {
                CallError::Lost("GOV.UK Pay's answer to create could not be read".into())
            })?;
            let remote = remote(&v).ok_or_else(|| {
                CallError::Lost("GOV.UK Pay's answer to create had no payment in it".into())
            })?;
            let next_url = v
                .pointer("/_links/next_url/href")
                .and_then(Value::as_str)
                .map(|u| NextUrl::new(u.to_string()));
            Ok(Created { remote, next_url })
        })
    }

    fn get<'a>(&'a self, provider_id: &'a str) -> Call<'a, Remote> {
        Box::pin(async move {
            let rb = self
                .http
                .get(self.url(&format!("/v1/payments/{provider_id}")));
            match self.send(rb).await? {
                (200, text) => serde_json::from_str::<Value>(&text)
                    .ok()
                    .as_ref()
                    .and_then(remote)
                    .ok_or_else(|| CallError::Lost("GOV.UK Pay's answer could not be read".into())),
                (status, text) => Err(error_answer(status, &text)),
            }
        })
    }

    fn find_by_reference<'a>(&'a self, reference: &'a str) -> Call<'a, Vec<Remote>> {
        Box::pin(async move {
            let rb = self
                .http
                .get(self.url("/v1/payments"))
                .query(&[("reference", reference), ("display_size", "100")]);
            match self.send(rb).await? {
                (200, text) => {
                    let v: Value = serde_json::from_str(&text).map_err(|_| {
                        CallError::Lost("GOV.UK Pay's search answer could not be read".into())
                    })?;
                    let results = v.get("results").and_then(Value::as_array).ok_or_else(|| {
                        CallError::Lost("GOV.UK Pay's search answer had no results".into())
                    })?;
                    // The search matches references loosely: keep exact ones.
                    Ok(results
                        .iter()
                        .filter_map(remote)
                        .filter(|r| r.reference.as_deref() == Some(reference))
                        .collect())
                }
                (status, text) => Err(error_answer(status, &text)),
            }
        })
    }

    fn cancel<'a>(&'a self, provider_id: &'a str) -> Call<'a, Cancel> {
        Box::pin(async move {
            let rb = self
                .http
                .post(self.url(&format!("/v1/payments/{provider_id}/cancel")));
            match self.send(rb).await? {
                (204, _) => Ok(Cancel::Done),
                // P0501/P0502: it can no longer be cancelled.
                (400 | 409, _) => Ok(Cancel::TooLate),
                (status, text) => Err(error_answer(status, &text)),
            }
        })
    }
}
