//! Kill the terminal at random moments while it takes submissions and sends
//! them to a back office that fails in every way it can; restart it; at the
//! end every submission confirmed to a resident exists exactly once on the
//! server, and nothing else does.
//!
//! 200 cycles here; `FRONTDOOR_CRASH_CYCLES=1000 cargo test --release --test
//! crash` is the longer run.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::open311::{Fault, Server};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn child_path() -> std::path::PathBuf {
    let bin = std::path::PathBuf::from(env!("CARGO_BIN_EXE_frontdoor"));
    bin.parent().unwrap().join("examples").join("crash_child")
}

#[test]
fn killed_at_random_nothing_is_lost_and_nothing_is_sent_twice() {
    let cycles: usize = std::env::var("FRONTDOOR_CRASH_CYCLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let seed: u64 = std::env::var("FRONTDOOR_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    println!("crash test: {cycles} cycles, seed {seed}");
    let mut rng = fastrand::Rng::with_seed(seed);
    let child = child_path();
    if !child.exists() {
        let mut build = Command::new(env!("CARGO"));
        build.args(["build", "--example", "crash_child"]);
        if !cfg!(debug_assertions) {
            build.arg("--release");
        }
        let status = build.status().unwrap();
        assert!(status.success());
    }

    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        common::config_text(dir.path(), &server.backend_config()),
    )
    .unwrap();

    let confirmed = Arc::new(Mutex::new(BTreeSet::new()));
    for _ in 0..cycles {
        // A fresh mix of faults for this life of the terminal.
        let faults: Vec<Fault> = (0..4)
            .map(|_| match rng.u8(0..6) {
                0 => Fault::ServerError,
                1 => Fault::Unavailable("0".into()),
                2 => Fault::Slow(Duration::from_millis(rng.u64(100..600))),
                3 => Fault::CreateThenClose,
                4 => Fault::TooMany,
                _ => Fault::Slow(Duration::from_millis(1)),
            })
            .collect();
        server.fault(&faults);
        let mut process = Command::new(&child)
            .arg(&config)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = process.stdout.take().unwrap();
        let seen = confirmed.clone();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(r) = line.strip_prefix("CONFIRMED ") {
                    seen.lock().unwrap().insert(r.to_string());
                }
            }
        });
        std::thread::sleep(Duration::from_millis(rng.u64(20..250)));
        process.kill().unwrap(); // SIGKILL
        process.wait().unwrap();
        reader.join().unwrap();
        server.state.lock().unwrap().faults.clear();
    }

    // The terminal restarts one last time with a healthy back office and
    // sends what is left.
    std::thread::sleep(Duration::from_millis(700));
    let cfg = frontdoor::config::Config::from_file(&config).unwrap();
    let outbox = Arc::new(Mutex::new(
        frontdoor::outbox::Outbox::open(&cfg.database_path()).unwrap(),
    ));
    let client = frontdoor::sync::Client::from_config(&cfg).unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    for _ in 0..5 {
        runtime
            .block_on(frontdoor::sync::send_waiting(&outbox, &client, true))
            .unwrap();
    }
    let stored = outbox.lock().unwrap().list().unwrap();
    let unsent: Vec<_> = stored
        .iter()
        .filter(|s| s.state != frontdoor::outbox::State::Sent)
        .collect();
    assert!(unsent.is_empty(), "still unsent: {unsent:?}");

    // Every request the server created, by the kiosk reference in its description.
    let mut on_server: BTreeMap<String, usize> = BTreeMap::new();
    for c in server.created() {
        let description = c
            .form
            .iter()
            .find(|(k, _)| k == "description")
            .unwrap()
            .1
            .clone();
        let grouped = description
            .trim_start_matches("Kiosk reference ")
            .trim_end_matches('.')
            .to_string();
        let reference = frontdoor::reference::Reference::parse(&grouped).unwrap();
        *on_server.entry(reference.as_str().to_string()).or_default() += 1;
    }
    let stored_refs: BTreeSet<String> = stored
        .iter()
        .map(|s| s.reference.as_str().to_string())
        .collect();
    let confirmed = confirmed.lock().unwrap().clone();
    assert!(!confirmed.is_empty());
    for r in &confirmed {
        assert!(
            stored_refs.contains(r),
            "confirmed {r} was lost from the terminal"
        );
        assert_eq!(
            on_server.get(r),
            Some(&1),
            "confirmed {r} is on the server {:?} times",
            on_server.get(r)
        );
    }
    for (r, n) in &on_server {
        assert_eq!(*n, 1, "{r} was created {n} times");
        assert!(
            stored_refs.contains(r),
            "the server has {r}, which the terminal never stored"
        );
    }
    assert_eq!(
        on_server.len(),
        stored_refs.len(),
        "every stored submission reached the server once"
    );
    let s = server.state.lock().unwrap();
    println!(
        "crash test: {} confirmed, {} stored, {} created, {} would have been created without idempotency keys",
        confirmed.len(),
        stored_refs.len(),
        s.created.len(),
        s.would_have_created
    );
}
