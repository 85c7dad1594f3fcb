//! A journey through a service: one question per page, check your answers,
//! then saving it on the terminal. The questions and their rules are the
//! pure [`crate::journey`] machine; this screen draws its pages, feeds it
//! taps and typing, and asks for the save.

mod check;
mod nearby;
mod parts;
mod places;
mod question;

use super::{Env, Nav, Page, Screen};
use crate::app::effect::{Effect, Outcome};
use crate::app::screen::action::Action;
use crate::app::widgets::{El, Input};
use crate::journey::{DateUnit, Journey, Outcome as Next, Step};
use crate::outbox::{JourneyEvent, NewSubmission, StoreError, Stored};
use crate::ui::{self, Ctx, Kind};
use iced::Length;
use iced::widget::{column, container};
use std::sync::Arc;

/// Where the journey is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Answering questions or checking them.
    Asking,
    /// Waiting for the disk.
    Saving,
    /// The disk write failed, for this reason (for staff); the answers are
    /// kept for another try.
    Failed(String),
}

/// A journey under way.
#[derive(Debug, Clone)]
pub struct State {
    /// The journey machine, with every answer.
    pub journey: Box<Journey>,
    /// Where it is.
    pub phase: Phase,
    /// Open reports near the place, shown before the next question.
    pub nearby: Option<nearby::Page>,
    /// Nearby reports have been looked for in this journey.
    pub asked_nearby: bool,
    /// Following an earlier report is under way (`Some(false)`) or failed
    /// (`Some(true)`).
    pub following: Option<bool>,
}

/// A tap or key on a journey page.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Choose a single value (or contact method).
    Choose(String),
    /// Tick or untick a value.
    Toggle(String),
    /// Move the date picker by a day, month or year.
    DateStep(DateUnit, i32),
    /// Set the date picker to today or days before.
    DateDaysAgo(i64),
    /// Skip this optional question ("I do not know" for a date).
    Skip,
    /// Typing in the page's field.
    Field(Input),
    /// "I do not know the postcode".
    NoPostcode,
    /// Change an answer from check your answers.
    Change(Step),
    /// Continue (checks the page), or Send on the check page.
    Continue,
    /// Try the disk write again.
    RetrySave,
    /// "My address is not listed".
    NotListed,
    /// "I cannot find it: describe the place instead".
    DescribeInstead,
    /// On the nearby reports page.
    Nearby(nearby::Message),
}

impl State {
    /// A new journey through `service` (already in the resident's
    /// language), with dates offered up to `today`.
    pub fn new(service: crate::catalogue::Service, today: chrono::NaiveDate) -> State {
        State {
            journey: Box::new(Journey::new(service, today)),
            phase: Phase::Asking,
            nearby: None,
            asked_nearby: false,
            following: None,
        }
    }

    /// A new journey in this kiosk: addresses picked from the gazetteer
    /// when there is one, and the site known for services about it.
    pub fn started(service: crate::catalogue::Service, env: &Env) -> State {
        let mut s = State::new(service, env.today());
        s.journey.set_gazetteer(env.has_gazetteer);
        s.journey.set_site(env.site.clone());
        let offer = crate::notify::offer_for_request(env.config, env.locale());
        s.journey.set_offer(crate::journey::Notices {
            text_reference: offer.text_reference,
            email_reference: offer.email_reference,
            updates: offer.updates,
        });
        s
    }

    /// Handles a tap or key.
    pub fn update(&mut self, message: Message, env: &Env) -> Action {
        match (&self.phase, &message) {
            (Phase::Saving, _) => return Action::None,
            (Phase::Failed(_), Message::RetrySave) => return self.save(env),
            (Phase::Failed(_), _) => return Action::None,
            (Phase::Asking, _) => {}
        }
        if let Message::Nearby(m) = message {
            return self.nearby_message(m, env);
        }
        let j = &mut self.journey;
        match message {
            Message::Choose(key) => j.choose(&key),
            Message::Toggle(key) => j.toggle(&key),
            Message::DateStep(unit, delta) => j.step_date(unit, delta),
            Message::DateDaysAgo(days) => {
                if let Some(d) = j.today().checked_sub_signed(chrono::Duration::days(days)) {
                    j.set_date(d);
                }
            }
            Message::Field(Input::Type(t)) => j.type_text(&t),
            Message::Field(Input::Backspace) => j.backspace(),
            Message::Field(Input::Clear) => j.clear_field(),
            Message::Field(Input::Focus) => {}
            Message::NoPostcode => j.no_postcode(),
            Message::Change(step) => j.change(step),
            Message::Continue => return self.continue_on(env),
            Message::Skip => {
                let was_placing = j.step().is_location();
                let next = j.skip();
                return self.next(next, was_placing, env);
            }
            Message::NotListed => j.not_listed(),
            Message::DescribeInstead => j.describe_instead(),
            Message::RetrySave | Message::Nearby(_) => {}
        }
        Action::None
    }

