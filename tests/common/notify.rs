//! A GOV.UK Notify for tests, and a webhook receiver for help calls, on
//! loopback only (tokio, port 0).
//!
//! The Notify server checks what Notify checks and answers as Notify does:
//! the `Authorization: Bearer` JWT (HS256, `iss` = the service id, `iat`
//! within 30 s, signed with the key's secret; 401/403 with Notify's
//! `{"errors": [{"error", "message"}], "status_code"}` otherwise), then the
//! body (phone number or email, a template that exists and is of the right
//! type, every personalisation field the template uses; 400 with Notify's
//! words otherwise). It answers 201 with an id, finds notifications by
//! `reference`, and can be told to fail the next sends: 500, 429 with
//! Retry-After, accept then drop the connection, accept then answer slowly.
//!
//! The webhook receiver takes help calls shaped for Teams workflows, Slack
//! or plain JSON (refusing a wrong shape as those services do), and can be
//! failing (500) or hang without answering; [`HookServer::closed_url`] is
//! a port nothing listens on.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

pub const SERVICE_ID: &str = "26785a09-ab16-4eb0-8407-a37497a57506";
pub const SECRET: &str = "3d844edf-8d35-48ac-975b-e847b4f122b0";

/// The API key as Notify shows it: name, service id, secret.
pub fn api_key() -> String {
    format!("frontdoor_test_key-{SERVICE_ID}-{SECRET}")
}

/// A template on the test service.
#[derive(Debug, Clone)]
pub struct Template {
    pub id: &'static str,
    pub kind: &'static str,
    pub body: &'static str,
}

impl Template {
    /// The `((field))`s the body uses.
    pub fn fields(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = self.body;
        while let Some(start) = rest.find("((") {
            let after = &rest[start + 2..];
            let Some(end) = after.find("))") else { break };
            let name = after[..end].to_string();
            if !out.contains(&name) {
                out.push(name);
            }
            rest = &after[end + 2..];
        }
        out
    }
}

/// The test service's templates: English and Welsh texts and emails for
/// every message, and the help call text.
pub const TEMPLATES: &[(&str, &str, Template)] = &[
    (
        "en-GB",
        "submitted_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000101",
            kind: "sms",
            body: "Your reference is ((reference)) for ((service)). Follow it at ((tracking_link))",
        },
    ),
    (
        "en-GB",
        "submitted_email",
        Template {
            id: "00000000-0000-4000-8000-000000000102",
            kind: "email",
            body: "Reference ((reference)) for ((service)): ((tracking_link))",
        },
    ),
    (
        "en-GB",
        "booked_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000103",
            kind: "sms",
            body: "Booked: ((appointment_type)) on ((date)) at ((time)), ((place)). Ref ((reference))",
        },
    ),
    (
        "en-GB",
        "booked_email",
        Template {
            id: "00000000-0000-4000-8000-000000000104",
            kind: "email",
            body: "Booked: ((appointment_type)) on ((date)) at ((time)), ((place)). Ref ((reference))",
        },
    ),
    (
        "en-GB",
        "reminder_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000105",
            kind: "sms",
            body: "Reminder: ((appointment_type)) tomorrow, ((date)) at ((time)), ((place)). Ref ((reference))",
        },
    ),
    (
        "en-GB",
        "moved_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000106",
            kind: "sms",
            body: "Moved: ((appointment_type)) is now on ((date)) at ((time)), ((place)). Ref ((reference))",
        },
    ),
    (
        "en-GB",
        "cancelled_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000107",
            kind: "sms",
            body: "Cancelled: ((appointment_type)) on ((date)) at ((time)). Ref ((reference))",
        },
    ),
    (
        "en-GB",
        "update_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000108",
            kind: "sms",
            body: "((reference)) ((service)): ((status)) ((tracking_link))",
        },
    ),
    (
        "en-GB",
        "update_email",
        Template {
            id: "00000000-0000-4000-8000-000000000109",
            kind: "email",
            body: "((reference)) ((service)): ((status)) ((tracking_link))",
        },
    ),
    (
        "en-GB",
        "help_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000110",
            kind: "sms",
            body: "((message))",
        },
    ),
    (
        "cy",
        "submitted_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000201",
            kind: "sms",
            body: "Eich cyfeirnod yw ((reference)) ar gyfer ((service)). ((tracking_link))",
        },
    ),
    (
        "cy",
        "booked_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000203",
            kind: "sms",
            body: "Wedi archebu: ((appointment_type)) ar ((date)) am ((time)), ((place)). ((reference))",
        },
    ),
    (
        "cy",
        "reminder_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000205",
            kind: "sms",
            body: "Nodyn atgoffa: ((appointment_type)) yfory, ((date)) am ((time)), ((place)). ((reference))",
        },
    ),
    (
        "cy",
        "update_sms",
        Template {
            id: "00000000-0000-4000-8000-000000000208",
            kind: "sms",
            body: "((reference)) ((service)): ((status))",
        },
    ),
];

