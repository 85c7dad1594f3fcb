//! Check progress: a resident types (or scans) the reference from their
//! receipt and is told, in plain words, where their request is.

use super::view::Nav;
use super::{App, Message};
use crate::i18n;
use crate::outbox::{Outbox, State};
use crate::reference::{Reference, ReferenceError};
use crate::sync::{Client, RequestStatus};
use crate::ui::{self, Ctx, Kind};
use chrono::{DateTime, Utc};
use iced::Element;
use iced::widget::{column, container};
use std::sync::{Arc, Mutex};

type El = Element<'static, Message>;

/// The check-progress page.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// What has been typed or scanned.
    pub input: String,
    /// Why the typed reference cannot be right.
    pub problem: Option<ReferenceError>,
    /// A look-up is under way.
    pub looking: bool,
    /// What the look-up found.
    pub result: Option<Found>,
    /// A receipt for the found request is printing.
    pub printing: bool,
    /// What came of printing a receipt for it.
    pub printed: Option<crate::printer::Outcome>,
}

/// What a look-up found.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// Not a submission made on this terminal.
    NotHere(Reference),
    /// Saved here, not yet sent.
    Waiting(Reference, DateTime<Utc>),
    /// Refused by the back office; staff will sort it out.
    Parked(Reference),
    /// Sent, and the back office gives no progress for it.
    SentUntracked(Reference),
    /// The back office's status.
    Status(Reference, RequestStatus),
    /// Sent, but the back office cannot be reached now.
    Offline(Reference),
    /// An appointment booked here: the type's code, when, and what check-in
    /// did.
    Appointment(Reference, String, chrono::NaiveDateTime, Arrival),
}

/// What checking in for an appointment did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// Checked in now.
    CheckedIn,
    /// Checked in before.
    AlreadyIn,
    /// The appointment is on another day.
    OtherDay,
    /// Not confirmed on the diary yet: staff check it.
    Provisional,
    /// The slot was taken meanwhile: staff sort it out.
    Conflict,
}

impl Progress {
    /// Adds typed or scanned text. A scanner reading the receipt's QR code
    /// types a tracking URL or the bare reference; both work.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            if self.input.chars().count() >= 80 {
                break;
            }
            if !c.is_control() {
                self.input.push(c);
            }
        }
        self.problem = None;
        self.result = None;
        self.printed = None;
    }

    /// The reference found on this terminal, which can have its receipt
    /// printed again.
    pub fn found_here(&self) -> Option<&Reference> {
        match self.result.as_ref()? {
            Found::NotHere(_) | Found::Appointment(..) => None,
            Found::Waiting(r, _)
            | Found::Parked(r)
            | Found::SentUntracked(r)
            | Found::Status(r, _)
            | Found::Offline(r) => Some(r),
        }
    }

    /// The reference inside the input: the whole input, or the part after
    /// the last `=` or `/` of a scanned tracking URL.
    pub fn candidate(&self) -> &str {
        let t = self.input.trim();
        match t.rfind(['=', '/']) {
            Some(i) if t.contains("://") || t.contains('?') => &t[i + 1..],
            _ => t,
        }
    }
}

/// Looks a reference up: on this terminal first, then with the back office.
pub async fn look_up(
    outbox: Result<Arc<Mutex<Outbox>>, String>,
    client: Option<Client>,
    reference: Reference,
    now: DateTime<Utc>,
) -> Found {
    // An appointment slip's reference checks the resident in.
    if let Ok(o) = &outbox
        && let Ok(store) = o.lock()
        && let Ok(Some(b)) = store.booking(reference.as_str())
    {
        use crate::outbox::BookingState;
        let today = now.with_timezone(&chrono::Local).date_naive();
        let arrival = match b.state {
            BookingState::Confirmed if b.start.date() != today => Arrival::OtherDay,
            BookingState::Confirmed if b.arrived => Arrival::AlreadyIn,
            BookingState::Confirmed => match store.mark_arrived(reference.as_str(), now) {
                Ok(true) => Arrival::CheckedIn,
                _ => Arrival::AlreadyIn,
            },
            BookingState::Provisional => Arrival::Provisional,
            BookingState::Conflict | BookingState::Cancelled => Arrival::Conflict,
        };
        return Found::Appointment(reference, b.type_code, b.start, arrival);
    }
    let stored = match outbox {
        Ok(o) => o
            .lock()
            .ok()
            .and_then(|s| s.get(reference.as_str()).ok().flatten()),
        Err(_) => None,
    };
    let Some(stored) = stored else {
        return Found::NotHere(reference);
    };
    match stored.state {
        State::Pending | State::Sending => Found::Waiting(reference, stored.created_at),
        State::NeedsAttention => Found::Parked(reference),
        State::Sent => match (stored.service_request_id, client) {
            (Some(id), Some(client)) => match client.status(&id).await {
                Ok(status) => Found::Status(reference, status),
                Err(_) => Found::Offline(reference),
            },
            (Some(_), None) => Found::Offline(reference),
            (None, _) => Found::SentUntracked(reference),
        },
    }
}

