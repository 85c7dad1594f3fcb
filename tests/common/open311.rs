//! An Open311 GeoReport v2 back office for tests, on loopback only.
//!
//! It checks what the spec says a server checks (jurisdiction, API key,
//! service code, a location: `address_string`, `lat` and `long`, or
//! `address_id`), answers errors as `[{code, description}]`,
//! answers realtime services with an id, batch with a token and blackbox with
//! a notice, and de-duplicates on the `Idempotency-Key` header the way a
//! careful back office would, while counting what it would have created
//! without that. Faults can be queued: 500, 503 with Retry-After, an answer
//! slower than the client waits, and creating the request then closing the
//! connection without answering.
//!
//! GET `requests.json` lists requests (the ones seeded with
//! [`Server::seed`] and the ones created) filtered by `service_code` and
//! `status`, and by `lat`/`long`/`radius` (metres) unless told it does not
//! serve that extension; it can also refuse the query altogether.
//!
//! A hostile or broken back office can be played too: `services.json`
//! streamed without end ([`Endless`]), batch tokens that never resolve
//! (`hold_tokens`), and every request redirected elsewhere (`redirect`).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::{HashMap, VecDeque};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A fault to inject into the next POST.
#[derive(Debug, Clone)]
pub enum Fault {
    /// Answer 500.
    ServerError,
    /// Answer 503 with this Retry-After value.
    Unavailable(String),
    /// Answer 429.
    TooMany,
    /// Create the request, but answer only after this long.
    Slow(Duration),
    /// Create the request, then close the connection without a word.
    CreateThenClose,
}

/// A `services.json` that goes on and on: well-formed service entries,
/// streamed in 64 KiB pieces as the client reads them, never held whole.
#[derive(Debug, Clone, Copy)]
pub struct Endless {
    /// How many bytes to offer.
    pub bytes: u64,
    /// Say so in `Content-Length` (else the answer is chunked, with no
    /// length given).
    pub declare_length: bool,
}

/// A redirect to answer every request with.
#[derive(Debug, Clone)]
pub struct Redirect {
    /// 301, 302, 303, 307 or 308.
    pub status: u16,
    /// The base URL to point to; the request's path and query are kept.
    pub to: String,
}

/// One request the server created.
#[derive(Debug, Clone)]
pub struct Created {
    /// Its id.
    pub id: String,
    /// The form fields as received, in order.
    pub form: Vec<(String, String)>,
    /// The Idempotency-Key it came with.
    pub key: Option<String>,
}

/// What the server knows and did.
#[derive(Debug, Default)]
pub struct State {
    /// Faults for the next POSTs, in order.
    pub faults: VecDeque<Fault>,
    /// Requests created (after de-duplication).
    pub created: Vec<Created>,
    /// What each idempotency key was answered with.
    answers: HashMap<String, String>,
    /// POSTs received.
    pub posts: usize,
    /// Requests a server without de-duplication would have created.
    pub would_have_created: usize,
    /// Batch tokens and the id each resolves to.
    pub tokens: HashMap<String, String>,
    /// Drop every connection without a word, as an unreachable server would.
    pub unreachable: bool,
    /// The published catalogue: `services.json` and `services/<code>.json`
    /// bodies by path.
    pub catalogue: HashMap<String, String>,
    /// Keep only ids, not forms, of created requests (for long benchmarks,
    /// so the server's own memory does not hide the terminal's).
    pub lean: bool,
    /// Requests to list besides the ones created (such as open reports
    /// made elsewhere).
    pub listed: Vec<Listed>,
    /// Ignore `lat`/`long`/`radius` on GET requests.json, as a back office
    /// without that extension does.
    pub no_near_search: bool,
    /// Refuse GET requests.json with 400 when it has `lat`/`long`/`radius`.
    pub refuse_near_search: bool,
    /// Refuse GET requests.json altogether (403), as a back office that
    /// does not publish requests does.
    pub refuse_listing: bool,
    /// The query strings of GET requests.json, in order.
    pub list_queries: Vec<String>,
    /// Every request line received, in order.
    pub requests: Vec<String>,
    /// Every request body received, in order.
    pub bodies: Vec<String>,
    /// Answer GET services.json with an endless list.
    pub endless: Option<Endless>,
    /// Bytes of the endless list written so far.
    pub streamed: u64,
    /// Batch tokens are not resolved yet: `tokens/<token>.json` answers 404.
    pub hold_tokens: bool,
    /// How many times a token was asked about.
    pub token_asks: usize,
    /// Answer every request with this redirect.
    pub redirect: Option<Redirect>,
    /// The words of a refusal for an unknown service, instead of the
    /// usual short ones (a back office that says far too much).
    pub refusal_words: Option<String>,
}

