//! Stripe's API for Terminal's server-driven integration, for tests, on
//! loopback only: `Authorization: Bearer` (401 with Stripe's error body
//! otherwise), form-encoded bodies, PaymentIntents (`card_present`,
//! `capture_method=manual`, GBP, at least 30p), `Idempotency-Key` (same key
//! and parameters: the first answer again; other parameters: 400
//! `idempotency_error`), search by metadata, capture only from
//! `requires_capture`, cancel, and one simulated reader that takes the
//! card as it is told: approve, decline or never see a card. Errors are
//! `{"error": {"type", "code", "message"}}` as Stripe sends them.
//! Faults can be queued per route, and a route's calls held at the door,
//! nothing done, until released.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use super::httpd::{self, Fault, Request, Response};
use serde_json::{Value, json};
use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

/// The secret key the server accepts.
pub const API_KEY: &str = "sk_test_frontdoor0123456789";
/// The reader's id.
pub const READER: &str = "tmr_FrontdoorTest01";

/// What the next card on the reader does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tap {
    /// Approved, verified this way (such as `online_pin`).
    Approve(&'static str),
    /// Declined with this code (such as `card_declined`).
    Decline(&'static str),
    /// No card is ever presented: the reader waits.
    NoCard,
}

/// Which calls a queued fault applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    /// POST /v1/payment_intents.
    Create,
    /// GET /v1/payment_intents/{id}.
    Get,
    /// GET /v1/payment_intents/search.
    Search,
    /// POST .../capture.
    Capture,
    /// POST .../cancel (intent).
    Cancel,
    /// POST /v1/terminal/readers/{id}/process_payment_intent.
    Process,
    /// GET /v1/terminal/readers/{id}.
    Reader,
    /// POST .../cancel_action.
    CancelAction,
}

/// A PaymentIntent.
#[derive(Debug, Clone)]
pub struct Intent {
    /// pi_...
    pub id: String,
    /// Pence.
    pub amount: u64,
    /// Held, once approved.
    pub amount_capturable: u64,
    /// Taken, once captured.
    pub amount_received: u64,
    /// Stripe's status.
    pub status: String,
    /// Metadata.
    pub metadata: HashMap<String, String>,
    /// The description.
    pub description: String,
    /// The charge, once a card was approved.
    pub charge: Option<Value>,
    /// The last decline.
    pub last_error: Option<String>,
    /// How many times it was captured.
    pub captures: usize,
    params: Vec<(String, String)>,
}

/// The reader's action.
#[derive(Debug, Clone)]
pub struct Action {
    /// The intent.
    pub intent: String,
    /// in_progress, succeeded, failed.
    pub status: String,
    /// Why it failed.
    pub failure_code: Option<String>,
    /// What the card will do at the next look.
    pending: Option<Tap>,
}

/// A hook run when a capture arrives, before it is done.
pub type Hook = Box<dyn Fn(&Intent) + Send>;

/// What the server knows.
#[derive(Default)]
pub struct State {
    /// Intents, in creation order.
    pub intents: Vec<Intent>,
    /// Idempotency keys and their first answers: (params, status, body).
    keys: HashMap<String, (String, u16, String)>,
    /// The reader's current action.
    pub action: Option<Action>,
    /// The reader is online.
    pub online: bool,
    /// What the next cards do (default: approved with PIN).
    pub taps: VecDeque<Tap>,
    /// Queued faults.
    pub faults: HashMap<Route, VecDeque<Fault>>,
    /// Requests refused for a wrong key.
    pub unauthorised: usize,
    /// Create-PaymentIntent requests received (idempotent repeats too).
    pub create_calls: usize,
    /// Requests to the reader to take a card (idempotent repeats too).
    pub process_calls: usize,
    /// Capture requests received (idempotent repeats too).
    pub capture_calls: usize,
    /// Routes whose calls wait at the door, nothing done, until released.
    pub held: HashSet<Route>,
    /// Calls waiting at the door now.
    pub waiting: usize,
    /// Run at each capture, before it is done.
    pub on_capture: Option<Hook>,
}

/// A running server.
pub struct Server {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its state.
    pub state: Arc<Mutex<State>>,
}

fn err(status: u16, kind: &str, code: &str, message: &str) -> Response {
    let mut e = json!({ "type": kind, "message": message });
    if !code.is_empty() {
        e["code"] = json!(code);
    }
    Response::json(status, json!({ "error": e }))
}

