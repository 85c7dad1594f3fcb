//! The kiosk image's service unit, rated as `systemd-analyze security`
//! rates it on the terminal: the sandbox must keep its exposure at 3.0 or
//! below (an unsandboxed unit is rated 9.4 "UNSAFE").

use std::path::Path;
use std::process::Command;

/// The overall exposure `systemd-analyze security --offline` gives a unit.
fn exposure(unit: &Path) -> f64 {
    let out = Command::new("systemd-analyze")
        .args(["security", "--offline=true", "--no-pager"])
        .arg(unit)
        .output()
        .expect("systemd-analyze runs (Debian's systemd package)");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let line = text
        .lines()
        .find(|l| l.contains("Overall exposure level"))
        .unwrap_or_else(|| {
            panic!(
                "no rating in:\n{text}\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
    let figure = line
        .split(':')
        .nth(1)
        .and_then(|r| r.split_whitespace().next());
    figure
        .and_then(|f| f.parse().ok())
        .unwrap_or_else(|| panic!("cannot read the rating in {line:?}"))
}

#[test]
fn the_kiosk_service_is_sandboxed() {
    let unit = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("kiosk-image/deb/lib/systemd/system/frontdoor.service");
    let rated = exposure(&unit);
    assert!(
        rated <= 3.0,
        "frontdoor.service is rated {rated}, above 3.0"
    );
}

#[test]
fn the_kiosk_service_writes_only_its_data_and_makes_private_files() {
    let unit = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("kiosk-image/deb/lib/systemd/system/frontdoor.service"),
    )
    .unwrap();
    let keys: Vec<&str> = unit.lines().map(str::trim).collect();
    for wanted in [
        "UMask=0077",
        "ProtectSystem=strict",
        "ReadWritePaths=/var/lib/frontdoor",
        "NoNewPrivileges=yes",
        "CapabilityBoundingSet=",
        "DevicePolicy=closed",
    ] {
        assert!(keys.contains(&wanted), "frontdoor.service lacks {wanted}");
    }
}

#[test]
fn an_unsandboxed_unit_is_rated_unsafe() {
    // The rating is read the way the test above reads it: a bare unit must
    // fail the same bound, or the check proves nothing.
    let dir = tempfile::tempdir().unwrap();
    let unit = dir.path().join("bare.service");
    std::fs::write(&unit, "[Service]\nExecStart=/usr/bin/true\n").unwrap();
    assert!(exposure(&unit) > 3.0);
}
