//! Fuzzing in the normal test run: every reader of outside input is fed
//! a fixed number of mutated inputs and must not panic, and every refusal
//! must be a clear message (not empty, no debug dump).
//!
//! Inputs are made by a small seeded mutator over real examples (the
//! bundled catalogue, the example config, the demo gazetteer, a Radicale
//! answer): characters and bytes flipped, dropped, doubled and spliced with
//! tokens each format cares about. The same seed gives the same inputs, so a
//! failure names its seed and case and can be run again.
//!
//! `FRONTDOOR_FUZZ_CASES` sets the cases per target (default 4,000; the
//! gazetteer target, which builds a database per case, runs a tenth of
//! them) and `FRONTDOOR_FUZZ_SEED` the seed. A long run, as
//! docs/testing.md says:
//!
//! ```sh
//! FRONTDOOR_FUZZ_CASES=1000000 FRONTDOOR_FUZZ_SEED=$RANDOM cargo test --release --locked --test fuzz
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Debug;
use std::panic::{AssertUnwindSafe, catch_unwind};

const DEFAULT_CASES: u64 = 4_000;
const DEFAULT_SEED: u64 = 0x00F0_0D00_2026;

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

fn cases() -> u64 {
    env_u64("FRONTDOOR_FUZZ_CASES")
        .unwrap_or(DEFAULT_CASES)
        .max(1)
}

fn seed() -> u64 {
    env_u64("FRONTDOOR_FUZZ_SEED").unwrap_or(DEFAULT_SEED)
}

/// Pieces that mean something to one of the formats read.
const TOKENS: &[&str] = &[
    "\"",
    "\\",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "=",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "'",
    "#",
    ";",
    "<",
    ">",
    "/>",
    "</",
    "&",
    "&amp;",
    "&lt;",
    "&#13;",
    "&#0;",
    "&#x110000;",
    "&bogus;",
    "<![CDATA[",
    "]]>",
    "<?xml",
    "xmlns=\"DAV:\"",
    "xmlns:D=\"DAV:\"",
    "D:",
    "d:",
    "C:",
    "0",
    "-1",
    "1e309",
    "-0",
    "NaN",
    "inf",
    "99999999999999999999",
    "0x1F",
    "007",
    "true",
    "null",
    "[[",
    "]]",
    "é",
    "😀",
    "\u{202e}",
    "\u{feff}",
    "\u{0}",
    "\u{ffff}",
    "ß",
    "İ",
    "BEGIN:VEVENT\r\n",
    "END:VEVENT\r\n",
    "BEGIN:VCALENDAR\r\n",
    "END:VCALENDAR\r\n",
    "\r\n ",
    "DTSTART;TZID=Europe/London:",
    "DTEND:",
    "20260229T250000",
    "20261123T090000Z",
    ";VALUE=DATE:",
    ";TZID=",
    ";LANGUAGE=cy:",
    "SUMMARY:",
    "RRULE:FREQ=WEEKLY",
    "DURATION:PT1H",
    "STATUS:CANCELLED",
    "\\,",
    "\\;",
    "\\n",
    "href",
    "response",
    "calendar-data",
    "propstat",
    "HTTP/1.1 200 OK",
    "HTTP/1.1 404",
    "service_code",
    "datatype",
    "values",
    "attributes",
    "required",
    "order",
    "kind",
    "location",
    "[kiosk]",
    "[backend]",
    "url",
    "https://",
    "http://",
    "UPRN",
    "USRN",
    "POSTCODE",
    "\"\"",
    "\"a,b\"",
];

/// Makes inputs from examples.
struct Mutator {
    rng: fastrand::Rng,
}

