//! Booking an appointment: what it is about, a day, a time, a check page,
//! then the confirmation with a printed slip. Residents come here through
//! an appointment service; hub staff come here to book for a resident or to
//! move a booking. Free times and the booking itself are effects, run off
//! the UI thread through the booking desk.

mod texts;
mod view;

use super::{Env, Page, Screen};
use crate::app::effect::{Effect, Outcome};
use crate::app::screen::action::Action;
use crate::desk::{Free, Outcome as Booked};
use crate::outbox::JourneyEvent;
use crate::ui::Ctx;
use chrono::{NaiveDate, NaiveDateTime};
use std::sync::Arc;

pub use texts::{Choice as TextChoice, Texts};

/// The pages of a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// What the appointment is about.
    Kind,
    /// Which day.
    Day,
    /// Which time.
    Time,
    /// Texts about it: the details, a reminder (when the terminal sends
    /// texts).
    Texts,
    /// Check and book.
    Check,
    /// Waiting for the diary.
    Booking,
}

/// A booking under way.
#[derive(Debug, Clone)]
pub struct State {
    /// The catalogue service it came from (`None` when hub staff book).
    pub service: Option<String>,
    /// The reference of a booking being moved by staff.
    pub moving: Option<crate::reference::Reference>,
    /// The page showing.
    pub step: Step,
    /// The type could be chosen (more than one, and the service names none).
    pub choose_kind: bool,
    /// The appointment type.
    pub kind: Option<String>,
    /// Free times, once read.
    pub free: Option<Result<Free, Arc<crate::app::effect::DeskWorkError>>>,
    /// The day chosen.
    pub day: Option<NaiveDate>,
    /// The time chosen.
    pub time: Option<NaiveDateTime>,
    /// The time chosen went to someone else; the next free one, if any.
    pub lost: Option<(NaiveDateTime, Option<NaiveDateTime>)>,
    /// The last booking attempt failed, for this reason.
    pub failed: Option<String>,
    /// The texts page: what the resident chose to be sent.
    pub texts: Texts,
}

/// A tap on a booking page.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The appointment type was chosen.
    Kind(String),
    /// A day was chosen.
    Day(NaiveDate),
    /// A time was chosen.
    Time(NaiveDateTime),
    /// Book (or move to) the time chosen.
    Book,
    /// Choose another time, from the check page.
    OtherTime,
    /// Tick or untick a text on the texts page.
    Text(TextChoice),
    /// Typing into the mobile number.
    Field(crate::app::widgets::Input),
    /// Continue from the texts page.
    TextsDone,
}

impl State {
    fn new(
        service: Option<String>,
        moving: Option<crate::reference::Reference>,
        kind: Option<String>,
    ) -> State {
        State {
            service,
            moving,
            step: if kind.is_some() {
                Step::Day
            } else {
                Step::Kind
            },
            choose_kind: kind.is_none(),
            kind,
            free: None,
            day: None,
            time: None,
            lost: None,
            failed: None,
            texts: Texts::default(),
        }
    }

    /// Opens the booking pages for an appointment service. A service naming
    /// a diary type, or named after one, books that type; a diary with one
    /// type needs no choosing.
    pub fn for_service(service: &crate::catalogue::Service, env: &Env) -> Action {
        let kind = service.appointment.clone().or_else(|| {
            let d = env.diary?;
            d.kind(&service.code)
                .or(if d.types.len() == 1 {
                    d.types.first()
                } else {
                    None
                })
                .map(|k| k.code.clone())
        });
        State::new(Some(service.code.clone()), None, kind).open(env)
    }

    /// Hub staff book for a resident.
    pub fn for_staff(env: &Env) -> Action {
        State::new(None, None, None).open(env)
    }

    /// Hub staff move the booking `reference`, of type `kind`.
    pub fn to_move(reference: crate::reference::Reference, kind: String, env: &Env) -> Action {
        State::new(None, Some(reference), Some(kind)).open(env)
    }

    fn open(mut self, env: &Env) -> Action {
        if self.moving.is_none() {
            self.texts = Texts::offered(env.config, env.locale());
        }
        let load = self.load_free_times(env);
        Action::Go(Screen::Appointment(self)).and(load)
    }

    fn load_free_times(&mut self, env: &Env) -> Action {
        let Some(kind) = &self.kind else {
            return Action::None;
        };
        self.free = None;
        Action::Run(Effect::FreeTimes {
            kind: kind.clone(),
            after: env.local_now(),
            moving: self.moving.as_ref().map(|r| r.as_str().to_string()),
        })
    }

