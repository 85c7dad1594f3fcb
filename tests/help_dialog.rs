//! "Get help from staff" through the kiosk itself: the call goes to the
//! council's webhook carrying the resident's language and no personal
//! details; the screen only says staff were told once a channel took it;
//! with the webhook down, or no one coming, the resident is given the desk
//! directions and can call again; a member of staff signing in answers it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use common::notify::{HookMode, HookServer};
use frontdoor::app::Message;

fn kiosk(hook: &str) -> Kiosk {
    Kiosk::with_config(&format!(
        "[help]\nwebhook_url = \"{hook}\"\nformat = \"json\"\nanswer_within_s = 180\n[help.desk_directions]\nen-GB = \"The help desk is by the main entrance.\"\ncy = \"Mae'r ddesg gymorth wrth y brif fynedfa.\"\n"
    ))
}

#[test]
fn a_call_reaches_the_webhook_with_the_language_and_the_screen_says_staff_were_told() {
    let hook = HookServer::start("json");
    let mut k = kiosk(&hook.url());
    k.click("Cymraeg");
    k.click("Mawr");
    k.click(&frontdoor::i18n::t("cy", "start"));
    let held = k.click_held(&frontdoor::i18n::t("cy", "help-button"));
    // While the call goes, it says so: not that someone is coming.
    k.assert_sees(&frontdoor::i18n::t("cy", "help-calling"));
    for m in held {
        k.send(m);
    }
    k.assert_sees(&frontdoor::i18n::t("cy", "help-told-heading"));
    let calls = hook.received();
    assert_eq!(calls.len(), 1, "{calls:?}");
    let text = calls[0].to_string();
    assert!(text.contains("Welsh"), "the language: {text}");
    assert!(text.contains("LIB-TEST-01"), "the terminal: {text}");
    assert!(text.contains("services"), "the screen: {text}");
    // Pressing help again while staff are on their way sends nothing more.
    k.click(&frontdoor::i18n::t("cy", "help-carry-on"));
    k.click(&frontdoor::i18n::t("cy", "help-asked-short"));
    assert_eq!(hook.received().len(), 1);

    // No one comes within answer_within_s: the desk directions, and a call
    // again.
    let later = common::noon() + chrono::Duration::seconds(181);
    k.app.set_clock(later);
    k.send(Message::Tick(std::time::Instant::now()));
    k.assert_sees(&frontdoor::i18n::t("cy", "help-desk-heading"));
    k.assert_sees("Mae'r ddesg gymorth wrth y brif fynedfa.");
    k.click(&frontdoor::i18n::t("cy", "help-call-again"));
    assert_eq!(hook.received().len(), 2);
}

#[test]
fn with_the_webhook_down_the_resident_gets_the_desk_directions_within_ten_seconds() {
    let hook = HookServer::start("json");
    hook.set_mode(HookMode::Hang);
    let mut k = kiosk(&hook.url());
    k.click("Start");
    let started = std::time::Instant::now();
    k.click("Get help from staff");
    let waited = started.elapsed();
    assert!(waited.as_secs() < 10, "waited {waited:?}");
    k.assert_sees("Please ask at the help desk");
    k.assert_sees("The help desk is by the main entrance.");
    k.assert_sees("Call again");
    // It comes back up: calling again reaches it.
    hook.set_mode(HookMode::Up);
    k.click("Call again");
    k.assert_sees("A member of staff has been told");
    assert_eq!(hook.received().len(), 1);
}

#[test]
fn a_failing_webhook_is_not_reported_as_staff_told() {
    let hook = HookServer::start("json");
    hook.set_mode(HookMode::Failing);
    let mut k = kiosk(&hook.url());
    k.click("Start");
    k.click("Get help from staff");
    k.assert_sees("Please ask at the help desk");
    assert!(!k.sees("A member of staff has been told"));
    let store = frontdoor::outbox::Outbox::open(&k.app.config().database_path()).unwrap();
    assert_eq!(
        store.help_requests().unwrap().len(),
        1,
        "the call is counted"
    );
}