impl Mutator {
    fn new(salt: u64) -> Mutator {
        Mutator {
            rng: fastrand::Rng::with_seed(seed() ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15)),
        }
    }

    fn token(&mut self) -> &'static str {
        TOKENS[self.rng.usize(..TOKENS.len())]
    }

    /// Text: the example with one to eight edits.
    fn text(&mut self, example: &str) -> String {
        let mut chars: Vec<char> = example.chars().collect();
        for _ in 0..self.rng.usize(1..=8) {
            let at = self.rng.usize(..=chars.len());
            match self.rng.u8(..7) {
                0 => {
                    let t: Vec<char> = self.token().chars().collect();
                    chars.splice(at..at, t);
                }
                1 if at < chars.len() => {
                    let end = (at + self.rng.usize(1..40)).min(chars.len());
                    chars.drain(at..end);
                }
                2 if at < chars.len() => {
                    let end = (at + self.rng.usize(1..80)).min(chars.len());
                    let copy: Vec<char> = chars[at..end].to_vec();
                    let to = self.rng.usize(..=chars.len());
                    chars.splice(to..to, copy);
                }
                3 if at < chars.len() => chars[at] = self.rng.char(..),
                4 => chars.truncate(at),
                5 => chars.insert(at, char::from(self.rng.u8(..128))),
                _ => {
                    let t: Vec<char> = self.token().chars().collect();
                    let end = (at + t.len()).min(chars.len());
                    chars.splice(at..end, t);
                }
            }
        }
        chars.into_iter().collect()
    }

    /// Bytes: the example with one to eight edits, not always UTF-8.
    fn bytes(&mut self, example: &[u8]) -> Vec<u8> {
        let mut bytes = example.to_vec();
        for _ in 0..self.rng.usize(1..=8) {
            let at = self.rng.usize(..=bytes.len());
            match self.rng.u8(..5) {
                0 => {
                    let t = self.token().as_bytes().to_vec();
                    bytes.splice(at..at, t);
                }
                1 if at < bytes.len() => {
                    let end = (at + self.rng.usize(1..40)).min(bytes.len());
                    bytes.drain(at..end);
                }
                2 if at < bytes.len() => bytes[at] = self.rng.u8(..),
                3 => bytes.truncate(at),
                _ => bytes.insert(at, self.rng.u8(..)),
            }
        }
        bytes
    }
}

/// Runs `check` on `n` inputs from `make`; a panic names the case.
fn run<T: Debug>(
    target: &str,
    n: u64,
    mut make: impl FnMut(&mut Mutator) -> T,
    check: impl Fn(&T),
) {
    let mut m = Mutator::new(
        target
            .bytes()
            .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b))),
    );
    for case in 0..n {
        let input = make(&mut m);
        if catch_unwind(AssertUnwindSafe(|| check(&input))).is_err() {
            let kept = std::env::temp_dir().join(format!("frontdoor-fuzz-{target}-{case}.txt"));
            let _ = std::fs::write(&kept, format!("{input:#?}"));
            panic!(
                "fuzz target {target}: case {case} with FRONTDOOR_FUZZ_SEED={} failed; its input is in {}",
                seed(),
                kept.display()
            );
        }
    }
}

/// A refusal a person can read: words, not a debug dump.
fn assert_clear(message: &str, input: &dyn Debug) {
    assert!(!message.trim().is_empty(), "empty message for {input:?}");
    // A TOML or JSON error may quote the line it failed on, braces and
    // all; what it must not do is show Rust's Debug form of an error.
    for dump in [
        "Error {",
        "Some(",
        "Position {",
        "kind: ",
        "Utf8Error",
        "ParseIntError",
    ] {
        assert!(
            !message.contains(dump),
            "debug dump ({dump}) in \"{message}\" for {input:?}"
        );
    }
}

#[test]
fn catalogue_json_never_panics_and_refuses_clearly() {
    let files = frontdoor::catalogue::bundled::files();
    let codes: Vec<String> = files.definitions.keys().cloned().collect();
    run(
        "catalogue",
        cases(),
        |m| {
            let mut f = files.clone();
            match m.rng.u8(..3) {
                0 => f.services = m.text(&f.services),
                _ => {
                    let code = &codes[m.rng.usize(..codes.len())];
                    let json = m.text(&f.definitions[code]);
                    f.definitions.insert(code.clone(), json);
                }
            }
            f
        },
        |f| {
            let _ = frontdoor::catalogue::open311::parse_services(&f.services);
            if let Err(e) = frontdoor::catalogue::Catalogue::load(f) {
                assert_clear(&e.to_string(), &e);
            }
        },
    );
}

