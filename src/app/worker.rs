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
    /// The back office, when there is one (a terminal may run only for
    /// appointments).
    pub client: Option<Client>,
    /// How long sent submissions keep their personal data.
    pub retention: Duration,
    /// The council folder's overlay and translations for the back office's
    /// catalogue.
    pub local: sync::catalogue::Local,
    /// The shared diary and its rules, when appointments are used: bookings
    /// held here while it was away are confirmed on each pass.
    pub diary: Option<(crate::booking::caldav::CalDav, crate::booking::Diary)>,
}

/// How many passes between catalogue refreshes (an hour).
pub const CATALOGUE_EVERY: u32 = 720;

impl Hash for Worker {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // One worker per store.
        Arc::as_ptr(&self.outbox).hash(state);
    }
}

/// One pass: send what is due, resolve tokens, erase what is past retention.
pub async fn pass(worker: &Worker) -> Message {
    if let Some((calendar, diary)) = &worker.diary {
        match crate::booking::caldav::confirm_provisional(
            &worker.outbox,
            calendar,
            diary,
            chrono::Utc::now(),
        )
        .await
        {
            Ok(r) if r.flagged > 0 => eprintln!(
                "frontdoor: {} appointment(s) booked offline found taken: staff must rebook",
                r.flagged
            ),
            Ok(_) => {}
            Err(e) => eprintln!("frontdoor: appointments could not be confirmed: {e}"),
        }
    }
    let Some(client) = &worker.client else {
        return Message::Synced(Ok(sync::Report::default()));
    };
    let report = sync::send_due(&worker.outbox, client).await;
    let erased = sync::apply_retention(&worker.outbox, worker.retention);
    Message::Synced(match (report, erased) {
        (Ok(r), Ok(_)) => Ok(r),
        (Err(e), _) | (_, Err(e)) => Err(e),
    })
}

/// Fetches the back office's catalogue; the app takes it when no resident
/// is in the middle of a session.
pub async fn refresh_catalogue(worker: &Worker) -> Message {
    let result = match &worker.client {
        Some(client) => sync::catalogue::refresh(&worker.outbox, client, worker.local.clone())
            .await
            .map(Arc::new),
        None => Err("there is no back office to fetch a catalogue from".to_string()),
    };
    Message::CatalogueFetched(result)
}

/// The stream the Subscription runs: the catalogue at start and every hour,
/// and a sending pass every few seconds, for as long as the kiosk runs.
pub fn stream(worker: &Worker) -> impl iced::futures::Stream<Item = Message> + use<> {
    let worker = worker.clone();
    iced::futures::stream::unfold(
        (worker, 0u32, true),
        |(worker, n, catalogue_next)| async move {
            if catalogue_next && worker.client.is_some() {
                let message = refresh_catalogue(&worker).await;
                return Some((message, (worker, n, false)));
            }
            if n > 0 {
                tokio::time::sleep(INTERVAL).await;
            }
            let message = pass(&worker).await;
            let next = n.wrapping_add(1);
            Some((message, (worker, next, next % CATALOGUE_EVERY == 0)))
        },
    )
}
