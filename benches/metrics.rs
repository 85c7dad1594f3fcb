//! The cost of serving `/metrics` on a terminal that has been in use for a
//! year: the store holds a year of journey measures, ratings, help
//! requests, printer events and submissions (a busy library: 120 journeys
//! started a day), and each scrape reads it all from the store.
//!
//! `cargo bench --bench metrics` times, with criterion: the first scrape
//! after start (which counts the whole store), a later scrape (which reads
//! only what changed, from the running totals), and writing the text alone,
//! and prints the answer's size. Then it starts the real
//! server, scrapes it 300 times over loopback, and prints the time per
//! scrape and the process's resident memory before the server started,
//! after it started, and after the scrapes. Numbers in docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use chrono::{Duration, Utc};
use criterion::Criterion;
use frontdoor::config::{Config, Source};
use frontdoor::fleet::{Live, metrics};
use frontdoor::outbox::Outbox;
use std::io::{Read, Write};
use std::path::Path;
use std::time::Instant;

const DAYS: i64 = 365;
const SERVICES: [&str; 11] = [
    "pothole",
    "street-light",
    "fly-tipping",
    "missed-bin",
    "order-sacks",
    "assisted-collection",
    "council-tax-move",
    "benefit-change",
    "housing-register",
    "call-back",
    "feedback",
];

/// A year of a busy terminal's measures, written straight into the store in
/// one transaction (the kiosk writes them one by one as residents go).
fn a_year(path: &Path) -> usize {
    drop(Outbox::open(path).unwrap());
    let mut conn = rusqlite::Connection::open(path).unwrap();
    let tx = conn.transaction().unwrap();
    let now = Utc::now();
    let mut rows = 0;
    let mut rng = fastrand::Rng::with_seed(16);
    let ts = |t: chrono::DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    for day in 0..DAYS {
        for n in 0..120 {
            let at = ts(now - Duration::days(DAYS - day) + Duration::minutes(n * 4));
            let code = SERVICES[rng.usize(..SERVICES.len())];
            let locale = ["en-GB", "cy", "pl", "ar", "ur"][rng.usize(..5)];
            let event = |event: &str, step: Option<&str>| {
                tx.execute(
                    "INSERT INTO journey_events (created_at, service_code, event, step, locale, assisted)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    rusqlite::params![at, code, event, step, locale, n % 7 == 0],
                )
                .unwrap();
            };
            event("started", None);
            rows += 1;
            if n % 4 == 0 {
                event("abandoned", Some("location"));
                rows += 1;
                continue;
            }
            event("completed", None);
            // A real reference, as every stored row holds.
            let reference = frontdoor::reference::Reference::new("ACDE", (day * 1000 + n) as u64)
                .as_str()
                .to_string();
            tx.execute(
                "INSERT INTO submissions (reference, idempotency_key, service_code, service_type, locale,
                     created_at, payload, state, sent_at, service_request_id)
                 VALUES (?1, ?2, ?3, 'realtime', ?4, ?5, NULL, 'sent', ?5, ?6)",
                rusqlite::params![reference, format!("key-{reference}"), code, locale, at, format!("SR{day}{n}")],
            )
            .unwrap();
            tx.execute(
                "INSERT INTO printer_events (created_at, printed, staff_message) VALUES (?1, 1, NULL)",
                [&at],
            )
            .unwrap();
            rows += 3;
            if n % 3 == 0 {
                tx.execute(
                    "INSERT INTO ratings (service_code, score, created_at) VALUES (?1, ?2, ?3)",
                    rusqlite::params![code, 1 + rng.u8(..5), at],
                )
                .unwrap();
                rows += 1;
            }
            if n % 15 == 0 {
                tx.execute(
                    "INSERT INTO help_requests (created_at, screen, service_code) VALUES (?1, 'question', ?2)",
                    rusqlite::params![at, code],
                )
                .unwrap();
                rows += 1;
            }
        }
    }
    tx.commit().unwrap();
    rows
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn scrape(addr: std::net::SocketAddr) -> usize {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.write_all(b"GET /metrics HTTP/1.1\r\nHost: bench\r\n\r\n")
        .unwrap();
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).unwrap();
    assert!(answer.starts_with(b"HTTP/1.1 200"));
    answer.len()
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-metrics");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let text = format!(
        "[kiosk]\nid = \"LIB-BENCH-01\"\nsite_name = \"Bench Library\"\ndata_dir = \"{}\"\n[metrics]\nlisten = \"127.0.0.1:0\"\n",
        dir.display()
    );
    let config = Config::parse(&text, Source::Embedded).unwrap();
    let made = Instant::now();
    let rows = a_year(&config.database_path());
    let size = std::fs::metadata(config.database_path()).unwrap().len();
    println!(
        "a year of measures: {rows} rows, store {:.1} MiB, made in {:.1} s",
        size as f64 / 1048576.0,
        made.elapsed().as_secs_f64()
    );
    let target = metrics::Target::new(&config, &config.database_path());
    let live = Live::new(&config, Utc::now());
    let text = metrics::render(&target, &live, Utc::now());
    println!(
        "one answer: {} bytes, {} lines",
        text.len(),
        text.lines().count()
    );

    let mut c = Criterion::default().configure_from_args();
    let mut group = c.benchmark_group("metrics");
    group.sample_size(20);
    group.bench_function("first scrape: counts the whole store", |b| {
        b.iter(|| metrics::render(&target, &live, Utc::now()))
    });
    let mut reader = metrics::Reader::new(target.clone());
    reader.render(&live, Utc::now());
    group.sample_size(100);
    group.bench_function("later scrape: running totals", |b| {
        b.iter(|| reader.render(&live, Utc::now()))
    });
    let snapshot = metrics::gather(&target, &live, Utc::now());
    group.bench_function("encode only (text)", |b| {
        b.iter(|| metrics::encode(&snapshot))
    });
    group.finish();
    c.final_summary();

    let before = rss_kib();
    let server = metrics::serve(&config, &config.database_path(), live.clone())
        .unwrap()
        .unwrap();
    let started = rss_kib();
    let mut times = Vec::new();
    let mut bytes = 0;
    for _ in 0..300 {
        let t = Instant::now();
        bytes = scrape(server.local_addr());
        times.push(t.elapsed());
    }
    times.sort();
    let after = rss_kib();
    println!(
        "300 scrapes over loopback: median {:.2} ms, p99 {:.2} ms, {bytes} bytes each with headers",
        times[150].as_secs_f64() * 1000.0,
        times[296].as_secs_f64() * 1000.0
    );
    println!(
        "resident memory: {:.1} MiB before the server, {:.1} MiB once it listened, {:.1} MiB after 300 scrapes",
        before as f64 / 1024.0,
        started as f64 / 1024.0,
        after as f64 / 1024.0
    );
    server.stop();
}