/// The template id for a locale and key.
pub fn template_id(locale: &str, key: &str) -> &'static str {
    TEMPLATES
        .iter()
        .find(|(l, k, _)| *l == locale && *k == key)
        .map(|(_, _, t)| t.id)
        .unwrap_or_else(|| panic!("no test template {locale} {key}"))
}

/// `[notify]` for a terminal using this server: every template above.
pub fn notify_config(base_url: &str, extra: &str) -> String {
    let mut s = format!(
        "[notify]\napi_key = \"{}\"\nbase_url = \"{base_url}\"\n{extra}\n",
        api_key()
    );
    for locale in ["en-GB", "cy"] {
        s.push_str(&format!("[notify.templates.{locale}]\n"));
        for (l, key, t) in TEMPLATES {
            if *l == locale {
                s.push_str(&format!("{key} = \"{}\"\n", t.id));
            }
        }
    }
    s
}

/// A fault for the next send.
#[derive(Debug, Clone)]
pub enum Fault {
    /// 500, nothing kept.
    ServerError,
    /// 429 with this Retry-After, nothing kept.
    TooMany(u64),
    /// Keep the notification, then close the connection without a word.
    AcceptThenDrop,
    /// Keep the notification, answer after this long.
    AcceptSlow(Duration),
}

/// One notification Notify accepted.
#[derive(Debug, Clone)]
pub struct Sent {
    pub id: String,
    pub channel: String,
    pub to: String,
    pub template_id: String,
    pub personalisation: BTreeMap<String, String>,
    pub reference: Option<String>,
    pub body: String,
}

/// What the server knows and did.
#[derive(Debug, Default)]
pub struct State {
    pub templates: HashMap<String, Template>,
    pub faults: VecDeque<Fault>,
    /// Notifications accepted, in order.
    pub sent: Vec<Sent>,
    /// POSTs received.
    pub posts: usize,
    /// Reference look-ups received.
    pub lookups: usize,
    /// Answers refused: (status, Notify's error message).
    pub refused: Vec<(u16, String)>,
    /// A team-only key: only these (normalised) numbers and emails.
    pub guest_list: Option<Vec<String>>,
    /// Seconds to add to the server's clock.
    pub skew_secs: i64,
}

pub struct NotifyServer {
    pub addr: SocketAddr,
    pub state: Arc<Mutex<State>>,
}

const GENERAL: &str = "Invalid token: make sure your API token matches the example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header";

fn errors(status: u16, kind: &str, message: &str) -> (u16, String, Value) {
    (
        status,
        String::new(),
        json!({"errors": [{"error": kind, "message": message}], "status_code": status}),
    )
}

/// Notify's own idea of a UK mobile: +44 / 0044 / 44 / 0, then 7 and
/// nine more digits; spaces, dashes, dots and brackets are ignored.
fn notify_mobile(n: &str) -> Option<String> {
    let digits: String = n.chars().filter(|c| !" -.()".contains(*c)).collect();
    let digits = digits.strip_prefix('+').unwrap_or(&digits).to_string();
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let national = digits
        .strip_prefix("0044")
        .or_else(|| digits.strip_prefix("44"))
        .or_else(|| digits.strip_prefix('0'))
        .unwrap_or(&digits)
        .trim_start_matches('0')
        .to_string();
    (national.len() == 10 && national.starts_with('7')).then(|| format!("44{national}"))
}

fn notify_email(e: &str) -> bool {
    let Some((local, domain)) = e.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.contains("..")
        && !e.contains(char::is_whitespace)
        && domain.rsplit('.').next().is_some_and(|t| t.len() >= 2)
}

fn now_secs(skew: i64) -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        + skew
}

