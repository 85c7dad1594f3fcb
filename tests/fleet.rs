//! The fleet: a terminal's metrics read by Prometheus's own tools and by a
//! real Prometheus on loopback; the shipped alert rules' own tests; and
//! central set-up signed with a real minisign key, fetched from a loopback
//! web server.
//!
//! Prometheus and promtool come from Debian's `prometheus` package, which
//! `scripts/test` installs. The real Prometheus loads the shipped rules with
//! every `for:` shortened to `0s` (the test's own copy), so an alert fires
//! on the first evaluation after its condition holds instead of minutes
//! later; the rules' timing is proved by `promtool test rules`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/fleet_server.rs"]
mod fleet_server;

use chrono::Utc;
use fleet_server::{Files, Key};
use frontdoor::catalogue::SourceFiles;
use frontdoor::config::{Config, Source};
use frontdoor::fleet::setup::{self, Fleet, Payload};
use frontdoor::fleet::{FileKind, FleetError, Live, metrics};
use frontdoor::outbox::{JourneyEvent, Outbox, Rating};
use frontdoor::printer::{Outcome, Problem};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// A program from Debian's `prometheus` package.
fn tool(name: &str) -> PathBuf {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!("{name} is not installed: scripts/test installs it (apt-get install prometheus)")
        })
}

fn config(dir: &Path, extra: &str) -> Config {
    let text = format!(
        "[kiosk]\nid = \"LIB-FLEET-01\"\nsite_name = \"Fleet Library\"\nfullscreen = false\ndata_dir = \"{}\"\n{extra}",
        dir.display()
    );
    let path = dir.join("config.toml");
    std::fs::write(&path, &text).unwrap();
    Config::parse(&text, Source::File(path)).unwrap()
}

/// A store that has seen a bit of everything, its printer now out of paper.
fn busy_store(config: &Config) {
    let now = Utc::now();
    let store = Outbox::open(&config.database_path()).unwrap();
    store.record_printer(true, None, now).unwrap();
    store
        .record_printer(false, Some(&Problem::PaperOut.staff_message()), now)
        .unwrap();
    for (code, event) in [
        ("pothole", JourneyEvent::Started),
        ("pothole", JourneyEvent::Completed),
        ("missed-bin", JourneyEvent::Started),
        ("missed-bin", JourneyEvent::Abandoned),
    ] {
        store
            .record_journey(code, event, None, "en-GB", false, now)
            .unwrap();
    }
    store
        .record_rating("pothole", Rating::VeryGood, now)
        .unwrap();
    store.record_help_request("welcome", None, now).unwrap();
}

