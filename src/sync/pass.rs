//! One pass of the sender: send everything due, a few at a time, record
//! each outcome as it comes, then ask about batch tokens; and erasing what
//! was sent longer ago than the retention period.

use super::{CONCURRENCY, Client, Outcome, SyncError, locked, retry, tokens};
use crate::outbox::{Outbox, Stored};
use chrono::{DateTime, Utc};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What one pass of the sender did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Accepted by the back office.
    pub sent: usize,
    /// Failed for now; will be tried again.
    pub retrying: usize,
    /// Refused; parked for staff.
    pub refused: usize,
    /// Batch tokens turned into request ids.
    pub resolved: usize,
    /// Batch tokens given up after `backend.token_give_up_hours`: those
    /// submissions wait for staff.
    pub given_up: usize,
}

/// Sends everything due now, `CONCURRENCY` at a time, until nothing due is
/// left, recording each outcome as it comes. The store is only locked for
/// the short writes, never across a request.
pub async fn send_due(outbox: &Arc<Mutex<Outbox>>, client: &Client) -> Result<Report, SyncError> {
    send_waiting(outbox, client, false).await
}

/// Sends what is waiting. With `ignore_backoff`, submissions still waiting
/// out a backoff are made due first (staff asked to send now). A submission
/// that fails is not tried again in the same call: its next attempt is then
/// later than the call's start.
pub async fn send_waiting(
    outbox: &Arc<Mutex<Outbox>>,
    client: &Client,
    ignore_backoff: bool,
) -> Result<Report, SyncError> {
    let mut report = Report::default();
    let started = Utc::now();
    if ignore_backoff {
        locked(outbox)?.make_all_due()?;
    }
    loop {
        let batch = locked(outbox)?.claim_due(started, CONCURRENCY)?;
        if batch.is_empty() {
            let asked = tokens::ask_due(outbox, client, Utc::now()).await?;
            report.resolved = asked.resolved;
            report.given_up = asked.given_up;
            return Ok(report);
        }
        let mut tasks = tokio::task::JoinSet::new();
        for stored in batch {
            let client = client.clone();
            tasks.spawn(async move {
                let outcome = client.send(&stored).await;
                (stored, outcome)
            });
        }
        while let Some(joined) = tasks.join_next().await {
            let (stored, outcome) = joined.map_err(|e| SyncError::Stopped(e.to_string()))?;
            let store = locked(outbox)?;
            record(&store, &stored, &outcome, Utc::now())?;
            match outcome {
                Outcome::Sent { .. } => report.sent += 1,
                Outcome::Retry { .. } => report.retrying += 1,
                Outcome::Refused { .. } => report.refused += 1,
            }
        }
    }
}

/// Erases personal data of submissions sent more than `retention` ago.
pub fn apply_retention(
    outbox: &Arc<Mutex<Outbox>>,
    retention: Duration,
) -> Result<usize, SyncError> {
    let now = Utc::now();
    let cutoff = now - chrono::Duration::from_std(retention).unwrap_or(chrono::Duration::hours(24));
    Ok(locked(outbox)?.erase_sent_before(cutoff, now)?)
}

/// Writes an outcome to the store.
pub fn record(
    store: &Outbox,
    stored: &Stored,
    outcome: &Outcome,
    now: DateTime<Utc>,
) -> Result<(), crate::outbox::StoreError> {
    match outcome {
        Outcome::Sent {
            service_request_id,
            token,
        } => store.mark_sent(
            stored.reference.as_str(),
            service_request_id.as_deref(),
            token.as_deref(),
            now,
        ),
        Outcome::Retry { after, reason } => {
            let wait = retry::next_wait(stored.attempts, *after, fastrand::f64());
            let next =
                now + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::seconds(300));
            store.mark_retry(stored.reference.as_str(), next, reason)
        }
        Outcome::Refused { reason } => {
            store.mark_needs_attention(stored.reference.as_str(), reason)
        }
    }
}