/// Checks the Authorization header as Notify's `requires_auth` does.
fn authorise(header: Option<&str>, skew: i64) -> Result<(), (u16, String, Value)> {
    let auth = |status, message: &str| errors(status, "AuthError", message);
    let Some(header) = header else {
        return Err(auth(
            401,
            "Unauthorized: authentication token must be provided",
        ));
    };
    if header.len() < 7 || !header[..7].eq_ignore_ascii_case("bearer ") {
        return Err(auth(
            401,
            "Unauthorized: authentication bearer scheme must be used",
        ));
    }
    let token = &header[7..];
    let claims: Value =
        jsonwebtoken::dangerous::insecure_decode_claims(token).map_err(|_| auth(403, GENERAL))?;
    let Some(iss) = claims.get("iss").and_then(|v| v.as_str()) else {
        return Err(auth(403, "Invalid token: iss field not provided"));
    };
    if uuid::Uuid::parse_str(iss).is_err() {
        return Err(auth(
            403,
            "Invalid token: service id is not the right data type",
        ));
    }
    if iss != SERVICE_ID {
        return Err(auth(403, "Invalid token: service not found"));
    }
    let header = jsonwebtoken::decode_header(token).map_err(|_| auth(403, GENERAL))?;
    if header.alg != jsonwebtoken::Algorithm::HS256 {
        return Err(auth(403, "Invalid token: algorithm used is not HS256"));
    }
    let mut v = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    v.required_spec_claims.clear();
    v.validate_exp = false;
    if jsonwebtoken::decode::<Value>(
        token,
        &jsonwebtoken::DecodingKey::from_secret(SECRET.as_bytes()).unwrap(),
        &v,
    )
    .is_err()
    {
        return Err(auth(403, "Invalid token: API key not found"));
    }
    let Some(iat) = claims.get("iat").and_then(|v| v.as_i64()) else {
        return Err(auth(403, GENERAL));
    };
    if (now_secs(skew) - iat).abs() > 30 {
        return Err(auth(
            403,
            "Error: Your system clock must be accurate to within 30 seconds",
        ));
    }
    Ok(())
}

struct Request {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

async fn read_request(stream: &mut BufReader<TcpStream>) -> Option<Request> {
    let mut line = String::new();
    stream.read_line(&mut line).await.ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        stream.read_line(&mut h).await.ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    stream.read_exact(&mut body).await.ok()?;
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (
            p.to_string(),
            q.split('&')
                .filter_map(|kv| kv.split_once('='))
                .map(|(k, v)| (decode(k), decode(v)))
                .collect(),
        ),
        None => (target, Vec::new()),
    };
    Some(Request {
        method,
        path,
        query,
        headers,
        body,
    })
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 3 <= bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).to_string()
}

async fn respond(stream: &mut BufReader<TcpStream>, status: u16, extra: &str, body: &str) {
    let reason = match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        _ => "Internal Server Error",
    };
    let text = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n{body}",
        body.len()
    );
    let _ = stream.get_mut().write_all(text.as_bytes()).await;
    let _ = stream.get_mut().shutdown().await;
}

fn spawn_listener<F, Fut>(handler: F) -> SocketAddr
where
    F: Fn(BufReader<TcpStream>) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(listener.local_addr().unwrap()).unwrap();
            let handler = Arc::new(handler);
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let handler = handler.clone();
                tokio::spawn(async move { handler(BufReader::new(stream)).await });
            }
        });
    });
    rx.recv().unwrap()
}

impl NotifyServer {
    /// Starts a Notify on a free loopback port with [`TEMPLATES`].
    pub fn start() -> NotifyServer {
        let mut state = State::default();
        for (_, _, t) in TEMPLATES {
            state.templates.insert(t.id.to_string(), t.clone());
        }
        let state = Arc::new(Mutex::new(state));
        let shared = state.clone();
        let addr = spawn_listener(move |stream| {
            let state = shared.clone();
            async move { handle(stream, state).await }
        });
        NotifyServer { addr, state }
    }

    /// The `base_url` for `[notify]`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Queues faults for the next sends.
    pub fn fault(&self, faults: &[Fault]) {
        self.state
            .lock()
            .unwrap()
            .faults
            .extend(faults.iter().cloned());
    }

    /// Notifications accepted.
    pub fn sent(&self) -> Vec<Sent> {
        self.state.lock().unwrap().sent.clone()
    }

    /// Notifications accepted for one client reference.
    pub fn sent_with_reference(&self, reference: &str) -> usize {
        self.sent()
            .iter()
            .filter(|s| s.reference.as_deref() == Some(reference))
            .count()
    }

