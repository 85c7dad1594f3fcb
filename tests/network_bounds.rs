//! What a hostile or broken server can do to the terminal, bounded: an
//! endless catalogue, a catalogue of absurd shape, redirects that would
//! carry the API key away, batch tokens that never resolve, plain http to a
//! council host, and secrets in a printed config.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::open311::{API_KEY, Endless, Redirect, Server};
use frontdoor::catalogue::open311::ServiceType;
use frontdoor::config::{Config, Source};
use frontdoor::journey::Submission;
use frontdoor::outbox::{NewSubmission, Outbox, State};
use frontdoor::sync::catalogue::{Origin, choose, refresh};
use frontdoor::sync::{self, Client, tokens};
use std::sync::{Arc, Mutex};
use std::time::Duration;

struct Terminal {
    _dir: tempfile::TempDir,
    config: Config,
    outbox: Arc<Mutex<Outbox>>,
    client: Client,
    runtime: tokio::runtime::Runtime,
}

impl Terminal {
    /// A terminal on `server`, whose requests may take `timeout`.
    fn new(server: &Server, timeout: Duration) -> Terminal {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::parse(
            &common::config_text(dir.path(), &server.backend_config()),
            Source::Embedded,
        )
        .unwrap();
        let outbox = Arc::new(Mutex::new(Outbox::open(&config.database_path()).unwrap()));
        let client = Client::from_config(&config)
            .unwrap()
            .with_timeout(timeout)
            .unwrap();
        Terminal {
            _dir: dir,
            config,
            outbox,
            client,
            runtime: common::runtime(),
        }
    }

    /// A catalogue refresh; a refusal in the words staff see.
    fn refresh(&self) -> Result<frontdoor::catalogue::Catalogue, String> {
        self.runtime
            .block_on(refresh(&self.outbox, &self.client, Default::default()))
            .map_err(|e| e.to_string())
    }

    fn origin(&self) -> Origin {
        choose(&self.config, Some(&self.outbox.lock().unwrap()))
            .unwrap()
            .1
    }
}

fn submit(outbox: &Arc<Mutex<Outbox>>, code: &str, service_type: ServiceType) -> String {
    let new = NewSubmission {
        submission: Submission {
            service_code: code.into(),
            address_string: Some("Outside 3 Park Road".into()),
            name: Some("Ann Marie Jones".into()),
            ..Default::default()
        },
        service_type,
        locale: "en-GB".into(),
        assisted: false,
    };
    outbox
        .lock()
        .unwrap()
        .submit(&new, "ACDE", chrono::Utc::now())
        .unwrap()
        .reference
        .as_str()
        .to_string()
}

fn fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/open311-spec")
}

/// The most this process has ever held in memory, in bytes.
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .unwrap()
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .unwrap();
    kb * 1024
}

const MB: u64 = 1024 * 1024;

#[test]
fn a_300_mb_catalogue_leaves_memory_flat_and_the_old_catalogue_in_use() {
    let server = Server::start();
    // Time enough to read all 300 MB, were it read.
    let t = Terminal::new(&server, Duration::from_secs(120));
    server.publish(&fixtures());
    let good = t.refresh().unwrap();
    let Origin::BackOffice(cached_at) = t.origin() else {
        panic!("the back office's catalogue is in use");
    };

    for declare_length in [false, true] {
        {
            let mut s = server.state.lock().unwrap();
            s.endless = Some(Endless {
                bytes: 300 * MB,
                declare_length,
            });
            s.streamed = 0;
        }
        let before = peak_memory();
        let e = t.refresh().unwrap_err();
        let grew = peak_memory().saturating_sub(before);
        assert!(
            grew < 64 * MB,
            "memory grew by {} MB reading it (declared length: {declare_length})",
            grew / MB
        );
        assert_eq!(
            e,
            "services.json: the back office's catalogue is larger than 8 MB (network.max_catalogue_bytes), so it was not read; the kiosk keeps the catalogue it has"
        );
        std::thread::sleep(Duration::from_millis(200));
        let streamed = server.state.lock().unwrap().streamed;
        assert!(
            streamed < 64 * MB,
            "reading stopped at the cap, not the end: {} MB went out",
            streamed / MB
        );
    }

    assert_eq!(t.origin(), Origin::BackOffice(cached_at), "the cache stays");
    let (in_use, _) = choose(&t.config, Some(&t.outbox.lock().unwrap())).unwrap();
    assert_eq!(in_use, good, "the old catalogue is still the one offered");
}

