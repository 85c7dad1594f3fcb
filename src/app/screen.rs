//! The screens. Each is a module with its own `State`, `Message`, `view`
//! and `update`; `update` changes only that screen's state and returns an
//! [`Action`] for the root. This module holds what they share: the
//! read-only [`Env`] they see, the [`Page`] a view returns (the root puts the
//! frame around it), and the [`Screen`] and [`Message`] enums that route to
//! each one.

pub mod appointment;
pub mod confirmation;
pub mod hub;
pub mod journey;
pub mod payment;
pub mod progress;
pub mod services;
pub mod signpost;
pub mod welcome;

pub mod action;

use super::effect::Outcome;
use super::session::Session;
use super::widgets::{El, Input};
use crate::booking::Diary;
use crate::catalogue::Catalogue;
use crate::catalogue::overlay::Kind as ServiceKind;
use crate::config::Config;
use crate::journey::FieldKind;
use crate::outbox::JourneyEvent;
use crate::ui::Ctx;
use action::Action;
use chrono::{DateTime, Utc};

/// What a screen can see of the kiosk and the session, read only.
pub struct Env<'a> {
    /// The config in force.
    pub config: &'a Config,
    /// The catalogue in use.
    pub catalogue: &'a Catalogue,
    /// The appointment diary's rules, when appointments are used.
    pub diary: Option<&'a Diary>,
    /// The resident's session.
    pub session: &'a Session,
    /// The wall clock's time now.
    pub now: DateTime<Utc>,
    /// How the council's system last answered, for staff.
    pub connection: Connection,
    /// Central set-up and monitoring, for staff.
    pub fleet: Fleet,
    /// Whether there is a gazetteer to pick addresses from.
    pub has_gazetteer: bool,
    /// Where this terminal is.
    pub site: &'a crate::journey::Site,
    /// What residents can pay for here, when the terminal takes payments.
    pub payments: Option<&'a crate::payments::Items>,
    /// The secret every receipt carries in tests; `None` in the kiosk.
    pub fixed_secret: Option<&'a crate::reference::Secret>,
}

/// Central set-up and monitoring, as the hub view tells staff.
#[derive(Debug, Clone)]
pub struct Fleet {
    /// The config's version in use and when it was fetched from the council
    /// (never, for the terminal's own file).
    pub config: (u64, Option<DateTime<Utc>>),
    /// Centrally published files refused at their last check: file, why.
    pub refused: Vec<(&'static str, String)>,
    /// Where the monitoring figures are served; `Err` why they are not.
    pub metrics:
        Result<Option<std::net::SocketAddr>, std::sync::Arc<crate::fleet::metrics::MetricsError>>,
}

impl Env<'_> {
    /// A secret for a receipt's QR code: a new random one in the kiosk.
    pub fn new_secret(&self) -> crate::reference::Secret {
        self.fixed_secret
            .cloned()
            .unwrap_or_else(crate::reference::Secret::new)
    }

    /// The resident's language.
    pub fn locale(&self) -> &str {
        &self.session.locale
    }

    /// An appointment type's name in the resident's language (its code
    /// when the diary does not know it).
    pub fn kind_name(&self, code: &str) -> String {
        self.diary
            .and_then(|d| d.kind(code))
            .map_or_else(|| code.to_string(), |k| k.name_in(self.locale()))
    }

    /// Whether a service is offered in this session (champion-only ones
    /// only while a champion assists).
    pub fn offered(&self, service: &crate::catalogue::Service) -> bool {
        !service.champion_only || self.session.assisted
    }

    /// Today, local time.
    pub fn today(&self) -> chrono::NaiveDate {
        self.now.with_timezone(&chrono::Local).date_naive()
    }

    /// Now, local time.
    pub fn local_now(&self) -> chrono::NaiveDateTime {
        self.now.with_timezone(&chrono::Local).naive_local()
    }
}

/// Whether the council's system answered the background sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connection {
    /// No back office is configured.
    NotSetUp,
    /// Not tried yet.
    NotTried,
    /// It answered at this time.
    Answered(DateTime<Utc>),
    /// It did not answer at this time.
    NoAnswer(DateTime<Utc>),
}

/// Which of the frame's navigation buttons a screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nav {
    /// Back.
    pub back: bool,
    /// Start again.
    pub start_again: bool,
}

