//! Submission commit latency: the time from handing a submission to the
//! store until it is committed to disk (WAL, synchronous=FULL), as the
//! kiosk's worker thread does before the confirmation shows.
//!
//! `cargo bench --bench commit` prints percentiles over 2,000 commits into a
//! database under target/, on this machine's disk. The numbers measured are in
//! docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use frontdoor::catalogue::open311::ServiceType;
use frontdoor::journey::{Answer, Submission};
use frontdoor::outbox::{NewSubmission, Outbox};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

fn main() {
    // Criterion-style arguments (such as --bench) are accepted and ignored.
    let commits: usize = std::env::var("FRONTDOOR_BENCH_COMMITS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-commit");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut outbox = Outbox::open(&dir.join("frontdoor.sqlite3")).unwrap();
    let new = NewSubmission {
        submission: Submission {
            service_code: "fly-tipping".into(),
            attributes: BTreeMap::from([
                (
                    "what".to_string(),
                    Answer::Many(vec!["bags".into(), "mattress".into()]),
                ),
                ("amount".to_string(), Answer::One("van".into())),
                (
                    "seen".to_string(),
                    Answer::Date(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()),
                ),
                (
                    "details".to_string(),
                    Answer::Text("Left overnight behind the garages on Mill Lane. ".repeat(6)),
                ),
            ]),
            address_string: Some("Garages behind 20 Mill Lane".into()),
            postcode: None,
            phone: Some("07700 900982".into()),
            email: None,
            name: Some("Ann Jones".into()),
            ..Default::default()
        },
        service_type: ServiceType::Blackbox,
        locale: "en-GB".into(),
        assisted: false,
    };
    let mut times: Vec<Duration> = Vec::with_capacity(commits);
    for _ in 0..commits {
        let start = Instant::now();
        outbox.submit(&new, "ACDE", chrono::Utc::now()).unwrap();
        times.push(start.elapsed());
    }
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "submission commit over {commits} commits: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        ms(pct(0.50)),
        ms(pct(0.90)),
        ms(pct(0.99)),
        ms(*times.last().unwrap())
    );
    assert_eq!(outbox.list().unwrap().len(), commits);
    let _ = std::fs::remove_dir_all(&dir);
}
