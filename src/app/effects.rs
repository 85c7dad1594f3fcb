//! Work the app hands off the UI thread: disk writes to the store, and
//! scrolling operations on the widget tree.

use super::{App, Message};
use crate::outbox::{JourneyEvent, NewSubmission, Outbox, Rating};
use crate::ui;
use iced::Task;
use std::sync::{Arc, Mutex};

/// Work the app asks for, run off the UI thread.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Store a submission.
    Save(NewSubmission),
    /// Record a satisfaction rating.
    Rate(String, Rating),
    /// Record a help request.
    HelpRequested(&'static str, Option<String>),
    /// Record a journey measure.
    Journey(String, JourneyEvent, Option<String>, String, bool),
    /// Read the hub's figures for a period.
    LoadHub(super::hub::Period),
    /// Staff send a refused submission again, then the figures are read.
    Retry(crate::staff::Staff, String, super::hub::Period),
    /// Check a staff PIN (slow on purpose: argon2id).
    SignIn(String),
    /// Add a line to the audit log: who, what, detail.
    Audit(Option<crate::staff::Staff>, &'static str, Option<String>),
    /// Print a receipt, named by its reference.
    Print(Box<crate::receipt::Receipt>, String),
    /// Print again the receipt of a submission stored on this terminal, in
    /// this language.
    PrintStored(crate::reference::Reference, String),
    /// Ask the appointment diary (free times, book, move, cancel).
    Diary(super::appointment::DiaryJob),
    /// Write a CSV export: folder, file name, contents.
    Export(std::path::PathBuf, String, String),
    /// Look a reference up for check progress.
    LookUp(crate::reference::Reference),
    /// Scroll the page to its end, where new information appeared.
    ShowEnd,
    /// Scroll the focused control into view.
    Reveal,
    /// A new page: scroll to its top, then to its focused control.
    NewPage,
}

impl App {
    pub(super) fn task(&self, effect: Effect) -> Task<Message> {
        match effect {
            Effect::Reveal => return ui::scroll::reveal_focused(),
            Effect::ShowEnd => return iced::widget::operation::snap_to_end(ui::scroll::PAGE),
            Effect::LookUp(reference) => {
                let client = self.worker.as_ref().and_then(|w| w.client.clone());
                return Task::perform(
                    super::progress::look_up(
                        self.outbox.clone(),
                        client,
                        reference,
                        self.wall_clock(),
                    ),
                    Message::LookedUp,
                );
            }
            Effect::Export(folder, name, csv) => {
                return Task::future(async move {
                    tokio::task::spawn_blocking(move || super::hub::export(&folder, &name, &csv))
                        .await
                        .unwrap_or_else(|e| Err(e.to_string()))
                })
                .map(Message::Exported);
            }
            Effect::Diary(job) => {
                return Task::future(super::appointment::run(
                    job,
                    self.config.clone(),
                    self.diary.clone(),
                    self.outbox.clone(),
                    self.terminal.clone(),
                    self.wall_clock(),
                ));
            }
            Effect::Print(..) | Effect::PrintStored(..) => {
                let (config, catalogue) = (self.config.clone(), self.catalogue.clone());
                let outbox = self.outbox.clone();
                let now = self.wall_clock();
                return Task::future(async move {
                    tokio::task::spawn_blocking(move || {
                        print_now(config, catalogue, outbox, effect, now)
                    })
                    .await
                    .unwrap_or_else(|e| {
                        crate::printer::Outcome::Failed(crate::printer::Problem::Stopped(
                            e.to_string(),
                        ))
                    })
                })
                .map(Message::Printed);
            }
            Effect::NewPage => {
                return iced::widget::operation::snap_to(
                    ui::scroll::PAGE,
                    iced::widget::operation::RelativeOffset::START,
                )
                .chain(ui::scroll::reveal_focused());
            }
            _ => {}
        }
        let outbox = self.outbox.clone();
        let terminal = self.terminal.clone();
        let now = self.wall_clock();
        Task::future(async move {
            tokio::task::spawn_blocking(move || run_effect(outbox, &terminal, effect, now))
                .await
                .unwrap_or_else(|e| {
                    Some(Message::Saved(Err(Arc::new(format!(
                        "the saving task stopped: {e}"
                    )))))
                })
        })
        .and_then(Task::done)
    }
}

/// Carries out a print effect: blocks until the printer is done or its
/// deadline passes.
pub(super) fn print_now(
    config: Arc<crate::config::Config>,
    catalogue: Arc<crate::catalogue::Catalogue>,
    outbox: Result<Arc<Mutex<Outbox>>, String>,
    effect: Effect,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::printer::Outcome {
    let printer = crate::printer::Printer::from_config(&config);
    let (receipt, name) = match effect {
        Effect::Print(receipt, name) => (*receipt, name),
        Effect::PrintStored(reference, locale) => {
            let stored = outbox
                .as_ref()
                .ok()
                .and_then(|o| o.lock().ok())
                .and_then(|s| s.get(reference.as_str()).ok().flatten());
            let Some(stored) = stored else {
                return crate::printer::Outcome::Failed(crate::printer::Problem::Stopped(
                    "the submission is no longer in the store".into(),
                ));
            };
            let receipt = crate::receipt::Receipt::for_submission(
                &config,
                &catalogue,
                &reference,
                &stored.service_code,
                &locale,
                stored.created_at,
            );
            (receipt, reference.as_str().to_string())
        }
        _ => return crate::printer::Outcome::NoPrinter,
    };
    print(&printer, outbox, &receipt, &name, now)
}

/// Prints a receipt and records what the printer said, for staff. Blocks.
pub(super) fn print(
    printer: &crate::printer::Printer,
    outbox: Result<Arc<Mutex<Outbox>>, String>,
    receipt: &crate::receipt::Receipt,
    name: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::printer::Outcome {
    let outcome = printer.print(receipt, name);
    let staff = outcome.staff_message();
    if let Some(message) = &staff {
        eprintln!("frontdoor: {message}");
    }
    if let Ok(store) = outbox.as_ref().map(|o| o.lock())
        && let Ok(store) = store
    {
        let _ = store.record_printer(outcome.printed(), staff.as_deref(), now);
    }
    outcome
}

/// Runs one effect against the store, on whatever thread calls it.
pub(super) fn run_effect(
    outbox: Result<Arc<Mutex<Outbox>>, String>,
    terminal: &str,
    effect: Effect,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Message> {
    let outbox = match outbox {
        Ok(o) => o,
        Err(reason) => {
            return match effect {
                Effect::Save(_) => Some(Message::Saved(Err(Arc::new(reason)))),
                Effect::SignIn(_) => {
                    Some(Message::SignedIn(crate::staff::SignIn::Unavailable(reason)))
                }
                _ => None,
            };
        }
    };
    let Ok(mut store) = outbox.lock() else {
        return match effect {
            Effect::Save(_) => Some(Message::Saved(Err(Arc::new(
                "the store is unavailable after an earlier failure".into(),
            )))),
            Effect::SignIn(_) => Some(Message::SignedIn(crate::staff::SignIn::Unavailable(
                "the store is unavailable after an earlier failure".into(),
            ))),
            _ => None,
        };
    };
    match effect {
        Effect::Save(new) => Some(Message::Saved(
            store
                .submit(&new, terminal, now)
                .map(Box::new)
                .map_err(|e| Arc::new(e.to_string())),
        )),
        // Measures are best effort: a failed measure never troubles the resident.
        Effect::Rate(code, rating) => {
            let _ = store.record_rating(&code, rating, now);
            None
        }
        Effect::HelpRequested(screen, code) => {
            let _ = store.record_help_request(screen, code.as_deref(), now);
            None
        }
        Effect::Journey(code, event, step, locale, assisted) => {
            let _ = store.record_journey(&code, event, step.as_deref(), &locale, assisted, now);
            None
        }
        Effect::SignIn(pin) => Some(Message::SignedIn(crate::staff::sign_in(&store, &pin, now))),
        e @ (Effect::LoadHub(_) | Effect::Retry(..)) => super::hub::run(&store, e, now),
        Effect::Audit(staff, action, detail) => {
            if let Err(e) = store.audit(staff.as_ref(), action, detail.as_deref(), now) {
                eprintln!("frontdoor: the audit log could not be written: {e}");
            }
            None
        }
        Effect::Reveal
        | Effect::NewPage
        | Effect::ShowEnd
        | Effect::LookUp(_)
        | Effect::Diary(_)
        | Effect::Export(..)
        | Effect::Print(..)
        | Effect::PrintStored(..) => None,
    }
}
