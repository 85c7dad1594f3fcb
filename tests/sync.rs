//! Sending to a real (loopback) Open311 back office: every state change,
//! the spec's encoding, idempotent retries under faults, and `sync --once`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::open311::{Fault, Server};
use frontdoor::catalogue::open311::ServiceType;
use frontdoor::config::{Config, Source};
use frontdoor::journey::{Answer, Submission};
use frontdoor::outbox::{NewSubmission, Outbox, State};
use frontdoor::sync::{self, Client};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

struct Terminal {
    dir: tempfile::TempDir,
    outbox: Arc<Mutex<Outbox>>,
    client: Client,
    runtime: tokio::runtime::Runtime,
}

impl Terminal {
    fn new(server: &Server) -> Terminal {
        Terminal::with_backend(&server.backend_config())
    }

    fn with_backend(backend: &str) -> Terminal {
        let dir = tempfile::tempdir().unwrap();
        let config =
            Config::parse(&common::config_text(dir.path(), backend), Source::Embedded).unwrap();
        let outbox = Arc::new(Mutex::new(Outbox::open(&config.database_path()).unwrap()));
        let client = Client::from_config(&config)
            .unwrap()
            .with_timeout(Duration::from_millis(500))
            .unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        Terminal {
            dir,
            outbox,
            client,
            runtime,
        }
    }

    fn submit(
        &self,
        code: &str,
        service_type: ServiceType,
        attributes: &[(&str, Answer)],
    ) -> String {
        let new = NewSubmission {
            submission: Submission {
                service_code: code.into(),
                attributes: attributes
                    .iter()
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect::<BTreeMap<_, _>>(),
                address_string: Some("Outside 3 Park Road".into()),
                postcode: None,
                phone: Some("07700 900982".into()),
                email: None,
                name: Some("Ann Marie Jones".into()),
                ..Default::default()
            },
            service_type,
            locale: "en-GB".into(),
            assisted: false,
        };
        self.outbox
            .lock()
            .unwrap()
            .submit(&new, "ACDE", chrono::Utc::now())
            .unwrap()
            .reference
            .as_str()
            .to_string()
    }

    fn send(&self) -> sync::Report {
        self.runtime
            .block_on(sync::send_due(&self.outbox, &self.client))
            .unwrap()
    }

    fn send_now(&self) -> sync::Report {
        self.runtime
            .block_on(sync::send_waiting(&self.outbox, &self.client, true))
            .unwrap()
    }

    fn row(&self, reference: &str) -> frontdoor::outbox::Stored {
        self.outbox.lock().unwrap().get(reference).unwrap().unwrap()
    }
}

