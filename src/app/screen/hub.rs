//! The hub's own view, for hub staff and admins: what is waiting on this
//! terminal (with a retry for what the council's system refused), today's
//! payments (unknown and stuck ones first), today's and coming
//! appointments with Move and Cancel, the connection and the
//! printer, and the service measures for today, this week or this month,
//! with a CSV export. Every figure is counted from the store, read off the
//! UI thread.

mod payments;
mod trends;
mod view;

use super::{Env, Page, Screen};
use crate::app::effect::{DeskWorkError, Effect, ExportError, Exported, HubData, Outcome, Period};
use crate::app::screen::action::Action;
use crate::outbox::StoreError;
use crate::ui::Ctx;
use chrono::Local;
use std::sync::Arc;

/// The councils' satisfaction targets, in percent.
pub const TARGETS: [u64; 2] = [85, 95];

/// Why the figures could not be read, or the export not written; staff
/// see its words.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Problem {
    /// The store could not be read.
    #[error(transparent)]
    Figures(Arc<StoreError>),
    /// The export could not be written.
    #[error(transparent)]
    Export(Arc<ExportError>),
}

/// The hub view's state.
#[derive(Debug, Clone, Default)]
pub struct State {
    /// The period shown.
    pub period: Period,
    /// The figures, once read.
    pub data: Option<Box<HubData>>,
    /// What came of the last export (or reading the figures).
    pub exported: Option<Result<Exported, Problem>>,
    /// The booking staff asked to cancel (reference) and the question, in
    /// words, waiting for Yes or No.
    pub cancelling: Option<(crate::reference::Reference, String)>,
    /// What came of the last cancellation.
    pub notice: Option<Result<(), Arc<DeskWorkError>>>,
}

/// A tap in the hub view.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Show another period.
    Period(Period),
    /// Send a refused submission again.
    Retry(crate::reference::Reference),
    /// Save the measures shown as CSV.
    Export,
    /// Book an appointment for a resident.
    Book,
    /// Move the booking with this reference.
    Move(crate::reference::Reference),
    /// Ask to cancel the booking with this reference.
    Cancel(crate::reference::Reference),
    /// Yes, cancel it.
    CancelConfirm,
    /// No, keep it.
    CancelKeep,
}

impl State {
    /// Opens the hub view on today's figures.
    pub fn open() -> Action {
        Action::Go(Screen::Hub(State::default())).and(Action::Run(Effect::LoadHub {
            period: Period::Today,
        }))
    }

    /// Handles a tap (staff who may see the hub only).
    pub fn update(&mut self, message: Message, env: &Env) -> Action {
        if !env.session.may_see_hub() {
            return Action::None;
        }
        match message {
            Message::Period(period) => {
                self.period = period;
                self.exported = None;
                Action::Run(Effect::LoadHub { period })
            }
            Message::Book => super::appointment::State::for_staff(env),
            Message::Move(reference) => match self.booking(reference.as_str()) {
                Some(b) => super::appointment::State::to_move(reference, b.type_code.clone(), env),
                None => Action::None,
            },
            Message::Cancel(reference) => {
                let question = self.cancel_question(reference.as_str(), env);
                self.notice = None;
                self.cancelling = Some((reference, question));
                Action::None
            }
            Message::CancelKeep => {
                self.cancelling = None;
                Action::None
            }
            Message::CancelConfirm => match &self.cancelling {
                Some((reference, _)) => Action::Run(Effect::Cancel {
                    reference: reference.clone(),
                    staff: env.session.staff.clone(),
                }),
                None => Action::None,
            },
            Message::Retry(reference) => match &env.session.staff {
                Some(staff) => Action::Run(Effect::Retry {
                    staff: staff.clone(),
                    reference,
                    period: self.period,
                }),
                None => Action::None,
            },
            Message::Export => self.export(env),
        }
    }

    fn export(&self, env: &Env) -> Action {
        let Some(data) = &self.data else {
            return Action::None;
        };
        let csv = data.measures.to_csv(data.span.0, data.span.1);
        let stamp = env.now.with_timezone(&Local).format("%Y%m%d-%H%M");
        Action::Run(Effect::Export {
            folder: env.config.data_dir().join("exports"),
            name: format!("measures-{stamp}.csv"),
            csv,
        })
    }

    fn booking(&self, reference: &str) -> Option<&crate::outbox::Booking> {
        self.data.as_ref()?.booking(reference)
    }

    /// "Cancel the Housing options appointment at 10:00 on …?"
    fn cancel_question(&self, reference: &str, env: &Env) -> String {
        match self.booking(reference) {
            Some(b) => crate::i18n::t_args(
                env.locale(),
                "hub-cancel-confirm",
                &[
                    ("type", env.kind_name(&b.type_code).into()),
                    ("time", b.start.format("%H:%M").to_string().into()),
                    (
                        "date",
                        crate::i18n::long_date(env.locale(), b.start.date()).into(),
                    ),
                ],
            ),
            None => reference.to_string(),
        }
    }

    /// The figures arrived, an export was written, or a cancellation ended.
    pub fn outcome(&mut self, outcome: Outcome) -> Action {
        match outcome {
            Outcome::HubLoaded(Ok(data)) => self.data = Some(data),
            Outcome::HubLoaded(Err(e)) => self.exported = Some(Err(Problem::Figures(e))),
            Outcome::Exported(done) => self.exported = Some(done.map_err(Problem::Export)),
            Outcome::Cancelled(result) => return self.cancelled(result),
            _ => {}
        }
        Action::None
    }

    /// A cancellation ended. Its audit line, if any, was written before
    /// it was made.
    fn cancelled(&mut self, result: Result<(), Arc<DeskWorkError>>) -> Action {
        self.cancelling = None;
        self.notice = Some(result);
        Action::Run(Effect::LoadHub {
            period: self.period,
        })
    }

    /// A name for the page, for focus.
    pub fn page_key(&self) -> String {
        format!("{}", self.cancelling.is_some())
    }

    /// Draws the hub view.
    pub fn view(&self, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
        view::page(self, ctx, env)
    }
}
