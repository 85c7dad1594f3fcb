//! A signpost: where to go instead (a partner agency's phone, web, address
//! and hours), a one-tap rating, and Finish.

use super::{Env, Nav, Page, Screen};
use crate::app::screen::action::{Action, Measure};
use crate::app::widgets::{El, labelled, rating};
use crate::outbox::{JourneyEvent, Rating};
use crate::ui::{Ctx, Kind};

/// The signpost showing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct State {
    /// The service.
    pub code: String,
    /// The rating given, if any.
    pub rated: Option<Rating>,
}

/// A tap on a signpost.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A satisfaction rating.
    Rate(Rating),
    /// Finished: the journey counts as completed.
    Finish,
}

impl State {
    /// The signpost of a service.
    pub fn new(code: &str) -> State {
        State {
            code: code.to_string(),
            rated: None,
        }
    }

    /// Handles a tap.
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Rate(r) => {
                let first = self.rated.is_none();
                self.rated = Some(r);
                if first {
                    Action::Measure(Measure::Rating {
                        service: self.code.clone(),
                        rating: r,
                    })
                } else {
                    Action::None
                }
            }
            Message::Finish => {
                Action::journey(&self.code, JourneyEvent::Completed, None).and(Action::EndSession)
            }
        }
    }

    /// Back to the service's group.
    pub fn back(&self, env: &Env) -> Action {
        let group = env
            .catalogue
            .service(&self.code)
            .map(|s| s.group.clone())
            .unwrap_or_default();
        Action::Go(Screen::Services(super::services::State::Group(group)))
    }

    /// A name for the page, for focus.
    pub fn page_key(&self) -> String {
        format!("{}", self.rated.is_some())
    }

    /// Draws the signpost.
    pub fn view(&self, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
        let Some(service) = env
            .catalogue
            .service(&self.code)
            .map(|s| s.localised(env.locale()))
        else {
            return Page::new(Vec::new(), Nav::BOTH);
        };
        let mut body: Vec<El<Message>> = vec![ctx.heading(service.name.clone()).into()];
        if let Some(help) = &service.help {
            body.push(ctx.body(help.clone()).into());
        }
        if let Some(sp) = &service.signpost {
            body.push(ctx.subheading(sp.organisation.clone()).into());
            let rows = [
                ("signpost-phone", &sp.phone),
                ("signpost-web", &sp.web),
                ("signpost-visit", &sp.visit),
                ("signpost-hours", &sp.hours),
            ];
            for (label, value) in rows {
                if let Some(v) = value {
                    body.push(labelled(ctx, ctx.t(label), v.clone()));
                }
            }
            body.push(ctx.hint(ctx.t("signpost-photo")).into());
        }
        body.push(rating(ctx, self.rated, Message::Rate));
        body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary));
        Page::new(body, Nav::BOTH)
    }
}