fn route(r: &Request) -> Option<Route> {
    let p = r.path.as_str();
    Some(match r.method.as_str() {
        "POST" if p == "/v1/payment_intents" => Route::Create,
        "GET" if p == "/v1/payment_intents/search" => Route::Search,
        "GET" if p.starts_with("/v1/payment_intents/") => Route::Get,
        "POST" if p.ends_with("/capture") => Route::Capture,
        "POST" if p.starts_with("/v1/payment_intents/") && p.ends_with("/cancel") => Route::Cancel,
        "POST" if p.ends_with("/process_payment_intent") => Route::Process,
        "POST" if p.ends_with("/cancel_action") => Route::CancelAction,
        "GET" if p.starts_with("/v1/terminal/readers/") => Route::Reader,
        _ => return None,
    })
}

impl Intent {
    fn json(&self, expand: bool) -> Value {
        let charge = match (&self.charge, expand) {
            (Some(c), true) => c.clone(),
            (Some(c), false) => c["id"].clone(),
            (None, _) => Value::Null,
        };
        let mut v = json!({
            "id": self.id,
            "object": "payment_intent",
            "amount": self.amount,
            "amount_capturable": self.amount_capturable,
            "amount_received": self.amount_received,
            "currency": "gbp",
            "capture_method": "manual",
            "payment_method_types": ["card_present"],
            "status": self.status,
            "description": self.description,
            "metadata": self.metadata,
            "latest_charge": charge,
            "livemode": false,
        });
        if let Some(code) = &self.last_error {
            v["last_payment_error"] =
                json!({ "type": "card_error", "code": code, "message": "Your card was declined." });
        }
        v
    }
}

fn reader_json(s: &State) -> Value {
    let action = s.action.as_ref().map(|a| {
        let mut v = json!({
            "type": "process_payment_intent",
            "status": a.status,
            "process_payment_intent": { "payment_intent": a.intent },
        });
        if let Some(code) = &a.failure_code {
            v["failure_code"] = json!(code);
            v["failure_message"] = json!(if code == "card_declined" {
                "Your card was declined."
            } else {
                "The action was canceled."
            });
        }
        v
    });
    json!({
        "id": READER,
        "object": "terminal.reader",
        "device_type": "bbpos_wisepos_e",
        "label": "Hub kiosk reader",
        "status": if s.online { "online" } else { "offline" },
        "action": action,
    })
}

/// The card is presented now, as the reader was told.
fn present(s: &mut State) {
    let Some(action) = s.action.as_mut() else {
        return;
    };
    let Some(tap) = action.pending.take() else {
        return;
    };
    let id = action.intent.clone();
    match tap {
        Tap::NoCard => {}
        Tap::Decline(code) => {
            action.status = "failed".into();
            action.failure_code = Some(code.into());
            if let Some(i) = s.intents.iter_mut().find(|i| i.id == id) {
                i.last_error = Some(code.into());
            }
        }
        Tap::Approve(cvm) => {
            action.status = "succeeded".into();
            if let Some(i) = s.intents.iter_mut().find(|i| i.id == id) {
                i.status = "requires_capture".into();
                i.amount_capturable = i.amount;
                i.charge = Some(json!({
                    "id": format!("ch_{}", &i.id[3..]),
                    "object": "charge",
                    "amount": i.amount,
                    "payment_method_details": {
                        "type": "card_present",
                        "card_present": {
                            "brand": "visa",
                            "last4": "4242",
                            "exp_month": 12,
                            "exp_year": 2030,
                            "read_method": "contactless_emv",
                            "receipt": {
                                "application_preferred_name": "Visa Credit",
                                "dedicated_file_name": "A0000000031010",
                                "authorization_code": "123456",
                                "authorization_response_code": "3030",
                                "cardholder_verification_method": cvm,
                                "account_type": "credit",
                            }
                        }
                    }
                }));
            }
        }
    }
}

fn create(s: &mut State, r: &Request) -> Response {
    let form = httpd::parse_pairs(&r.body);
    let get = |k: &str| form.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
    let Some(amount) = get("amount").and_then(|a| a.parse::<u64>().ok()) else {
        return err(
            400,
            "invalid_request_error",
            "parameter_missing",
            "Missing required param: amount.",
        );
    };
    if get("currency").as_deref() != Some("gbp") {
        return err(
            400,
            "invalid_request_error",
            "parameter_invalid_empty",
            "Missing required param: currency.",
        );
    }
    if !(30..=99_999_999).contains(&amount) {
        return err(
            400,
            "invalid_request_error",
            "amount_too_small",
            "Amount must be at least £0.30 gbp",
        );
    }
    if get("payment_method_types[]").as_deref() != Some("card_present") {
        return err(
            400,
            "invalid_request_error",
            "parameter_invalid",
            "Terminal payments need payment_method_types[]=card_present.",
        );
    }
    if get("capture_method").as_deref() != Some("manual") {
        return err(
            400,
            "invalid_request_error",
            "parameter_invalid",
            "The kiosk must capture manually.",
        );
    }
    let metadata: HashMap<String, String> = form
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("metadata[")
                .and_then(|k| k.strip_suffix(']'))
                .map(|k| (k.to_string(), v.clone()))
        })
        .collect();
    let n = s.intents.len() + 1;
    let i = Intent {
        id: format!("pi_{n:024}"),
        amount,
        amount_capturable: 0,
        amount_received: 0,
        status: "requires_payment_method".into(),
        metadata,
        description: get("description").unwrap_or_default(),
        charge: None,
        last_error: None,
        captures: 0,
        params: form,
    };
    let v = i.json(false);
    s.intents.push(i);
    Response::json(200, v)
}

