//! Help calls that reach a person: the three webhook shapes as Teams
//! workflows, Slack and plain JSON receivers take them, texts to duty
//! phones through Notify, a down webhook answered within the timeout, calls
//! too old to send, what the resident is shown, the answer-time measure,
//! and `frontdoor help test`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{DateTime, TimeZone, Utc};
use common::notify::{HookMode, HookServer, NotifyServer, template_id};
use frontdoor::config::{Config, Source};
use frontdoor::help::{self, Caller, Delivery, HelpCall, Show, Why};
use frontdoor::outbox::Outbox;
use std::time::{Duration, Instant};

fn config(dir: &std::path::Path, help: &str) -> Config {
    let text = format!("{}{help}", common::config_text(dir, ""));
    Config::parse(&text, Source::Embedded).unwrap()
}

fn hook_config(hook: &str, format: &str) -> String {
    format!(
        "[help]\nwebhook_url = \"{hook}\"\nformat = \"{format}\"\nanswer_within_s = 180\n[help.desk_directions]\nen-GB = \"The help desk is by the main entrance.\"\ncy = \"Mae'r ddesg gymorth wrth y brif fynedfa.\"\n"
    )
}

fn call(config: &Config, now: DateTime<Utc>) -> HelpCall {
    HelpCall::new(
        config,
        "Check your answers",
        Some("missed-bin"),
        Some("Report a missed bin"),
        "pl",
        true,
        now,
    )
}

fn block<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

#[test]
fn each_webhook_format_is_taken_and_carries_the_language_and_nothing_personal() {
    for format in ["teams", "slack", "json"] {
        let hook = HookServer::start(format);
        let dir = tempfile::tempdir().unwrap();
        let c = config(dir.path(), &hook_config(&hook.url(), format));
        let caller = Caller::from_config(&c).unwrap();
        assert!(caller.has_channels());
        let now = Utc::now();
        let the_call = call(&c, now);
        let outcome = block(caller.call(&the_call, now));
        assert!(outcome.any_accepted(), "{format}: {outcome}");
        let expected = if format == "teams" { 202 } else { 200 };
        assert_eq!(
            outcome.channels[0].1,
            Delivery::Accepted(expected),
            "{format}"
        );
        let received = hook.received();
        assert_eq!(received.len(), 1, "{format}: delivered once");
        let text = received[0].to_string();
        for fact in [
            "LIB-TEST-01",
            "Test Library",
            "Check your answers",
            "Report a missed bin",
            "Polish (Polski)",
        ] {
            assert!(text.contains(fact), "{format} lacks {fact}: {text}");
        }
        match format {
            "teams" => {
                let card = &received[0]["attachments"][0]["content"];
                assert_eq!(card["type"], "AdaptiveCard");
                let facts = card["body"][2]["facts"].as_array().unwrap();
                let fact = |title: &str| {
                    facts
                        .iter()
                        .find(|f| f["title"] == title)
                        .map(|f| f["value"].as_str().unwrap().to_string())
                };
                assert_eq!(fact("Language").as_deref(), Some("Polish (Polski)"));
                assert_eq!(fact("Large text").as_deref(), Some("yes"));
            }
            "slack" => {
                assert!(
                    received[0]["text"]
                        .as_str()
                        .unwrap()
                        .contains("with large text")
                );
                assert_eq!(received[0]["blocks"][0]["type"], "header");
            }
            _ => {
                assert_eq!(received[0]["language"], "pl");
                assert_eq!(received[0]["large_text"], true);
                assert_eq!(received[0]["id"], the_call.id);
                assert_eq!(received[0]["test"], false);
            }
        }
        // Nothing but the call's own fields: no answers, no names, no contact.
        let keys: Vec<String> = serde_json::to_value(&the_call)
            .unwrap()
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(
            keys,
            [
                "id",
                "large_text",
                "locale",
                "made_at",
                "screen",
                "service",
                "service_code",
                "site",
                "terminal",
                "test"
            ]
        );
    }
}

#[test]
fn a_wrong_shape_is_refused_as_the_real_services_refuse_it() {
    // A Teams workflow given Slack's shape answers 400: the call failed.
    let hook = HookServer::start("teams");
    let dir = tempfile::tempdir().unwrap();
    let c = config(dir.path(), &hook_config(&hook.url(), "slack"));
    let now = Utc::now();
    let outcome = block(Caller::from_config(&c).unwrap().call(&call(&c, now), now));
    assert!(!outcome.any_accepted());
    assert!(matches!(&outcome.channels[0].1, Delivery::Failed(why) if why.contains("400")));
}