#[test]
fn realtime_requests_are_sent_once_with_the_spec_encoding() {
    let server = Server::start();
    let t = Terminal::new(&server);
    let r = t.submit(
        "call-back",
        ServiceType::Realtime,
        &[
            ("topic", Answer::One("housing".into())),
            (
                "times",
                Answer::Many(vec!["morning".into(), "evening".into()]),
            ),
        ],
    );
    assert_eq!(
        t.send(),
        sync::Report {
            sent: 1,
            ..sync::Report::default()
        }
    );
    let row = t.row(&r);
    assert_eq!(row.state, State::Sent);
    assert_eq!(row.service_request_id.as_deref(), Some("100000"));
    assert_eq!(row.attempts, 1);

    let created = server.created();
    assert_eq!(created.len(), 1);
    let form = &created[0].form;
    let get = |k: &str| -> Vec<&str> {
        form.iter()
            .filter(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    assert_eq!(get("service_code"), ["call-back"]);
    assert_eq!(get("attribute[topic]"), ["housing"]);
    assert_eq!(get("attribute[times][]"), ["morning", "evening"]);
    assert_eq!(get("device_id"), ["LIB-TEST-01"]);
    assert_eq!(get("phone"), ["07700 900982"]);
    assert_eq!(get("first_name"), ["Ann Marie"]);
    assert_eq!(get("last_name"), ["Jones"]);
    let grouped = frontdoor::reference::Reference::parse(&r)
        .unwrap()
        .grouped();
    assert!(
        get("description")[0].contains(&grouped),
        "{:?}",
        get("description")
    );
    assert_eq!(
        created[0].key.as_deref(),
        Some(row.idempotency_key.as_str())
    );

    let stats = t.outbox.lock().unwrap().stats(chrono::Utc::now()).unwrap();
    assert!(stats.last_sent_at.is_some());
    assert_eq!((stats.pending, stats.sent, stats.last_error), (0, 1, None));
    // Nothing is due any more: a second pass sends nothing.
    assert_eq!(t.send(), sync::Report::default());
    assert_eq!(server.state.lock().unwrap().posts, 1);
}

#[test]
fn batch_answers_keep_the_token_and_blackbox_answers_are_final() {
    let server = Server::start();
    let t = Terminal::new(&server);
    let batch = t.submit(
        "pothole",
        ServiceType::Batch,
        &[("where", Answer::One("road".into()))],
    );
    let blackbox = t.submit(
        "fly-tipping",
        ServiceType::Blackbox,
        &[("amount", Answer::One("van".into()))],
    );
    assert_eq!(t.send().sent, 2);
    let b = t.row(&batch);
    assert_eq!(b.state, State::Sent);
    assert!(
        b.token.as_deref().unwrap().starts_with("tok-1000"),
        "{:?}",
        b.token
    );
    // The token resolves to a request id on the back office.
    let r = t.row(&batch);
    let id = server.state.lock().unwrap().tokens[r.token.as_deref().unwrap()].clone();
    assert_eq!(
        r.service_request_id.as_deref(),
        Some(id.as_str()),
        "resolved in the same pass"
    );
    let bb = t.row(&blackbox);
    assert_eq!(bb.state, State::Sent);
    assert_eq!((bb.token, bb.service_request_id), (None, None));
}

#[test]
fn server_errors_are_retried_with_backoff_and_retry_after() {
    let server = Server::start();
    let t = Terminal::new(&server);
    let r = t.submit(
        "missed-bin",
        ServiceType::Realtime,
        &[("bin_type", Answer::One("general".into()))],
    );

    server.fault(&[Fault::ServerError]);
    let before = chrono::Utc::now();
    assert_eq!(t.send().retrying, 1);
    let row = t.row(&r);
    assert_eq!(row.state, State::Pending);
    assert!(
        row.last_error.as_deref().unwrap().contains("500"),
        "{:?}",
        row.last_error
    );

    server.fault(&[Fault::Unavailable("120".into())]);
    assert_eq!(t.send_now().retrying, 1);
    let row = t.row(&r);
    assert!(
        row.last_error
            .as_deref()
            .unwrap()
            .contains("down for maintenance")
    );
    // Not due again for at least the two minutes the server asked for.
    assert_eq!(t.send(), sync::Report::default());
    let due = next_attempt(&t, &r);
    assert!(due >= before + chrono::Duration::seconds(119), "{due}");

    server.fault(&[Fault::TooMany]);
    assert_eq!(t.send_now().retrying, 1);
    assert_eq!(t.send_now().sent, 1);
    let row = t.row(&r);
    assert_eq!(row.state, State::Sent);
    assert_eq!(row.attempts, 4);
    assert_eq!(server.created().len(), 1);
}

fn next_attempt(t: &Terminal, reference: &str) -> chrono::DateTime<chrono::Utc> {
    t.row(reference)
        .next_attempt_at
        .expect("pending rows have a next attempt")
}

#[test]
fn a_lost_answer_is_retried_and_the_back_office_creates_it_once() {
    let server = Server::start();
    let t = Terminal::new(&server);
    let slow = t.submit(
        "street-light",
        ServiceType::Realtime,
        &[("fault", Answer::One("off".into()))],
    );
    let closed = t.submit(
        "feedback",
        ServiceType::Realtime,
        &[("details", Answer::Text("Thanks".into()))],
    );

    // The first is created but answered after the client gave up; the second
    // is created and the connection closed without an answer.
    server.fault(&[
        Fault::Slow(Duration::from_millis(1500)),
        Fault::CreateThenClose,
    ]);
    let first = t.send();
    assert_eq!(first.retrying, 2, "{first:?}");
    for r in [&slow, &closed] {
        assert_eq!(t.row(r).state, State::Pending);
    }
    // Let the slow answer finish on the server side.
    std::thread::sleep(Duration::from_millis(1200));
    assert_eq!(t.send_now().sent, 2);
    let s = server.state.lock().unwrap();
    assert_eq!(s.created.len(), 2, "created once each");
    assert_eq!(
        s.would_have_created, 4,
        "without the idempotency key there would be duplicates"
    );
    drop(s);
    assert_eq!(
        t.row(&slow)
            .service_request_id
            .as_deref()
            .map(|id| id.starts_with("1000")),
        Some(true)
    );
}

#[test]
fn a_refusal_is_parked_with_the_servers_words() {
    let server = Server::start();
    let backend = server.backend_config().replace("test-key", "wrong-key");
    let t = Terminal::with_backend(&backend);
    let r = t.submit("missed-bin", ServiceType::Realtime, &[]);
    assert_eq!(t.send().refused, 1);
    let row = t.row(&r);
    assert_eq!(row.state, State::NeedsAttention);
    assert!(
        row.last_error
            .as_deref()
            .unwrap()
            .contains("api_key was not provided or is not valid"),
        "{:?}",
        row.last_error
    );
    // Staff see why, and that nothing has got through.
    let stats = t.outbox.lock().unwrap().stats(chrono::Utc::now()).unwrap();
    assert_eq!(stats.needs_attention, 1);
    assert!(stats.last_error.unwrap().contains("api_key"));
    assert_eq!(stats.last_sent_at, None);
    // Never silently dropped, and not retried on its own.
    assert_eq!(t.send_now(), sync::Report::default());
    assert!(row.submission.is_some());
    assert!(server.created().is_empty());
}

#[test]
fn sync_once_exits_by_whether_everything_was_sent() {
    let server = Server::start();
    let t = Terminal::new(&server);
    t.submit("missed-bin", ServiceType::Realtime, &[]);
    t.submit("pothole", ServiceType::Batch, &[]);
    let config_path = t.dir.path().join("config.toml");
    std::fs::write(
        &config_path,
        common::config_text(t.dir.path(), &server.backend_config()),
    )
    .unwrap();
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_frontdoor"))
            .args(["sync", "--once", "--config", config_path.to_str().unwrap()])
            .output()
            .unwrap()
    };
    server.fault(&[Fault::ServerError]);
    let out = run();
    assert!(!out.status.success(), "one could not be sent");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("not sent"), "{err}");
    let out = run();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(server.created().len(), 2);

    // With the back office unreachable, it says so and fails.
    drop(server);
    let dead = Terminal::with_backend(
        "[backend]\nkind = \"open311\"\nurl = \"http://127.0.0.1:9/open311/v2\"\n",
    );
    dead.submit("missed-bin", ServiceType::Realtime, &[]);
    let report = dead.send_now();
    assert_eq!(report.retrying, 1);
    let row = dead.outbox.lock().unwrap().list().unwrap().remove(0);
    assert!(
        row.last_error
            .unwrap()
            .contains("cannot reach the back office")
    );
}