/// A request the server lists on GET requests.json.
#[derive(Debug, Clone)]
pub struct Listed {
    /// Its id.
    pub id: String,
    /// Its service.
    pub service_code: String,
    /// `open` or `closed`.
    pub status: &'static str,
    /// Where (lat, long), if placed.
    pub point: Option<(f64, f64)>,
    /// Where in words.
    pub address: Option<String>,
    /// What.
    pub description: String,
    /// When (RFC 3339).
    pub requested: String,
}

/// A running test back office.
pub struct Server {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its state, to inspect and to queue faults.
    pub state: Arc<Mutex<State>>,
}

pub const JURISDICTION: &str = "test.gov.uk";
pub const API_KEY: &str = "test-key";

/// The type of a published service (`services.json`), else of a bundled one.
fn service_type(state: &State, code: &str) -> Option<String> {
    if let Some(list) = state.catalogue.get("services.json") {
        let v: serde_json::Value = serde_json::from_str(list).ok()?;
        return v.as_array()?.iter().find_map(|s| {
            let c = match &s["service_code"] {
                serde_json::Value::String(c) => c.clone(),
                other => other.to_string(),
            };
            (c == code).then(|| s["type"].as_str().unwrap_or("realtime").to_string())
        });
    }
    bundled_type(code).map(str::to_string)
}

fn bundled_type(code: &str) -> Option<&'static str> {
    match code {
        "pothole" => Some("batch"),
        "fly-tipping" => Some("blackbox"),
        "missed-bin"
        | "assisted-collection"
        | "order-sacks"
        | "street-light"
        | "council-tax-move"
        | "housing-register"
        | "benefit-change"
        | "feedback"
        | "call-back" => Some("realtime"),
        _ => None,
    }
}

impl Server {
    /// Starts the server on a free loopback port.
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(Mutex::new(State::default()));
        let shared = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let state = shared.clone();
                std::thread::spawn(move || {
                    let _ = handle(stream, &state);
                });
            }
        });
        Server { addr, state }
    }

    /// Publishes a catalogue folder (services.json and services/*.json).
    pub fn publish(&self, dir: &std::path::Path) {
        let mut s = self.state.lock().unwrap();
        s.catalogue.clear();
        s.catalogue.insert(
            "services.json".into(),
            std::fs::read_to_string(dir.join("services.json")).unwrap(),
        );
        for entry in std::fs::read_dir(dir.join("services")).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            s.catalogue.insert(
                format!("services/{name}"),
                std::fs::read_to_string(&path).unwrap(),
            );
        }
    }

    /// The base URL for `[backend] url`.
    pub fn url(&self) -> String {
        format!("http://{}/open311/v2", self.addr)
    }

    /// Queues faults for the next POSTs.
    pub fn fault(&self, faults: &[Fault]) {
        self.state
            .lock()
            .unwrap()
            .faults
            .extend(faults.iter().cloned());
    }

    /// Requests created so far.
    pub fn created(&self) -> Vec<Created> {
        self.state.lock().unwrap().created.clone()
    }

    /// Adds requests to list on GET requests.json.
    pub fn seed(&self, listed: &[Listed]) {
        self.state
            .lock()
            .unwrap()
            .listed
            .extend(listed.iter().cloned());
    }

    /// The config lines that point a terminal at this server.
    pub fn backend_config(&self) -> String {
        format!(
            "[backend]\nkind = \"open311\"\nurl = \"{}\"\njurisdiction_id = \"{JURISDICTION}\"\napi_key = \"{API_KEY}\"\n",
            self.url()
        )
    }
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).to_string()
}

