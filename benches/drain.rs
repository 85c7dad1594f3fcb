//! Draining the outbox: 10,000 queued submissions sent to a loopback Open311
//! back office, 4 in flight, with the drain rate and the process's resident
//! memory as the queue empties; then submissions made while draining, with
//! the commit latency the kiosk's UI side would see.
//!
//! `cargo bench --bench drain`. The numbers measured are in docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, dead_code)]

#[path = "../tests/common/open311.rs"]
mod open311;

use frontdoor::catalogue::open311::ServiceType;
use frontdoor::config::{Config, Source};
use frontdoor::journey::{Answer, Submission};
use frontdoor::outbox::{NewSubmission, Outbox};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn new_submission(n: usize) -> NewSubmission {
    NewSubmission {
        submission: Submission {
            service_code: "missed-bin".into(),
            attributes: BTreeMap::from([
                ("bin_type".to_string(), Answer::One("general".into())),
                ("out_by_7".to_string(), Answer::One("yes".into())),
            ]),
            address_string: Some(format!("{n} Bench Street, DE1 2AX")),
            postcode: Some("DE1 2AX".into()),
            phone: None,
            email: None,
            name: None,
            ..Default::default()
        },
        service_type: ServiceType::Realtime,
        locale: "en-GB".into(),
        assisted: false,
    }
}

fn main() {
    // `cargo bench` passes --bench; under `cargo test` this runs small, as a check.
    let benching = std::env::args().any(|a| a == "--bench");
    let queued: usize = std::env::var("FRONTDOOR_BENCH_QUEUE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if benching { 10_000 } else { 200 });
    let enqueued = if benching { 2000 } else { 100 };
    let server = open311::Server::start();
    server.state.lock().unwrap().lean = true;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-drain");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let text = format!(
        "[kiosk]\nid = \"LIB-BENCH-01\"\nsite_name = \"Bench\"\ndata_dir = \"{}\"\n{}",
        dir.display(),
        server.backend_config()
    );
    let config = Config::parse(&text, Source::Embedded).unwrap();
    let outbox = Arc::new(Mutex::new(Outbox::open(&config.database_path()).unwrap()));
    let client = frontdoor::sync::Client::from_config(&config).unwrap();
    {
        let mut store = outbox.lock().unwrap();
        for n in 0..queued {
            store
                .submit(&new_submission(n), "ACDE", chrono::Utc::now())
                .unwrap();
        }
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();

    // Drain, sampling memory from another thread as the queue empties.
    let rss_start = rss_kib();
    let done = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = {
        let done = done.clone();
        let state = server.state.clone();
        std::thread::spawn(move || {
            let mut samples = Vec::new();
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(250));
                samples.push((state.lock().unwrap().created.len(), rss_kib()));
            }
            samples
        })
    };
    let started = Instant::now();
    let report = runtime
        .block_on(frontdoor::sync::send_due(&outbox, &client))
        .unwrap();
    let elapsed = started.elapsed();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let samples = sampler.join().unwrap();
    let sent = report.sent;
    assert_eq!(sent, queued);
    println!(
        "drain: {sent} submissions in {:.2} s = {:.0} per second, 4 in flight; server created {}",
        elapsed.as_secs_f64(),
        sent as f64 / elapsed.as_secs_f64(),
        server.created().len()
    );
    println!("drain: resident memory {rss_start} KiB when the drain started");
    let step = (samples.len() / 6).max(1);
    for (n, kib) in samples.iter().step_by(step) {
        println!("drain: resident memory {kib} KiB with {n} sent");
    }
    println!(
        "drain: resident memory {} KiB when the queue was empty",
        rss_kib()
    );

    // Enqueue while draining: the UI-side commit latency.
    // The worker has its own connection, as in the kiosk.
    let drainer_outbox = Arc::new(Mutex::new(Outbox::open(&config.database_path()).unwrap()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stop2 = stop.clone();
    let drainer = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        while !stop2.load(std::sync::atomic::Ordering::Relaxed) {
            let report = runtime
                .block_on(frontdoor::sync::send_due(&drainer_outbox, &client))
                .unwrap();
            if report.sent == 0 {
                // Nothing due: wait a moment, as the kiosk's worker does.
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    });
    let mut latencies = Vec::new();
    for n in 0..enqueued {
        let t = Instant::now();
        outbox
            .lock()
            .unwrap()
            .submit(&new_submission(n), "ACDE", chrono::Utc::now())
            .unwrap();
        latencies.push(t.elapsed());
        std::thread::sleep(Duration::from_millis(1));
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    drainer.join().unwrap();
    latencies.sort();
    let pct = |p: f64| {
        latencies[((latencies.len() as f64 * p).ceil() as usize).clamp(1, latencies.len()) - 1]
    };
    println!(
        "enqueue while draining: {enqueued} commits, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        pct(0.5).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
        latencies.last().unwrap().as_secs_f64() * 1000.0
    );
    let _ = std::fs::remove_dir_all(&dir);
}
