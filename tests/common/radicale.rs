//! Radicale, a real CalDAV server, started on loopback with an empty store
//! (`./scripts/test` installs it under target/radicale-venv).

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Radicale {
    child: Child,
    /// The collection URL for the kiosk's calendars.
    pub url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Radicale {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A free loopback port.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Radicale on a free port.
pub fn radicale() -> Radicale {
    radicale_on(free_port())
}

/// Radicale on `port` (a port chosen before the server should exist).
pub fn radicale_on(port: u16) -> Radicale {
    let program =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/radicale-venv/bin/radicale");
    assert!(
        program.exists(),
        "Radicale is not installed: run ./scripts/test, which installs it into target/radicale-venv"
    );
    let dir = tempfile::tempdir().unwrap();
    let child = Command::new(program)
        .args(["--server-hosts", &format!("127.0.0.1:{port}")])
        .arg("--storage-filesystem-folder")
        .arg(dir.path().join("collections"))
        .args([
            "--auth-type",
            "none",
            "--rights-type",
            "owner_write",
            "--logging-level",
            "error",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let until = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < until, "Radicale did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    Radicale {
        child,
        url: format!("http://127.0.0.1:{port}/kiosk/"),
        _dir: dir,
    }
}