#[test]
fn overlay_and_translation_toml_never_panic_and_refuse_clearly() {
    let files = frontdoor::catalogue::bundled::files();
    let locales: Vec<String> = files.translations.keys().cloned().collect();
    run(
        "overlay",
        cases(),
        |m| {
            let mut f = files.clone();
            if m.rng.bool() {
                f.overlay = f.overlay.as_deref().map(|o| m.text(o));
            } else {
                let locale = &locales[m.rng.usize(..locales.len())];
                let text = m.text(&f.translations[locale]);
                f.translations.insert(locale.clone(), text);
            }
            f
        },
        |f| {
            if let Some(o) = &f.overlay
                && let Err(e) = frontdoor::catalogue::overlay::parse(o)
            {
                assert_clear(&e.to_string(), o);
            }
            if let Err(e) = frontdoor::catalogue::Catalogue::load(f) {
                assert_clear(&e.to_string(), &e);
            }
        },
    );
}

#[test]
fn config_toml_never_panics_and_refuses_clearly() {
    let examples = [
        include_str!("../assets/config.example.toml"),
        frontdoor::config::EMBEDDED_DEFAULT,
    ];
    run(
        "config",
        cases(),
        |m| {
            let example = examples[m.rng.usize(..examples.len())];
            m.text(example)
        },
        |text| {
            if let Err(e) =
                frontdoor::config::Config::parse(text, frontdoor::config::Source::Embedded)
            {
                assert_clear(&e.to_string(), text);
            }
        },
    );
}

#[test]
fn references_never_panic_and_what_parses_reads_back_the_same() {
    use frontdoor::reference::Reference;
    let good: Vec<String> = (0..50u64)
        .map(|i| Reference::new("LIB-DEMO-01", 1_000 + i * 7_919).grouped())
        .collect();
    run(
        "reference",
        cases(),
        |m| {
            if m.rng.u8(..4) == 0 {
                (0..m.rng.usize(..16)).map(|_| m.rng.char(..)).collect()
            } else {
                let r = &good[m.rng.usize(..good.len())];
                m.text(r)
            }
        },
        |text| match Reference::parse(text) {
            Ok(r) => {
                assert_eq!(Reference::parse(&r.grouped()).as_ref(), Ok(&r), "{text:?}");
                assert_eq!(Reference::parse(r.as_str()).as_ref(), Ok(&r), "{text:?}");
            }
            Err(e) => assert_clear(&e.to_string(), text),
        },
    );
}

#[test]
fn printer_status_bytes_never_panic_and_every_problem_has_words() {
    use frontdoor::printer::Status;
    run(
        "printer",
        cases() * 20,
        |m| (m.rng.u8(..), m.rng.u8(..), m.rng.u8(..)),
        |&(printer, cause, paper)| {
            if let Some(status) = Status::from_answers(printer, cause, paper)
                && let Some(problem) = status.problem()
            {
                assert!(!problem.message_id().is_empty());
                assert!(frontdoor::i18n::has(problem.message_id()));
                assert_clear(&problem.staff_message(), &status);
            }
        },
    );
}

/// An answer as Radicale gives it: DAV: unprefixed, calendar data escaped.
const MULTISTATUS: &str = "<?xml version='1.0' encoding='utf-8'?>\n<multistatus xmlns=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><response><href>/kiosk/housing/20261123T0900-1.ics</href><propstat><prop><getetag>\"abc\"</getetag><C:calendar-data>BEGIN:VCALENDAR&#13;\nVERSION:2.0&#13;\nBEGIN:VEVENT&#13;\nUID:20261123T0900-1&#13;\nDTSTART:20261123T090000Z&#13;\nDTEND:20261123T094500Z&#13;\nSUMMARY:ACDE 346 79E&#13;\nEND:VEVENT&#13;\nEND:VCALENDAR&#13;\n</C:calendar-data></prop><status>HTTP/1.1 200 OK</status></propstat></response><response><href>/kiosk/housing/training.ics</href><propstat><prop><C:calendar-data><![CDATA[BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/London:20261123T100000\r\nDTEND;TZID=Europe/London:20261123T110000\r\nSUMMARY;LANGUAGE=cy:Hyfforddiant\\, staff & <all>\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n]]></C:calendar-data></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>";