fn problem_text(ctx: &Ctx<'_, Message>, p: &ReferenceError) -> String {
    match p {
        ReferenceError::Empty => ctx.t("error-reference-empty"),
        ReferenceError::WrongLength(n) => {
            ctx.ta("error-reference-length", &[("count", n.to_string())])
        }
        ReferenceError::BadCharacter(c) => {
            ctx.ta("error-reference-character", &[("character", c.to_string())])
        }
        ReferenceError::CheckFailed => ctx.t("error-reference-check"),
    }
}

fn local_time(ctx: &Ctx<'_, Message>, at: DateTime<Utc>) -> (String, String) {
    let local = at.with_timezone(&chrono::Local);
    (
        local.format("%H:%M").to_string(),
        i18n::long_date(ctx.locale, local.date_naive()),
    )
}

impl App {
    pub(super) fn progress_page(&self, ctx: &Ctx<'_, Message>, p: &Progress) -> El {
        let pal = ctx.palette;
        let mut body: Vec<El> = vec![
            ctx.heading(ctx.t("progress-heading")).into(),
            ctx.hint(ctx.t("progress-hint")).into(),
        ];
        if let Some(problem) = &p.problem {
            body.push(super::journey_view::error_box(
                ctx,
                &problem_text(ctx, problem),
            ));
        }
        body.push(self.field(ctx, &p.input, false, p.problem.is_some()));
        body.push(ctx.button(ctx.t("progress-check"), Message::Continue, Kind::Primary));
        if p.looking {
            body.push(ctx.body(ctx.t("progress-looking")).into());
        }
        if let Some(found) = &p.result {
            let (reference, lines): (&Reference, Vec<String>) = match found {
                Found::NotHere(r) => (r, vec![ctx.t("progress-not-here")]),
                Found::Waiting(r, at) => {
                    let (time, date) = local_time(ctx, *at);
                    (
                        r,
                        vec![ctx.ta("progress-waiting", &[("time", time), ("date", date)])],
                    )
                }
                Found::Parked(r) => (r, vec![ctx.t("progress-parked")]),
                Found::SentUntracked(r) => (r, vec![ctx.t("progress-sent-untracked")]),
                Found::Offline(r) => (r, vec![ctx.t("progress-offline")]),
                Found::Appointment(r, code, start, arrival) => {
                    let kind = self
                        .diary
                        .as_ref()
                        .and_then(|d| d.kind(code))
                        .map_or(code.clone(), |k| k.name.clone());
                    let id = match arrival {
                        Arrival::CheckedIn => "progress-checked-in",
                        Arrival::AlreadyIn => "progress-already-in",
                        Arrival::OtherDay => "progress-other-day",
                        Arrival::Provisional => "progress-provisional",
                        Arrival::Conflict => "progress-conflict",
                    };
                    let args = [
                        ("type", kind),
                        ("time", start.format("%H:%M").to_string()),
                        ("date", i18n::long_date(ctx.locale, start.date())),
                    ];
                    (r, vec![ctx.ta(id, &args)])
                }
                Found::Status(r, s) => {
                    let mut lines = vec![ctx.t(if s.open {
                        "progress-open-status"
                    } else {
                        "progress-closed-status"
                    })];
                    if let Some(n) = &s.notes {
                        lines.push(ctx.ta("progress-notes", &[("notes", n.clone())]));
                    }
                    if let Some(a) = &s.agency {
                        lines.push(ctx.ta("progress-agency", &[("agency", a.clone())]));
                    }
                    (r, lines)
                }
            };
            let mut panel =
                column![ctx.subheading(
                    ctx.ta("progress-reference", &[("reference", reference.grouped())])
                )]
                .spacing(ctx.px(10.0))
                .align_x(ctx.start());
            for line in lines {
                panel = panel.push(ctx.body(line));
            }
            body.push(
                container(panel)
                    .padding(ctx.px(20.0))
                    .width(iced::Length::Fill)
                    .style(ui::boxed(pal, pal.selected, pal.background))
                    .into(),
            );
            if p.found_here().is_some()
                && self.config.printer.kind != crate::config::PrinterKind::None
            {
                if p.printing {
                    body.push(ctx.body(ctx.t("printer-printing")).into());
                } else if let Some(outcome) = &p.printed {
                    body.push(ctx.body(ctx.t(outcome.message_id())).into());
                }
                body.push(ctx.button(ctx.t("print-receipt"), Message::PrintAgain, Kind::Secondary));
            }
        }
        let dock = self.keyboard_dock(ctx, crate::journey::FieldKind::Postcode);
        self.frame_docked(ctx, Nav::BOTH, body, Some(dock))
    }
}