impl Nav {
    /// Back and Start again: every screen inside a session.
    pub const BOTH: Nav = Nav {
        back: true,
        start_again: true,
    };
    /// Back only: the hub view, where staff leave by Back (to the services,
    /// to help a resident) or Sign out, and a resident's Start again has
    /// no place.
    pub const BACK: Nav = Nav {
        back: true,
        start_again: false,
    };
    /// Neither: the welcome, saving and confirmation screens.
    pub const NONE: Nav = Nav {
        back: false,
        start_again: false,
    };
}

/// What a screen's view gives the root to frame.
pub struct Page<M> {
    /// The page's own content, top to bottom.
    pub body: Vec<El<M>>,
    /// The navigation buttons it shows.
    pub nav: Nav,
    /// The on-screen keyboard to dock under the page, for its text field.
    pub keyboard: Option<FieldKind>,
}

impl<M> Page<M> {
    /// A page with this content and navigation, and no keyboard.
    pub fn new(body: Vec<El<M>>, nav: Nav) -> Page<M> {
        Page {
            body,
            nav,
            keyboard: None,
        }
    }

    /// The same page with the on-screen keyboard for `kind` docked below.
    pub fn with_keyboard(mut self, kind: Option<FieldKind>) -> Page<M> {
        self.keyboard = kind;
        self
    }

    fn map<N: 'static>(self, f: fn(M) -> N) -> Page<N>
    where
        M: 'static,
    {
        Page {
            body: self.body.into_iter().map(|e| e.map(f)).collect(),
            nav: self.nav,
            keyboard: self.keyboard,
        }
    }
}

/// Where the resident is.
#[derive(Debug, Clone)]
pub enum Screen {
    /// Language, text size, colours and Start.
    Welcome,
    /// The groups of services, one group, or the search.
    Services(services::State),
    /// A journey through a service, its check page, and saving it.
    Journey(journey::State),
    /// Saved or booked: the reference and what happens next.
    Confirmation(confirmation::State),
    /// Where to go instead, for a signpost service.
    Signpost(signpost::State),
    /// Check the progress of a request by its reference.
    Progress(progress::State),
    /// Booking (or, for staff, moving) an appointment.
    Appointment(appointment::State),
    /// The hub's own view, for hub staff and admins.
    Hub(hub::State),
    /// Paying the council.
    Payment(Box<payment::State>),
}

/// A message for the screen showing.
#[derive(Debug, Clone)]
pub enum Message {
    /// For the welcome screen.
    Welcome(welcome::Message),
    /// For the services screens.
    Services(services::Message),
    /// For a journey.
    Journey(journey::Message),
    /// For the confirmation.
    Confirmation(confirmation::Message),
    /// For a signpost.
    Signpost(signpost::Message),
    /// For check progress.
    Progress(progress::Message),
    /// For the appointment pages.
    Appointment(appointment::Message),
    /// For the hub view.
    Hub(hub::Message),
    /// For the payment pages.
    Payment(payment::Message),
}

impl Message {
    /// Whether this is a touch on a page's text field.
    pub fn is_field_focus(&self) -> bool {
        matches!(
            self,
            Message::Services(services::Message::Field(Input::Focus))
                | Message::Journey(journey::Message::Field(Input::Focus))
                | Message::Progress(progress::Message::Field(Input::Focus))
                | Message::Appointment(appointment::Message::Field(Input::Focus))
                | Message::Payment(payment::Message::Field(Input::Focus))
        )
    }
}

impl Screen {
    /// The services page at its groups, where a resident goes back to from
    /// the first page of anything.
    pub fn services() -> Screen {
        services::State::groups()
    }

    /// Handles a message for this screen; one for another screen (a stale
    /// tap) does nothing.
    pub fn update(&mut self, message: Message, env: &Env) -> Action {
        match (self, message) {
            (Screen::Welcome, Message::Welcome(m)) => welcome::update(m),
            (Screen::Services(s), Message::Services(m)) => s.update(m, env),
            (Screen::Journey(s), Message::Journey(m)) => s.update(m, env),
            (Screen::Confirmation(s), Message::Confirmation(m)) => s.update(m, env),
            (Screen::Signpost(s), Message::Signpost(m)) => s.update(m),
            (Screen::Progress(s), Message::Progress(m)) => s.update(m, env),
            (Screen::Appointment(s), Message::Appointment(m)) => s.update(m, env),
            (Screen::Hub(s), Message::Hub(m)) => s.update(m, env),
            (Screen::Payment(s), Message::Payment(m)) => s.update(m, env),
            _ => Action::None,
        }
    }