fn handle(state: &Arc<Mutex<State>>, r: &Request) -> Response {
    let mut guard = state.lock().unwrap();
    let s = &mut *guard;
    if r.header("authorization") != Some(format!("Bearer {API_KEY}").as_str()) {
        s.unauthorised += 1;
        return err(
            401,
            "invalid_request_error",
            "",
            "Invalid API Key provided: sk_test_****",
        );
    }
    let Some(route) = route(r) else {
        return err(
            404,
            "invalid_request_error",
            "resource_missing",
            "Unrecognized request URL.",
        );
    };
    match route {
        Route::Create => s.create_calls += 1,
        Route::Process => s.process_calls += 1,
        Route::Capture => s.capture_calls += 1,
        _ => {}
    }
    // Idempotent POSTs answer again what they first answered.
    let key = r
        .header("idempotency-key")
        .filter(|_| r.method == "POST")
        .map(|k| format!("{}|{k}", r.path));
    if let Some(k) = &key
        && let Some((params, status, body)) = s.keys.get(k)
    {
        if params != &r.body {
            return err(
                400,
                "idempotency_error",
                "",
                "Keys for idempotent requests can only be used with the same parameters they were first used with.",
            );
        }
        return Response::json(*status, body.clone());
    }
    let expand = r
        .query
        .iter()
        .any(|(k, v)| k == "expand[]" && v.contains("latest_charge"))
        || httpd::parse_pairs(&r.body)
            .iter()
            .any(|(k, v)| k == "expand[]" && v.contains("latest_charge"));
    let intent_id = |p: &str| {
        p.trim_start_matches("/v1/payment_intents/")
            .split('/')
            .next()
            .unwrap_or("")
            .to_string()
    };
    let response = match route {
        Route::Create => create(s, r),
        Route::Search => {
            let q = r.q("query").unwrap_or("");
            // metadata['key']:'value'
            let parsed = q
                .strip_prefix("metadata['")
                .and_then(|rest| rest.split_once("']:'"))
                .map(|(k, v)| (k.to_string(), v.trim_end_matches('\'').to_string()));
            match parsed {
                None => err(
                    400,
                    "invalid_request_error",
                    "parameter_invalid",
                    "Invalid search query.",
                ),
                Some((k, v)) => {
                    let data: Vec<Value> = s
                        .intents
                        .iter()
                        .filter(|i| i.metadata.get(&k) == Some(&v))
                        .map(|i| i.json(expand))
                        .collect();
                    Response::json(
                        200,
                        json!({ "object": "search_result", "data": data, "has_more": false, "url": "/v1/payment_intents/search" }),
                    )
                }
            }
        }
        Route::Get => match s.intents.iter().find(|i| i.id == intent_id(&r.path)) {
            Some(i) => Response::json(200, i.json(expand)),
            None => err(
                404,
                "invalid_request_error",
                "resource_missing",
                "No such payment_intent",
            ),
        },
        Route::Capture => {
            let id = intent_id(&r.path);
            let hook = s.on_capture.take();
            if let (Some(h), Some(i)) = (&hook, s.intents.iter().find(|i| i.id == id)) {
                h(i);
            }
            s.on_capture = hook;
            match s.intents.iter_mut().find(|i| i.id == id) {
                Some(i) if i.status == "requires_capture" => {
                    i.status = "succeeded".into();
                    i.amount_received = i.amount_capturable;
                    i.amount_capturable = 0;
                    i.captures += 1;
                    Response::json(200, i.json(expand))
                }
                Some(i) => err(
                    400,
                    "invalid_request_error",
                    "payment_intent_unexpected_state",
                    &format!(
                        "This PaymentIntent could not be captured because it has a status of {}.",
                        i.status
                    ),
                ),
                None => err(
                    404,
                    "invalid_request_error",
                    "resource_missing",
                    "No such payment_intent",
                ),
            }
        }
        Route::Cancel => {
            let id = intent_id(&r.path);
            let on_reader = s
                .action
                .as_ref()
                .is_some_and(|a| a.intent == id && a.status == "in_progress");
            match s.intents.iter_mut().find(|i| i.id == id) {
                Some(i) if on_reader => err(
                    400,
                    "invalid_request_error",
                    "payment_intent_unexpected_state",
                    &format!(
                        "This PaymentIntent ({}) is being processed by a reader.",
                        i.id
                    ),
                ),
                Some(i)
                    if matches!(
                        i.status.as_str(),
                        "requires_payment_method"
                            | "requires_capture"
                            | "requires_confirmation"
                            | "requires_action"
                    ) =>
                {
                    i.status = "canceled".into();
                    i.amount_capturable = 0;
                    Response::json(200, i.json(expand))
                }
                Some(i) => err(
                    400,
                    "invalid_request_error",
                    "payment_intent_unexpected_state",
                    &format!(
                        "You cannot cancel this PaymentIntent because it has a status of {}.",
                        i.status
                    ),
                ),
                None => err(
                    404,
                    "invalid_request_error",
                    "resource_missing",
                    "No such payment_intent",
                ),
            }
        }
        Route::Process | Route::Reader | Route::CancelAction
            if !r
                .path
                .starts_with(&format!("/v1/terminal/readers/{READER}")) =>
        {
            err(
                404,
                "invalid_request_error",
                "resource_missing",
                "No such terminal.reader",
            )
        }
        Route::Reader => {
            present(s);
            Response::json(200, reader_json(s))
        }
        Route::Process => {
            let form = httpd::parse_pairs(&r.body);
            let pi = form
                .iter()
                .find(|(k, _)| k == "payment_intent")
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            if !s.online {
                err(
                    400,
                    "invalid_request_error",
                    "terminal_reader_offline",
                    "Reader is currently offline.",
                )
            } else if s.action.as_ref().is_some_and(|a| a.status == "in_progress") {
                err(
                    400,
                    "invalid_request_error",
                    "terminal_reader_busy",
                    "Reader is currently busy processing another request.",
                )
            } else {
                match s.intents.iter().find(|i| i.id == pi) {
                    Some(i) if i.status == "requires_payment_method" => {
                        let tap = s.taps.pop_front().unwrap_or(Tap::Approve("online_pin"));
                        s.action = Some(Action {
                            intent: pi,
                            status: "in_progress".into(),
                            failure_code: None,
                            pending: Some(tap),
                        });
                        Response::json(200, reader_json(s))
                    }
                    Some(_) => err(
                        400,
                        "invalid_request_error",
                        "payment_intent_unexpected_state",
                        "The PaymentIntent cannot be processed in its state.",
                    ),
                    None => err(
                        404,
                        "invalid_request_error",
                        "resource_missing",
                        "No such payment_intent",
                    ),
                }
            }
        }
        Route::CancelAction => match s.action.as_mut() {
            Some(a) if a.status == "in_progress" => {
                a.status = "failed".into();
                a.failure_code = Some("canceled".into());
                a.pending = None;
                Response::json(200, reader_json(s))
            }
            _ => err(
                400,
                "invalid_request_error",
                "terminal_reader_action_not_in_progress",
                "The reader has no action in progress.",
            ),
        },
    };
    if let Some(k) = key
        && response.status != 409
    {
        s.keys
            .insert(k, (r.body.clone(), response.status, response.body.clone()));
    }
    response
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
    /// Starts on a free loopback port with the reader online.
    pub fn start() -> Server {
        let state = Arc::new(Mutex::new(State {
            online: true,
            ..State::default()
        }));
        let (for_fault, for_handle) = (state.clone(), state.clone());
        let addr = httpd::serve(
            move |r| at_door(&for_fault, route(r)?),
            move |r| handle(&for_handle, r),
        );
        Server { addr, state }
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

    /// What the next cards do.
    pub fn taps(&self, taps: &[Tap]) {
        self.state.lock().unwrap().taps.extend(taps.iter().cloned());
    }

    /// The card is presented now (without waiting for the kiosk to look).
    pub fn present_card(&self) {
        present(&mut self.state.lock().unwrap());
    }

    /// Every intent.
    pub fn intents(&self) -> Vec<Intent> {
        self.state.lock().unwrap().intents.clone()
    }

    /// The intent for a kiosk payment id.
    pub fn intent_for(&self, payment_id: &str) -> Option<Intent> {
        self.intents()
            .into_iter()
            .find(|i| i.metadata.get("kiosk_payment_id").map(String::as_str) == Some(payment_id))
    }

    /// Pence taken (captured) over every intent.
    pub fn taken(&self) -> u64 {
        self.intents().iter().map(|i| i.amount_received).sum()
    }

    /// Runs `hook` at each capture, before it is done.
    pub fn on_capture(&self, hook: Hook) {
        self.state.lock().unwrap().on_capture = Some(hook);
    }

    /// The reader's current action.
    pub fn action(&self) -> Option<Action> {
        self.state.lock().unwrap().action.clone()
    }
}