    /// Continue: the next page, a gazetteer look-up it needs, the nearby
    /// reports once the place is known, or saving.
    fn continue_on(&mut self, env: &Env) -> Action {
        let was_placing = self.journey.step().is_location();
        let next = self.journey.continue_on();
        self.next(next, was_placing, env)
    }

    /// What the journey's answer to Continue or Skip asks for.
    fn next(&mut self, next: Next, was_placing: bool, env: &Env) -> Action {
        match next {
            Next::Submit => self.save(env),
            Next::LookUp(lookup) => Action::Run(Effect::LookUpPlace { lookup }),
            Next::Problems => Action::None,
            Next::Moved => self.after_place(was_placing),
        }
    }

    /// Once the resident has said where a problem is, the open reports of
    /// the same service near it, before a duplicate is sent.
    fn after_place(&mut self, was_placing: bool) -> Action {
        let j = &self.journey;
        let service = j.service();
        if !was_placing
            || j.step().is_location()
            || self.asked_nearby
            || service.kind != crate::catalogue::overlay::Kind::Report
            || j.is_changing()
        {
            return Action::None;
        }
        let Some(point) = j.point() else {
            return Action::None;
        };
        self.asked_nearby = true;
        Action::Run(Effect::Nearby {
            service: service.code.clone(),
            point,
        })
    }

    fn save(&mut self, env: &Env) -> Action {
        let Some(submission) = self.journey.submission() else {
            return Action::None;
        };
        self.phase = Phase::Saving;
        Action::Run(Effect::Save {
            submission: Box::new(NewSubmission {
                submission,
                service_type: self.journey.service().service_type,
                locale: env.locale().to_string(),
                assisted: env.session.assisted,
            }),
        })
    }

    /// The disk write finished: the confirmation, or a plain failure with
    /// the answers kept.
    pub fn outcome(&mut self, outcome: Outcome, env: &Env) -> Action {
        let result = match outcome {
            Outcome::Saved(result) => result,
            Outcome::PlaceFound { lookup, found } => return self.place_found(lookup, found),
            Outcome::Nearby(Ok(found)) if self.phase == Phase::Asking => {
                self.nearby = nearby::Page::list(*found);
                return Action::None;
            }
            Outcome::Followed(result) if self.following == Some(false) => {
                return self.followed(result, env);
            }
            _ => return Action::None,
        };
        if self.phase != Phase::Saving {
            return Action::None;
        }
        match parse(result) {
            Ok((reference, saved_at)) => {
                let mut done = super::confirmation::State::saved(
                    reference,
                    self.journey.service().clone(),
                    saved_at,
                    env,
                );
                done.notices = self.journey.notices().label_ids();
                let print = done.print(env);
                Action::Go(Screen::Confirmation(done)).and(Action::Run(print))
            }
            Err(reason) => {
                // For staff and the terminal's journal; the resident sees
                // plain words.
                tracing::error!(%reason, "a submission could not be saved");
                self.phase = Phase::Failed(reason.to_string());
                Action::None
            }
        }
    }

    /// The earlier report is followed from here: its confirmation and
    /// receipt; or the page says it cannot be followed now.
    fn followed(
        &mut self,
        result: Result<Box<crate::outbox::Followed>, Arc<crate::outbox::StoreError>>,
        env: &Env,
    ) -> Action {
        match result {
            Ok(f) => {
                let done = super::confirmation::State::followed(
                    f.reference,
                    self.journey.service().clone(),
                    f.created_at,
                    env,
                );
                let print = done.print(env);
                Action::journey(&self.journey.service().code, JourneyEvent::Completed, None)
                    .and(Action::Go(Screen::Confirmation(done)))
                    .and(Action::Run(print))
            }
            Err(why) => {
                tracing::error!(reason = %why, "a report could not be followed");
                self.following = Some(true);
                Action::None
            }
        }
    }

    /// A tap on the nearby reports pages.
    fn nearby_message(&mut self, m: nearby::Message, env: &Env) -> Action {
        if self.following == Some(false) {
            return Action::None;
        }
        let Some(page) = self.nearby.take() else {
            return Action::None;
        };
        match (page, m) {
            (nearby::Page::Already(found, i), nearby::Message::Follow)
                if self.following.is_none() =>
            {
                let id = found
                    .requests
                    .get(i)
                    .map(|n| n.request.service_request_id.clone());
                self.nearby = Some(nearby::Page::Already(found, i));
                if let Some(service_request_id) = id {
                    self.following = Some(false);
                    return Action::Run(Effect::Follow {
                        service_request_id,
                        service: self.journey.service().code.clone(),
                        locale: env.locale().to_string(),
                    });
                }
            }
            (nearby::Page::List(found), nearby::Message::Pick(i)) => {
                self.nearby = Some(nearby::Page::Already(found, i));
            }
            (nearby::Page::List(_), nearby::Message::NoneOfThese) => {}
            (nearby::Page::Already(found, _), nearby::Message::BackToList) => {
                self.nearby = Some(nearby::Page::List(found));
            }
            (nearby::Page::Already(found, i), nearby::Message::AddMine) => {
                let id = found
                    .requests
                    .get(i)
                    .map(|n| n.request.service_request_id.clone());
                self.journey.set_earlier_request(id);
            }
            (nearby::Page::Already(..), nearby::Message::Finish) => {
                // Already reported: nothing is sent, and the journey counts
                // as finished (the resident got what they came for).
                return Action::journey(
                    &self.journey.service().code,
                    JourneyEvent::Completed,
                    None,
                )
                .and(Action::EndSession);
            }
            (page, _) => self.nearby = Some(page),
        }
        Action::None
    }

