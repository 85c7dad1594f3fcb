//! The adapter that runs the sync worker as an iced Subscription: every few
//! seconds it sends what is due, resolves batch tokens and applies the
//! retention period, off the UI thread, and reports back.

use super::Message;
use crate::outbox::Outbox;
use crate::sync::{self, Client};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often the worker looks for due submissions.
pub const INTERVAL: Duration = Duration::from_secs(5);

/// What the worker needs.
#[derive(Debug, Clone)]
pub struct Worker {
    /// The store it drains.
    pub outbox: Arc<Mutex<Outbox>>,
    /// The back office.
    pub client: Client,
    /// How long sent submissions keep their personal data.
    pub retention: Duration,
}

impl Hash for Worker {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // One worker per store.
        Arc::as_ptr(&self.outbox).hash(state);
    }
}

/// One pass: send what is due, resolve tokens, erase what is past retention.
pub async fn pass(worker: &Worker) -> Message {
    let report = sync::send_due(&worker.outbox, &worker.client).await;
    let erased = sync::apply_retention(&worker.outbox, worker.retention);
    Message::Synced(match (report, erased) {
        (Ok(r), Ok(_)) => Ok(r),
        (Err(e), _) | (_, Err(e)) => Err(e),
    })
}

/// The stream the Subscription runs: a pass, a pause, for as long as the
/// kiosk runs.
pub fn stream(worker: &Worker) -> impl iced::futures::Stream<Item = Message> + use<> {
    let worker = worker.clone();
    iced::futures::stream::unfold((worker, true), |(worker, first)| async move {
        if !first {
            tokio::time::sleep(INTERVAL).await;
        }
        let message = pass(&worker).await;
        Some((message, (worker, false)))
    })
}
