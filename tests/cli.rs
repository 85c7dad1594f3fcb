//! The command line as a council's scripts use it: exit codes, one-line
//! reasons naming the file and key, and JSON output.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::process::Command;

fn frontdoor(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .args(args)
        .env_remove("FRONTDOOR_CONFIG")
        .output()
        .unwrap()
}

fn write_config(dir: &std::path::Path, extra: &str) -> std::path::PathBuf {
    let path = dir.join("config.toml");
    std::fs::write(&path, common::config_text(dir, extra)).unwrap();
    path
}

/// A config whose site is known, as `check-config` needs for the bundled
/// catalogue's `location = "site"` services.
fn write_config_with_site(dir: &std::path::Path, extra: &str) -> std::path::PathBuf {
    let path = dir.join("config.toml");
    let text = common::config_text(dir, extra).replacen(
        "[kiosk]\n",
        "[kiosk]\nsite_latitude = 52.20008\nsite_longitude = -1.501\n",
        1,
    );
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn check_config_passes_on_the_embedded_default() {
    // The embedded default keeps its data in the user's data folder.
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .arg("check-config")
        .env_remove("FRONTDOOR_CONFIG")
        .env("XDG_DATA_HOME", home.path())
        .output()
        .unwrap();
    assert!(home.path().join("frontdoor/frontdoor.sqlite3").exists());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("14 services"), "{text}");
}

#[test]
fn check_config_names_file_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_config(dir.path(), "[printer]\npaper_width_dots = 500\n");
    let out = frontdoor(&["check-config", "--config", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("config.toml") && err.contains("printer.paper_width_dots"),
        "{err}"
    );

    // FRONTDOOR_CONFIG is read when --config is not given.
    let out = Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .arg("check-config")
        .env("FRONTDOOR_CONFIG", &path)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn check_config_refuses_a_data_folder_it_cannot_write() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "a file where the data folder should be").unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, common::config_text(&blocker, "")).unwrap();
    let out = frontdoor(&["check-config", "--config", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("kiosk.data_dir"), "{err}");
}

#[test]
fn a_bad_catalogue_is_named_and_the_kiosk_refuses_to_start() {
    let dir = tempfile::tempdir().unwrap();
    let cat = dir.path().join("catalogue");
    std::fs::create_dir_all(cat.join("services")).unwrap();
    std::fs::write(
        cat.join("services.json"),
        r#"[{"service_code":"x","service_name":"X","metadata":true}]"#,
    )
    .unwrap();
    std::fs::write(
        cat.join("services/x.json"),
        r#"{"service_code":"x","attributes":[{"code":"a","datatype":"singlevaluelist","description":"Pick"}]}"#,
    )
    .unwrap();
    let path = write_config(
        dir.path(),
        &format!("[catalogue]\ndir = \"{}\"\n", cat.display()),
    );
    for args in [vec!["check-config"], vec!["run", "--windowed"]] {
        let mut full = args.clone();
        full.extend(["--config", path.to_str().unwrap()]);
        let out = frontdoor(&full);
        assert!(!out.status.success(), "{args:?} must refuse");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("services/x.json") && err.contains("attributes[0]"),
            "{err}"
        );
    }
}

#[test]
fn catalogue_show_json_lists_services_and_questions() {
    let out = frontdoor(&["catalogue", "show", "--json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let services = v["services"].as_array().unwrap();
    assert_eq!(services.len(), 14);
    let pothole = services.iter().find(|s| s["code"] == "pothole").unwrap();
    assert_eq!(pothole["service_type"], "batch");
    assert_eq!(pothole["attributes"][0]["code"], "where");
    let text = String::from_utf8_lossy(&frontdoor(&["catalogue", "show"]).stdout).to_string();
    assert!(text.contains("Where is the hole?"));
}

#[test]
fn outbox_stats_and_list_report_what_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_config(dir.path(), "");
    let reference = saved_pothole(&path);

    let p = path.to_str().unwrap();
    let out = frontdoor(&["outbox", "stats", "--json", "--config", p]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["pending"], 1);
    assert_eq!(v["sent"], 0);
    assert!(v["oldest_pending_age_secs"].is_number());

    let out = frontdoor(&["outbox", "list", "--json", "--config", p]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["reference"], reference.as_str());
    assert_eq!(rows[0]["service_code"], "pothole");
    assert_eq!(rows[0]["state"], "pending");
    assert_eq!(rows[0]["attempts"], 0);
    assert!(
        rows[0].get("submission").is_none(),
        "no answers in the list"
    );
    let text =
        String::from_utf8_lossy(&frontdoor(&["outbox", "list", "--config", p]).stdout).to_string();
    assert!(text.contains(&reference));
}

#[test]
fn the_subcommands_are_offered() {
    let help = String::from_utf8_lossy(&frontdoor(&["--help"]).stdout).to_string();
    for present in ["receipt", "printer", "staff"] {
        assert!(
            help.lines().any(|l| l.trim_start().starts_with(present)),
            "{present} not in help"
        );
    }
}

/// A pothole report saved through the real kiosk into the folder of the
/// config at `path`.
fn saved_pothole(path: &std::path::Path) -> String {
    let config = frontdoor::config::Config::from_file(path).unwrap();
    let mut k = common::Kiosk::new();
    let outbox = frontdoor::outbox::Outbox::open(&config.database_path()).unwrap();
    k.app = frontdoor::app::App::new(
        config,
        frontdoor::catalogue::Catalogue::bundled(),
        Ok(outbox),
    );
    k.pothole_to_check_answers("Smaller than a dinner plate", "Mill Lane");
    k.click("Send");
    k.stored()[0].reference.as_str().to_string()
}

fn png_bitmap(path: &std::path::Path) -> frontdoor::receipt::Bitmap {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Grayscale);
    let mut b = frontdoor::receipt::Bitmap::new(info.width, info.height);
    for y in 0..info.height {
        for x in 0..info.width {
            b.set(x, y, buf[(y * info.width + x) as usize] < 128);
        }
    }
    b
}