    /// The gazetteer answered; a failed look-up falls back to typing the
    /// place, as without a gazetteer.
    fn place_found(
        &mut self,
        lookup: crate::journey::place::Lookup,
        found: Result<crate::journey::location::Found, Arc<crate::app::effect::PlaceError>>,
    ) -> Action {
        match found {
            Ok(found) => self.journey.found(&lookup, found),
            Err(why) => {
                tracing::warn!("the gazetteer could not be read: {why}");
                self.journey.set_gazetteer(false);
            }
        }
        match self.journey.wanted() {
            Some(lookup) => Action::Run(Effect::LookUpPlace { lookup }),
            None => Action::None,
        }
    }

    /// Back one question; from the first, back to the service's group.
    pub fn back(&mut self) -> Action {
        if self.nearby.take().is_some() {
            return Action::None;
        }
        match self.phase {
            Phase::Saving => Action::None,
            Phase::Failed(_) => {
                self.phase = Phase::Asking;
                Action::None
            }
            Phase::Asking if self.journey.back() => Action::None,
            Phase::Asking => {
                let group = self.journey.service().group.clone();
                self.abandoned()
                    .and(Action::Go(Screen::Services(super::services::State::Group(
                        group,
                    ))))
            }
        }
    }

    /// The measure for leaving part way.
    pub fn abandoned(&self) -> Action {
        if self.phase == Phase::Saving {
            return Action::None;
        }
        Action::journey(
            &self.journey.service().code,
            JourneyEvent::Abandoned,
            Some(step_name(&self.journey)),
        )
    }

    /// Whether the page has a text field.
    pub fn has_field(&self) -> bool {
        self.phase == Phase::Asking && self.nearby.is_none() && self.journey.field_kind().is_some()
    }

    /// The page's name.
    pub fn name(&self) -> &'static str {
        match self.phase {
            Phase::Saving => "saving",
            Phase::Failed(_) => "save-failed",
            Phase::Asking if self.journey.step() == Step::Check => "check-answers",
            Phase::Asking => "question",
        }
    }

    /// A name for the page, for focus: the step and how many problems show.
    pub fn page_key(&self) -> String {
        if let Some(n) = &self.nearby {
            return n.key();
        }
        match self.phase {
            Phase::Asking => format!(
                "{:?}/{}",
                self.journey.step(),
                self.journey.problems().len()
            ),
            _ => String::new(),
        }
    }

    /// Draws the page.
    pub fn view(&self, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
        match self.phase {
            Phase::Saving => Page::new(
                vec![
                    ctx.heading(ctx.t("saving-heading")).into(),
                    ctx.body(ctx.t("saving-body")).into(),
                ],
                Nav::NONE,
            ),
            Phase::Failed(_) => save_failed(ctx),
            Phase::Asking if self.nearby.is_some() => nearby::view(
                ctx.map(Message::Nearby),
                self.nearby.as_ref(),
                self.following == Some(true),
                env,
            ),
            Phase::Asking if self.journey.step() == Step::Check => {
                check::view(ctx, &self.journey, env)
            }
            Phase::Asking => question::view(ctx, &self.journey),
        }
    }
}

/// The stored row's reference and time, or why there is none.
fn parse(
    result: Result<Box<Stored>, Arc<StoreError>>,
) -> Result<(crate::reference::Reference, chrono::DateTime<chrono::Utc>), Arc<StoreError>> {
    result.map(|stored| (stored.reference, stored.created_at))
}

fn save_failed(ctx: &Ctx<'_, Message>) -> Page<Message> {
    let p = ctx.palette;
    let body: Vec<El<Message>> = vec![
        container(
            column![
                ctx.subheading(ctx.t("save-failed-heading")),
                ctx.body(ctx.t("save-failed-body"))
            ]
            .spacing(ctx.px(8.0))
            .align_x(ctx.start()),
        )
        .padding(ctx.px(20.0))
        .width(Length::Fill)
        .style(ui::boxed(p, p.error, p.background))
        .into(),
        ctx.button(ctx.t("try-again"), Message::RetrySave, Kind::Primary),
    ];
    Page::new(body, Nav::BOTH)
}

/// The journey's current page, as a name for measures (no answers in it).
pub fn step_name(j: &Journey) -> String {
    match j.step() {
        Step::Question(i) | Step::Info(i) => {
            format!(
                "question:{}",
                j.service()
                    .attributes
                    .get(i)
                    .map(|a| a.code.as_str())
                    .unwrap_or("?")
            )
        }
        other => format!("{other:?}").to_lowercase(),
    }
}
