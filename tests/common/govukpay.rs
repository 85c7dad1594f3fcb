//! A GOV.UK Pay public API for tests, on loopback only, as strict as the
//! real one about what the kiosk sends: `Authorization: Bearer` (401
//! otherwise), JSON create bodies with `amount` 1..=10000000 pence,
//! `reference` and `description` up to 255 characters, `return_url`,
//! `language` en|cy and metadata of at most 10 keys (errors as
//! `{"field","code","description"}` with P0101/P0102), the
//! `Idempotency-Key` header (same key and body: the first payment again;
//! same key, other body: 409), payment states created → started →
//! submitted → success | failed (P0010 declined, P0020 expired, P0030
//! cancelled by the user) | cancelled (P0040), search by reference, and
//! cancel (204, or 400 P0501 once it cannot be cancelled).
//!
//! The resident's phone is simulated through `next_url` (GET opens the
//! page: `started`). As the real service does, `next_url` names the card
//! payment pages' own host (`https://card.payments.service.gov.uk/secure/`
//! and a token), so the QR code a kiosk shows is the same from run to run;
//! the test's "phone" opens the same path on this server
//! (`Services::next_url`) and [`Server::resident_pays`] and friends. Faults can be
//! queued per route, and a route's calls held at the door, nothing done,
//! until released.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use super::httpd::{self, Fault, Request, Response};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

/// Where `next_url` points, as GOV.UK Pay's own card payment pages.
pub const CARD_PAGES: &str = "https://card.payments.service.gov.uk";

/// The key the server accepts.
pub const API_KEY: &str = "api_test_frontdoor_0123456789abcdef";

/// Which calls a queued fault applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    /// POST /v1/payments.
    Create,
    /// GET /v1/payments/{id}.
    Get,
    /// GET /v1/payments (search, and the health check).
    Search,
    /// POST /v1/payments/{id}/cancel.
    Cancel,
}

/// One payment the server holds.
#[derive(Debug, Clone)]
pub struct Payment {
    /// GOV.UK Pay's id.
    pub id: String,
    /// Pence.
    pub amount: u64,
    /// The reference it was created with.
    pub reference: String,
    /// The description.
    pub description: String,
    /// en or cy.
    pub language: String,
    /// Metadata as sent.
    pub metadata: Value,
    /// created, started, submitted, success, failed, cancelled.
    pub status: String,
    /// P0010 etc.
    pub code: Option<String>,
    /// The token in next_url.
    pub token: String,
    /// The JSON body it was created from (for idempotency).
    body: Value,
}

/// What the server knows.
#[derive(Debug, Default)]
pub struct State {
    /// Payments, in creation order.
    pub payments: Vec<Payment>,
    /// Idempotency keys and the payment each created.
    keys: HashMap<String, String>,
    /// Queued faults.
    pub faults: HashMap<Route, VecDeque<Fault>>,
    /// Create calls received.
    pub create_calls: usize,
    /// Requests refused for a wrong key.
    pub unauthorised: usize,
    /// Routes whose calls wait at the door, nothing done, until released.
    pub held: HashSet<Route>,
    /// Calls waiting at the door now.
    pub waiting: usize,
}

/// A running server.
pub struct Server {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its state.
    pub state: Arc<Mutex<State>>,
}

fn route(r: &Request) -> Option<Route> {
    match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/v1/payments") => Some(Route::Create),
        ("GET", "/v1/payments") => Some(Route::Search),
        ("POST", p) if p.starts_with("/v1/payments/") && p.ends_with("/cancel") => {
            Some(Route::Cancel)
        }
        ("GET", p) if p.starts_with("/v1/payments/") => Some(Route::Get),
        _ => None,
    }
}

fn error(status: u16, code: &str, description: &str) -> Response {
    Response::json(status, json!({ "code": code, "description": description }))
}

fn field_error(status: u16, field: &str, code: &str, description: &str) -> Response {
    Response::json(
        status,
        json!({ "field": field, "code": code, "description": description }),
    )
}

impl Payment {
    fn finished(&self) -> bool {
        matches!(
            self.status.as_str(),
            "success" | "failed" | "cancelled" | "error"
        )
    }

    fn json(&self, base: &str, with_next: bool) -> Value {
        let mut state = json!({ "status": self.status, "finished": self.finished() });
        if let Some(code) = &self.code {
            state["code"] = json!(code);
            state["message"] = json!(match code.as_str() {
                "P0010" => "Payment method rejected",
                "P0020" => "Payment expired",
                "P0030" => "Payment was cancelled by the user",
                "P0040" => "Payment was cancelled by the service",
                _ => "Payment provider returned an error",
            });
        }
        let mut links = json!({
            "self": { "href": format!("{base}/v1/payments/{}", self.id), "method": "GET" },
            "events": { "href": format!("{base}/v1/payments/{}/events", self.id), "method": "GET" },
            "refunds": { "href": format!("{base}/v1/payments/{}/refunds", self.id), "method": "GET" },
        });
        if !self.finished() {
            links["cancel"] = json!({ "href": format!("{base}/v1/payments/{}/cancel", self.id), "method": "POST" });
        }
        if with_next && self.status == "created" {
            links["next_url"] =
                json!({ "href": format!("{CARD_PAGES}/secure/{}", self.token), "method": "GET" });
        }
        let mut v = json!({
            "payment_id": self.id,
            "amount": self.amount,
            "reference": self.reference,
            "description": self.description,
            "language": self.language,
            "metadata": self.metadata,
            "state": state,
            "return_url": "https://example.gov.uk/paid",
            "payment_provider": "sandbox",
            "created_date": "2026-11-18T12:00:00.000Z",
            "delayed_capture": false,
            "moto": false,
            "_links": links,
        });
        if self.status == "success" {
            v["card_details"] = json!({
                "last_digits_card_number": "4444",
                "first_digits_card_number": "555555",
                "card_brand": "Mastercard",
                "card_type": "debit",
            });
        }
        v
    }
}

