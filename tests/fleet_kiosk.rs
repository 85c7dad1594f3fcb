//! Central set-up in the running kiosk: files the council publishes and
//! signs (served by a loopback web server, signed with a real minisign key)
//! are found by the kiosk's own check, wait while a resident uses the
//! kiosk, are applied at the welcome screen, and are used again after a
//! restart with the council's server gone. A tampered file changes
//! nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
#[path = "common/fleet_server.rs"]
mod fleet_server;

use common::{Kiosk, config_text};
use fleet_server::{Files, Key};
use frontdoor::app::{App, Message, fleet};
use frontdoor::catalogue::Catalogue;
use frontdoor::config::{Config, Source};
use frontdoor::fleet::FileKind;
use frontdoor::outbox::Outbox;

const CONFIG_PATH: &str = "/kiosks/LIB-TEST-01.toml";

/// The `[fleet]` lines of a test kiosk's config.
fn fleet_lines(files: &Files, key: &Key, version: u64, extra: &str) -> String {
    format!(
        "[fleet]\nconfig_url = \"{}\"\npublic_key = \"{}\"\nversion = {version}\n{extra}",
        files.url("/kiosks/{kiosk_id}.toml"),
        key.public()
    )
}

/// The kiosk's own config, as the council would publish it at `version`
/// with a new site name.
fn published(k: &Kiosk, files: &Files, key: &Key, version: u64, site: &str) -> String {
    config_text(k.dir.path(), &fleet_lines(files, key, version, "")).replace(
        "site_name = \"Test Library\"",
        &format!("site_name = \"{site}\""),
    )
}

/// Runs the kiosk's hourly check now and hands its findings to the app,
/// as the Subscription does.
fn check(k: &mut Kiosk) -> usize {
    let watch = k.app.fleet_watch().expect("linked to the council's files");
    let found = k.rt.block_on(fleet::check(&watch));
    let n = found.0.len();
    k.send(Message::Fleet(found));
    n
}

#[test]
fn a_signed_new_site_name_waits_for_the_welcome_screen_and_outlives_a_restart() {
    let files = Files::start();
    let key = Key::new();
    let mut k = Kiosk::with_config(&fleet_lines(&files, &key, 1, ""));
    k.app.start_fleet();
    k.assert_sees("Welcome to Test Library");

    // A resident is part way through when the new config is found.
    k.click("Start");
    key.publish(
        &files,
        CONFIG_PATH,
        &published(&k, &files, &key, 2, "Riverside Library"),
    );
    assert_eq!(check(&mut k), 1);
    assert_eq!(k.app.fleet_waiting(), 1);
    assert_eq!(k.app.config().kiosk.site_name, "Test Library");
    assert_eq!(k.app.config().fleet.version, 1);

    // The resident leaves: the welcome screen shows the new name.
    k.click("Start again");
    assert!(k.is_welcome());
    assert_eq!(k.app.fleet_waiting(), 0);
    assert_eq!(k.app.config().kiosk.site_name, "Riverside Library");
    assert_eq!(k.app.config().fleet.version, 2);
    assert_eq!(k.app.title(), "Frontdoor — Riverside Library");
    k.assert_sees("Welcome to Riverside Library");
    assert_eq!(
        k.app
            .context()
            .live
            .snapshot()
            .file(FileKind::Config)
            .version,
        2
    );
    // Asked again: nothing newer.
    assert_eq!(check(&mut k), 0);

    // The terminal restarts with the council's server gone: it starts with
    // the copy it kept, not its own older file.
    let text = config_text(k.dir.path(), &fleet_lines(&files, &key, 1, ""));
    drop(files);
    let config = Config::parse(&text, Source::Embedded).unwrap();
    let store = Outbox::open(&config.database_path());
    let mut app = App::new(config, Catalogue::bundled(), store);
    assert_eq!(app.config().kiosk.site_name, "Test Library");
    app.start_fleet();
    assert_eq!(app.config().kiosk.site_name, "Riverside Library");
    assert_eq!(app.config().fleet.version, 2);
}

#[test]
fn a_tampered_config_a_lower_version_and_a_wrong_key_leave_the_kiosk_as_it_was() {
    let files = Files::start();
    let key = Key::new();
    let mut k = Kiosk::with_config(&fleet_lines(&files, &key, 3, ""));
    k.app.start_fleet();

    // Changed after it was signed.
    key.publish(
        &files,
        CONFIG_PATH,
        &published(&k, &files, &key, 4, "Riverside Library"),
    );
    files.put(
        CONFIG_PATH,
        published(&k, &files, &key, 4, "Somewhere Else Library"),
    );
    assert_eq!(check(&mut k), 0);
    // Signed, but older than the one in use.
    key.publish(
        &files,
        CONFIG_PATH,
        &published(&k, &files, &key, 2, "Riverside Library"),
    );
    assert_eq!(check(&mut k), 0);
    // Newer, but signed with another key.
    Key::new().publish(
        &files,
        CONFIG_PATH,
        &published(&k, &files, &key, 5, "Riverside Library"),
    );
    assert_eq!(check(&mut k), 0);
    // Newer and signed, but not a config the kiosk can run.
    key.publish(
        &files,
        CONFIG_PATH,
        &published(&k, &files, &key, 6, "Riverside Library")
            .replace("idle_reset_secs = 30", "idle_reset_secs = \"soon\""),
    );
    assert_eq!(check(&mut k), 0);

    assert!(k.is_welcome());
    assert_eq!(k.app.fleet_waiting(), 0);
    assert_eq!(k.app.config().kiosk.site_name, "Test Library");
    assert_eq!(k.app.config().fleet.version, 3);
    // Staff are told why, in the hub view's words.
    let refused = k.app.context().live.snapshot();
    assert!(
        refused.file(FileKind::Config).problem.is_some(),
        "{refused:?}"
    );
}

#[test]
fn a_signed_overlay_changes_a_service_once_the_resident_has_gone() {
    let files = Files::start();
    let key = Key::new();
    let overlay_url = format!("overlay_url = \"{}\"\n", files.url("/county/overlay.toml"));
    let mut k = Kiosk::with_config(&fleet_lines(&files, &key, 1, &overlay_url));
    k.app.start_fleet();
    let overlay = frontdoor::catalogue::bundled::files()
        .overlay
        .unwrap()
        .replace(
            "An inspector will look at the pothole within 5 working days.",
            "A county inspector will look at the pothole within 3 working days.",
        );
    assert!(overlay.contains("within 3 working days"));
    key.publish(
        &files,
        "/county/overlay.toml",
        &format!("version = 7\n{overlay}"),
    );
    k.click("Start");
    assert_eq!(check(&mut k), 1);
    let next_steps = |k: &Kiosk| {
        k.app
            .catalogue()
            .service("pothole")
            .and_then(|s| s.next_steps.clone())
            .unwrap_or_default()
    };
    assert!(next_steps(&k).contains("within 5 working days"));
    k.click("Start again");
    assert!(
        next_steps(&k).contains("within 3 working days"),
        "{}",
        next_steps(&k)
    );
    assert_eq!(
        k.app
            .context()
            .live
            .snapshot()
            .file(FileKind::Overlay)
            .version,
        7
    );
    assert_eq!(check(&mut k), 0);
}