    /// POSTs received.
    pub fn posts(&self) -> usize {
        self.state.lock().unwrap().posts
    }

    /// Reference look-ups received.
    pub fn lookups(&self) -> usize {
        self.state.lock().unwrap().lookups
    }

    /// Waits until `n` notifications are accepted (or panics after 20 s).
    pub fn wait_for_sent(&self, n: usize) {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while self.sent().len() < n {
            assert!(
                std::time::Instant::now() < deadline,
                "Notify never got {n} notifications"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

async fn handle(mut stream: BufReader<TcpStream>, state: Arc<Mutex<State>>) {
    let Some(req) = read_request(&mut stream).await else {
        return;
    };
    let skew = state.lock().unwrap().skew_secs;
    if let Err((status, extra, body)) =
        authorise(req.headers.get("authorization").map(String::as_str), skew)
    {
        state.lock().unwrap().refused.push((
            status,
            body["errors"][0]["message"]
                .as_str()
                .unwrap_or("")
                .to_string(),
        ));
        respond(&mut stream, status, &extra, &body.to_string()).await;
        return;
    }
    match (req.method.as_str(), req.path.as_str()) {
        ("GET", "/v2/notifications") => {
            let wanted = req
                .query
                .iter()
                .find(|(k, _)| k == "reference")
                .map(|(_, v)| v.clone());
            let list: Vec<Value> = {
                let mut s = state.lock().unwrap();
                s.lookups += 1;
                s.sent
                    .iter()
                    .rev()
                    .filter(|n| wanted.is_none() || n.reference == wanted)
                    .map(|n| {
                        json!({
                            "id": n.id, "reference": n.reference, "type": n.channel,
                            "status": "created", "body": n.body,
                            "template": {"id": n.template_id, "version": 1},
                        })
                    })
                    .collect()
            };
            let body = json!({"notifications": list, "links": {"current": "/v2/notifications"}});
            respond(&mut stream, 200, "", &body.to_string()).await;
        }
        ("POST", "/v2/notifications/sms") | ("POST", "/v2/notifications/email") => {
            let channel = if req.path.ends_with("sms") {
                "sms"
            } else {
                "email"
            };
            let (status, extra, body, fault) = {
                let mut s = state.lock().unwrap();
                s.posts += 1;
                match s.faults.pop_front() {
                    Some(Fault::ServerError) => {
                        let (st, ex, b) = errors(500, "Exception", "Internal server error");
                        (st, ex, b, None)
                    }
                    Some(Fault::TooMany(after)) => {
                        let (st, _, b) = errors(
                            429,
                            "RateLimitError",
                            "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds",
                        );
                        (st, format!("Retry-After: {after}\r\n"), b, None)
                    }
                    other => {
                        let (st, ex, b) = accept(&mut s, channel, &req.body);
                        if st != 201 {
                            let m = b["errors"][0]["message"].as_str().unwrap_or("").to_string();
                            s.refused.push((st, m));
                        }
                        (st, ex, b, other.filter(|_| st == 201))
                    }
                }
            };
            match fault {
                Some(Fault::AcceptThenDrop) => {
                    let _ = stream.get_mut().shutdown().await;
                }
                Some(Fault::AcceptSlow(d)) => {
                    tokio::time::sleep(d).await;
                    respond(&mut stream, status, &extra, &body.to_string()).await;
                }
                _ => respond(&mut stream, status, &extra, &body.to_string()).await,
            }
        }
        _ => {
            let (st, ex, b) = errors(404, "NotFound", "Not found");
            respond(&mut stream, st, &ex, &b.to_string()).await;
        }
    }
}

/// Validates a send as Notify does and keeps it: 201, or 400 with
/// Notify's words.
fn accept(s: &mut State, channel: &str, body: &[u8]) -> (u16, String, Value) {
    let bad = |m: &str| errors(400, "ValidationError", m);
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        return errors(400, "BadRequestError", "Invalid JSON supplied in POST data");
    };
    let field = if channel == "sms" {
        "phone_number"
    } else {
        "email_address"
    };
    let Some(to) = v.get(field).and_then(|t| t.as_str()) else {
        return bad(&format!("{field} is a required property"));
    };
    let Some(template_id) = v.get("template_id").and_then(|t| t.as_str()) else {
        return bad("template_id is a required property");
    };
    if uuid::Uuid::parse_str(template_id).is_err() {
        return bad("template_id is not a valid UUID");
    }
    let personalisation: BTreeMap<String, String> = match v.get("personalisation") {
        None | Some(Value::Null) => BTreeMap::new(),
        Some(Value::Object(m)) => m
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    v.as_str()
                        .map(str::to_string)
                        .unwrap_or_else(|| v.to_string()),
                )
            })
            .collect(),
        Some(other) => return bad(&format!("personalisation {other} is not of type object")),
    };
    let reference = match v.get("reference") {
        None | Some(Value::Null) => None,
        Some(Value::String(r)) => Some(r.clone()),
        Some(other) => return bad(&format!("reference {other} is not of type string")),
    };
    let normalised = if channel == "sms" {
        match notify_mobile(to) {
            Some(n) => n,
            None => return bad("phone_number Not a UK mobile number"),
        }
    } else if notify_email(to) {
        to.to_ascii_lowercase()
    } else {
        return bad("email_address Not a valid email address");
    };
    let Some(template) = s.templates.get(template_id).cloned() else {
        return errors(400, "BadRequestError", "Template not found");
    };
    if template.kind != channel {
        return errors(
            400,
            "BadRequestError",
            &format!(
                "{} template is not suitable for {channel} notification",
                template.kind
            ),
        );
    }
    let missing: Vec<String> = template
        .fields()
        .into_iter()
        .filter(|f| !personalisation.contains_key(f))
        .collect();
    if !missing.is_empty() {
        return errors(
            400,
            "BadRequestError",
            &format!("Missing personalisation: {}", missing.join(", ")),
        );
    }
    if let Some(guests) = &s.guest_list
        && !guests.contains(&normalised)
    {
        return errors(
            400,
            "BadRequestError",
            "Can't send to this recipient using a team-only API key",
        );
    }
    let mut rendered = template.body.to_string();
    for (k, v) in &personalisation {
        rendered = rendered.replace(&format!("(({k}))"), v);
    }
    let id = uuid::Uuid::new_v4().to_string();
    s.sent.push(Sent {
        id: id.clone(),
        channel: channel.to_string(),
        to: normalised,
        template_id: template_id.to_string(),
        personalisation,
        reference: reference.clone(),
        body: rendered.clone(),
    });
    let content = if channel == "sms" {
        json!({"body": rendered, "from_number": "GOVUK"})
    } else {
        json!({"body": rendered, "subject": "Test", "from_email": "test@notifications.service.gov.uk"})
    };
    (
        201,
        String::new(),
        json!({
            "id": id, "reference": reference, "content": content,
            "uri": format!("/v2/notifications/{id}"),
            "template": {"id": template_id, "version": 1, "uri": format!("/v2/template/{template_id}")},
        }),
    )
}