#[test]
fn personal_data_of_sent_submissions_is_erased_from_the_file() {
    let server = Server::start();
    let t = Terminal::new(&server);
    let marker = "Zebedee-Quartermaine-417";
    let sent = t.submit(
        "feedback",
        ServiceType::Realtime,
        &[("details", Answer::Text(marker.into()))],
    );
    let unsent_marker = "Unsent-Wilberforce-733";
    t.send();
    let unsent = t.submit(
        "feedback",
        ServiceType::Realtime,
        &[("details", Answer::Text(unsent_marker.into()))],
    );
    let path = t.dir.path().join("frontdoor.sqlite3");
    let file_has = |needle: &str| {
        let mut bytes = std::fs::read(&path).unwrap();
        if let Ok(wal) = std::fs::read(path.with_extension("sqlite3-wal")) {
            bytes.extend(wal);
        }
        bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
    };
    assert!(file_has(marker), "the answer is on disk before erasure");
    // Within the retention period nothing is erased.
    assert_eq!(
        sync::apply_retention(&t.outbox, Duration::from_secs(3600)).unwrap(),
        0
    );
    assert!(t.row(&sent).submission.is_some());
    // Past it, the answers are gone from the database file and the WAL.
    std::thread::sleep(Duration::from_millis(20));
    assert_eq!(
        sync::apply_retention(&t.outbox, Duration::from_millis(1)).unwrap(),
        1
    );
    let row = t.row(&sent);
    assert!(row.submission.is_none());
    assert_eq!(
        row.service_request_id.as_deref(),
        Some("100000"),
        "the id mapping stays"
    );
    assert!(!file_has(marker), "the erased answer is still in the file");
    // A submission not yet sent keeps everything.
    assert!(t.row(&unsent).submission.is_some());
    assert!(file_has(unsent_marker));
}