/// Parses `application/x-www-form-urlencoded`.
pub fn parse_form(body: &str) -> Vec<(String, String)> {
    body.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

fn respond(stream: &mut TcpStream, status: u16, extra: &str, body: &str) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        201 => "Created",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Status",
    };
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n{body}",
        body.len()
    )?;
    stream.flush()
}

/// Writes an endless `services.json` until the client stops reading (or
/// `bytes` are written), counting what went out.
fn stream_endless(
    stream: &mut TcpStream,
    state: &Arc<Mutex<State>>,
    e: Endless,
) -> std::io::Result<()> {
    let length = if e.declare_length {
        format!("Content-Length: {}\r\n", e.bytes)
    } else {
        "Transfer-Encoding: chunked\r\n".to_string()
    };
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{length}Connection: close\r\n\r\n"
    )?;
    // One piece of about 64 KiB: "[" first, then entries each ending ",".
    let mut piece = String::new();
    let mut n = 0;
    while piece.len() < 64 * 1024 {
        piece.push_str(&format!(
            r#"{{"service_code":"s{n}","service_name":"Service {n}","metadata":false,"type":"realtime"}},"#
        ));
        n += 1;
    }
    let mut sent: u64 = 0;
    let mut first = true;
    while sent < e.bytes {
        let mut bytes = Vec::with_capacity(piece.len() + 1);
        if first {
            bytes.push(b'[');
            first = false;
        }
        bytes.extend_from_slice(piece.as_bytes());
        let take = bytes
            .len()
            .min(usize::try_from(e.bytes - sent).unwrap_or(usize::MAX));
        let bytes = &bytes[..take];
        let written = if e.declare_length {
            stream.write_all(bytes)
        } else {
            write!(stream, "{:x}\r\n", bytes.len())
                .and_then(|()| stream.write_all(bytes))
                .and_then(|()| stream.write_all(b"\r\n"))
        };
        if written.is_err() {
            return Ok(());
        }
        sent += take as u64;
        state.lock().unwrap().streamed = sent;
    }
    if !e.declare_length {
        stream.write_all(b"0\r\n\r\n")?;
    }
    stream.flush()
}

fn error(stream: &mut TcpStream, status: u16, description: &str) -> std::io::Result<()> {
    let body = serde_json::json!([{ "code": status, "description": description }]).to_string();
    respond(stream, status, "", &body)
}

fn handle(mut stream: TcpStream, state: &Arc<Mutex<State>>) -> std::io::Result<()> {
    if state.lock().unwrap().unreachable {
        return stream.shutdown(std::net::Shutdown::Both);
    }
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut headers = HashMap::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let length: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let body = String::from_utf8_lossy(&body).to_string();
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let path = target.split('?').next().unwrap_or("");
    let (redirect, endless) = {
        let mut s = state.lock().unwrap();
        s.requests.push(request_line.trim_end().to_string());
        s.bodies.push(body.clone());
        (s.redirect.clone(), s.endless)
    };
    if let Some(r) = redirect {
        let to = format!(
            "{}{}",
            r.to.trim_end_matches('/'),
            target.trim_start_matches("/open311/v2")
        );
        return respond(&mut stream, r.status, &format!("Location: {to}\r\n"), "");
    }
    if let (Some(e), "/open311/v2/services.json") = (endless, path) {
        return stream_endless(&mut stream, state, e);
    }

    let query = target.split_once('?').map(|(_, q)| q).unwrap_or("");
    match (method, path) {
        ("POST", "/open311/v2/requests.json") => post_request(&mut stream, state, &headers, &body),
        ("GET", "/open311/v2/requests.json") => list_requests(&mut stream, state, query),
        ("GET", p) if p.starts_with("/open311/v2/tokens/") => {
            let token = p
                .trim_start_matches("/open311/v2/tokens/")
                .trim_end_matches(".json");
            let id = {
                let mut s = state.lock().unwrap();
                s.token_asks += 1;
                if s.hold_tokens {
                    None
                } else {
                    s.tokens.get(token).cloned()
                }
            };
            match id {
                Some(id) => respond(
                    &mut stream,
                    200,
                    "",
                    &serde_json::json!([{ "service_request_id": id, "token": token }]).to_string(),
                ),
                None => error(&mut stream, 404, "token not found"),
            }
        }
        ("GET", p)
            if p == "/open311/v2/services.json" || p.starts_with("/open311/v2/services/") =>
        {
            let key = p.trim_start_matches("/open311/v2/").to_string();
            let body = state.lock().unwrap().catalogue.get(&key).cloned();
            match body {
                Some(b) => respond(&mut stream, 200, "", &b),
                None => error(&mut stream, 404, "service_code not found"),
            }
        }
        ("GET", p) if p.starts_with("/open311/v2/requests/") => {
            let id = p
                .trim_start_matches("/open311/v2/requests/")
                .trim_end_matches(".json");
            let (created, listed) = {
                let s = state.lock().unwrap();
                (
                    s.created.iter().any(|c| c.id == id),
                    s.listed.iter().find(|l| l.id == id).map(|l| l.status),
                )
            };
            if let Some(status) = listed.filter(|_| !created) {
                let body = serde_json::json!([{
                    "service_request_id": id,
                    "status": status,
                    "updated_datetime": "2026-11-18T14:00:00Z"
                }]);
                respond(&mut stream, 200, "", &body.to_string())
            } else if created {
                let body = serde_json::json!([{
                    "service_request_id": id,
                    "status": "open",
                    "status_notes": "An inspector will visit on Monday.",
                    "agency_responsible": "Street Lighting Team",
                    "updated_datetime": "2026-11-18T14:00:00Z"
                }]);
                respond(&mut stream, 200, "", &body.to_string())
            } else {
                error(&mut stream, 404, "service_request_id not found")
            }
        }
        _ => error(&mut stream, 404, "not found"),
    }
}