fn create(state: &mut State, base: &str, r: &Request) -> Response {
    state.create_calls += 1;
    let Ok(body) = serde_json::from_str::<Value>(&r.body) else {
        return error(400, "P0197", "Unable to parse JSON");
    };
    for field in ["amount", "reference", "description", "return_url"] {
        if body.get(field).is_none() {
            return field_error(
                400,
                field,
                "P0101",
                &format!("Missing mandatory attribute: {field}"),
            );
        }
    }
    let amount = body["amount"].as_u64().unwrap_or(0);
    if !(1..=10_000_000).contains(&amount) {
        return field_error(
            422,
            "amount",
            "P0102",
            "Invalid attribute value: amount. Must be less than or equal to 10000000",
        );
    }
    for field in ["reference", "description"] {
        let v = body[field].as_str().unwrap_or("");
        if v.is_empty() || v.chars().count() > 255 || v.contains("http") {
            return field_error(
                422,
                field,
                "P0102",
                &format!(
                    "Invalid attribute value: {field}. Must be less than or equal to 255 characters length"
                ),
            );
        }
    }
    let language = body.get("language").and_then(Value::as_str).unwrap_or("en");
    if !matches!(language, "en" | "cy") {
        return field_error(
            422,
            "language",
            "P0102",
            "Invalid attribute value: language. Must be \"en\" or \"cy\"",
        );
    }
    let metadata = body.get("metadata").cloned().unwrap_or(json!({}));
    if let Some(m) = metadata.as_object() {
        let bad = m.len() > 10
            || m.iter().any(|(k, v)| {
                k.len() > 30 || v.as_str().is_some_and(|s| s.len() > 100) || v.is_object()
            });
        if bad {
            return field_error(
                422,
                "metadata",
                "P0102",
                "Invalid attribute value: metadata. Values must be of type String, Boolean or Number",
            );
        }
    }
    if let Some(key) = r.header("idempotency-key")
        && let Some(id) = state.keys.get(key).cloned()
    {
        let p = state.payments.iter().find(|p| p.id == id).unwrap();
        if p.body != body {
            return error(
                409,
                "P0191",
                "The Idempotency-Key has already been used to create a payment with a different body",
            );
        }
        return Response::json(200, p.json(base, true));
    }
    let n = state.payments.len() + 1;
    let p = Payment {
        id: format!("pay{n:022}"),
        amount,
        reference: body["reference"].as_str().unwrap_or("").to_string(),
        description: body["description"].as_str().unwrap_or("").to_string(),
        language: language.to_string(),
        metadata,
        status: "created".into(),
        code: None,
        token: format!("tok{n}"),
        body,
    };
    if let Some(key) = r.header("idempotency-key") {
        state.keys.insert(key.to_string(), p.id.clone());
    }
    let answer = p.json(base, true);
    state.payments.push(p);
    let mut response = Response::json(201, answer);
    response.headers = format!(
        "Location: {base}/v1/payments/{}\r\n",
        state.payments[n - 1].id
    );
    response
}

fn handle(state: &Arc<Mutex<State>>, base: &str, r: &Request) -> Response {
    let mut s = state.lock().unwrap();
    // The resident's phone on the payment page: no API key.
    if r.method == "GET" && r.path.starts_with("/secure/") {
        let token = r.path.trim_start_matches("/secure/");
        return match s.payments.iter_mut().find(|p| p.token == token) {
            Some(p) if p.status == "created" => {
                p.status = "started".into();
                Response::json(200, json!({ "page": "Enter card details" }))
            }
            Some(_) => Response::json(200, json!({ "page": "This payment has already started" })),
            None => error(404, "P0200", "Not found"),
        };
    }
    let expected = format!("Bearer {API_KEY}");
    if r.header("authorization") != Some(expected.as_str()) {
        s.unauthorised += 1;
        return Response::json(
            401,
            json!({ "code": "P0920", "description": "Credentials are required to access this resource" }),
        );
    }
    match route(r) {
        Some(Route::Create) => create(&mut s, base, r),
        Some(Route::Search) => {
            let reference = r.q("reference");
            let results: Vec<Value> = s
                .payments
                .iter()
                .filter(|p| reference.is_none_or(|x| p.reference.contains(x)))
                .map(|p| p.json(base, false))
                .collect();
            Response::json(
                200,
                json!({ "total": results.len(), "count": results.len(), "page": 1, "results": results, "_links": {} }),
            )
        }
        Some(Route::Get) => {
            let id = r.path.trim_start_matches("/v1/payments/");
            match s.payments.iter().find(|p| p.id == id) {
                Some(p) => Response::json(200, p.json(base, true)),
                None => error(404, "P0200", "Not found"),
            }
        }
        Some(Route::Cancel) => {
            let id = r
                .path
                .trim_start_matches("/v1/payments/")
                .trim_end_matches("/cancel");
            match s.payments.iter_mut().find(|p| p.id == id) {
                Some(p) if matches!(p.status.as_str(), "created" | "started" | "submitted") => {
                    p.status = "cancelled".into();
                    p.code = Some("P0040".into());
                    Response {
                        status: 204,
                        headers: String::new(),
                        body: String::new(),
                    }
                }
                Some(_) => error(400, "P0501", "Cancellation of payment failed"),
                None => error(404, "P0500", "Not found"),
            }
        }
        None => error(404, "P0200", "Not found"),
    }
}