async fn get(url: &str) -> (u16, String) {
    let response = reqwest::get(url).await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

#[tokio::test]
async fn promtool_accepts_what_the_metrics_server_answers() {
    let dir = tempfile::tempdir().unwrap();
    let config = config(dir.path(), "[metrics]\nlisten = \"127.0.0.1:0\"\n");
    busy_store(&config);
    let server = metrics::serve(
        &config,
        &config.database_path(),
        Live::new(&config, Utc::now()),
    )
    .unwrap()
    .expect("metrics are on");
    let base = format!("http://{}", server.local_addr());

    let (status, body) = get(&format!("{base}/metrics")).await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body.contains("frontdoor_printer_state{state=\"paper_out\"} 1"),
        "{body}"
    );
    let mut check = Command::new(tool("promtool"))
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    check
        .stdin
        .take()
        .unwrap()
        .write_all(body.as_bytes())
        .unwrap();
    let out = check.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "promtool check metrics:\n{}{}\n{body}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );

    // Nothing else is served.
    assert_eq!(get(&format!("{base}/")).await.0, 404);
    assert_eq!(get(&format!("{base}/metrics/../etc/passwd")).await.0, 404);
    let post = reqwest::Client::new()
        .post(format!("{base}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(post.status().as_u16(), 405);
    let head = reqwest::Client::new()
        .head(format!("{base}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(head.status().as_u16(), 200);
    server.stop();
}

#[tokio::test]
async fn a_scraper_outside_allow_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let config_outside = config(
        dir.path(),
        "[metrics]\nlisten = \"127.0.0.1:0\"\nallow = [\"10.20.0.0/16\", \"192.0.2.7\"]\n",
    );
    busy_store(&config_outside);
    let server = metrics::serve(
        &config_outside,
        &config_outside.database_path(),
        Live::default(),
    )
    .unwrap()
    .unwrap();
    let (status, body) = get(&format!("http://{}/metrics", server.local_addr())).await;
    assert_eq!(status, 403, "{body}");
    assert!(!body.contains("frontdoor_"), "{body}");
    drop(server);

    let config_inside = config(
        dir.path(),
        "[metrics]\nlisten = \"127.0.0.1:0\"\nallow = [\"10.20.0.0/16\", \"127.0.0.1\"]\n",
    );
    let server = metrics::serve(
        &config_inside,
        &config_inside.database_path(),
        Live::default(),
    )
    .unwrap()
    .unwrap();
    let (status, body) = get(&format!("http://{}/metrics", server.local_addr())).await;
    assert_eq!(status, 200, "{body}");
}

#[test]
fn a_request_that_never_ends_is_cut_off_and_the_server_goes_on() {
    use std::io::{Read, Write};
    let dir = tempfile::tempdir().unwrap();
    let config = config(dir.path(), "[metrics]\nlisten = \"127.0.0.1:0\"\n");
    let server = metrics::serve(&config, &config.database_path(), Live::default())
        .unwrap()
        .unwrap();
    // Too large: 431, without waiting for the end.
    let mut big = std::net::TcpStream::connect(server.local_addr()).unwrap();
    big.write_all(b"GET /metrics HTTP/1.1\r\n").unwrap();
    big.write_all(&vec![b'a'; 10_000]).unwrap();
    let mut answer = String::new();
    big.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 431"), "{answer}");
    // A scraper that says nothing is answered 408 after the time limit,
    // while others are served meanwhile.
    let mut silent = std::net::TcpStream::connect(server.local_addr()).unwrap();
    let mut ok = std::net::TcpStream::connect(server.local_addr()).unwrap();
    ok.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let mut answer = String::new();
    ok.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let mut answer = String::new();
    silent.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
}

#[test]
fn the_alert_rules_pass_their_own_tests() {
    let out = Command::new(tool("promtool"))
        .args(["check", "rules"])
        .arg(repo("fleet/prometheus/frontdoor-rules.yml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let out = Command::new(tool("promtool"))
        .args(["test", "rules"])
        .arg(repo("fleet/prometheus/frontdoor-rules.test.yml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // Every alert the issue asks for is there and tested.
    let rules = std::fs::read_to_string(repo("fleet/prometheus/frontdoor-rules.yml")).unwrap();
    let tests = std::fs::read_to_string(repo("fleet/prometheus/frontdoor-rules.test.yml")).unwrap();
    for alert in [
        "FrontdoorTerminalDown",
        "FrontdoorOldestPendingOverAnHour",
        "FrontdoorRefusedSubmissions",
        "FrontdoorPaperOut",
        "FrontdoorPaperLow",
        "FrontdoorCatalogueStale",
        "FrontdoorHelpRequestsRising",
        "FrontdoorCentralSetupRefused",
    ] {
        assert!(
            rules.contains(&format!("alert: {alert}\n")),
            "{alert} missing"
        );
        assert!(
            tests.contains(&format!("alertname: {alert}\n")),
            "{alert} untested"
        );
    }
}

/// Stops the Prometheus it holds when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The alerts Prometheus has, as (name, state, labels).
async fn alerts(base: &str) -> Option<Vec<(String, String, serde_json::Value)>> {
    let response = reqwest::get(format!("{base}/api/v1/alerts")).await.ok()?;
    let json: serde_json::Value = serde_json::from_str(&response.text().await.ok()?).ok()?;
    Some(
        json["data"]["alerts"]
            .as_array()?
            .iter()
            .map(|a| {
                (
                    a["labels"]["alertname"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    a["state"].as_str().unwrap_or_default().to_string(),
                    a["labels"].clone(),
                )
            })
            .collect(),
    )
}

/// Waits (up to a minute) until `alerts` says what `wanted` wants.
async fn until(
    base: &str,
    what: &str,
    wanted: impl Fn(&[(String, String, serde_json::Value)]) -> bool,
) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(now) = alerts(base).await
            && wanted(&now)
        {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "Prometheus never showed {what}: {:?}",
            alerts(base).await
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

fn firing(alerts: &[(String, String, serde_json::Value)], name: &str) -> bool {
    alerts.iter().any(|(n, s, _)| n == name && s == "firing")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_real_prometheus_sees_the_paper_run_out_and_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let config = config(dir.path(), "[metrics]\nlisten = \"127.0.0.1:0\"\n");
    busy_store(&config);
    let server = metrics::serve(
        &config,
        &config.database_path(),
        Live::new(&config, Utc::now()),
    )
    .unwrap()
    .unwrap();

    // The shipped rules, every `for:` shortened for the test.
    let rules: String = std::fs::read_to_string(repo("fleet/prometheus/frontdoor-rules.yml"))
        .unwrap()
        .lines()
        .map(|l| match l.split_once("for: ") {
            Some((indent, _)) if indent.trim().is_empty() => format!("{indent}for: 0s\n"),
            _ => format!("{l}\n"),
        })
        .collect();
    assert!(rules.contains("for: 0s"));
    std::fs::write(dir.path().join("rules.yml"), rules).unwrap();
    std::fs::write(
        dir.path().join("prometheus.yml"),
        format!(
            "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nrule_files:\n  - {}\nscrape_configs:\n  - job_name: frontdoor\n    static_configs:\n      - targets: [\"{}\"]\n",
            dir.path().join("rules.yml").display(),
            server.local_addr()
        ),
    )
    .unwrap();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let _prometheus = Running(
        Command::new(tool("prometheus"))
            .arg(format!(
                "--config.file={}",
                dir.path().join("prometheus.yml").display()
            ))
            .arg(format!(
                "--storage.tsdb.path={}",
                dir.path().join("tsdb").display()
            ))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .arg("--log.level=warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );

    until(&base, "the paper-out alert firing", |a| {
        firing(a, "FrontdoorPaperOut")
    })
    .await;
    let now = alerts(&base).await.unwrap();
    let (_, _, labels) = now
        .iter()
        .find(|(n, s, _)| n == "FrontdoorPaperOut" && s == "firing")
        .unwrap();
    assert_eq!(labels["kiosk_id"], "LIB-FLEET-01");
    assert_eq!(labels["site"], "Fleet Library");
    assert_eq!(labels["severity"], "warning");
    assert!(!firing(&now, "FrontdoorTerminalDown"), "{now:?}");
    assert!(!firing(&now, "FrontdoorPaperLow"), "{now:?}");

    // Every query of the shipped dashboard is one Prometheus accepts.
    let dashboard: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo("fleet/grafana/frontdoor.json")).unwrap(),
    )
    .unwrap();
    let mut queries = 0;
    for panel in dashboard["panels"].as_array().unwrap() {
        for target in panel["targets"].as_array().unwrap() {
            let expr = target["expr"].as_str().unwrap().replace("$__range", "1h");
            let answer = reqwest::Client::new()
                .get(format!("{base}/api/v1/query"))
                .query(&[("query", expr.as_str())])
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let answer: serde_json::Value = serde_json::from_str(&answer).unwrap();
            assert_eq!(answer["status"], "success", "{expr}: {answer}");
            queries += 1;
        }
    }
    assert!(queries > 20, "{queries}");

    // A new roll: the next receipt prints, and the alert clears.
    let store = Outbox::open(&config.database_path()).unwrap();
    store
        .record_printer(
            true,
            Outcome::Printed { paper_low: false }
                .staff_message()
                .as_deref(),
            Utc::now(),
        )
        .unwrap();
    until(&base, "the paper-out alert cleared", |a| {
        !firing(a, "FrontdoorPaperOut")
    })
    .await;
}

// Central set-up.

fn fleet_config(dir: &Path, files: &Files, key: &Key, version: u64, site: &str) -> String {
    format!(
        "[kiosk]\nid = \"LIB-FLEET-01\"\nsite_name = \"{site}\"\nfullscreen = false\ndata_dir = \"{}\"\n[fleet]\nconfig_url = \"{}\"\npublic_key = \"{}\"\nversion = {version}\n",
        dir.display(),
        files.url("/kiosks/{kiosk_id}.toml"),
        key.public()
    )
}

const PATH: &str = "/kiosks/LIB-FLEET-01.toml";

struct Terminal {
    dir: tempfile::TempDir,
    files: Files,
    key: Key,
    local: Config,
    live: Live,
}

impl Terminal {
    fn new() -> Terminal {
        let dir = tempfile::tempdir().unwrap();
        let files = Files::start();
        let key = Key::new();
        let text = fleet_config(dir.path(), &files, &key, 1, "Old Name Library");
        let path = dir.path().join("config.toml");
        std::fs::write(&path, &text).unwrap();
        let local = Config::parse(&text, Source::File(path)).unwrap();
        let live = Live::new(&local, Utc::now());
        Terminal {
            dir,
            files,
            key,
            local,
            live,
        }
    }

    fn fleet(&self, config: &Config) -> Fleet {
        Fleet::from_config(config, self.live.clone())
            .unwrap()
            .unwrap()
            .with_timeout(Duration::from_secs(5))
            .unwrap()
    }

    /// What the kiosk would run with after a restart.
    fn restarted(&self) -> Config {
        let (config, problem) = setup::start_up(self.local.clone(), &self.live);
        assert_eq!(problem, None);
        config
    }

    async fn check(&self, config: &Config) -> Result<Option<setup::Update>, FleetError> {
        setup::check_for_update(
            &self.fleet(config),
            FileKind::Config,
            config.fleet.version,
            &SourceFiles::default(),
        )
        .await
    }

    fn new_config(&self, version: u64, site: &str) -> String {
        fleet_config(self.dir.path(), &self.files, &self.key, version, site)
    }
}

#[tokio::test]
async fn a_signed_new_site_name_is_accepted_and_kept() {
    let t = Terminal::new();
    t.key
        .publish(&t.files, PATH, &t.new_config(2, "New Name Library"));
    let update = t.check(&t.local).await.unwrap().expect("a newer config");
    assert_eq!(update.version, 2);
    let Payload::Config(new) = &update.payload else {
        panic!("{:?}", update.payload)
    };
    assert_eq!(new.kiosk.site_name, "New Name Library");
    // Until the app applies it, the terminal keeps what it had.
    assert_eq!(t.restarted().kiosk.site_name, "Old Name Library");
    t.fleet(&t.local).applied(&update).unwrap();
    assert_eq!(t.live.snapshot().file(FileKind::Config).version, 2);
    assert_eq!(t.restarted().kiosk.site_name, "New Name Library");
    // Asked again: nothing new.
    let in_use = t.restarted();
    assert!(t.check(&in_use).await.unwrap().is_none());
}

#[tokio::test]
async fn bad_files_are_refused_and_the_old_config_stays_in_use() {
    let t = Terminal::new();
    // Version 2 is in use.
    t.key
        .publish(&t.files, PATH, &t.new_config(2, "Good Library"));
    let good = t.check(&t.local).await.unwrap().unwrap();
    t.fleet(&t.local).applied(&good).unwrap();
    let in_use = t.restarted();
    assert_eq!(in_use.kiosk.site_name, "Good Library");

    let newer = t.new_config(3, "Evil Library");
    let other_key = Key::new();
    let invalid = t.new_config(3, "Broken Library") + "[printer]\npaper_width_dots = 500\n";
    type Case<'a> = (&'a str, Box<dyn Fn() + 'a>, fn(&FleetError) -> bool);
    let cases: Vec<Case> = vec![
        (
            "tampered",
            Box::new(|| {
                t.files.put(PATH, newer.clone());
                t.files.put(
                    &format!("{PATH}.minisig"),
                    t.key.sign(t.new_config(3, "Good Library").as_bytes()),
                );
            }),
            |e| *e == FleetError::Tampered,
        ),
        (
            "wrong key",
            Box::new(|| other_key.publish(&t.files, PATH, &newer)),
            |e| *e == FleetError::WrongKey,
        ),
        (
            "lower version",
            Box::new(|| {
                t.key
                    .publish(&t.files, PATH, &t.new_config(1, "Old Library"))
            }),
            |e| {
                matches!(
                    e,
                    FleetError::Older {
                        offered: 1,
                        in_use: 2
                    }
                )
            },
        ),
        (
            "invalid",
            Box::new(|| t.key.publish(&t.files, PATH, &invalid)),
            |e| matches!(e, FleetError::Invalid(why) if why.contains("printer.paper_width_dots")),
        ),
        (
            "unsigned",
            Box::new(|| {
                t.files.put(PATH, newer.clone());
                t.files.remove(&format!("{PATH}.minisig"));
            }),
            |e| matches!(e, FleetError::Unsigned(_)),
        ),
    ];
    for (name, publish, expected) in cases {
        publish();
        let refused = t.check(&in_use).await;
        match &refused {
            Err(e) => assert!(expected(e), "{name}: {e:?}"),
            Ok(u) => panic!("{name}: accepted {u:?}"),
        }
        // Reported: in the live state (metrics, hub view) and for `status`.
        let live = t.live.snapshot();
        assert_eq!(
            live.file(FileKind::Config).problem.as_ref(),
            refused.as_ref().err(),
            "{name}"
        );
        let checks = setup::read_checks(&t.dir.path().join("fleet"));
        let (reason, _) = checks.0[&FileKind::Config].problem.clone().expect(name);
        assert_eq!(reason, refused.as_ref().unwrap_err().reason(), "{name}");
        // The old config is still the one in use, after a restart too.
        assert_eq!(live.file(FileKind::Config).version, 2, "{name}");
        assert_eq!(t.restarted().kiosk.site_name, "Good Library", "{name}");
    }

    // Put right, the next check clears the report.
    t.key
        .publish(&t.files, PATH, &t.new_config(3, "Better Library"));
    assert!(t.check(&in_use).await.unwrap().is_some());
    assert_eq!(t.live.snapshot().file(FileKind::Config).problem, None);
}

#[tokio::test]
async fn the_last_good_copy_survives_a_restart_and_is_used_offline() {
    let t = Terminal::new();
    t.key
        .publish(&t.files, PATH, &t.new_config(4, "Kept Library"));
    let update = t.check(&t.local).await.unwrap().unwrap();
    t.fleet(&t.local).applied(&update).unwrap();
    let Terminal {
        dir,
        files,
        local,
        key: _,
        live: _,
    } = t;
    drop(files); // the council's server is gone

    // A new start: fresh live state, the terminal's own file says version 1.
    let live = Live::new(&local, Utc::now());
    let (config, problem) = setup::start_up(local.clone(), &live);
    assert_eq!(problem, None);
    assert_eq!(config.kiosk.site_name, "Kept Library");
    assert_eq!(config.fleet.version, 4);
    assert_eq!(live.snapshot().file(FileKind::Config).version, 4);
    // Offline, the check fails and says so; the kept copy stays in use.
    let fleet = Fleet::from_config(&config, live.clone())
        .unwrap()
        .unwrap()
        .with_timeout(Duration::from_secs(2))
        .unwrap();
    let offline =
        setup::check_for_update(&fleet, FileKind::Config, 4, &SourceFiles::default()).await;
    assert!(
        matches!(offline, Err(FleetError::Unreachable(_))),
        "{offline:?}"
    );
    assert_eq!(
        setup::start_up(local.clone(), &live).0.kiosk.site_name,
        "Kept Library"
    );

    // A kept copy changed on the disk is not used.
    let kept = dir.path().join("fleet/config.json");
    let text = std::fs::read_to_string(&kept)
        .unwrap()
        .replace("Kept Library", "Changed Library");
    std::fs::write(&kept, text).unwrap();
    let (config, problem) = setup::start_up(local, &live);
    assert_eq!(problem, Some(FleetError::Tampered));
    assert_eq!(config.kiosk.site_name, "Old Name Library");
}

#[tokio::test]
async fn an_overlay_and_a_diary_are_fetched_by_the_same_rules() {
    let t = Terminal::new();
    let text = format!(
        "{}overlay_url = \"{}\"\ndiary_url = \"{}\"\n",
        t.new_config(1, "Old Name Library"),
        t.files.url("/county/overlay.toml"),
        t.files.url("/county/diary.toml")
    );
    let config = Config::parse(&text, Source::Embedded).unwrap();
    let fleet = t.fleet(&config);
    let base = frontdoor::catalogue::bundled::files();
    let overlay = base.overlay.clone().unwrap().replace(
        "name = \"Report a pothole\"",
        "name = \"Report a pothole or a sunken road\"",
    );
    t.key.publish(
        &t.files,
        "/county/overlay.toml",
        &format!("version = 2\n{overlay}"),
    );
    let update = setup::check_for_update(&fleet, FileKind::Overlay, 0, &base)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(update.version, 2);
    assert!(matches!(update.payload, Payload::Overlay { .. }));
    fleet.applied(&update).unwrap();
    let kept = setup::load_kept(&fleet, FileKind::Overlay, &base)
        .unwrap()
        .unwrap();
    assert_eq!(kept.version, 2);
    // An overlay without a version is refused.
    t.key.publish(&t.files, "/county/overlay.toml", &overlay);
    let refused = setup::check_for_update(&fleet, FileKind::Overlay, 2, &base).await;
    assert!(
        matches!(refused, Err(FleetError::NoVersion(_))),
        "{refused:?}"
    );

    let diary = format!("version = 1\n{}", frontdoor::booking::file::DEMO);
    t.key.publish(&t.files, "/county/diary.toml", &diary);
    let update = setup::check_for_update(&fleet, FileKind::Diary, 0, &base)
        .await
        .unwrap()
        .unwrap();
    assert!(matches!(update.payload, Payload::Diary { .. }));
    // A diary changed after signing is refused.
    t.files.put(
        "/county/diary.toml",
        diary.replace("09:00-17:00", "09:00-21:00"),
    );
    let refused = setup::check_for_update(&fleet, FileKind::Diary, 0, &base).await;
    assert_eq!(refused.unwrap_err(), FleetError::Tampered);
}

#[tokio::test]
async fn frontdoor_status_says_what_is_in_use_and_what_was_refused() {
    let t = Terminal::new();
    t.key
        .publish(&t.files, PATH, &t.new_config(2, "Status Library"));
    let update = t.check(&t.local).await.unwrap().unwrap();
    t.fleet(&t.local).applied(&update).unwrap();
    t.files.put(PATH, t.new_config(3, "Unsigned Library"));
    t.files.remove(&format!("{PATH}.minisig"));
    assert!(t.check(&t.restarted()).await.is_err());

    let config_file = t.dir.path().join("config.toml");
    let out = Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .args(["status", "--config"])
        .arg(&config_file)
        .env_remove("FRONTDOOR_CONFIG")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("config version   2 (from the council"),
        "{text}"
    );
    assert!(text.contains("config fetched   20"), "{text}");
    assert!(text.contains("metrics          off"), "{text}");
    assert!(text.contains("REFUSED: the file is not signed"), "{text}");

    let json: serde_json::Value = serde_json::from_slice(
        &Command::new(env!("CARGO_BIN_EXE_frontdoor"))
            .args(["status", "--json", "--config"])
            .arg(&config_file)
            .env_remove("FRONTDOOR_CONFIG")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(json["config_version"], 2);
    assert_eq!(json["files"][0]["last_check"]["problem"][0], "unsigned");
}

#[test]
fn frontdoor_status_says_where_metrics_listen_and_whether_they_answer() {
    let dir = tempfile::tempdir().unwrap();
    let running = config(dir.path(), "[metrics]\nlisten = \"127.0.0.1:0\"\n");
    let server = metrics::serve(&running, &running.database_path(), Live::default())
        .unwrap()
        .unwrap();
    let status = |extra: &str| {
        let path = config(dir.path(), extra).source.clone();
        let Source::File(path) = path else {
            unreachable!()
        };
        let out = Command::new(env!("CARGO_BIN_EXE_frontdoor"))
            .args(["status", "--config"])
            .arg(path)
            .env_remove("FRONTDOOR_CONFIG")
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let addr = server.local_addr();
    let text = status(&format!("[metrics]\nlisten = \"{addr}\"\n"));
    assert!(
        text.contains(&format!("listening on {addr}, answering\n")),
        "{text}"
    );
    assert!(text.contains("central set-up   off"), "{text}");
    drop(server);
    let text = status(&format!("[metrics]\nlisten = \"{addr}\"\n"));
    assert!(text.contains("nothing answers there"), "{text}");
}