#[test]
fn a_down_webhook_fails_within_the_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let timeout = Duration::from_millis(800);
    let hung = HookServer::start("json");
    hung.set_mode(HookMode::Hang);
    let failing = HookServer::start("json");
    failing.set_mode(HookMode::Failing);
    for (url, expect) in [
        (hung.url(), "timeout"),
        (failing.url(), "500"),
        (HookServer::closed_url(), "reach"),
    ] {
        let c = config(dir.path(), &hook_config(&url, "json"));
        let caller = Caller::with_timeout(&c, timeout).unwrap();
        let now = Utc::now();
        let started = Instant::now();
        let outcome = block(caller.call(&call(&c, now), now));
        let took = started.elapsed();
        assert!(
            took < timeout + Duration::from_secs(2),
            "{expect}: took {took:?}"
        );
        assert!(!outcome.any_accepted(), "{expect}: {outcome}");
        match (&outcome.channels[0].1, expect) {
            (Delivery::TimedOut, "timeout") => {}
            (Delivery::Failed(why), "500") => assert!(why.contains("500"), "{why}"),
            (Delivery::Failed(why), "reach") => assert!(why.contains("cannot reach"), "{why}"),
            (other, _) => panic!("{expect}: {other:?}"),
        }
        // The resident is sent to the desk, in their language's words.
        let show = help::what_to_show(&c, true, Some(&outcome), now, Utc::now());
        assert_eq!(
            show,
            Show::GoToDesk {
                why: Why::CallFailed
            }
        );
        assert!(show.offers_desk());
    }
    // The default per-channel timeout keeps the whole call under 10 s.
    assert!(help::CHANNEL_TIMEOUT < Duration::from_secs(10));
}

#[test]
fn calls_older_than_two_minutes_are_dropped_not_delivered() {
    let hook = HookServer::start("json");
    let notify = NotifyServer::start();
    let dir = tempfile::tempdir().unwrap();
    let c = config(
        dir.path(),
        &format!(
            "[help]\nwebhook_url = \"{}\"\nformat = \"json\"\nsms_to = [\"07700 900001\"]\n{}",
            hook.url(),
            common::notify::notify_config(&notify.url(), "")
        ),
    );
    let caller = Caller::from_config(&c).unwrap();
    let made = Utc::now() - chrono::Duration::seconds(121);
    let outcome = block(caller.call(&call(&c, made), Utc::now()));
    assert_eq!(outcome.channels.len(), 2);
    assert!(
        outcome
            .channels
            .iter()
            .all(|(_, d)| *d == Delivery::Dropped),
        "{outcome}"
    );
    assert!(hook.received().is_empty());
    assert_eq!(notify.posts(), 0);
    // At 119 seconds it still goes, on both channels (run as the kiosk
    // runs it: a spawned task).
    let made = Utc::now() - chrono::Duration::seconds(119);
    let the_call = call(&c, made);
    let outcome = block(async move {
        tokio::spawn(async move { caller.call(&the_call, Utc::now()).await })
            .await
            .unwrap()
    });
    assert!(
        outcome
            .channels
            .iter()
            .all(|(_, d)| matches!(d, Delivery::Accepted(_))),
        "{outcome}"
    );
    assert_eq!(hook.received().len(), 1);
    let sent = notify.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].template_id, template_id("en-GB", "help_sms"));
    assert_eq!(sent[0].to, "447700900001");
    assert!(sent[0].body.contains("Polish (Polski)"), "{}", sent[0].body);
    assert!(
        sent[0].body.contains("terminal LIB-TEST-01"),
        "{}",
        sent[0].body
    );
}

#[test]
fn the_resident_is_told_the_truth_at_each_step() {
    let dir = tempfile::tempdir().unwrap();
    let hook = HookServer::start("teams");
    let c = config(dir.path(), &hook_config(&hook.url(), "teams"));
    let t0 = Utc.with_ymd_and_hms(2026, 11, 18, 12, 0, 0).unwrap();
    // Nothing configured: the desk at once, with generic words.
    let bare = config(dir.path(), "");
    assert!(!Caller::from_config(&bare).unwrap().has_channels());
    assert_eq!(
        help::what_to_show(&bare, false, None, t0, t0),
        Show::GoToDesk {
            why: Why::NoChannels
        }
    );
    assert_eq!(
        help::directions(&bare, "pl"),
        frontdoor::i18n::t("pl", "help-desk-default")
    );
    // Calling, then staff told, then (no one came) the desk.
    assert_eq!(help::what_to_show(&c, true, None, t0, t0), Show::Calling);
    let outcome = block(
        Caller::from_config(&c)
            .unwrap()
            .call(&call(&c, Utc::now()), Utc::now()),
    );
    let told = help::what_to_show(
        &c,
        true,
        Some(&outcome),
        t0,
        t0 + chrono::Duration::seconds(5),
    );
    assert!(matches!(told, Show::StaffTold { .. }));
    assert_eq!(told.recheck_at(), Some(t0 + chrono::Duration::seconds(180)));
    assert_eq!(
        help::what_to_show(
            &c,
            true,
            Some(&outcome),
            t0,
            t0 + chrono::Duration::seconds(180)
        ),
        Show::GoToDesk {
            why: Why::NoOneCame
        }
    );
    // The council's directions in Welsh; English for a language without.
    assert_eq!(
        help::directions(&c, "cy"),
        "Mae'r ddesg gymorth wrth y brif fynedfa."
    );
    assert_eq!(
        help::directions(&c, "ar"),
        "The help desk is by the main entrance."
    );
    // Every id the dialog uses exists in every language.
    for show in [
        Show::Calling,
        Show::StaffTold { until: t0 },
        Show::GoToDesk {
            why: Why::NoChannels,
        },
        Show::GoToDesk {
            why: Why::NoOneCame,
        },
    ] {
        for id in [
            show.heading_id(),
            show.body_id(),
            "help-call-again",
            "help-desk-default",
        ] {
            assert!(frontdoor::i18n::has(id), "{id}");
        }
    }
}