fn post_request(
    stream: &mut TcpStream,
    state: &Arc<Mutex<State>>,
    headers: &HashMap<String, String>,
    body: &str,
) -> std::io::Result<()> {
    let form = parse_form(body);
    let field = |k: &str| {
        form.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let fault = {
        let mut s = state.lock().unwrap();
        s.posts += 1;
        s.faults.pop_front()
    };
    match &fault {
        Some(Fault::ServerError) => return error(stream, 500, "the case system is down"),
        Some(Fault::Unavailable(after)) => {
            let body = serde_json::json!([{ "code": 503, "description": "down for maintenance" }])
                .to_string();
            return respond(stream, 503, &format!("Retry-After: {after}\r\n"), &body);
        }
        Some(Fault::TooMany) => return error(stream, 429, "slow down"),
        _ => {}
    }
    if field("jurisdiction_id").as_deref() != Some(JURISDICTION) {
        return error(stream, 400, "jurisdiction_id was not provided or not found");
    }
    if field("api_key").as_deref() != Some(API_KEY) {
        return error(stream, 403, "api_key was not provided or is not valid");
    }
    let code = field("service_code").unwrap_or_default();
    let (kind, words) = {
        let s = state.lock().unwrap();
        (service_type(&s, &code), s.refusal_words.clone())
    };
    let Some(kind) = kind else {
        let words = words.unwrap_or_else(|| "service_code was not found".into());
        return error(stream, 400, &words);
    };
    let given = |k: &str| field(k).is_some_and(|v| !v.trim().is_empty());
    let number = |k: &str| field(k).and_then(|v| v.trim().parse::<f64>().ok());
    if (given("lat") || given("long")) && (number("lat").is_none() || number("long").is_none()) {
        return error(stream, 400, "lat and long must both be given, as numbers");
    }
    if !given("address_string") && !given("lat") && !given("address_id") {
        return error(
            stream,
            400,
            "a location is required: address_string, lat and long, or address_id",
        );
    }
    let key = headers.get("idempotency-key").cloned();
    let answer = {
        let mut s = state.lock().unwrap();
        s.would_have_created += 1;
        match key.as_ref().and_then(|k| s.answers.get(k)).cloned() {
            Some(previous) => previous,
            None => {
                let id = format!("{}", 100_000 + s.created.len());
                let answer = match kind.as_str() {
                    "batch" => {
                        let token = format!("tok-{id}");
                        s.tokens.insert(token.clone(), id.clone());
                        serde_json::json!([{ "token": token }])
                    }
                    "blackbox" => serde_json::json!([{ "service_notice": "Thank you. We will look into it." }]),
                    _ => serde_json::json!([{ "service_request_id": id, "service_notice": "Received" }]),
                }
                .to_string();
                let kept = if s.lean { Vec::new() } else { form.clone() };
                s.created.push(Created {
                    id,
                    form: kept,
                    key: key.clone(),
                });
                if let Some(k) = &key {
                    s.answers.insert(k.clone(), answer.clone());
                }
                answer
            }
        }
    };
    match fault {
        Some(Fault::CreateThenClose) => {
            // Created, but the terminal never hears about it.
            let _ = stream.shutdown(std::net::Shutdown::Both);
            Ok(())
        }
        Some(Fault::Slow(delay)) => {
            std::thread::sleep(delay);
            respond(stream, 201, "", &answer)
        }
        _ => respond(stream, 201, "", &answer),
    }
}

/// Distance in metres between two points (haversine).
fn metres(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, la2) = (a.0.to_radians(), b.0.to_radians());
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((b.1 - a.1).to_radians() / 2.0).sin().powi(2);
    2.0 * 6_371_008.8 * h.sqrt().asin()
}

