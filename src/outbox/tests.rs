//! The store: commits, references, crash recovery, refusals.

use super::*;
use crate::journey::{Answer, Submission};
use std::collections::BTreeMap;

fn new_submission() -> NewSubmission {
    NewSubmission {
        submission: Submission {
            service_code: "pothole".into(),
            attributes: BTreeMap::from([("where".to_string(), Answer::One("road".into()))]),
            address_string: Some("Outside 3 Park Road".into()),
            postcode: None,
            phone: None,
            email: None,
            name: None,
            ..Default::default()
        },
        service_type: ServiceType::Batch,
        locale: "en-GB".into(),
        assisted: false,
    }
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-22T10:32:00Z")
        .expect("time")
        .with_timezone(&Utc)
}

#[test]
fn submissions_are_stored_with_valid_unique_references() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut out = Outbox::open(&dir.path().join("a/b/db.sqlite3")).expect("open");
    let terminal = reference::terminal_part("LIB-DEMO-01");
    let a = out.submit(&new_submission(), &terminal, now()).expect("a");
    let b = out.submit(&new_submission(), &terminal, now()).expect("b");
    assert_ne!(a.reference, b.reference);
    assert_ne!(a.idempotency_key, b.idempotency_key);
    assert!(Reference::parse(a.reference.as_str()).is_ok());
    assert!(a.reference.as_str().starts_with(&terminal));
    let stored = out.get(a.reference.as_str()).expect("get").expect("found");
    assert_eq!(stored.state, State::Pending);
    assert_eq!(stored.submission, Some(new_submission().submission));
    assert_eq!(stored.locale, "en-GB");
    assert_eq!(stored.created_at, now());
    let stats = out
        .stats(now() + chrono::Duration::seconds(90))
        .expect("stats");
    assert_eq!(stats.pending, 2);
    assert_eq!(stats.oldest_pending_age_secs, Some(90));
}

#[test]
fn pragmas_hold_and_sending_rows_return_to_pending() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("db.sqlite3");
    let mut out = Outbox::open(&path).expect("open");
    let s = out
        .submit(&new_submission(), "ACDE", now())
        .expect("submit");
    out.conn
        .execute("UPDATE submissions SET state = 'sending'", [])
        .expect("mark sending");
    let mode: String = out
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .expect("mode");
    assert_eq!(mode, "wal");
    drop(out);
    let out = Outbox::open(&path).expect("reopen");
    assert_eq!(
        out.get(s.reference.as_str())
            .expect("get")
            .expect("found")
            .state,
        State::Pending
    );
}

#[test]
fn a_wiped_database_carries_on_above_old_references() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut first = Outbox::open(&dir.path().join("one.sqlite3")).expect("open");
    let old = first.submit(&new_submission(), "ACDE", now()).expect("old");
    let mut wiped = Outbox::open(&dir.path().join("two.sqlite3")).expect("open");
    let later = now() + chrono::Duration::minutes(10);
    let new = wiped.submit(&new_submission(), "ACDE", later).expect("new");
    assert_ne!(old.reference, new.reference);
}

#[test]
fn a_full_disk_leaves_nothing_half_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut out = Outbox::open(&dir.path().join("db.sqlite3")).expect("open");
    out.submit(&new_submission(), "ACDE", now())
        .expect("first fits");
    let pages: i64 = out
        .conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .expect("pages");
    out.set_max_pages(pages as u64).expect("cap");
    let mut big = new_submission();
    big.submission
        .attributes
        .insert("details".into(), Answer::Text("x".repeat(200_000)));
    let err = out.submit(&big, "ACDE", now()).expect_err("disk full");
    assert!(err.to_string().contains("full"), "{err}");
    let rows = out.list().expect("list");
    assert_eq!(rows.len(), 1, "the failed submission left no row");
    let last: i64 = out
        .conn
        .query_row("SELECT last FROM sequence", [], |r| r.get(0))
        .expect("sequence");
    assert_eq!(
        Reference::new("ACDE", last as u64),
        rows[0].reference,
        "sequence unchanged"
    );
}

