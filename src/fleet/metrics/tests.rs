use super::*;
use crate::outbox::{JourneyEvent, NewSubmission, Rating, Stored};
use chrono::Duration;

fn config(dir: &Path) -> Config {
    let text = format!(
        "[kiosk]\nid = \"LIB-T-01\"\nsite_name = \"Test \\\"Quoted\\\" Library\"\ndata_dir = \"{}\"\n",
        dir.display()
    );
    Config::parse(&text, crate::config::Source::Embedded).expect("config")
}

fn submission(code: &str) -> NewSubmission {
    NewSubmission {
        submission: crate::journey::Submission {
            service_code: code.into(),
            attributes: Default::default(),
            address_string: Some("Outside 3 Park Road".into()),
            postcode: None,
            phone: Some("07700900123".into()),
            email: None,
            name: Some("Ann Example".into()),
            address_id: None,
            lat: None,
            long: None,
            at_site: false,
            ..Default::default()
        },
        service_type: crate::catalogue::open311::ServiceType::Realtime,
        locale: "en-GB".into(),
        assisted: false,
    }
}

fn line<'a>(text: &'a str, start: &str) -> Option<&'a str> {
    text.lines().find(|l| l.starts_with(start))
}

#[test]
fn printer_states_follow_the_printers_own_words() {
    let event = |m: Option<String>| PrinterEvent {
        at: Utc::now(),
        printed: m.is_none(),
        staff_message: m,
    };
    let cases = [
        (None, PrinterState::Ok),
        (
            Outcome::Printed { paper_low: true }.staff_message(),
            PrinterState::PaperLow,
        ),
        (
            Some(Problem::PaperOut.staff_message()),
            PrinterState::PaperOut,
        ),
        (
            Some(Problem::CoverOpen.staff_message()),
            PrinterState::CoverOpen,
        ),
        (
            Some(Problem::Offline.staff_message()),
            PrinterState::Offline,
        ),
        (
            Some(Problem::Unreachable("no device".into()).staff_message()),
            PrinterState::Offline,
        ),
        (
            Some(Problem::Stopped("broken pipe".into()).staff_message()),
            PrinterState::Offline,
        ),
    ];
    for (message, state) in cases {
        assert_eq!(
            PrinterState::from_event(Some(&event(message.clone()))),
            state,
            "{message:?}"
        );
    }
    assert_eq!(PrinterState::from_event(None), PrinterState::Ok);
}

/// A store with three submissions (one sent), two printer events, four
/// journey events, two ratings and an answered help call; returns the
/// first and the sent submission.
fn fill(store: &mut Outbox, now: chrono::DateTime<Utc>) -> (Stored, Stored) {
    let a = store
        .submit(&submission("pothole"), "ACDE", now - Duration::hours(2))
        .expect("a");
    store
        .submit(&submission("pothole"), "ACDE", now - Duration::minutes(5))
        .expect("b");
    let c = store
        .submit(&submission("missed-bin"), "ACDE", now)
        .expect("c");
    store
        .mark_sent(c.reference.as_str(), Some("638344"), None, now)
        .expect("sent");
    store.record_printer(true, None, now).expect("printed");
    store
        .record_printer(false, Some(&Problem::PaperOut.staff_message()), now)
        .expect("paper out");
    for event in [
        JourneyEvent::Started,
        JourneyEvent::Started,
        JourneyEvent::Completed,
    ] {
        store
            .record_journey("pothole", event, None, "cy", false, now)
            .expect("journey");
    }
    store
        .record_journey(
            "pothole",
            JourneyEvent::Abandoned,
            Some("location"),
            "en-GB",
            false,
            now,
        )
        .expect("journey");
    store
        .record_rating("pothole", Rating::VeryGood, now)
        .expect("rating");
    store
        .record_rating("pothole", Rating::Poor, now)
        .expect("rating");
    store
        .record_help_request(
            "question",
            Some("pothole"),
            now - chrono::Duration::seconds(90),
        )
        .expect("help");
    store.answer_help_calls(now).expect("answered");
    (a, c)
}

