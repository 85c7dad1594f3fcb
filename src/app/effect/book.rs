//! The appointment desk's effects: free times, booking, moving and
//! cancelling, each with its staff audit line first and the texts the
//! resident asked for after.

use super::{AuditError, Context, DAYS_SHOWN, Outcome};
use crate::booking::Diary;
use crate::caldav::{CalDav, SetupError};
use crate::desk::{self, DeskError};
use crate::outbox::{Outbox, StoreError};
use chrono::{DateTime, NaiveDateTime};
use std::sync::{Arc, Mutex};

/// What the booking desk works with: the diary's rules, the store, and the
/// diary server when there is one.
type Desk<'a> = (&'a Diary, &'a Arc<Mutex<Outbox>>, Option<&'a CalDav>);

/// Why free times could not be read, or a booking could not be
/// cancelled, in words for staff.
#[derive(Debug, thiserror::Error)]
pub enum DeskWorkError {
    /// The terminal has no appointment diary.
    #[error("there is no appointment diary")]
    NoDiary,
    /// The store could not be opened.
    #[error(transparent)]
    Store(Arc<StoreError>),
    /// The diary server's settings cannot be used.
    #[error(transparent)]
    Calendar(Arc<SetupError>),
    /// The staff member's audit line could not be written first.
    #[error(transparent)]
    Audit(#[from] AuditError),
    /// The desk could not do it.
    #[error(transparent)]
    Desk(#[from] DeskError),
}

/// The texts a resident ticked for a booking, with the words they need.
#[derive(Debug, Clone, PartialEq)]
pub struct BookedTexts {
    /// What was ticked.
    pub consent: crate::notify::Consent,
    /// The mobile number as typed.
    pub contact: crate::notify::Contact,
    /// The resident's language.
    pub locale: String,
    /// The appointment type's name in that language.
    pub kind_name: String,
}

impl Context {
    /// Books after writing the staff member's audit line, if one is
    /// signed in.
    pub(super) async fn book_audited(
        self,
        kind: String,
        start: NaiveDateTime,
        texts: Option<Box<BookedTexts>>,
        staff: Option<crate::staff::Staff>,
    ) -> Outcome {
        let detail = format!("{kind} {}", start.format("%Y-%m-%d %H:%M"));
        match self
            .audit_first(staff.as_ref(), "booking", Some(detail))
            .await
        {
            Ok(()) => self.book(kind, start, texts).await,
            Err(why) => Outcome::Booked(Box::new(desk::Outcome::Failed(why.to_string()))),
        }
    }

    /// Moves a booking after writing the staff member's audit line, if
    /// one is signed in.
    pub(super) async fn move_audited(
        self,
        reference: crate::reference::Reference,
        start: NaiveDateTime,
        staff: Option<crate::staff::Staff>,
    ) -> Outcome {
        let detail = format!("{} {}", reference.as_str(), start.format("%Y-%m-%d %H:%M"));
        match self.audit_first(staff.as_ref(), "move", Some(detail)).await {
            Ok(()) => self.move_booking(reference, start).await,
            Err(why) => Outcome::Booked(Box::new(desk::Outcome::Failed(why.to_string()))),
        }
    }

    pub(super) fn desk(&self) -> Result<Desk<'_>, DeskWorkError> {
        let diary = self.diary.as_ref().ok_or(DeskWorkError::NoDiary)?;
        let store = self
            .store
            .as_ref()
            .map_err(|e| DeskWorkError::Store(Arc::clone(e)))?;
        let calendar = self
            .calendar
            .as_ref()
            .map_err(|e| DeskWorkError::Calendar(Arc::clone(e)))?;
        Ok((diary, store, calendar.as_ref()))
    }

    pub(super) async fn free_times(
        self,
        kind: String,
        after: NaiveDateTime,
        moving: Option<String>,
    ) -> Outcome {
        let free = match self.desk() {
            Ok((d, s, c)) => desk::free_times(c, d, s, &kind, after, DAYS_SHOWN, moving.as_deref())
                .await
                .map_err(DeskWorkError::from),
            Err(e) => Err(e),
        };
        Outcome::FreeTimes(free.map(Box::new).map_err(Arc::new))
    }

    pub(super) async fn book(
        self,
        kind: String,
        start: NaiveDateTime,
        texts: Option<Box<BookedTexts>>,
    ) -> Outcome {
        let terminal = self.config.terminal_part();
        let outcome = match self.desk() {
            Ok((d, s, c)) => desk::book(c, d, s, &terminal, &kind, start, self.now()).await,
            Err(e) => desk::Outcome::Failed(e.to_string()),
        };
        if let (desk::Outcome::Booked { reference, .. }, Some(t)) = (&outcome, texts) {
            self.keep_booking_texts(reference, start, &t).await;
        }
        Outcome::Booked(Box::new(outcome))
    }

    /// Keeps the texts a resident ticked for a booking just made. A text
    /// that cannot be kept is logged; the booking stands.
    pub(super) async fn keep_booking_texts(
        &self,
        reference: &crate::reference::Reference,
        start: NaiveDateTime,
        t: &BookedTexts,
    ) {
        let appointment = crate::notify::Appointment {
            reference: reference.clone(),
            appointment_type: t.kind_name.clone(),
            start,
            place: self.config.kiosk.site_name.clone(),
            locale: t.locale.clone(),
        };
        let (consent, contact) = (t.consent, t.contact.clone());
        self.queue_texts(move |s, cx, now| {
            crate::notify::enqueue_booked(s, &cx.config, &appointment, &consent, &contact, now)
        })
        .await;
    }

    /// Writes a member of staff's audit line before the action it records
    /// (nothing when no one is signed in). `Err` is why the action must not
    /// happen, in words for staff.
    pub(super) async fn audit_first(
        &self,
        staff: Option<&crate::staff::Staff>,
        action: &'static str,
        detail: Option<String>,
    ) -> Result<(), AuditError> {
        let Some(staff) = staff.cloned() else {
            return Ok(());
        };
        let cx = self.clone();
        tokio::task::spawn_blocking(move || {
            let now = cx.now();
            cx.with_store(|s| s.audit(Some(&staff), action, detail.as_deref(), now))
                .map(|_| ())
                .map_err(|e| {
                    tracing::warn!("the audit log could not be written: {e}");
                    AuditError::NotWritten
                })
        })
        .await
        .unwrap_or_else(|e| Err(AuditError::Stopped(e)))
    }

    pub(super) async fn move_booking(
        self,
        reference: crate::reference::Reference,
        start: NaiveDateTime,
    ) -> Outcome {
        let outcome = match self.desk() {
            Ok((d, s, c)) => {
                desk::move_booking(c, d, s, reference.as_str(), start, self.now()).await
            }
            Err(e) => desk::Outcome::Failed(e.to_string()),
        };
        if let desk::Outcome::Booked { slot, .. } = &outcome {
            let new_start = slot.start;
            self.queue_texts(move |s, cx, now| {
                crate::notify::enqueue_moved(s, &cx.config, reference.as_str(), new_start, now)
            })
            .await;
        }
        Outcome::Booked(Box::new(outcome))
    }

    pub(super) async fn cancel(
        self,
        reference: crate::reference::Reference,
        staff: Option<crate::staff::Staff>,
    ) -> Outcome {
        if let Some(staff) = &staff {
            let now = self.now();
            let written = self.with_store(|s| {
                s.audit(Some(staff), "cancellation", Some(reference.as_str()), now)
            });
            if written.is_err() {
                return Outcome::Cancelled(Err(Arc::new(AuditError::NotWritten.into())));
            }
        }
        let start = self
            .with_store(|s| s.booking(reference.as_str()))
            .ok()
            .flatten()
            .map(|b| b.start);
        let done = match self.desk() {
            Ok((_, s, c)) => desk::cancel(c, s, reference.as_str())
                .await
                .map_err(DeskWorkError::from),
            Err(e) => Err(e),
        };
        if let (Ok(()), Some(start)) = (&done, start) {
            let r = reference.clone();
            self.queue_texts(move |s, cx, now| {
                crate::notify::enqueue_cancelled(s, &cx.config, r.as_str(), start, now)
            })
            .await;
        }
        Outcome::Cancelled(done.map_err(Arc::new))
    }

    /// Queues texts about a booking: those the resident ticked, or news of
    /// a move or cancellation when they asked for texts about it. Logged,
    /// never shown, when they cannot be kept: the booking stands.
    pub(super) async fn queue_texts<F>(&self, queue: F)
    where
        F: FnOnce(
                &mut Outbox,
                &Context,
                &DateTime<chrono::Local>,
            ) -> Result<Vec<String>, crate::notify::NotifyError>
            + Send
            + 'static,
    {
        if self.config.notify.is_none() {
            return;
        }
        self.blocking(
            move |cx| {
                let now = cx.now().with_timezone(&chrono::Local);
                let kept = cx.with_store(|s| Ok(queue(s, cx, &now)));
                match kept {
                    Ok(Ok(_)) => {}
                    Ok(Err(e)) => {
                        tracing::warn!(error = %e, "a text about a booking cannot be kept")
                    }
                    Err(e) => tracing::warn!(error = %e, "a text about a booking cannot be kept"),
                }
                Outcome::Recorded
            },
            |_| Outcome::Recorded,
        )
        .await;
    }
}