/// GET requests.json: the listed and created requests, filtered as asked.
fn list_requests(
    stream: &mut TcpStream,
    state: &Arc<Mutex<State>>,
    query: &str,
) -> std::io::Result<()> {
    let params = parse_form(query);
    let param = |k: &str| {
        params
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let s = {
        let mut s = state.lock().unwrap();
        s.list_queries.push(query.to_string());
        if s.refuse_listing {
            drop(s);
            return error(stream, 403, "requests are not published");
        }
        let near = param("lat").is_some() || param("long").is_some() || param("radius").is_some();
        if near && s.refuse_near_search {
            drop(s);
            return error(stream, 400, "lat, long and radius are not supported");
        }
        let mut all = s.listed.clone();
        for c in &s.created {
            let f = |k: &str| {
                c.form
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.clone())
            };
            all.push(Listed {
                id: c.id.clone(),
                service_code: f("service_code").unwrap_or_default(),
                status: "open",
                point: f("lat")
                    .and_then(|lat| lat.parse().ok())
                    .zip(f("long").and_then(|l| l.parse().ok())),
                address: f("address_string"),
                description: f("description").unwrap_or_default(),
                requested: "2026-11-18T12:00:00Z".into(),
            });
        }
        let codes: Option<Vec<String>> =
            param("service_code").map(|c| c.split(',').map(str::to_string).collect());
        let statuses: Option<Vec<String>> =
            param("status").map(|c| c.split(',').map(str::to_string).collect());
        let centre = if s.no_near_search {
            None
        } else {
            match (param("lat"), param("long")) {
                (Some(lat), Some(long)) => match (lat.parse::<f64>(), long.parse::<f64>()) {
                    (Ok(lat), Ok(long)) => Some((lat, long)),
                    _ => {
                        drop(s);
                        return error(stream, 400, "lat and long must be numbers");
                    }
                },
                _ => None,
            }
        };
        let radius: f64 = param("radius")
            .and_then(|r| r.parse().ok())
            .unwrap_or(500.0);
        all.retain(|l| {
            codes.as_ref().is_none_or(|c| c.contains(&l.service_code))
                && statuses
                    .as_ref()
                    .is_none_or(|st| st.iter().any(|x| x == l.status))
                && centre.is_none_or(|c| l.point.is_some_and(|p| metres(c, p) <= radius))
        });
        all
    };
    let body: Vec<serde_json::Value> = s
        .iter()
        .map(|l| {
            serde_json::json!({
                "service_request_id": l.id,
                "status": l.status,
                "service_code": l.service_code,
                "description": l.description,
                "address": l.address,
                "lat": l.point.map(|p| p.0),
                "long": l.point.map(|p| p.1),
                "requested_datetime": l.requested,
                "updated_datetime": l.requested,
            })
        })
        .collect();
    respond(stream, 200, "", &serde_json::Value::Array(body).to_string())
}