/// The figures `fill` and the live state give, as the scrape words them.
fn assert_figures(text: &str) {
    assert!(
        text.contains("# TYPE frontdoor_submissions gauge"),
        "{text}"
    );
    assert_eq!(
        line(text, "frontdoor_submissions{state=\"pending\"}"),
        Some("frontdoor_submissions{state=\"pending\"} 2")
    );
    assert_eq!(
        line(text, "frontdoor_submissions{state=\"sent\"}"),
        Some("frontdoor_submissions{state=\"sent\"} 1")
    );
    let oldest: f64 = line(text, "frontdoor_oldest_pending_age_seconds ")
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .expect("oldest pending");
    assert!((7199.0..=7201.0).contains(&oldest), "{oldest}");
    assert!(
        text.contains("frontdoor_printer_state{state=\"paper_out\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("frontdoor_printer_state{state=\"ok\"} 0"),
        "{text}"
    );
    assert!(
        text.contains("frontdoor_receipts_printed_total 1"),
        "{text}"
    );
    assert!(
        text.contains("frontdoor_journeys_total{service=\"pothole\",event=\"started\"} 2"),
        "{text}"
    );
    assert!(
        text.contains("frontdoor_journeys_total{service=\"pothole\",event=\"abandoned\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("frontdoor_ratings_total{score=\"5\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("frontdoor_ratings_total{score=\"3\"} 0"),
        "{text}"
    );
    assert!(text.contains("frontdoor_help_requests_total 1"), "{text}");
    assert!(
        text.contains("frontdoor_help_answer_seconds{quantile=\"0.5\"} 90"),
        "{text}"
    );
    assert!(
        text.contains("frontdoor_help_answer_seconds{quantile=\"0.9\"} 90"),
        "{text}"
    );
    assert!(
        text.contains("frontdoor_send_attempts_total{outcome=\"retry\"} 1"),
        "{text}"
    );
    assert!(text.contains("frontdoor_back_office_answering 1"), "{text}");
    assert!(
        text.contains("frontdoor_last_successful_send_timestamp_seconds "),
        "{text}"
    );
    assert!(text.contains("frontdoor_data_free_bytes "), "{text}");
    assert!(text.contains("frontdoor_config_age_seconds 0"), "{text}");
    assert!(
        text.contains("site=\"Test \\\"Quoted\\\" Library\""),
        "{text}"
    );
}

#[test]
fn the_store_and_live_state_become_metrics_without_references() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = config(dir.path());
    let now = Utc::now();
    let mut store = Outbox::open(&config.database_path()).expect("store");
    let (a, c) = fill(&mut store, now);
    let live = Live::new(&config, now);
    live.send_attempt(crate::fleet::live::SendOutcome::Retry, now);
    live.back_office(true, now);
    let target = Target::new(&config, &config.database_path());
    let text = render(&target, &live, now);

    assert_figures(&text);
    // No reference and no back-office id appears anywhere.
    for secret in [
        a.reference.as_str(),
        c.reference.as_str(),
        "638344",
        "Park Road",
        "07700900123",
        "Ann",
    ] {
        assert!(!text.contains(secret), "{secret} in\n{text}");
    }
    // Nothing the terminal has not done is invented.
    assert!(!text.contains("frontdoor_gazetteer_age_seconds"), "{text}");
    assert!(!text.contains("frontdoor_diary_answering"), "{text}");
}

#[test]
fn without_a_store_the_scrape_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = config(dir.path());
    let target = Target::new(&config, &dir.path().join("none.sqlite3"));
    let text = render(&target, &Live::default(), Utc::now());
    assert!(text.contains("frontdoor_store_readable 0"), "{text}");
    assert!(text.contains("frontdoor_build_info{version="), "{text}");
    assert!(!text.contains("frontdoor_submissions"), "{text}");
    assert!(!dir.path().join("none.sqlite3").exists());
}

/// Six pothole reports an hour to 55 minutes old, each with a journey
/// started and a printer event (every other one printed); their references.
fn six_submissions(store: &mut Outbox, now: chrono::DateTime<Utc>) -> Vec<String> {
    let mut refs = Vec::new();
    for i in 0..6 {
        let s = store
            .submit(
                &submission("pothole"),
                "ACDE",
                now - Duration::minutes(60 - i),
            )
            .expect("stored");
        refs.push(s.reference.as_str().to_string());
        store
            .record_journey("pothole", JourneyEvent::Started, None, "en-GB", false, now)
            .expect("j");
        store.record_printer(i % 2 == 0, None, now).expect("p");
    }
    refs
}

#[test]
fn running_totals_agree_with_a_full_count_as_the_store_moves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = config(dir.path());
    let now = chrono::SubsecRound::trunc_subsecs(Utc::now(), 3);
    let mut store = Outbox::open(&config.database_path()).expect("store");
    let target = Target::new(&config, &config.database_path());
    let live = Live::default();
    let mut reader = Reader::new(target.clone());
    let figures = |reader: &mut Reader| reader.gather(&live, now).store.expect("figures");
    let full = || gather(&target, &live, now).store.expect("figures");
    assert_eq!(figures(&mut reader), full());

    let refs = six_submissions(&mut store, now);
    assert_eq!(figures(&mut reader), full());
    // Sent out of order, one refused, one sent later than the rest.
    store
        .mark_sent(&refs[1], Some("1"), None, now - Duration::minutes(5))
        .expect("sent");
    store
        .mark_sent(&refs[3], Some("3"), None, now - Duration::minutes(4))
        .expect("sent");
    store
        .mark_needs_attention(&refs[0], "refused")
        .expect("refused");
    let f = figures(&mut reader);
    assert_eq!(f, full());
    assert_eq!(
        (f.stats.pending, f.stats.sent, f.stats.needs_attention),
        (3, 2, 1)
    );
    store
        .mark_sent(&refs[5], Some("5"), None, now - Duration::minutes(1))
        .expect("sent");
    store
        .mark_sent(&refs[2], Some("2"), None, now - Duration::minutes(2))
        .expect("sent");
    store
        .record_rating("pothole", Rating::Good, now)
        .expect("rating");
    store
        .record_help_request("question", None, now)
        .expect("help");
    let f = figures(&mut reader);
    assert_eq!(f, full());
    assert_eq!(f.stats.last_sent_at, Some(now - Duration::minutes(1)));
    assert_eq!(f.stats.sent, 4);
    assert_eq!(f.receipts_printed, 3);
    assert_eq!(
        f.journeys
            .get(&("pothole".to_string(), "started".to_string())),
        Some(&6)
    );
    assert_eq!(
        f.journeys
            .get(&("pothole".to_string(), "abandoned".to_string())),
        Some(&0)
    );

    // The store is replaced by an older copy: counted afresh, not added up.
    drop(store);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", config.database_path().display()));
    }
    let store = Outbox::open(&config.database_path()).expect("new store");
    store
        .record_help_request("question", None, now)
        .expect("help");
    let f = figures(&mut reader);
    assert_eq!(f, full());
    assert_eq!(
        (f.help_requests, f.stats.sent, f.receipts_printed),
        (1, 0, 0)
    );
}