    /// Hands background work's outcome to the screen that may be waiting
    /// for it.
    pub fn outcome(&mut self, outcome: Outcome, env: &Env) -> Action {
        match self {
            Screen::Journey(s) => s.outcome(outcome, env),
            Screen::Confirmation(s) => s.outcome(outcome),
            Screen::Progress(s) => s.outcome(outcome),
            Screen::Appointment(s) => s.outcome(outcome, env),
            Screen::Hub(s) => s.outcome(outcome),
            Screen::Payment(s) => s.outcome(outcome),
            Screen::Welcome | Screen::Services(_) | Screen::Signpost(_) => Action::None,
        }
    }

    /// Typing into the page's field, if it has one.
    pub fn input(&mut self, input: Input, env: &Env) -> Action {
        match self {
            Screen::Services(s) => s.update(services::Message::Field(input), env),
            Screen::Journey(s) => s.update(journey::Message::Field(input), env),
            Screen::Progress(s) => s.update(progress::Message::Field(input), env),
            Screen::Appointment(s) => s.update(appointment::Message::Field(input), env),
            Screen::Payment(s) => s.update(payment::Message::Field(input), env),
            _ => Action::None,
        }
    }

    /// What Enter in the page's field does: the page's main action.
    pub fn enter(&mut self, env: &Env) -> Action {
        match self {
            Screen::Journey(s) => s.update(journey::Message::Continue, env),
            Screen::Progress(s) => s.update(progress::Message::Check, env),
            Screen::Appointment(s) if s.has_field() => {
                s.update(appointment::Message::TextsDone, env)
            }
            Screen::Payment(s) if s.has_field() => s.update(payment::Message::Continue, env),
            _ => Action::None,
        }
    }