const EVENT: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Adviser//EN\r\nBEGIN:VEVENT\r\nUID:abc\r\nDTSTAMP:20260601T000000Z\r\nDTSTART;TZID=Europe/London:20260615T100000\r\nDTEND;VALUE=DATE:20260616\r\nSUMMARY;LANGUAGE=cy:Hyfforddiant\\, ystafell 2\\; dewch \r\n yn gynnar\\nDiolch\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

#[test]
fn caldav_answers_never_panic_and_refuse_clearly() {
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    run(
        "caldav",
        cases(),
        |m| m.text(MULTISTATUS),
        |xml| {
            if let Err(e) = frontdoor::caldav::read_day(xml, date, &chrono::Utc) {
                assert_clear(&e.to_string(), xml);
            }
        },
    );
    run(
        "icalendar",
        cases(),
        |m| m.text(EVENT),
        |text| match frontdoor::booking::ical::read_events(text, &chrono::Utc) {
            Ok(events) => {
                for e in events {
                    if let Some((from, to)) = e.span {
                        assert!(from <= to, "{text:?}");
                    }
                }
            }
            Err(e) => assert_clear(&e.to_string(), text),
        },
    );
}

#[test]
fn a_summary_the_kiosk_writes_is_read_back_unchanged() {
    use chrono::TimeZone;
    let start = chrono::Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    run(
        "icalendar-round-trip",
        cases(),
        |m| {
            let seed = "ACDE 346 79E, room 2; \"desk\" \\ Siân";
            let text = m.text(seed);
            // What the kiosk writes: no control characters.
            text.chars().filter(|c| !c.is_control()).collect::<String>()
        },
        |summary| {
            let text = frontdoor::booking::ical::write_event(
                "uid-1",
                start,
                start + chrono::Duration::minutes(45),
                summary,
                start,
            );
            let events = frontdoor::booking::ical::read_events(&text, &chrono::Utc)
                .unwrap_or_else(|e| panic!("{e}: {text}"));
            assert_eq!(events.len(), 1, "{text}");
            let back = events[0].summary.clone().unwrap_or_default();
            assert_eq!(back, *summary, "{text}");
        },
    );
}

#[test]
fn gazetteer_rows_never_panic_and_each_skipped_row_says_why() {
    let demo = include_bytes!("../assets/gazetteer/demo.csv");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("gazetteer.db");
    let progress = indicatif::ProgressBar::hidden();
    run(
        "gazetteer",
        (cases() / 10).max(1),
        |m| m.bytes(demo),
        |bytes| match frontdoor::gazetteer::import::prepare(
            &bytes[..],
            "fuzz.csv",
            Some(bytes.len() as u64),
            &target,
            &progress,
        ) {
            Ok(prepared) => {
                for p in &prepared.report().skipped {
                    assert_clear(&p.reason, bytes);
                    assert!(p.line >= 1, "{p:?}");
                }
            }
            Err(e) => assert_clear(&e.to_string(), &String::from_utf8_lossy(bytes)),
        },
    );
}

/// Found by the gazetteer target: a header that is not UTF-8 was refused
/// with csv's Debug form ("Utf8 { pos: Some(Position { … }) }").
#[test]
fn regression_a_header_that_is_not_utf8_is_refused_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = b"UPRN,USRN,ORGANISATION".to_vec();
    csv.push(0xFA);
    csv.extend_from_slice(b",LATITUDE\n1,2,3,4\n");
    let Err(e) = frontdoor::gazetteer::import::prepare(
        &csv[..],
        "council.csv",
        None,
        &dir.path().join("gazetteer.db"),
        &indicatif::ProgressBar::hidden(),
    ) else {
        panic!("a header that is not UTF-8 was accepted");
    };
    let message = e.to_string();
    assert_clear(&message, &message);
    assert!(message.contains("council.csv: line 1"), "{message}");
    assert!(message.contains("not UTF-8"), "{message}");
}