    /// Handles a tap.
    pub fn update(&mut self, message: Message, env: &Env) -> Action {
        match message {
            Message::Kind(code) => {
                self.kind = Some(code);
                self.step = Step::Day;
                self.day = None;
                self.time = None;
                return self.load_free_times(env);
            }
            Message::Day(day) => {
                self.day = Some(day);
                self.time = None;
                self.step = Step::Time;
            }
            Message::Time(time) => {
                self.time = Some(time);
                self.day = Some(time.date());
                self.lost = None;
                self.failed = None;
                self.step = if self.texts.is_offered() {
                    Step::Texts
                } else {
                    Step::Check
                };
            }
            Message::Text(choice) => self.texts.toggle(choice),
            Message::Field(input) => self.texts.input(input),
            Message::TextsDone => {
                if self.texts.check() {
                    self.step = Step::Check;
                }
            }
            Message::Book => {
                if let (Some(kind), Some(start)) = (&self.kind, self.time) {
                    self.step = Step::Booking;
                    self.failed = None;
                    return Action::Run(match &self.moving {
                        Some(reference) => Effect::Move {
                            reference: reference.clone(),
                            start,
                            staff: env.session.staff.clone(),
                        },
                        None => Effect::Book {
                            kind: kind.clone(),
                            start,
                            texts: self.booked_texts(env),
                            staff: env.session.staff.clone(),
                        },
                    });
                }
            }
            Message::OtherTime => {
                self.back_one();
            }
        }
        Action::None
    }

    /// The free times arrived, or the diary answered a booking.
    pub fn outcome(&mut self, outcome: Outcome, env: &Env) -> Action {
        match outcome {
            Outcome::FreeTimes(result) => {
                self.free = Some(result.map(|f| *f));
                Action::None
            }
            Outcome::Booked(booked) if self.step == Step::Booking => self.booked(*booked, env),
            _ => Action::None,
        }
    }

    fn booked(&mut self, outcome: Booked, env: &Env) -> Action {
        match outcome {
            Booked::Booked {
                reference,
                slot,
                provisional,
            } => {
                let kind = self.kind.clone().unwrap_or_default();
                let moved = self.moving.is_some();
                let done = match &self.service {
                    Some(code) => Action::journey(code, JourneyEvent::Completed, None),
                    None => Action::None,
                };
                let service = self
                    .service
                    .as_deref()
                    .and_then(|code| env.catalogue.service(code))
                    .map(|s| s.localised(env.locale()))
                    .unwrap_or_else(|| crate::catalogue::Service::appointment_by_staff(&kind));
                let slip = super::confirmation::Slip {
                    kind,
                    starts: slot.start,
                    provisional,
                    by_staff: self.service.is_none(),
                    moved,
                };
                let mut confirmation =
                    super::confirmation::State::booked(reference, service, slip, env);
                if !moved {
                    confirmation.notices = self.texts.label_ids();
                }
                let print = confirmation.print(env);
                done.and(Action::Go(Screen::Confirmation(confirmation)))
                    .and(Action::Run(print))
            }
            Booked::Lost(next) => {
                self.step = Step::Time;
                self.lost = self.time.map(|t| (t, next));
                // The free times changed: read them again.
                self.load_free_times(env)
            }
            Booked::Failed(why) => {
                tracing::warn!("an appointment could not be booked: {why}");
                self.step = Step::Check;
                self.failed = Some(why);
                Action::None
            }
        }
    }

    /// Back one page; from the first, a resident goes back to the
    /// service's group (the journey counted as left part way), staff to
    /// their view.
    pub fn back(&mut self, env: &Env) -> Action {
        if self.back_one() {
            return Action::None;
        }
        match &self.service {
            Some(code) => {
                let group = env
                    .catalogue
                    .service(code)
                    .map(|s| s.group.clone())
                    .unwrap_or_default();
                self.abandoned()
                    .and(Action::Go(Screen::Services(super::services::State::Group(
                        group,
                    ))))
            }
            None => Action::OpenHub,
        }
    }

    /// Back one booking page; `false` when already on the first.
    fn back_one(&mut self) -> bool {
        self.lost = None;
        self.failed = None;
        self.step = match self.step {
            Step::Kind => return false,
            Step::Day if self.choose_kind => Step::Kind,
            Step::Day => return false,
            Step::Time => Step::Day,
            Step::Texts => Step::Time,
            Step::Check if self.texts.is_offered() => Step::Texts,
            Step::Check => Step::Time,
            Step::Booking => Step::Booking,
        };
        true
    }

    /// What to text about the booking, when the resident ticked anything.
    fn booked_texts(&self, env: &Env) -> Option<Box<crate::app::effect::BookedTexts>> {
        let t = &self.texts;
        t.chosen.any().then(|| {
            Box::new(crate::app::effect::BookedTexts {
                consent: t.chosen,
                contact: t.contact(),
                locale: env.locale().to_string(),
                kind_name: self
                    .kind
                    .as_deref()
                    .map(|k| env.kind_name(k))
                    .unwrap_or_default(),
            })
        })
    }

    /// Whether the page has the mobile number field.
    pub fn has_field(&self) -> bool {
        self.step == Step::Texts && self.texts.wants_number()
    }

    /// The measure for leaving part way (residents' bookings only).
    pub fn abandoned(&self) -> Action {
        match &self.service {
            Some(code) => Action::journey(
                code,
                JourneyEvent::Abandoned,
                Some(format!("appointment:{:?}", self.step).to_lowercase()),
            ),
            None => Action::None,
        }
    }

    /// A name for the page, for focus and for measures.
    pub fn page_key(&self) -> String {
        let loaded = match &self.free {
            None => "loading",
            Some(Ok(_)) => "loaded",
            Some(Err(_)) => "failed",
        };
        format!("{:?}/{loaded}/{}", self.step, self.lost.is_some()).to_lowercase()
    }

    /// Draws the page.
    pub fn view(&self, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
        view::page(self, ctx, env)
    }
}