/// How the webhook receiver behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HookMode {
    /// Takes calls of the right shape.
    Up,
    /// Answers 500 to everything.
    Failing,
    /// Reads the call and never answers.
    Hang,
}

/// A help webhook for tests: Teams workflow, Slack, or plain JSON.
pub struct HookServer {
    pub addr: SocketAddr,
    pub format: &'static str,
    pub received: Arc<Mutex<Vec<Value>>>,
    pub mode: Arc<Mutex<HookMode>>,
}

impl HookServer {
    /// Starts a receiver for `format` (teams, slack or json).
    pub fn start(format: &'static str) -> HookServer {
        let received = Arc::new(Mutex::new(Vec::new()));
        let mode = Arc::new(Mutex::new(HookMode::Up));
        let (r, m) = (received.clone(), mode.clone());
        let addr = spawn_listener(move |mut stream| {
            let (received, mode) = (r.clone(), m.clone());
            async move {
                let Some(req) = read_request(&mut stream).await else {
                    return;
                };
                let mode = *mode.lock().unwrap();
                match mode {
                    HookMode::Hang => {
                        tokio::time::sleep(Duration::from_secs(3600)).await;
                    }
                    HookMode::Failing => {
                        respond(&mut stream, 500, "", "{\"error\":\"down\"}").await
                    }
                    HookMode::Up => {
                        let (status, body) = check_hook(format, &req);
                        if status < 300
                            && let Ok(v) = serde_json::from_slice::<Value>(&req.body)
                        {
                            received.lock().unwrap().push(v);
                        }
                        respond(&mut stream, status, "", &body).await;
                    }
                }
            }
        });
        HookServer {
            addr,
            format,
            received,
            mode,
        }
    }