/// The fault for a call on `route`, once the route is not held: a held
/// call waits at the door, nothing done, until it is released.
fn at_door(state: &Mutex<State>, route: Route) -> Option<Fault> {
    let mut waiting = false;
    loop {
        let mut s = state.lock().unwrap();
        if !s.held.contains(&route) {
            if waiting {
                s.waiting -= 1;
            }
            return s.faults.get_mut(&route).and_then(VecDeque::pop_front);
        }
        if !waiting {
            s.waiting += 1;
            waiting = true;
        }
        drop(s);
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

impl Server {
    /// Starts on a free loopback port.
    pub fn start() -> Server {
        let state = Arc::new(Mutex::new(State::default()));
        let (for_fault, for_handle) = (state.clone(), state.clone());
        let base = Arc::new(Mutex::new(String::new()));
        let base_h = base.clone();
        let addr = httpd::serve(
            move |r| at_door(&for_fault, route(r)?),
            move |r| {
                let base = base_h.lock().unwrap().clone();
                handle(&for_handle, &base, r)
            },
        );
        *base.lock().unwrap() = format!("http://{addr}");
        Server { addr, state }
    }

    /// Where a resident's phone opens `next_url`: the same path on this
    /// server.
    pub fn phone(&self, next_url: &str) -> String {
        next_url.replacen(CARD_PAGES, &self.url(), 1)
    }

    /// The API's base URL.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Calls on `route` wait at the door, nothing done, until
    /// [`Server::release`]: a call the kiosk sent that the service has not
    /// acted on yet.
    pub fn hold(&self, route: Route) {
        self.state.lock().unwrap().held.insert(route);
    }

    /// Lets the calls held on `route` in, each taking its queued fault.
    pub fn release(&self, route: Route) {
        self.state.lock().unwrap().held.remove(&route);
    }

    /// How many calls wait at the door.
    pub fn waiting(&self) -> usize {
        self.state.lock().unwrap().waiting
    }

    /// Queues faults for the next calls on `route`.
    pub fn fault(&self, route: Route, faults: &[Fault]) {
        self.state
            .lock()
            .unwrap()
            .faults
            .entry(route)
            .or_default()
            .extend(faults.iter().cloned());
    }

    /// Every payment.
    pub fn payments(&self) -> Vec<Payment> {
        self.state.lock().unwrap().payments.clone()
    }

    /// The payment created with `reference` (the kiosk's payment id).
    pub fn by_reference(&self, reference: &str) -> Vec<Payment> {
        self.payments()
            .into_iter()
            .filter(|p| p.reference == reference)
            .collect()
    }

    fn set(&self, reference: &str, status: &str, code: Option<&str>) {
        let mut s = self.state.lock().unwrap();
        let p = s
            .payments
            .iter_mut()
            .find(|p| p.reference == reference)
            .expect("no such payment");
        assert!(!p.finished(), "payment {reference} is already {}", p.status);
        p.status = status.into();
        p.code = code.map(str::to_string);
    }

    /// The resident enters their card details and pays on their phone.
    pub fn resident_pays(&self, reference: &str) {
        self.set(reference, "submitted", None);
        self.set(reference, "success", None);
    }

    /// The resident's card is declined on the payment page.
    pub fn resident_declined(&self, reference: &str) {
        self.set(reference, "failed", Some("P0010"));
    }

    /// The resident presses "Cancel payment" on the payment page.
    pub fn resident_cancels(&self, reference: &str) {
        self.set(reference, "failed", Some("P0030"));
    }

    /// Money taken, in pence, over every payment.
    pub fn taken(&self) -> u64 {
        self.payments()
            .iter()
            .filter(|p| p.status == "success")
            .map(|p| p.amount)
            .sum()
    }

    /// Payments that succeeded, by reference.
    pub fn succeeded(&self) -> Vec<String> {
        self.payments()
            .iter()
            .filter(|p| p.status == "success")
            .map(|p| p.reference.clone())
            .collect()
    }
}