#[test]
fn the_kiosk_sends_a_residents_submission_in_the_background() {
    let server = Server::start();
    let mut k = common::Kiosk::with_config(&server.backend_config());
    k.app.start_sync();
    k.street_light_to_check_answers("Corner of Mill Lane and Church Street");
    k.click("Send");
    k.assert_sees("Your request is saved on this terminal and will be sent to the council straight away, or as soon as the connection is back.");
    let reference = k.stored()[0].reference.clone();

    let worker = k.app.worker().expect("a back office is configured").clone();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let message = runtime.block_on(frontdoor::app::worker::pass(&worker));
    k.send(message);
    match k.app.last_sync() {
        Some(Ok(report)) => assert_eq!(report.sent, 1),
        other => panic!("{other:?}"),
    }
    let row = k
        .stored()
        .into_iter()
        .find(|s| s.reference == reference)
        .unwrap();
    assert_eq!(row.state, State::Sent);
    let created = server.created();
    assert_eq!(created.len(), 1);
    assert!(created[0].form.contains(&(
        "address_string".to_string(),
        "Corner of Mill Lane and Church Street".to_string()
    )));
    assert!(
        created[0]
            .form
            .contains(&("attribute[fault]".to_string(), "off".to_string()))
    );
}

#[test]
fn check_progress_tells_a_resident_where_their_request_is() {
    let server = Server::start();
    let mut k = common::Kiosk::with_config(&server.backend_config());
    k.app.start_sync();
    k.street_light_to_check_answers("Mill Lane");
    k.click("Send");
    let reference = k.stored()[0].reference.clone();
    k.click("Finish");

    let check = |k: &mut common::Kiosk, typed: &str| {
        k.click("Start");
        k.click("Check the progress of a request");
        k.type_text(typed);
        k.click("Check progress");
    };
    // A typo is caught at once, before any look-up.
    let mut typo = reference.as_str().to_string();
    let last = typo.pop().unwrap();
    typo.push(if last == 'A' { 'C' } else { 'A' });
    check(&mut k, &typo);
    k.assert_sees(
        "This reference is not right. Check each letter and number against your receipt.",
    );
    k.click("Clear");
    k.type_text("ACD");
    k.click("Check progress");
    k.assert_sees("A reference has 10 letters and numbers. You entered 3.");

    // Typed alone, a reference shows only the service and a plain word.
    k.click("Clear");
    k.type_text(&reference.grouped().to_lowercase());
    k.click("Check progress");
    k.assert_sees("Report a street light fault: saved here and waiting to be sent.");
    k.assert_sees("For more detail, or to print the receipt again, hold your receipt's QR code under the scanner, or ask a member of staff.");
    assert!(!k.sees("It was saved at"));

    // Scanned from the receipt: saved here, waiting to send, with the time.
    k.click("Clear");
    k.type_text(&common::scanned(reference.as_str()));
    k.click("Check progress");
    let saved = k.stored()[0]
        .created_at
        .with_timezone(&chrono::Local)
        .format("%H:%M")
        .to_string();
    k.assert_sees(&format!(
        "Your request is saved on this terminal and is waiting to be sent to the council. It was saved at {saved} on Wednesday 18 November 2026. It will be sent when the connection is back."
    ));

    // Sent: the back office's status and notes, in plain words. A scanner
    // reading the receipt's QR code types the tracking URL and the secret.
    let worker = k.app.worker().unwrap().clone();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let synced = runtime.block_on(frontdoor::app::worker::pass(&worker));
    k.send(synced);
    k.click("Clear");
    k.type_text(&format!(
        "https://example.gov.uk/track?ref={}",
        common::scanned(reference.as_str())
    ));
    k.click("Check progress");
    k.assert_sees(&format!("Reference {}", reference.grouped()));
    k.assert_sees("The council is dealing with your request.");
    k.assert_sees("Latest update: An inspector will visit on Monday.");

    // Typed, the same request says only that it is being dealt with.
    k.click("Clear");
    k.type_text(reference.as_str());
    k.click("Check progress");
    k.assert_sees("Report a street light fault: being dealt with.");
    assert!(!k.sees("Latest update: An inspector will visit on Monday."));

    // Offline: says so plainly.
    server.state.lock().unwrap().unreachable = true;
    k.click("Clear");
    k.type_text(&common::scanned(reference.as_str()));
    k.click("Check progress");
    k.assert_sees(
        "Your request was sent to the council, but we cannot reach the council's system right now to check its progress. Try again later.",
    );

    // A reference from another terminal cannot be checked here.
    let other = frontdoor::reference::Reference::new("XYKV", 12345);
    k.click("Clear");
    k.type_text(other.as_str());
    k.click("Check progress");
    k.assert_sees("This reference was not made on this terminal, so its progress cannot be checked here. Ask a member of staff, or phone the council.");
}