#[test]
fn a_newer_database_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("db.sqlite3");
    drop(Outbox::open(&path).expect("open"));
    let conn = Connection::open(&path).expect("raw");
    conn.pragma_update(None, "user_version", 99).expect("bump");
    drop(conn);
    let err = Outbox::open(&path).expect_err("too new");
    assert!(err.to_string().contains("schema"), "{err}");
}

#[test]
fn measures_are_recorded() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = Outbox::open(&dir.path().join("db.sqlite3")).expect("open");
    out.record_rating("pothole", Rating::Good, now())
        .expect("rating");
    out.record_help_request("question", Some("pothole"), now())
        .expect("help");
    out.record_journey(
        "pothole",
        JourneyEvent::Abandoned,
        Some("question:size"),
        "en-GB",
        false,
        now(),
    )
    .expect("journey");
    assert_eq!(
        out.ratings().expect("ratings"),
        [("pothole".to_string(), 4)]
    );
    assert_eq!(out.help_requests().expect("help")[0].0, "question");
    assert_eq!(out.journeys().expect("journeys")[0].1, "abandoned");
}

#[test]
fn a_store_from_before_the_audit_chain_has_its_rows_chained_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite3");
    {
        let mut conn = Connection::open(&path).unwrap();
        let before = Migrations::new(
            MIGRATIONS[..AUDIT_CHAIN_MIGRATION - 1]
                .iter()
                .map(|sql| M::up(sql))
                .collect(),
        );
        before.to_latest(&mut conn).unwrap();
        for (at, action) in [
            ("2026-01-01T09:00:00.000Z", "sign-in"),
            ("2026-01-01T09:05:00.000Z", "sign-out"),
        ] {
            conn.execute(
                "INSERT INTO audit (created_at, staff_id, staff_name, action) VALUES (?1, 1, 'Sam', ?2)",
                params![at, action],
            )
            .unwrap();
        }
    }
    let store = Outbox::open(&path).unwrap();
    assert_eq!(store.verify_audit().unwrap(), Ok(2));
    store
        .audit(None, "unlock", Some("staff number 1"), Utc::now())
        .unwrap();
    assert_eq!(store.verify_audit().unwrap(), Ok(3));
    // The triggers came back: the app's own SQL still cannot change a row.
    assert!(store.conn.execute("DELETE FROM audit", []).is_err());
    assert!(
        store
            .conn
            .execute("UPDATE audit SET action = 'x'", [])
            .is_err()
    );
    let actions: Vec<String> = store
        .audit_log()
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["sign-in", "sign-out", "unlock"]);
}

#[test]
fn a_new_secret_for_a_reference_replaces_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = Outbox::open(&dir.path().join("s.sqlite3")).unwrap();
    let reference = Reference::new(&reference::terminal_part("LIB-DEMO-01"), 42);
    let other = Reference::new(&reference::terminal_part("LIB-DEMO-01"), 43);
    let first = crate::reference::Secret::new();
    store.keep_secret(&reference, &first, Utc::now()).unwrap();
    assert!(store.secret_matches(&reference, &first).unwrap());
    assert!(!store.secret_matches(&other, &first).unwrap());
    let second = crate::reference::Secret::new();
    store.keep_secret(&reference, &second, Utc::now()).unwrap();
    assert!(store.secret_matches(&reference, &second).unwrap());
    assert!(!store.secret_matches(&reference, &first).unwrap());
    // Only the hash is kept.
    let kept: String = store
        .conn
        .query_row("SELECT hash FROM reference_secrets", [], |r| r.get(0))
        .unwrap();
    assert!(!kept.contains(second.as_str()));
}

#[test]
fn the_store_file_is_readable_by_the_kiosk_user_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // A new store.
    let new = dir.path().join("new.sqlite3");
    drop(Outbox::open(&new).unwrap());
    assert_eq!(mode(&new), 0o600);
    // A store left readable by everyone is tightened when opened.
    let old = dir.path().join("old.sqlite3");
    drop(Outbox::open(&old).unwrap());
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
    let store = Outbox::open(&old).unwrap();
    assert_eq!(mode(&old), 0o600);
    // SQLite's WAL follows the database.
    store
        .record_rating("feedback", Rating::Good, Utc::now())
        .unwrap();
    let wal = PathBuf::from(format!("{}-wal", old.display()));
    assert_eq!(mode(&wal), 0o600);
}