    pub fn url(&self) -> String {
        format!("http://{}/hook", self.addr)
    }

    pub fn set_mode(&self, mode: HookMode) {
        *self.mode.lock().unwrap() = mode;
    }

    pub fn received(&self) -> Vec<Value> {
        self.received.lock().unwrap().clone()
    }

    /// A loopback URL nothing listens on.
    pub fn closed_url() -> String {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = l.local_addr().unwrap();
        drop(l);
        format!("http://{addr}/hook")
    }
}

/// What Teams workflows and Slack answer: 202 / 200 "ok", or 400.
fn check_hook(format: &str, req: &Request) -> (u16, String) {
    if req.method != "POST" {
        return (405, String::new());
    }
    let is_json = req
        .headers
        .get("content-type")
        .is_some_and(|c| c.starts_with("application/json"));
    let Ok(v) = serde_json::from_slice::<Value>(&req.body) else {
        return (400, "invalid_payload".into());
    };
    match format {
        "teams" => {
            let card = &v["attachments"][0];
            let ok = is_json
                && v["type"] == "message"
                && card["contentType"] == "application/vnd.microsoft.card.adaptive"
                && card["content"]["type"] == "AdaptiveCard"
                && card["content"]["body"]
                    .as_array()
                    .is_some_and(|b| !b.is_empty());
            if ok {
                (202, String::new())
            } else {
                (
                    400,
                    "{\"error\":{\"code\":\"InvalidRequestContent\"}}".into(),
                )
            }
        }
        "slack" => {
            let has_text = v["text"].as_str().is_some_and(|t| !t.is_empty());
            let blocks_ok = v.get("blocks").is_none_or(|b| {
                b.as_array().is_some_and(|b| {
                    b.iter().all(|block| {
                        block["type"].is_string()
                            && block["fields"].as_array().is_none_or(|f| f.len() <= 10)
                    })
                })
            });
            match (has_text, blocks_ok) {
                (_, false) => (400, "invalid_blocks".into()),
                (false, _) => (400, "no_text".into()),
                _ => (200, "ok".into()),
            }
        }
        _ => {
            if v.is_object() {
                (200, "{}".into())
            } else {
                (400, "{\"error\":\"expected an object\"}".into())
            }
        }
    }
}

/// A back office's Open311 status look-up (`GET requests/<id>.json`), for
/// the status updates poll: each known request is open or closed.
pub struct StatusServer {
    pub addr: SocketAddr,
    /// Request id -> status (`open` or `closed`).
    pub statuses: Arc<Mutex<HashMap<String, String>>>,
    /// Look-ups received.
    pub lookups: Arc<Mutex<usize>>,
}

impl StatusServer {
    pub fn start() -> StatusServer {
        let statuses = Arc::new(Mutex::new(HashMap::new()));
        let lookups = Arc::new(Mutex::new(0));
        let (s, l) = (statuses.clone(), lookups.clone());
        let addr = spawn_listener(move |mut stream| {
            let (statuses, lookups) = (s.clone(), l.clone());
            async move {
                let Some(req) = read_request(&mut stream).await else {
                    return;
                };
                *lookups.lock().unwrap() += 1;
                let id = req
                    .path
                    .strip_prefix("/open311/v2/requests/")
                    .and_then(|p| p.strip_suffix(".json"))
                    .unwrap_or_default()
                    .to_string();
                let status = statuses.lock().unwrap().get(&id).cloned();
                match status {
                    Some(status) => {
                        let body = json!([{"service_request_id": id, "status": status}]);
                        respond(&mut stream, 200, "", &body.to_string()).await;
                    }
                    None => {
                        let body =
                            json!([{"code": 404, "description": "service_request_id not found"}]);
                        respond(&mut stream, 404, "", &body.to_string()).await;
                    }
                }
            }
        });
        StatusServer {
            addr,
            statuses,
            lookups,
        }
    }

    /// `[backend]` lines pointing at it.
    pub fn backend_config(&self) -> String {
        format!(
            "[backend]\nkind = \"open311\"\nurl = \"http://{}/open311/v2\"\ntracking_url = \"https://council.example/track?ref={{reference}}\"\n",
            self.addr
        )
    }

    pub fn set(&self, id: &str, status: &str) {
        self.statuses
            .lock()
            .unwrap()
            .insert(id.to_string(), status.to_string());
    }

    pub fn lookups(&self) -> usize {
        *self.lookups.lock().unwrap()
    }
}