#[test]
fn walking_references_shows_no_notes_and_too_many_misses_stop_the_look_ups() {
    let server = Server::start();
    let mut k = common::Kiosk::with_config(&server.backend_config());
    k.app.start_sync();
    k.street_light_to_check_answers("Mill Lane");
    k.click("Send");
    let mine = k.stored()[0].reference.clone();
    k.click("Finish");
    let worker = k.app.worker().unwrap().clone();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let synced = runtime.block_on(frontdoor::app::worker::pass(&worker));
    k.send(synced);

    // A stranger types the reference, or scans a code with a made-up
    // secret: no notes.
    k.click("Start");
    k.click("Check the progress of a request");
    let forged = format!(
        "{}{}{}",
        mine.as_str(),
        frontdoor::reference::secret::MARK,
        "WWWWWWWWWWWWWWWW"
    );
    for typed in [mine.as_str().to_string(), forged] {
        k.click("Clear");
        k.type_text(&typed);
        k.click("Check progress");
        k.assert_sees("Report a street light fault: being dealt with.");
        assert!(!k.sees("An inspector will visit on Monday."));
        assert!(!k.sees("Print a receipt"));
    }
    // Then walks the neighbours: each miss counts (the forged secret was
    // the first), and after five in ten minutes nothing more is answered,
    // not even a real reference.
    let terminal = &mine.as_str()[..4];
    let mut answered = 0;
    for n in 1..=10u64 {
        let guess = frontdoor::reference::Reference::new(terminal, 90_000 + n);
        k.click("Clear");
        k.type_text(guess.as_str());
        k.click("Check progress");
        if k.sees("This reference was not made on this terminal, so its progress cannot be checked here. Ask a member of staff, or phone the council.") {
            answered += 1;
        }
    }
    assert_eq!(answered, 4, "four misses answered after the forged secret");
    k.assert_sees(
        "Too many references could not be found here in the last few minutes. Try again in 10 minutes, or ask a member of staff.",
    );
    k.click("Clear");
    k.type_text(&common::scanned(mine.as_str()));
    k.click("Check progress");
    k.assert_sees(
        "Too many references could not be found here in the last few minutes. Try again in 10 minutes, or ask a member of staff.",
    );
    // The misses are kept in the store: a restart does not clear them.
    let store = frontdoor::outbox::Outbox::open(&k.app.config().database_path()).unwrap();
    assert_eq!(
        store
            .lookup_misses_since(common::noon() - chrono::Duration::minutes(10))
            .unwrap()
            .len(),
        5
    );
    // Ten minutes on, the receipt's code shows everything again.
    k.app
        .set_clock(common::noon() + chrono::Duration::minutes(11));
    k.click("Check progress");
    k.assert_sees("Latest update: An inspector will visit on Monday.");
}