#[test]
fn the_catalogue_cap_is_the_councils_to_set() {
    let server = Server::start();
    server.publish(&fixtures());
    let dir = tempfile::tempdir().unwrap();
    let small = format!(
        "{}[network]\nmax_catalogue_bytes = 65536\n",
        server.backend_config()
    );
    let config = Config::parse(&common::config_text(dir.path(), &small), Source::Embedded).unwrap();
    assert_eq!(config.network.max_catalogue_bytes, 65536);
    assert_eq!(config.network.max_answer_bytes, 1024 * 1024, "the default");
    let outbox = Arc::new(Mutex::new(Outbox::open(&config.database_path()).unwrap()));
    let client = Client::from_config(&config).unwrap();
    let rt = common::runtime();
    rt.block_on(refresh(&outbox, &client, Default::default()))
        .expect("the spec's catalogue is far smaller");
    // 70 KB of services.json, all well formed and each within the limits.
    server.state.lock().unwrap().endless = Some(Endless {
        bytes: 70 * 1024,
        declare_length: false,
    });
    let e = rt
        .block_on(refresh(&outbox, &client, Default::default()))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("larger than 64 KB (network.max_catalogue_bytes)"),
        "{e}"
    );

    for (line, key) in [
        ("max_catalogue_bytes = 1000", "network.max_catalogue_bytes"),
        ("max_answer_bytes = 1000000000", "network.max_answer_bytes"),
    ] {
        let e = Config::parse(
            &common::config_text(dir.path(), &format!("[network]\n{line}\n")),
            Source::Embedded,
        )
        .unwrap_err();
        assert_eq!(e.key, key, "{e}");
    }
}

