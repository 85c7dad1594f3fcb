//! `frontdoor sync --once`: sends what is waiting now, then exits.

use super::{CliError, open_outbox, said};
use crate::config::{BackendKind, Config};

/// `sync --once`: tries every waiting submission once, then reports; fails
/// when anything is still unsent.
pub fn once(config: &Config) -> Result<(), CliError> {
    // Texts and emails through GOV.UK Notify, when set up; they need no
    // back office.
    let Some(_) = &config.notify else {
        return submissions(config);
    };
    let messages = crate::notify::sync_once(config).map_err(said);
    if let Ok(report) = &messages {
        println!("{report}");
    }
    if config.backend.kind != BackendKind::None {
        submissions(config)?;
    }
    messages.map(|_| ())
}

/// Sends the submissions waiting for the back office.
fn submissions(config: &Config) -> Result<(), CliError> {
    let client = crate::sync::Client::from_config(config)
        .map_err(|e| CliError::Failed(format!("{}: {e}", config.source)))?;
    let outbox = std::sync::Arc::new(std::sync::Mutex::new(open_outbox(config)?));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(said)?;
    let report = runtime.block_on(crate::sync::send_waiting(&outbox, &client, true))?;
    let stats = outbox
        .lock()
        .map_err(|_| CliError::from("the store is unavailable"))?
        .stats(chrono::Utc::now())
        .map_err(said)?;
    println!(
        "sent {}, will retry {}, refused {}; now pending {}, needs attention {}",
        report.sent, report.retrying, report.refused, stats.pending, stats.needs_attention
    );
    if stats.pending + stats.sending + stats.needs_attention > 0 {
        return Err(CliError::Failed(format!(
            "{} submissions are not sent ({} waiting to retry, {} refused by the back office: see outbox list)",
            stats.pending + stats.sending + stats.needs_attention,
            stats.pending + stats.sending,
            stats.needs_attention
        )));
    }
    Ok(())
}