#[test]
fn the_back_offices_catalogue_is_cached_and_a_bad_answer_never_replaces_it() {
    use frontdoor::sync::catalogue::{Origin, choose, refresh};
    let server = Server::start();
    let t = Terminal::new(&server);
    let config = Config::parse(
        &common::config_text(t.dir.path(), &server.backend_config()),
        Source::Embedded,
    )
    .unwrap();

    // Never fetched: the bundled catalogue.
    let (cat, origin) = choose(&config, Some(&t.outbox.lock().unwrap())).unwrap();
    assert_eq!(origin, Origin::Bundled);
    assert!(cat.service("missed-bin").is_some());

    // Fetched: services.json, then each definition; cached.
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/open311-spec");
    server.publish(&fixtures);
    let fetched = t
        .runtime
        .block_on(refresh(&t.outbox, &t.client, Default::default()))
        .unwrap();
    assert_eq!(fetched.services.len(), 3);
    let (cat, origin) = choose(&config, Some(&t.outbox.lock().unwrap())).unwrap();
    assert!(matches!(origin, Origin::BackOffice(_)));
    assert_eq!(cat, fetched);
    let cached_at = match origin {
        Origin::BackOffice(at) => at,
        _ => unreachable!(),
    };

    // A partial answer (a definition missing) is refused; the cache stays.
    server
        .state
        .lock()
        .unwrap()
        .catalogue
        .remove("services/003.json");
    let err = t
        .runtime
        .block_on(refresh(&t.outbox, &t.client, Default::default()))
        .unwrap_err()
        .to_string();
    assert!(err.contains("services/003.json"), "{err}");
    // A malformed one too.
    server
        .state
        .lock()
        .unwrap()
        .catalogue
        .insert("services.json".into(), "[{\"service_code\": ".into());
    assert!(
        t.runtime
            .block_on(refresh(&t.outbox, &t.client, Default::default()))
            .is_err()
    );
    // An empty list too.
    server
        .state
        .lock()
        .unwrap()
        .catalogue
        .insert("services.json".into(), "[]".into());
    assert!(
        t.runtime
            .block_on(refresh(&t.outbox, &t.client, Default::default()))
            .is_err()
    );
    // And offline.
    server.state.lock().unwrap().unreachable = true;
    assert!(
        t.runtime
            .block_on(refresh(&t.outbox, &t.client, Default::default()))
            .is_err()
    );

    let (cat, origin) = choose(&config, Some(&t.outbox.lock().unwrap())).unwrap();
    assert_eq!(
        origin,
        Origin::BackOffice(cached_at),
        "the good copy is still in use"
    );
    assert_eq!(cat, fetched);
}

#[test]
fn a_new_catalogue_waits_until_no_resident_is_using_the_kiosk() {
    let mut k = common::Kiosk::new();
    let fixtures =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/open311-spec");
    let new = std::sync::Arc::new(frontdoor::catalogue::Catalogue::from_dir(&fixtures).unwrap());
    k.open("Roads and streets", "Report a pothole");
    k.send(frontdoor::app::Message::Worker(
        frontdoor::app::worker::Event::CatalogueFetched(Ok(new.clone())),
    ));
    assert!(
        k.app.catalogue().service("pothole").is_some(),
        "not swapped mid-journey"
    );
    k.click("Start again");
    assert_eq!(k.app.catalogue(), &*new);
    k.click("Start");
    k.assert_sees("sanitation");
}

#[test]
fn refused_submissions_are_erased_on_time_on_a_terminal_with_no_back_office() {
    // No [backend]: the worker still runs, to erase.
    let mut k = common::Kiosk::with_config("[outbox]\nattention_retention_days = 10\n");
    // One saved sixteen days ago (the test clock's noon), one today.
    k.pothole_to_check_answers("Smaller than a dinner plate", "Old Mill Lane");
    k.click("Send");
    k.click("Finish");
    k.app.set_clock(chrono::Utc::now());
    k.pothole_to_check_answers("Smaller than a dinner plate", "New Mill Lane");
    k.click("Send");
    k.click("Finish");
    let stored = k.stored();
    assert_eq!(stored.len(), 2);
    {
        let store = k.app.store().clone().unwrap();
        let s = store.lock().unwrap();
        for row in &stored {
            s.mark_needs_attention(row.reference.as_str(), "400: refused")
                .unwrap();
        }
    }
    k.app.start_sync();
    let worker = k
        .app
        .worker()
        .expect("a worker with no back office")
        .clone();
    assert!(worker.client.is_none());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    k.send(runtime.block_on(frontdoor::app::worker::pass(&worker)));
    let after = k.stored();
    let old = after
        .iter()
        .find(|s| s.reference == stored[0].reference)
        .unwrap();
    let new = after
        .iter()
        .find(|s| s.reference == stored[1].reference)
        .unwrap();
    assert!(old.submission.is_none(), "past ten days: erased");
    assert!(
        format!("{:?}", new.submission).contains("New Mill Lane"),
        "within ten days: kept"
    );
    let path = k.dir.path().join("frontdoor.sqlite3");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend(std::fs::read(path.with_extension("sqlite3-wal")).unwrap_or_default());
    assert!(
        !bytes.windows(13).any(|w| w == b"Old Mill Lane"),
        "nothing of it is left in the file"
    );
}