    /// What Enter in the page's field does, named as the page's own button
    /// names it (a message id), when it does something ([`Screen::enter`]
    /// is not a no-op): the on-screen keyboard offers it under that name.
    pub fn enter_label(&self) -> Option<&'static str> {
        match self {
            Screen::Journey(_) => Some("continue"),
            Screen::Progress(_) => Some("progress-check"),
            Screen::Appointment(s) if s.has_field() => Some("continue"),
            Screen::Payment(s) if s.has_field() => Some("continue"),
            _ => None,
        }
    }

    /// Whether what the field finds shows under it as it is typed (the
    /// search for a service).
    pub fn answers_below_field(&self) -> bool {
        matches!(self, Screen::Services(s) if s.has_field())
    }

    /// Whether the page has a text field that typing goes into.
    pub fn has_field(&self) -> bool {
        match self {
            Screen::Services(s) => s.has_field(),
            Screen::Journey(s) => s.has_field(),
            Screen::Progress(_) => true,
            Screen::Appointment(s) => s.has_field(),
            Screen::Payment(s) => s.has_field(),
            _ => false,
        }
    }

    /// Back one page.
    pub fn back(&mut self, env: &Env) -> Action {
        match self {
            Screen::Welcome => Action::None,
            Screen::Services(s) => s.back(),
            Screen::Progress(_) | Screen::Hub(_) => Action::Go(services::State::groups()),
            Screen::Journey(s) => s.back(),
            Screen::Signpost(s) => s.back(env),
            Screen::Appointment(s) => s.back(env),
            Screen::Payment(s) => s.back(env),
            // After confirmation there is no going back.
            Screen::Confirmation(_) => Action::None,
        }
    }

    /// The page as the screen draws it.
    pub fn view(&self, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
        match self {
            Screen::Welcome => welcome::view(&ctx.map(Message::Welcome), env).map(Message::Welcome),
            Screen::Services(s) => s
                .view(&ctx.map(Message::Services), env)
                .map(Message::Services),
            Screen::Journey(s) => s
                .view(&ctx.map(Message::Journey), env)
                .map(Message::Journey),
            Screen::Confirmation(s) => s
                .view(&ctx.map(Message::Confirmation), env)
                .map(Message::Confirmation),
            Screen::Signpost(s) => s
                .view(&ctx.map(Message::Signpost), env)
                .map(Message::Signpost),
            Screen::Progress(s) => s
                .view(&ctx.map(Message::Progress), env)
                .map(Message::Progress),
            Screen::Appointment(s) => s
                .view(&ctx.map(Message::Appointment), env)
                .map(Message::Appointment),
            Screen::Hub(s) => s.view(&ctx.map(Message::Hub), env).map(Message::Hub),
            Screen::Payment(s) => s
                .view(&ctx.map(Message::Payment), env)
                .map(Message::Payment),
        }
    }

    /// The screen's name, as recorded with help requests and measures.
    pub fn name(&self) -> &'static str {
        match self {
            Screen::Welcome => "welcome",
            Screen::Services(s) => s.name(),
            Screen::Journey(s) => s.name(),
            Screen::Confirmation(_) => "confirmation",
            Screen::Signpost(_) => "signpost",
            Screen::Progress(_) => "progress",
            Screen::Appointment(_) => "appointment",
            Screen::Hub(_) => "hub",
            Screen::Payment(s) => s.name(),
        }
    }

    /// A name for the page within the screen: when it changes, focus goes
    /// back to the page's first control.
    pub fn page_key(&self) -> String {
        match self {
            Screen::Services(s) => s.page_key(),
            Screen::Journey(s) => s.page_key(),
            Screen::Appointment(s) => s.page_key(),
            Screen::Hub(s) => s.page_key(),
            Screen::Confirmation(s) => s.page_key(),
            Screen::Signpost(s) => s.page_key(),
            Screen::Payment(s) => s.page_key(),
            Screen::Welcome | Screen::Progress(_) => String::new(),
        }
    }

    /// The service the resident is in, if any.
    pub fn service_code(&self) -> Option<String> {
        match self {
            Screen::Journey(s) => Some(s.journey.service().code.clone()),
            Screen::Signpost(s) => Some(s.code.clone()),
            Screen::Appointment(s) => s.service.clone(),
            Screen::Confirmation(s) => Some(s.service.code.clone()),
            _ => None,
        }
    }

    /// Whether the screen follows a payment under way, so the root asks
    /// about it every [`payment::POLL_EVERY`].
    pub fn polls(&self) -> bool {
        matches!(self, Screen::Payment(s) if s.polls())
    }

    /// The root's poll of a payment under way.
    pub fn poll(&mut self) -> Action {
        match self {
            Screen::Payment(s) => s.poll(),
            _ => Action::None,
        }
    }

    /// The payment this screen follows, not yet ended.
    pub fn live_payment(&self) -> Option<&crate::reference::Reference> {
        match self {
            Screen::Payment(s) => s.live_payment(),
            _ => None,
        }
    }

    /// Whether this screen follows the payment `payment_id` (under way or
    /// ended).
    pub fn follows(&self, payment_id: &crate::reference::Reference) -> bool {
        matches!(self, Screen::Payment(s) if s.paying.as_ref().is_some_and(|p| &p.payment_id == payment_id))
    }

    /// Whether the resident is paying away from the screen (on their phone
    /// or the card reader): the idle warning waits.
    pub fn holds_session(&self) -> bool {
        matches!(self, Screen::Payment(s) if s.holds_session())
    }

    /// The measure for leaving this screen part way, if it is a journey
    /// under way.
    pub fn abandoned(&self) -> Action {
        match self {
            Screen::Journey(s) => s.abandoned(),
            Screen::Appointment(s) => s.abandoned(),
            _ => Action::None,
        }
    }
}

/// Opens a service: its journey, its booking pages, or where to go
/// instead; a champion-only service only while a champion assists.
pub fn open_service(code: &str, env: &Env) -> Action {
    let Some(service) = env.catalogue.service(code) else {
        return Action::None;
    };
    if !env.offered(service) {
        return Action::None;
    }
    let started = Action::journey(code, JourneyEvent::Started, None);
    let next = match service.kind {
        ServiceKind::Appointment => appointment::State::for_service(service, env),
        ServiceKind::Signpost => Action::Go(Screen::Signpost(signpost::State::new(code))),
        _ => Action::Go(Screen::Journey(journey::State::started(
            service.localised(env.locale()),
            env,
        ))),
    };
    started.and(next)
}