#[test]
fn receipt_render_writes_the_escpos_bytes_and_the_preview_of_a_stored_submission() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_config(
        dir.path(),
        "[backend]\nkind = \"none\"\ntracking_url = \"https://example.gov.uk/track?ref={reference}\"\n",
    );
    let reference = saved_pothole(&path);
    let (bin, png_path) = (dir.path().join("r.escpos"), dir.path().join("r.png"));
    let p = path.to_str().unwrap();
    let out = frontdoor(&[
        "receipt",
        "render",
        "--reference",
        &reference,
        "--escpos",
        bin.to_str().unwrap(),
        "--png",
        png_path.to_str().unwrap(),
        "--config",
        p,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let url = format!("https://example.gov.uk/track?ref={reference}");
    let page = common::escpos::interpret(&std::fs::read(&bin).unwrap());
    assert_eq!(page.qr_codes(576), vec![url.clone()]);
    assert!(page.lines().join(" ").contains("Report a pothole"));
    // The preview is the picture the printer prints, QR code and all.
    let preview = png_bitmap(&png_path);
    assert!(preview == page.image(576));
    assert_eq!(common::escpos::decode_qr(&preview), vec![url]);

    // With no files, its words; typed in lower case with spaces, still found.
    let spaced = format!("{} {}", &reference[..4], &reference[4..]).to_lowercase();
    let out = frontdoor(&["receipt", "render", "--reference", &spaced, "--config", p]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.contains("Report a pothole"),
        "{text}"
    );
    assert!(!text.contains("Mill Lane"), "no personal details: {text}");

    let out = frontdoor(&[
        "receipt",
        "render",
        "--reference",
        "ACDE34679E",
        "--config",
        p,
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no submission with reference ACDE 346 79E"),
        "{err}"
    );
    let out = frontdoor(&["receipt", "render", "--reference", "NOPE", "--config", p]);
    assert!(!out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
}

#[test]
fn printer_test_prints_on_the_configured_printer_and_names_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_config(dir.path(), "");
    let out = frontdoor(&["printer", "test", "--config", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(dir.path().join("receipts/printer-test.escpos")).unwrap();
    let page = common::escpos::interpret(&bytes);
    assert!(page.lines().contains(&"The pound sign: £5.00".to_string()));

    let emulator = common::printer::Emulator::start(common::printer::State::CoverOpen);
    let path = write_config(
        dir.path(),
        &format!(
            "[printer]\nkind = \"network\"\naddress = \"{}\"\n",
            emulator.address
        ),
    );
    let out = frontdoor(&["printer", "test", "--config", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cover open"), "{err}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("cover open"), "{text}");
}

fn staff_add(path: &std::path::Path, name: &str, role: &str, input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .args(["staff", "add", "--name", name, "--role", role, "--config"])
        .arg(path)
        .env_remove("FRONTDOOR_CONFIG")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn staff_add_keeps_only_a_hash_of_the_pin_and_refuses_weak_pins() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_config(dir.path(), "");
    let out = staff_add(&path, "Sam Jones", "champion", "482915\n482915\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(
            "Sam Jones can now sign in on this terminal as champion, with staff number 1 and their PIN."
        ),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // Nothing in the data folder holds the PIN.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        assert!(
            !bytes.windows(6).any(|w| w == b"482915"),
            "the PIN is stored in plain text"
        );
    }
    let config = frontdoor::config::Config::from_file(&path).unwrap();
    // The command's own files are its user's only, whatever the umask.
    use std::os::unix::fs::PermissionsExt;
    for name in ["frontdoor.sqlite3", "frontdoor.sqlite3-wal"] {
        let file = config.database_path().with_file_name(name);
        if let Ok(meta) = std::fs::metadata(&file) {
            assert_eq!(meta.permissions().mode() & 0o777, 0o600, "{name}");
        }
    }
    let outbox = frontdoor::outbox::Outbox::open(&config.database_path()).unwrap();
    let staff = outbox.staff_with_hashes().unwrap();
    assert_eq!(staff.len(), 1);
    assert_eq!(staff[0].0.role, frontdoor::staff::Role::Champion);
    assert!(frontdoor::staff::verify_pin("482915", &staff[0].1));
    drop(outbox);

    for (role, input, why) in [
        ("champion", "123456\n123456\n", "too easy"),
        ("champion", "739164\n739165\n", "different"),
        ("champion", "1234\n1234\n", "6 to 12 digits"),
        ("boss", "739164\n739164\n", "not a role"),
    ] {
        let out = staff_add(&path, "Alex", role, input);
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(why), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

fn frontdoor_with(path: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .args(args)
        .arg("--config")
        .arg(path)
        .env_remove("FRONTDOOR_CONFIG")
        .output()
        .unwrap()
}

#[test]
fn staff_unlock_ends_one_lockout_and_audit_verify_finds_a_changed_or_removed_row() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_config(dir.path(), "");
    assert!(
        staff_add(&path, "Sam Jones", "hub", "482915\n482915\n")
            .status
            .success()
    );
    // Two people may share a PIN: the staff number tells them apart.
    let out = staff_add(&path, "Pat Lee", "admin", "482915\n482915\n");
    assert!(String::from_utf8_lossy(&out.stdout).contains("staff number 2"));
    let config = frontdoor::config::Config::from_file(&path).unwrap();
    let now = chrono::Utc::now();
    {
        let outbox = frontdoor::outbox::Outbox::open(&config.database_path()).unwrap();
        for _ in 0..5 {
            outbox.sign_in(1, "111222", now);
        }
        assert!(outbox.staff_locked_until(1, now).unwrap().is_some());
        assert!(outbox.staff_locked_until(2, now).unwrap().is_none());
    }
    let out = frontdoor_with(&path, &["staff", "unlock", "--name", "Sam Jones"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Sam Jones (staff number 1) can sign in again."
    );
    let out = frontdoor_with(&path, &["staff", "unlock", "--name", "Nobody"]);
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "frontdoor: no member of staff on this terminal is called \"Nobody\""
    );

    // Two added, five refused, one lock, one unlock.
    let out = frontdoor_with(&path, &["audit", "verify"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "The audit log is whole: 9 entries, each following the one before."
    );

    // Someone with the file edits a row behind the app's back.
    let db = config.database_path();
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "DROP TRIGGER audit_is_kept; DROP TRIGGER audit_is_not_erased;
         UPDATE audit SET detail = 'staff number 2' WHERE id = 4;",
    )
    .unwrap();
    let out = frontdoor_with(&path, &["audit", "verify"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("frontdoor: the audit log was changed at entry 4 ("),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    conn.execute(
        "UPDATE audit SET detail = 'staff number 1' WHERE id = 4",
        [],
    )
    .unwrap();
    assert!(frontdoor_with(&path, &["audit", "verify"]).status.success());
    // Or removes one.
    conn.execute("DELETE FROM audit WHERE id = 6", []).unwrap();
    let out = frontdoor_with(&path, &["audit", "verify"]);
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "frontdoor: the audit log is missing entries between 5 and 7: they were removed from the file"
    );
}

#[test]
fn check_config_reads_the_appointment_diary_and_names_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let diary = dir.path().join("diary.toml");
    std::fs::write(&diary, "[opening]\nmonday = \"9 till 5\"\n").unwrap();
    let path = write_config_with_site(
        dir.path(),
        &format!(
            "[calendar]\nurl = \"http://127.0.0.1:5232/hub/\"\ndiary = \"{}\"\n",
            diary.display()
        ),
    );
    let out = frontdoor(&["check-config", "--config", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("diary.toml: opening.monday:"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/diary.toml"),
        &diary,
    )
    .unwrap();
    let out = frontdoor(&["check-config", "--config", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("4 appointment types"));
}

#[test]
fn check_config_refuses_an_appointment_service_naming_a_type_the_diary_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let cat = dir.path().join("catalogue");
    std::fs::create_dir_all(&cat).unwrap();
    std::fs::write(
        cat.join("services.json"),
        r#"[{"service_code":"see-someone","service_name":"See someone","metadata":false}]"#,
    )
    .unwrap();
    let overlay = cat.join("overlay.toml");
    std::fs::write(
        &overlay,
        "[services.see-someone]\nkind = \"appointment\"\nappointment = \"housing\"\n",
    )
    .unwrap();
    let path = write_config(
        dir.path(),
        &format!("[catalogue]\ndir = \"{}\"\n", cat.display()),
    );
    let out = frontdoor(&["check-config", "--config", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("services.see-someone.appointment") && err.contains("housing-options"),
        "{err}"
    );
    std::fs::write(
        &overlay,
        "[services.see-someone]\nkind = \"appointment\"\nappointment = \"housing-options\"\n",
    )
    .unwrap();
    let out = frontdoor(&["check-config", "--config", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("held on this terminal only"), "{text}");
}
