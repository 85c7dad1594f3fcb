//! Finding a service: the catalogue's groups as big tiles, the services in
//! one group, and a search by keyword with the on-screen keyboard.

use super::{Env, Nav, Page, Screen};
use crate::app::screen::action::Action;
use crate::app::widgets;
use crate::app::widgets::{El, Input, field, wrap};
use crate::catalogue::Service;
use crate::journey::FieldKind;
use crate::ui::{Ctx, Kind};

/// The longest search, in characters.
const MAX_QUERY: usize = 60;

/// Which services page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// The groups of services.
    Groups,
    /// The services in one group.
    Group(String),
    /// Search by keyword, with what has been typed.
    Search(String),
}

/// A tap on a services page.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Open a group.
    OpenGroup(String),
    /// Open the search.
    OpenSearch,
    /// Open check progress.
    OpenProgress,
    /// Open a service.
    OpenService(String),
    /// Open the payment pages.
    OpenPay,
    /// Typing in the search field.
    Field(Input),
}

impl State {
    /// The groups page, as a screen.
    pub fn groups() -> Screen {
        Screen::Services(State::Groups)
    }

    /// Handles a tap.
    pub fn update(&mut self, message: Message, env: &Env) -> Action {
        match message {
            Message::OpenGroup(g) => *self = State::Group(g),
            Message::OpenSearch => *self = State::Search(String::new()),
            Message::OpenProgress => {
                return Action::Go(Screen::Progress(super::progress::State::default()));
            }
            Message::OpenService(code) => return super::open_service(&code, env),
            Message::OpenPay => return super::payment::State::open(env),
            Message::Field(input) => {
                if let State::Search(q) = self {
                    match input {
                        Input::Type(t) if q.chars().count() < MAX_QUERY => {
                            q.extend(t.chars().filter(|c| !c.is_control()));
                        }
                        Input::Backspace => {
                            q.pop();
                        }
                        Input::Clear => q.clear(),
                        Input::Type(_) | Input::Focus => {}
                    }
                }
            }
        }
        Action::None
    }

    /// Back: from a group or the search to the groups, from the groups to
    /// the welcome screen.
    pub fn back(&mut self) -> Action {
        match self {
            State::Groups => Action::Go(Screen::Welcome),
            _ => Action::Go(State::groups()),
        }
    }

    /// Whether the page has a text field.
    pub fn has_field(&self) -> bool {
        matches!(self, State::Search(_))
    }

    /// The page's name.
    pub fn name(&self) -> &'static str {
        match self {
            State::Groups => "services",
            State::Group(_) => "group",
            State::Search(_) => "search",
        }
    }

    /// A name for the page, for focus.
    pub fn page_key(&self) -> String {
        match self {
            State::Group(g) => g.clone(),
            _ => String::new(),
        }
    }

    /// Draws the page.
    pub fn view(&self, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
        match self {
            State::Groups => groups(ctx, env),
            State::Group(g) => group(ctx, env, g),
            State::Search(q) => search(ctx, env, q),
        }
    }
}

fn groups(ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
    let catalogue = env.catalogue;
    let mut body: Vec<El<Message>> = vec![ctx.heading(ctx.t("services-heading")).into()];
    body.push(
        ctx.row(vec![
            ctx.button(ctx.t("search-open"), Message::OpenSearch, Kind::Secondary),
            ctx.button(
                ctx.t("progress-open"),
                Message::OpenProgress,
                Kind::Secondary,
            ),
        ])
        .spacing(ctx.px(16.0))
        .into(),
    );
    let mut tiles: Vec<El<Message>> = Vec::new();
    if let Some(items) = env.payments.filter(|i| !i.all().is_empty()) {
        // Paying the council comes first: it is the first reason residents
        // come to a hub in person.
        let names: Vec<&str> = items
            .all()
            .iter()
            .map(|i| i.name_in(env.locale()))
            .collect();
        tiles.push(widgets::tile(
            ctx,
            ctx.t("pay-open"),
            Some(names.join(", ")),
            Message::OpenPay,
        ));
    }
    tiles.extend(catalogue.groups.iter().filter_map(|g| {
        let count = catalogue
            .in_group(&g.name)
            .filter(|s| env.offered(s))
            .count();
        (count > 0).then(|| {
            widgets::tile(
                ctx,
                catalogue.group_name(&g.name, env.locale()),
                Some(ctx.ta("group-count", &[("count", count.into())])),
                Message::OpenGroup(g.name.clone()),
            )
        })
    }));
    body.push(wrap(ctx, tiles, 2));
    Page::new(body, Nav::BOTH)
}

fn tile(ctx: &Ctx<'_, Message>, env: &Env, s: &Service) -> El<Message> {
    widgets::tile(
        ctx,
        s.name_in(env.locale()).to_string(),
        s.description_in(env.locale()),
        Message::OpenService(s.code.clone()),
    )
}

fn group(ctx: &Ctx<'_, Message>, env: &Env, group: &str) -> Page<Message> {
    let mut body: Vec<El<Message>> = vec![
        ctx.heading(env.catalogue.group_name(group, env.locale()))
            .into(),
    ];
    for s in env.catalogue.in_group(group).filter(|s| env.offered(s)) {
        body.push(tile(ctx, env, s));
    }
    Page::new(body, Nav::BOTH)
}

fn search(ctx: &Ctx<'_, Message>, env: &Env, query: &str) -> Page<Message> {
    let mut body: Vec<El<Message>> = vec![
        ctx.heading(ctx.t("search-heading")).into(),
        ctx.hint(ctx.t("search-hint")).into(),
        field(ctx, query, false, false, Message::Field(Input::Focus)),
    ];
    let results: Vec<&Service> = env
        .catalogue
        .search(query, env.locale())
        .into_iter()
        .filter(|s| env.offered(s))
        .collect();
    if !query.trim().is_empty() {
        if results.is_empty() {
            body.push(
                ctx.body(ctx.ta("search-none", &[("query", query.trim().to_string().into())]))
                    .into(),
            );
        } else {
            body.push(
                ctx.body(ctx.ta("search-count", &[("count", results.len().into())]))
                    .into(),
            );
            for s in results.iter().take(6) {
                body.push(tile(ctx, env, s));
            }
        }
    }
    Page::new(body, Nav::BOTH).with_keyboard(Some(FieldKind::Line))
}
