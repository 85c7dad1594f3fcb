//! `frontdoor outbox stats` and `outbox list`: the submissions stored on
//! this terminal.

use super::{CliError, json, open_outbox, said};
use crate::config::Config;
use crate::outbox::{ListRow, describe_age};

/// `outbox stats [--json]`: counts by state, the oldest unsent submission's
/// age, the last send and the last problem.
pub fn stats(config: &Config, as_json: bool) -> Result<(), CliError> {
    let outbox = open_outbox(config)?;
    let stats = outbox.stats(chrono::Utc::now()).map_err(said)?;
    if as_json {
        return json(&stats);
    }
    println!("pending          {}", stats.pending);
    println!("sending          {}", stats.sending);
    println!("sent             {}", stats.sent);
    println!("needs attention  {}", stats.needs_attention);
    match stats.oldest_pending_age_secs {
        Some(s) => println!("oldest pending   {}", describe_age(s)),
        None => println!("oldest pending   none"),
    }
    let now = chrono::Utc::now();
    match stats.last_sent_at {
        Some(at) => println!(
            "last sent        {} ago",
            describe_age((now - at).num_seconds().max(0))
        ),
        None => println!("last sent        never"),
    }
    if let Some(e) = &stats.last_error {
        println!("last problem     {e}");
    }
    if let Some(p) = &stats.printer_problem {
        println!("printer          {p}");
    }
    Ok(())
}

/// `outbox list [--json]`: one row per submission.
pub fn list(config: &Config, as_json: bool) -> Result<(), CliError> {
    let outbox = open_outbox(config)?;
    let rows: Vec<ListRow> = outbox
        .list()
        .map_err(said)?
        .into_iter()
        .map(Into::into)
        .collect();
    if as_json {
        return json(&rows);
    }
    println!(
        "{:<12}  {:<22}  {:<15}  {:>8}  {:<20}  back office",
        "reference", "service", "state", "attempts", "saved at (UTC)"
    );
    for r in rows {
        println!(
            "{:<12}  {:<22}  {:<15}  {:>8}  {:<20}  {}",
            r.reference.as_str(),
            r.service_code,
            r.state.as_str(),
            r.attempts,
            r.created_at.format("%Y-%m-%d %H:%M:%S"),
            r.service_request_id
                .or(r.token.map(|t| format!("token {t}")))
                .unwrap_or_else(|| "-".into())
        );
    }
    Ok(())
}
