//! The adapter that runs the sync worker as an iced Subscription: every few
//! seconds it sends what is due, resolves batch tokens, confirms bookings
//! held offline, settles payments whose answer was lost and posts paid
//! ones, and applies the retention period, off the UI thread, and reports
//! back as an [`Event`].

use super::effect::Context;
use crate::catalogue::Catalogue;
use crate::outbox::Outbox;
use crate::sync::{self, Client};
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How often the worker looks for due submissions.
pub const INTERVAL: Duration = Duration::from_secs(5);

/// How many passes between catalogue refreshes (an hour).
pub const CATALOGUE_EVERY: u32 = 720;

/// What the background sender reports.
#[derive(Debug, Clone)]
pub enum Event {
    /// The back office's catalogue was fetched (or could not be).
    CatalogueFetched(Result<Arc<Catalogue>, Arc<sync::catalogue::RefreshError>>),
    /// A pass of the sync worker finished.
    Synced(Result<sync::Report, Arc<sync::SyncError>>),
}

/// What the worker needs.
#[derive(Debug, Clone)]
pub struct Worker {
    /// The store it drains.
    pub outbox: Arc<Mutex<Outbox>>,
    /// The config in force.
    pub config: Arc<crate::config::Config>,
    /// The back office, when there is one (a terminal may run only for
    /// appointments, messages or erasing).
    pub client: Option<Client>,
    /// The council folder's overlay and translations for the back office's
    /// catalogue.
    pub local: sync::catalogue::Local,
    /// The shared diary and its rules, when appointments are used: bookings
    /// held here while it was away are confirmed on each pass.
    pub diary: Option<(crate::caldav::CalDav, crate::booking::Diary)>,
    /// GOV.UK Notify, when texts and emails are set up.
    pub notify: Option<crate::notify::Client>,
    /// What the fleet's metrics report.
    pub live: crate::fleet::live::Live,
    /// Payments, when `[payments]` is set up: unknown payments are settled
    /// by asking their provider, and paid ones posted, on every pass.
    pub till: Option<crate::payments::Till>,
}

impl Hash for Worker {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // One worker per store.
        Arc::as_ptr(&self.outbox).hash(state);
    }
}

impl Worker {
    /// The worker for a kiosk's context: on every terminal whose store
    /// opens, since personal data must be erased on time whether or not
    /// there is a back office. It has its own connection to the store, so
    /// a resident's commit never waits behind the worker's: SQLite's WAL
    /// lets one write while the other reads, and short writes take turns.
    pub fn for_context(cx: &Context) -> Option<Worker> {
        cx.store.as_ref().ok()?;
        let config = &cx.config;
        let client = match Client::from_config(config) {
            Ok(client) => Some(client),
            Err(sync::SetupError::NoBackend) => None,
            Err(e) => {
                tracing::warn!("submissions will not be sent: {e}");
                None
            }
        };
        let diary = match (&cx.calendar, &cx.diary) {
            (Ok(Some(calendar)), Some(diary)) => Some((calendar.clone(), diary.clone())),
            (Err(e), _) => {
                tracing::warn!("appointments stay on this terminal: {e}");
                None
            }
            _ => None,
        };
        let notify = match crate::notify::Client::from_config(config) {
            Ok(n) => Some(n),
            Err(crate::notify::NotifyError::NotConfigured) => None,
            Err(e) => {
                tracing::warn!("texts and emails will not be sent: {e}");
                None
            }
        };
        let store = match Outbox::open(&config.database_path()) {
            Ok(s) => Arc::new(Mutex::new(s)),
            Err(e) => {
                tracing::warn!("submissions will not be sent: {e}");
                return None;
            }
        };
        let till = match crate::payments::till(config, store.clone()) {
            Ok(till) => till,
            Err(e) => {
                tracing::warn!("payments will not be settled or posted: {e}");
                None
            }
        };
        let mut local = sync::catalogue::local(config);
        if let Some(overlay) = &cx.central.overlay {
            local.overlay = Some(overlay.clone());
        }
        Some(Worker {
            till,
            outbox: store,
            config: config.clone(),
            client,
            local,
            diary,
            notify,
            live: cx.live.clone(),
        })
    }
}

