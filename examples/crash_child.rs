//! The terminal the crash test kills: it takes submissions and sends them,
//! for ever, exactly as the kiosk does (commit first, then tell the resident,
//! then send in the background), so the test can SIGKILL it at any moment.
//!
//! `crash_child CONFIG` prints `CONFIRMED <reference>` once a submission is
//! committed — the moment the kiosk would show the confirmation.

use frontdoor::catalogue::open311::ServiceType;
use frontdoor::config::Config;
use frontdoor::journey::{Answer, Submission};
use frontdoor::outbox::{NewSubmission, Outbox};
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn main() -> Result<(), String> {
    let path = std::env::args().nth(1).ok_or("usage: crash_child CONFIG")?;
    let config = Config::from_file(std::path::Path::new(&path)).map_err(|e| e.to_string())?;
    let terminal = config.terminal_part();
    let outbox = Arc::new(Mutex::new(
        Outbox::open(&config.database_path()).map_err(|e| e.to_string())?,
    ));
    let client = frontdoor::sync::Client::from_config(&config)
        .map_err(|e| e.to_string())?
        .with_timeout(Duration::from_millis(300))
        .map_err(|e| e.to_string())?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let mut n = 0u64;
    loop {
        n += 1;
        let new = NewSubmission {
            submission: Submission {
                service_code: "missed-bin".into(),
                attributes: BTreeMap::from([(
                    "bin_type".to_string(),
                    Answer::One("general".into()),
                )]),
                address_string: Some(format!("{n} Crash Test Road")),
                postcode: None,
                phone: None,
                email: None,
                name: None,
                ..Default::default()
            },
            service_type: ServiceType::Realtime,
            locale: "en-GB".into(),
            assisted: false,
        };
        let stored = outbox
            .lock()
            .map_err(|_| "store poisoned")?
            .submit(&new, &terminal, chrono::Utc::now())
            .map_err(|e| e.to_string())?;
        let mut out = std::io::stdout().lock();
        writeln!(out, "CONFIRMED {}", stored.reference.as_str()).map_err(|e| e.to_string())?;
        out.flush().map_err(|e| e.to_string())?;
        drop(out);
        // Send everything waiting, ignoring backoff so the test moves quickly.
        let _ = runtime.block_on(frontdoor::sync::send_waiting(&outbox, &client, true));
        std::thread::sleep(Duration::from_millis(5));
    }
}
