//! Check progress: a resident scans the QR code on their receipt (or types
//! its reference) and is told, in plain words, where their request is.
//! Scanned, with the secret the code carries, the page shows everything and
//! an appointment slip checks them in; typed alone, a reference shows only
//! the service and a plain status word, and says to scan the code or ask
//! staff for more (signed-in staff see everything). A request found by its
//! code can have its receipt printed again.

use super::{Env, Nav, Page};
use crate::app::effect::{Arrival, Asked, Effect, Found, Glimpse, Glimpsed, Outcome, Word};
use crate::app::screen::action::Action;
use crate::app::widgets::{El, Input, error_box, field};
use crate::i18n;
use crate::reference::{Reference, ReferenceError};
use crate::ui::{self, Ctx, Kind};
use chrono::{DateTime, Utc};
use iced::widget::{column, container};

/// The most characters the field takes (a scanned tracking URL and its
/// secret included).
const MAX_INPUT: usize = 240;

/// The check-progress page.
#[derive(Debug, Clone, Default)]
pub struct State {
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

/// A tap or key on check progress.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Typing in the reference field.
    Field(Input),
    /// Check the reference typed.
    Check,
    /// Print the found request's receipt again.
    PrintReceipt,
}

impl State {
    /// Handles a tap or key.
    pub fn update(&mut self, message: Message, env: &Env) -> Action {
        match message {
            Message::Field(Input::Type(t)) => self.type_text(&t),
            Message::Field(Input::Backspace) => {
                self.input.pop();
                self.problem = None;
                self.result = None;
            }
            Message::Field(Input::Clear) => {
                self.input.clear();
                self.problem = None;
                self.result = None;
            }
            Message::Field(Input::Focus) => {}
            Message::Check => match Reference::parse(self.candidate()) {
                Ok(reference) => {
                    self.problem = None;
                    self.result = None;
                    self.looking = true;
                    return Action::Run(Effect::LookUp(Asked {
                        reference,
                        secret: self.secret(),
                        staff: env.session.staff.is_some(),
                    }));
                }
                Err(problem) => self.problem = Some(problem),
            },
            Message::PrintReceipt if !self.printing => {
                if let Some(reference) = self.found_here().cloned() {
                    self.printing = true;
                    self.printed = None;
                    // A reprint by signed-in staff goes in the audit log.
                    return Action::Run(Effect::Reprint {
                        reference,
                        locale: env.locale().to_string(),
                        staff: env.session.staff.clone(),
                    });
                }
            }
            Message::PrintReceipt => {}
        }
        Action::None
    }

    /// A look-up or a reprint finished.
    pub fn outcome(&mut self, outcome: Outcome) -> Action {
        match outcome {
            Outcome::LookedUp(found) if self.looking => {
                self.looking = false;
                self.result = Some(found);
                // The answer is at the foot of the page: bring it into view.
                Action::ShowEnd
            }
            Outcome::Printed(o) if self.printing => {
                self.printing = false;
                self.printed = Some(o);
                Action::None
            }
            _ => Action::None,
        }
    }

    /// Adds typed or scanned text. A scanner reading the receipt's QR code
    /// types a tracking URL or the bare reference; both work.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            if self.input.chars().count() >= MAX_INPUT {
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
            Found::NotHere(_)
            | Found::Appointment(..)
            | Found::Glimpse(..)
            | Found::TooMany(..) => None,
            Found::Waiting(r, _)
            | Found::Parked(r)
            | Found::SentUntracked(r)
            | Found::Status(r, _)
            | Found::Offline(r) => Some(r),
        }
    }

    /// The secret a scanned QR code carries after the reference, if any.
    pub fn secret(&self) -> Option<crate::reference::Secret> {
        crate::reference::secret::split(self.input.trim()).1
    }

    /// The reference inside the input: the whole input, or the part after
    /// the last `=` or `/` of a scanned tracking URL, without the secret.
    pub fn candidate(&self) -> &str {
        let t = crate::reference::secret::split(self.input.trim()).0;
        match t.rfind(['=', '/']) {
            Some(i) if t.contains("://") || t.contains('?') => &t[i + 1..],
            _ => t,
        }
    }

    /// Draws the page.
    pub fn view(&self, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
        let pal = ctx.palette;
        let mut body: Vec<El<Message>> = vec![
            ctx.heading(ctx.t("progress-heading")).into(),
            ctx.hint(ctx.t("progress-hint")).into(),
        ];
        if let Some(problem) = &self.problem {
            body.push(error_box(ctx, &problem_text(ctx, problem)));
        }
        body.push(field(
            ctx,
            &self.input,
            false,
            self.problem.is_some(),
            Message::Field(Input::Focus),
        ));
        body.push(ctx.button(ctx.t("progress-check"), Message::Check, Kind::Primary));
        if self.looking {
            body.push(ctx.body(ctx.t("progress-looking")).into());
        }
        if let Some(found) = &self.result {
            let (reference, lines) = found_lines(ctx, env, found);
            let mut panel = column![ctx.subheading(ctx.ta(
                "progress-reference",
                &[("reference", reference.grouped().into())]
            ))]
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
            if self.found_here().is_some()
                && env.config.printer.kind != crate::config::PrinterKind::None
            {
                if self.printing {
                    body.push(ctx.body(ctx.t("printer-printing")).into());
                } else if let Some(outcome) = &self.printed {
                    body.push(ctx.body(ctx.t(outcome.message_id())).into());
                    // Staff are told why a receipt did not print, such as
                    // an audit line that could not be written.
                    if let (
                        Some(_),
                        crate::printer::Outcome::Failed(crate::printer::Problem::Stopped(why)),
                    ) = (&env.session.staff, outcome)
                    {
                        body.push(ctx.body(why.clone()).into());
                    }
                }
                body.push(ctx.button(
                    ctx.t("print-receipt"),
                    Message::PrintReceipt,
                    Kind::Secondary,
                ));
            }
        }
        Page::new(body, Nav::BOTH).with_keyboard(Some(crate::journey::FieldKind::Postcode))
    }
}

