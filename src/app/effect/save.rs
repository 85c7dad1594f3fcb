//! Effects that write to the store: saving a submission with the texts and
//! emails chosen, help calls, staff sign-in and assisted sessions, and the
//! measures and audit lines recorded as a resident goes.

use super::{Context, Outcome, Record};
use crate::outbox::{JourneyEvent, NewSubmission, StoreError};
use crate::staff::SignIn;
use chrono::{DateTime, Utc};
use std::sync::Arc;

impl Context {
    /// Records the call, sends it through every channel (each with its own
    /// deadline, so the resident hears within seconds), and records which
    /// took it. Never queued: a call the channels cannot take now is lost,
    /// and the resident is sent to the desk.
    pub(super) async fn call_help(self, call: crate::help::HelpCall) -> Outcome {
        let recorded = {
            let (cx, call) = (self.clone(), call.clone());
            tokio::task::spawn_blocking(move || cx.with_store(|s| s.record_help_call(&call))).await
        };
        if let Ok(Err(e)) = recorded {
            tracing::warn!("the help call was not recorded: {e}");
        }
        let Some(caller) = self.caller.as_ref().filter(|c| c.has_channels()) else {
            return Outcome::HelpCalled {
                id: call.id,
                outcome: None,
            };
        };
        let outcome = caller.call(&call, self.now()).await;
        let accepted = outcome.accepted();
        let (cx, id) = (self.clone(), call.id.clone());
        let _ = tokio::task::spawn_blocking(move || {
            cx.with_store(|s| s.record_help_outcome(&id, &accepted))
        })
        .await;
        Outcome::HelpCalled {
            id: call.id,
            outcome: Some(outcome),
        }
    }

    pub(super) async fn save(self, new: NewSubmission) -> Outcome {
        self.blocking(
            move |cx| {
                let now = cx.now();
                let terminal = cx.config.terminal_part();
                let local = now.with_timezone(&chrono::Local).naive_local();
                let saved = cx.with_store(|s| {
                    s.submit_with_messages(&new, &terminal, now, local, |reference| {
                        chosen_messages(cx, &new, reference, now)
                    })
                });
                if saved.is_ok() {
                    // Counted here, with the commit, so a resident who walks
                    // away while it saves still counts as finished.
                    let _ = cx.with_store(|s| {
                        s.record_journey(
                            &new.submission.service_code,
                            JourneyEvent::Completed,
                            None,
                            &new.locale,
                            new.assisted,
                            now,
                        )
                    });
                }
                Outcome::Saved(saved.map(Box::new))
            },
            |why| Outcome::Saved(Err(Arc::new(StoreError::Damaged(why)))),
        )
        .await
    }

    /// Starts a session staff run for a resident, after its audit line.
    pub(super) async fn start_assisted(self, staff: crate::staff::Staff) -> Outcome {
        Outcome::Assisting(
            self.audit_first(Some(&staff), "assisted-session", None)
                .await
                .map_err(Arc::new),
        )
    }
}

pub(super) fn sign_in(cx: &Context, number: i64, pin: &str) -> SignIn {
    let now = cx.now();
    match cx.with_store(|s| Ok(s.sign_in(number, pin, now))) {
        Ok(outcome) => {
            // A member of staff signing in on this terminal has answered
            // any help call made here.
            if let SignIn::Welcome(_) = outcome {
                let _ = cx.with_store(|s| s.answer_help_calls(now));
            }
            outcome
        }
        Err(e) => SignIn::Unavailable(e.to_string()),
    }
}

pub(super) fn record_now(cx: &Context, record: Record) -> Outcome {
    let now = cx.now();
    let written = cx.with_store(|s| match &record {
        Record::Journey {
            service,
            event,
            step,
            locale,
            assisted,
        } => s.record_journey(service, *event, step.as_deref(), locale, *assisted, now),
        Record::Rating { service, rating } => s.record_rating(service, *rating, now),
        Record::Help { screen, service } => s.record_help_request(screen, service.as_deref(), now),
        Record::Audit {
            staff,
            action,
            detail,
        } => s.audit(staff.as_ref(), action, detail.as_deref(), now),
    });
    if let (Err(e), Record::Audit { .. }) = (&written, &record) {
        tracing::warn!("the audit log could not be written: {e}");
    }
    Outcome::Recorded
}

/// The texts and emails the resident ticked for a submission being saved
/// as `reference`. A message that cannot be made (no template, a number
/// that is not a mobile) is logged and left out: the request itself is
/// always saved.
fn chosen_messages(
    cx: &Context,
    new: &NewSubmission,
    reference: &crate::reference::Reference,
    now: DateTime<Utc>,
) -> crate::outbox::Chosen {
    let s = &new.submission;
    if !s.notices.any() {
        return (Vec::new(), None);
    }
    let service = cx
        .catalogue
        .service(&s.service_code)
        .map_or_else(|| s.service_code.clone(), |svc| svc.name_in(&new.locale));
    let request = crate::notify::Request {
        reference: reference.clone(),
        service,
        locale: new.locale.clone(),
    };
    let contact = crate::notify::Contact {
        mobile: s.phone.clone(),
        email: s.email.clone(),
    };
    crate::notify::submitted_messages(&cx.config, &request, &s.notices.into(), &contact, now)
        .unwrap_or_else(|e| {
            tracing::warn!(service = %s.service_code, error = %e, "the texts or emails chosen cannot be kept");
            (Vec::new(), None)
        })
}