#[test]
fn answer_times_are_measured_per_week_from_call_to_staff_sign_in() {
    let dir = tempfile::tempdir().unwrap();
    let c = config(dir.path(), "");
    let store = Outbox::open(&c.database_path()).unwrap();
    let monday = Utc.with_ymd_and_hms(2026, 11, 16, 10, 0, 0).unwrap();
    // Week 1: answered after 60, 120, 180, 240 s and 30 min; one never.
    for (i, wait) in [Some(60), Some(120), Some(180), Some(240), Some(1800), None]
        .into_iter()
        .enumerate()
    {
        let made = monday + chrono::Duration::hours(3 * i as i64);
        let the_call = call(&c, made);
        store.record_help_call(&the_call).unwrap();
        store
            .record_help_outcome(&the_call.id, &["webhook (teams)".into()])
            .unwrap();
        if let Some(wait) = wait {
            assert_eq!(
                store
                    .answer_help_calls(made + chrono::Duration::seconds(wait))
                    .unwrap(),
                1
            );
        }
    }
    // A sign-in more than an hour after a call does not answer it.
    let late = monday + chrono::Duration::hours(15);
    assert_eq!(
        store
            .answer_help_calls(late + chrono::Duration::minutes(61))
            .unwrap(),
        0
    );
    // Week 2: one call, answered after 90 s.
    let next = monday + chrono::Duration::days(7);
    let c2 = call(&c, next);
    store.record_help_call(&c2).unwrap();
    store
        .answer_help_calls(next + chrono::Duration::seconds(90))
        .unwrap();
    let weeks = store
        .help_answer_times(
            monday - chrono::Duration::days(1),
            next + chrono::Duration::days(1),
        )
        .unwrap();
    assert_eq!(weeks.len(), 2);
    assert_eq!(weeks[0].week_starting.to_string(), "2026-11-16");
    assert_eq!((weeks[0].calls, weeks[0].answered), (6, 5));
    assert_eq!(weeks[0].median_secs, Some(180));
    assert_eq!(weeks[0].p90_secs, Some(1800));
    assert_eq!(
        (weeks[1].calls, weeks[1].answered, weeks[1].median_secs),
        (1, 1, Some(90))
    );
    let stored = store.help_calls().unwrap();
    assert_eq!(stored[0].locale.as_deref(), Some("pl"));
    assert_eq!(stored[0].large_text, Some(true));
    assert_eq!(stored[0].accepted, vec!["webhook (teams)".to_string()]);
    // Recording the same call twice keeps one.
    store.record_help_call(&c2).unwrap();
    assert_eq!(store.help_calls().unwrap().len(), 7);
}

fn frontdoor(dir: &std::path::Path, help: &str) -> std::process::Output {
    let path = dir.join("config.toml");
    std::fs::write(&path, format!("{}{help}", common::config_text(dir, ""))).unwrap();
    std::process::Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .args(["--config", path.to_str().unwrap(), "help", "test"])
        .output()
        .unwrap()
}

#[test]
fn help_test_says_what_each_channel_answered() {
    let hook = HookServer::start("slack");
    let notify = NotifyServer::start();
    let dir = tempfile::tempdir().unwrap();
    let help = format!(
        "[help]\nwebhook_url = \"{}\"\nformat = \"slack\"\nsms_to = [\"07700900001\", \"07700900002\"]\n{}",
        hook.url(),
        common::notify::notify_config(&notify.url(), "")
    );
    let out = frontdoor(dir.path(), &help);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("webhook (slack): accepted (200)"),
        "{stdout}"
    );
    assert!(stdout.contains("text to 07… …001: accepted"), "{stdout}");
    assert!(stdout.contains("text to 07… …002: accepted"), "{stdout}");
    assert!(
        hook.received()[0]["text"]
            .as_str()
            .unwrap()
            .contains("This is a test")
    );
    assert_eq!(notify.sent().len(), 2);
    // One channel down: still a success, and it says which.
    hook.set_mode(HookMode::Failing);
    let out = frontdoor(dir.path(), &help);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        stdout.contains("webhook (slack): failed: the webhook answered 500"),
        "{stdout}"
    );
    // Every channel down: a failure naming each.
    let only_hook = format!(
        "[help]\nwebhook_url = \"{}\"\nformat = \"slack\"\n",
        hook.url()
    );
    let out = frontdoor(dir.path(), &only_hook);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no channel accepted") && stderr.contains("500"),
        "{stderr}"
    );
    // Nothing configured: says so.
    let out = frontdoor(dir.path(), "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no webhook_url and no sms_to"));
}