/// The found reference and what to say about it.
fn found_lines<'f>(
    ctx: &Ctx<'_, Message>,
    env: &Env,
    found: &'f Found,
) -> (&'f Reference, Vec<String>) {
    match found {
        Found::NotHere(r) => (r, vec![ctx.t("progress-not-here")]),
        Found::TooMany(r, minutes) => (
            r,
            vec![ctx.ta("progress-too-many", &[("minutes", (*minutes).into())])],
        ),
        Found::Glimpse(r, g) => (r, glimpse_lines(ctx, env, g)),
        Found::Waiting(r, at) => {
            let (time, date) = local_time(ctx, *at);
            (
                r,
                vec![ctx.ta(
                    "progress-waiting",
                    &[("time", time.into()), ("date", date.into())],
                )],
            )
        }
        Found::Parked(r) => (r, vec![ctx.t("progress-parked")]),
        Found::SentUntracked(r) => (r, vec![ctx.t("progress-sent-untracked")]),
        Found::Offline(r) => (r, vec![ctx.t("progress-offline")]),
        Found::Appointment(r, code, start, arrival) => {
            let kind = env
                .diary
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
                ("type", kind.into()),
                ("time", start.format("%H:%M").to_string().into()),
                ("date", i18n::long_date(ctx.locale, start.date()).into()),
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
                lines.push(ctx.ta("progress-notes", &[("notes", n.clone().into())]));
            }
            if let Some(a) = &s.agency {
                lines.push(ctx.ta("progress-agency", &[("agency", a.clone().into())]));
            }
            (r, lines)
        }
    }
}

/// A typed reference's service and status word, and how to see more.
fn glimpse_lines(ctx: &Ctx<'_, Message>, env: &Env, g: &Glimpse) -> Vec<String> {
    let (what, more) = match &g.what {
        Glimpsed::Service(code) => (
            env.catalogue
                .service(code)
                .map_or_else(|| code.clone(), |s| s.localised(ctx.locale).name),
            "progress-glimpse-more",
        ),
        Glimpsed::Appointment(code) => (
            env.diary
                .and_then(|d| d.kind(code))
                .map_or_else(|| code.clone(), |k| k.name_in(ctx.locale)),
            "progress-glimpse-slip",
        ),
    };
    let word = ctx.t(match g.word {
        Word::Waiting => "progress-word-waiting",
        Word::WithStaff => "progress-word-staff",
        Word::Received => "progress-word-received",
        Word::Open => "progress-word-open",
        Word::Closed => "progress-word-closed",
        Word::Booked => "progress-word-booked",
        Word::Cancelled => "progress-word-cancelled",
    });
    vec![
        ctx.ta(
            "progress-glimpse",
            &[("service", what.into()), ("status", word.into())],
        ),
        ctx.t(more),
    ]
}

fn problem_text(ctx: &Ctx<'_, Message>, p: &ReferenceError) -> String {
    match p {
        ReferenceError::Empty => ctx.t("error-reference-empty"),
        ReferenceError::WrongLength(n) => {
            ctx.ta("error-reference-length", &[("count", (*n).into())])
        }
        ReferenceError::BadCharacter(c) => ctx.ta(
            "error-reference-character",
            &[("character", c.to_string().into())],
        ),
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