/// Once, when the kiosk starts and before any payment screen: every
/// payment the last run left under way becomes unknown, to be settled by
/// the passes that follow.
pub fn recover(worker: &Worker) {
    if let Some(till) = &worker.till {
        match till.recover() {
            Ok(0) => {}
            Ok(n) => tracing::warn!(
                "{n} payment(s) were under way when the kiosk stopped: asking the payment service"
            ),
            Err(e) => tracing::warn!("payments left under way were not recovered: {e}"),
        }
    }
}

/// One pass: confirm bookings held offline, settle payments and post paid
/// ones, send what is due, resolve tokens, send texts and emails, and
/// erase what is past retention.
pub async fn pass(worker: &Worker) -> Event {
    let now = chrono::Utc::now();
    if let Some(till) = &worker.till {
        match till.pass().await {
            Ok(r) if r.still_unknown > 0 => tracing::warn!(
                "{} payment(s) still unknown: the payment service has not answered",
                r.still_unknown
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!(
                "payments could not be settled: {}",
                crate::clip::error_text(&e.to_string())
            ),
        }
    }
    if let Some((calendar, diary)) = &worker.diary {
        let confirmed =
            crate::desk::confirm_provisional(&worker.outbox, calendar, diary, now).await;
        worker.live.diary(confirmed.is_ok(), now);
        match confirmed {
            Ok(r) if r.flagged > 0 => tracing::warn!(
                "{} appointment(s) booked offline found taken: staff must rebook",
                r.flagged
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!(
                "appointments could not be confirmed: {}",
                crate::clip::error_text(&e.to_string())
            ),
        }
    }
    let report = match &worker.client {
        Some(client) => {
            let report = sync::send_due(&worker.outbox, client).await;
            if let Ok(r) = &report {
                worker.live.send_report(r, now);
                worker.live.back_office(r.sent > 0 || r.retrying == 0, now);
            }
            report
        }
        None => Ok(sync::Report::default()),
    };
    if let Some(notify) = &worker.notify
        && let Err(e) = crate::notify::pass(
            &worker.outbox,
            notify,
            worker.client.as_ref(),
            &worker.config,
            &chrono::Local::now(),
        )
        .await
    {
        tracing::warn!(
            "texts and emails: {}",
            crate::clip::error_text(&e.to_string())
        );
    }
    let erased = erase(worker, now);
    Event::Synced(match (report, erased) {
        (Ok(r), Ok(_)) => Ok(r),
        (Err(e), _) | (_, Err(e)) => Err(Arc::new(e)),
    })
}

/// Erases personal data past its retention: sent submissions after
/// `outbox.retention_hours`, refused ones after
/// `outbox.attention_retention_days`.
fn erase(worker: &Worker, now: chrono::DateTime<chrono::Utc>) -> Result<usize, sync::SyncError> {
    let o = &worker.config.outbox;
    let sent = now - chrono::Duration::hours(o.retention_hours as i64);
    let refused = now - chrono::Duration::days(o.attention_retention_days as i64);
    let store = sync::locked(&worker.outbox)?;
    let a = store.erase_sent_before(sent, now)?;
    let b = store.erase_refused_before(refused, now)?;
    Ok(a + b)
}

/// Fetches the back office's catalogue; the app takes it when no resident
/// is in the middle of a session.
pub async fn refresh_catalogue(worker: &Worker) -> Event {
    let result = match &worker.client {
        Some(client) => sync::catalogue::refresh(&worker.outbox, client, worker.local.clone())
            .await
            .map(Arc::new),
        None => Err(sync::catalogue::RefreshError::NoBackOffice),
    };
    Event::CatalogueFetched(result.map_err(Arc::new))
}

/// The stream the Subscription runs: the catalogue at start and every hour,
/// and a sending pass every few seconds, for as long as the kiosk runs.
pub fn stream(worker: &Worker) -> impl iced::futures::Stream<Item = super::Message> + use<> {
    let worker = worker.clone();
    iced::futures::stream::unfold(
        (worker, 0u32, true),
        |(worker, n, catalogue_next)| async move {
            if catalogue_next && worker.client.is_some() {
                let event = refresh_catalogue(&worker).await;
                return Some((super::Message::Worker(event), (worker, n, false)));
            }
            if n > 0 {
                tokio::time::sleep(INTERVAL).await;
            }
            let event = pass(&worker).await;
            let next = n.wrapping_add(1);
            Some((
                super::Message::Worker(event),
                (worker, next, next % CATALOGUE_EVERY == 0),
            ))
        },
    )
}