#[test]
fn a_catalogue_of_absurd_shape_is_refused_naming_the_limit() {
    let server = Server::start();
    let t = Terminal::new(&server, Duration::from_secs(5));
    server.publish(&fixtures());
    let good = t.refresh().unwrap();
    let origin = t.origin();

    // 501 services, each with a definition to fetch: refused before any is.
    let list: Vec<String> = (0..501)
        .map(|i| {
            format!(r#"{{"service_code":"s{i}","service_name":"Service {i}","metadata":true}}"#)
        })
        .collect();
    let asked_before = server.state.lock().unwrap().requests.len();
    server
        .state
        .lock()
        .unwrap()
        .catalogue
        .insert("services.json".into(), format!("[{}]", list.join(",")));
    let e = t.refresh().unwrap_err();
    assert_eq!(
        e,
        "services.json: (list): has 501 services, more than the kiosk's limit of 500 services"
    );
    let asked: Vec<String> = server.state.lock().unwrap().requests[asked_before..].to_vec();
    assert_eq!(
        asked.len(),
        1,
        "only services.json was asked for: {asked:?}"
    );

    // A definition with a choice list 300 long.
    server.publish(&fixtures());
    let values: Vec<String> = (0..300)
        .map(|v| format!(r#"{{"key":"k{v}","name":"Choice {v}"}}"#))
        .collect();
    let def = format!(
        r#"{{"service_code":"001","attributes":[{{"code":"where","datatype":"singlevaluelist","required":true,"description":"Where?","order":1,"values":[{}]}}]}}"#,
        values.join(",")
    );
    server
        .state
        .lock()
        .unwrap()
        .catalogue
        .insert("services/001.json".into(), def);
    let e = t.refresh().unwrap_err();
    assert!(
        e.contains("services/001.json: attributes[0] (code \"where\").values: has 300 choices, more than the kiosk's limit of 250 choices"),
        "{e}"
    );

    // A service name of 10,000 characters.
    server.publish(&fixtures());
    let name = "N".repeat(10_000);
    server.state.lock().unwrap().catalogue.insert(
        "services.json".into(),
        format!(r#"[{{"service_code":"001","service_name":"{name}","metadata":false}}]"#),
    );
    let e = t.refresh().unwrap_err();
    assert!(
        e.contains(
            "is 10000 characters long, more than the kiosk's limit of 200 characters for a name"
        ),
        "{e}"
    );

    assert_eq!(t.origin(), origin, "the good copy is still in use");
    let (in_use, _) = choose(&t.config, Some(&t.outbox.lock().unwrap())).unwrap();
    assert_eq!(in_use, good);
}

#[test]
fn a_redirect_never_carries_the_api_key_to_another_server() {
    let elsewhere = Server::start();
    let server = Server::start();
    let t = Terminal::new(&server, Duration::from_secs(5));
    let reference = submit(&t.outbox, "missed-bin", ServiceType::Realtime);

    for status in [307, 308, 302, 301] {
        server.state.lock().unwrap().redirect = Some(Redirect {
            status,
            to: elsewhere.url(),
        });
        t.outbox.lock().unwrap().make_all_due().unwrap();
        let report = t
            .runtime
            .block_on(sync::send_due(&t.outbox, &t.client))
            .unwrap();
        assert_eq!(report.retrying, 1, "{status}");
        let row = t.outbox.lock().unwrap().get(&reference).unwrap().unwrap();
        assert_eq!(row.state, State::Pending, "kept to try again ({status})");
        let why = row.last_error.unwrap();
        assert!(
            why.contains(&format!("answered {status} and pointed elsewhere"))
                && why.contains("does not follow redirects"),
            "{why}"
        );
        // And the catalogue.
        let e = t.refresh().unwrap_err();
        assert!(e.contains("does not follow redirects"), "{e}");
    }
    let posted = server.state.lock().unwrap().bodies.clone();
    assert!(
        posted
            .iter()
            .any(|b| b.contains(&format!("api_key={API_KEY}"))),
        "the key went to the configured server only"
    );
    let reached = elsewhere.state.lock().unwrap();
    assert!(
        reached.requests.is_empty(),
        "nothing reached the other server: {:?}",
        reached.requests
    );
    assert!(!reached.bodies.iter().any(|b| b.contains(API_KEY)));
}

#[test]
fn batch_tokens_are_asked_about_ever_less_often_then_given_to_staff() {
    let server = Server::start();
    server.state.lock().unwrap().hold_tokens = true;
    let mut k = common::Kiosk::with_config(&server.backend_config());
    let store = k.app.store().clone().unwrap();
    let client = Client::from_config(k.app.config())
        .unwrap()
        .with_timeout(Duration::from_secs(5))
        .unwrap();
    let reference = submit(&store, "pothole", ServiceType::Batch);
    let asks = || server.state.lock().unwrap().token_asks;
    let rt = common::runtime();
    let ask_at = |at: chrono::DateTime<chrono::Utc>| {
        rt.block_on(tokens::ask_due(&store, &client, at)).unwrap()
    };

    let report = rt.block_on(sync::send_due(&store, &client)).unwrap();
    assert_eq!((report.sent, report.resolved), (1, 0));
    assert_eq!(asks(), 1, "asked once on the pass that sent it");
    let t0 = chrono::Utc::now();
    let s = chrono::Duration::seconds;
    // Next 5 s after, then 10 s after that, then 20 s: not on every pass.
    for (at, expected) in [
        (s(1), 1),
        (s(3), 1),
        (s(5), 2),
        (s(6), 2),
        (s(10), 2),
        (s(15), 3),
        (s(20), 3),
        (s(34), 3),
        (s(35), 4),
    ] {
        ask_at(t0 + at);
        assert_eq!(asks(), expected, "at {at}");
    }
    // Still within the give-up age (backend.token_give_up_hours = 48).
    let asked = ask_at(t0 + chrono::Duration::hours(47));
    assert_eq!(asked, tokens::Asked::default());
    assert_eq!(asks(), 5);
    let row = store.lock().unwrap().get(&reference).unwrap().unwrap();
    assert_eq!(row.state, State::Sent);

    // Past it: the submission needs attention, and says why.
    let asked = ask_at(t0 + chrono::Duration::hours(48) + s(60));
    assert_eq!(asked.given_up, 1);
    let row = store.lock().unwrap().get(&reference).unwrap().unwrap();
    assert_eq!(row.state, State::NeedsAttention);
    let why = row.last_error.unwrap();
    assert_eq!(why, tokens::given_up_words("tok-100000", 48, 6));
    assert!(
        why.contains("has not given it a request number after 48 hours"),
        "{why}"
    );
    ask_at(t0 + chrono::Duration::hours(60));
    assert_eq!(asks(), 6, "no longer asked about");

    // Staff see it in the hub view, with the back office's token and why.
    let pin = "482915";
    let number = store
        .lock()
        .unwrap()
        .add_staff(
            "Pat Lee",
            frontdoor::staff::Role::Hub,
            &frontdoor::staff::hash_pin(pin),
            chrono::Utc::now(),
        )
        .unwrap();
    k.send(frontdoor::app::Message::Staff(
        frontdoor::app::staff::Message::TitlePressed,
    ));
    k.send(frontdoor::app::Message::Tick(
        std::time::Instant::now() + Duration::from_secs(3),
    ));
    k.send(frontdoor::app::Message::Staff(
        frontdoor::app::staff::Message::TitleReleased,
    ));
    for d in number.to_string().chars() {
        k.click(&d.to_string());
    }
    k.click("Next");
    for d in pin.chars() {
        k.click(&d.to_string());
    }
    k.click("Sign in");
    k.click("Hub view");
    k.assert_sees("Refused by the council's system: 1");
    let grouped = frontdoor::reference::Reference::parse(&reference)
        .unwrap()
        .grouped();
    k.assert_sees(&format!("{grouped} · pothole · {why}"));

    // Send again asks about the token afresh; it is not posted twice.
    k.click("Send again");
    k.assert_sees("Refused by the council's system: 0");
    let row = store.lock().unwrap().get(&reference).unwrap().unwrap();
    assert_eq!(row.state, State::Sent);
    server.state.lock().unwrap().hold_tokens = false;
    let asked = ask_at(chrono::Utc::now());
    assert_eq!(asked.resolved, 1);
    let row = store.lock().unwrap().get(&reference).unwrap().unwrap();
    assert_eq!(row.service_request_id.as_deref(), Some("100000"));
    assert_eq!(server.state.lock().unwrap().posts, 1);
}

#[test]
fn a_back_offices_error_text_is_kept_clipped() {
    let server = Server::start();
    let t = Terminal::new(&server, Duration::from_secs(5));
    // A service the server does not know: refused, with 800 KB of words.
    let reference = submit(&t.outbox, "no-such-service", ServiceType::Realtime);
    server.state.lock().unwrap().refusal_words = Some("é".repeat(400_000));
    t.runtime
        .block_on(sync::send_due(&t.outbox, &t.client))
        .unwrap();
    let row = t.outbox.lock().unwrap().get(&reference).unwrap().unwrap();
    assert_eq!(row.state, State::NeedsAttention);
    let why = row.last_error.unwrap();
    assert_eq!(
        why.chars().count(),
        frontdoor::clip::ERROR_CHARS,
        "{}",
        why.len()
    );
    assert!(
        why.starts_with("the back office refused it (400): éé"),
        "{why}"
    );
    assert!(why.ends_with('…'));
}

#[test]
fn check_config_refuses_plain_http_to_a_council_host_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(
        &path,
        common::config_text(
            dir.path(),
            "[backend]\nkind = \"open311\"\nurl = \"http://council.example/open311/v2\"\n",
        ),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .args(["check-config", "--config", path.to_str().unwrap()])
        .env_remove("FRONTDOOR_CONFIG")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "backend.url: \"http://council.example/open311/v2\" must use https:// (http:// is only allowed for 127.0.0.1, ::1 or localhost)"
        ),
        "{stderr}"
    );

    // Every other address in the config too, each named by its key.
    let cases = [
        (
            "[backend]\nkind = \"none\"\ntracking_url = \"http://council.example/track?ref={reference}\"\n",
            "backend.tracking_url",
        ),
        (
            "[calendar]\nurl = \"http://dav.council.example/hub/\"\n",
            "calendar.url",
        ),
        (
            "[notify]\napi_key = \"kiosk_key-26785A09-AB16-4EB0-8407-A37497A57506-3D844EDF-8D35-48AC-975B-E847B4F122B0\"\nbase_url = \"http://notify.council.example\"\n",
            "notify.base_url",
        ),
        (
            "[help]\nwebhook_url = \"http://hooks.council.example/services/T0/B0/sekrit\"\n",
            "help.webhook_url",
        ),
        (
            "[payments]\nitems = \"bundled:demo\"\ngovuk_pay_url = \"http://pay.council.example\"\ngovuk_pay_api_key_file = \"k\"\nreturn_url = \"https://council.example/paid\"\n",
            "payments.govuk_pay_url",
        ),
        (
            "[fleet]\nconfig_url = \"http://it.council.example/{kiosk_id}.toml\"\npublic_key = \"RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3\"\n",
            "fleet.config_url",
        ),
    ];
    for (extra, key) in cases {
        let e = Config::parse(&common::config_text(dir.path(), extra), Source::Embedded)
            .expect_err(key);
        assert_eq!(e.key, key, "{e}");
        assert!(e.problem.contains("must use https://"), "{e}");
        assert!(
            !e.problem.contains("sekrit"),
            "the webhook's secret path is not shown: {e}"
        );
    }
    // This machine may use plain http (every test server does).
    for host in ["127.0.0.1:8311", "localhost:8311", "[::1]:8311"] {
        let extra = format!("[backend]\nkind = \"open311\"\nurl = \"http://{host}/open311/v2\"\n");
        Config::parse(&common::config_text(dir.path(), &extra), Source::Embedded).expect(host);
    }
}

#[test]
fn secrets_never_show_when_the_config_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    let extra = "[backend]\nkind = \"open311\"\nurl = \"https://council.example/open311/v2\"\napi_key = \"open311-sekrit-key\"\n\
        [calendar]\nurl = \"https://dav.council.example/hub/\"\nusername = \"kiosk\"\npassword = \"caldav-sekrit-password\"\n\
        [notify]\napi_key = \"kiosk_key-26785A09-AB16-4EB0-8407-A37497A57506-3D844EDF-8D35-48AC-975B-E847B4F122B0\"\n\
        [help]\nwebhook_url = \"https://hooks.council.example/services/T0/B0/webhook-sekrit\"\n";
    let config = Config::parse(&common::config_text(dir.path(), extra), Source::Embedded).unwrap();
    let printed = format!("{config:?} {config:#?}");
    for secret in [
        "open311-sekrit-key",
        "caldav-sekrit-password",
        "3D844EDF-8D35-48AC-975B-E847B4F122B0",
        "webhook-sekrit",
    ] {
        assert!(!printed.contains(secret), "{secret} was printed");
    }
    assert!(
        printed.contains("https://council.example/open311/v2"),
        "the rest is"
    );
    // Nor the clients made from it.
    let client = Client::from_config(&config).unwrap();
    assert!(!format!("{client:?}").contains("open311-sekrit-key"));
    let calendar = frontdoor::caldav::CalDav::from_config(&config)
        .unwrap()
        .unwrap();
    assert!(!format!("{calendar:?}").contains("caldav-sekrit-password"));
    let caller = frontdoor::help::Caller::from_config(&config).unwrap();
    assert!(!format!("{caller:?}").contains("webhook-sekrit"));
    // The key still reaches the back office in the form.
    let stored = frontdoor::outbox::Stored {
        reference: frontdoor::reference::Reference::new("ACDE", 1),
        idempotency_key: "k".into(),
        service_code: "missed-bin".into(),
        locale: "en-GB".into(),
        assisted: false,
        created_at: chrono::Utc::now(),
        state: State::Pending,
        attempts: 0,
        service_request_id: None,
        token: None,
        last_error: None,
        next_attempt_at: None,
        submission: None,
    };
    assert!(
        client
            .form(&stored)
            .contains(&("api_key".to_string(), "open311-sekrit-key".to_string()))
    );
}
