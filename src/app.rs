//! The iced program, in iced's own shape: a root [`App`] holding the
//! resident's [`Session`], the [`Screen`] showing and keypad focus; each
//! screen a module with its own state, messages, view and update that
//! returns an [`Action`]; one effect runner, [`Context::perform`], for all
//! work off the UI thread. See `docs/ARCHITECTURE.md` for the map.

mod dialog;
pub mod effect;
pub mod fleet;
mod focus;
mod frame;
mod message;
mod route;
pub mod screen;
pub mod session;
mod speech;
pub mod staff;
pub mod widgets;
mod window;
pub mod worker;

pub use effect::{Clock, Context, Effect, Found, Outcome};
pub use message::{Done, KeyboardKey, Message};
pub use screen::Screen;
pub use screen::action::{Action, Measure};
pub use session::{Session, SessionId};
pub use window::{run, run_out_of_order, settings};

use crate::catalogue::Catalogue;
use crate::config::Config;
use crate::outbox::{Outbox, StoreError};
use crate::ui::{self, Ctx};
use iced::{Element, Subscription, Task};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The idle timer: the last tap or key, and since when the warning shows.
#[derive(Debug, Clone, Copy)]
struct Idle {
    last_activity: Instant,
    warning_since: Option<Instant>,
    now: Instant,
    /// Since when the resident has been paying away from the screen (the
    /// idle warning waits, up to [`screen::payment::HOLD_AT_MOST`]).
    held_since: Option<Instant>,
}

/// Scrolling the page asks of the widget tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scroll {
    /// Scroll the focused control into view.
    Reveal,
    /// A new page: to its top, then to its focused control.
    NewPage,
    /// To the page's end, where new information appeared.
    ShowEnd,
    /// The focused field to the top of the view, so what appears under it
    /// (search results) shows above the on-screen keyboard.
    FieldToTop,
}

/// What one update asks for: effects (each with the session that asked)
/// and scrolling.
#[derive(Debug, Default)]
struct Out {
    effects: Vec<(SessionId, Effect)>,
    scroll: Vec<Scroll>,
}

/// The kiosk.
pub struct App {
    cx: Context,
    session: Session,
    screen: Screen,
    focus: Option<usize>,
    page: String,
    idle: Idle,
    speaker: Box<dyn crate::speech::Speaker>,
    notify: Option<crate::service::NotifySocket>,
    ready_sent: bool,
    startup_probe: Option<Instant>,
    worker: Option<worker::Worker>,
    waiting_catalogue: Option<Arc<Catalogue>>,
    last_sync: Option<Result<crate::sync::Report, Arc<crate::sync::SyncError>>>,
    last_sync_at: Option<chrono::DateTime<chrono::Utc>>,
    out_of_order: Option<String>,
    /// Flips with every update: see [`App::style`].
    repaint: bool,
    /// The Prometheus endpoint: serving, off (`Ok(None)`), or why it could
    /// not start.
    metrics:
        Result<Option<crate::fleet::metrics::Server>, Arc<crate::fleet::metrics::MetricsError>>,
    /// Whether [`App::start_sync`] has started the background work.
    background: bool,
    /// The link to the council's published files, when `[fleet]` names
    /// any.
    fleet: Option<crate::fleet::setup::Fleet>,
    /// Published files fetched and checked, waiting for the welcome screen.
    fleet_waiting: Vec<crate::fleet::setup::Update>,
    /// Counts what central set-up has applied (see [`fleet::Watch`]).
    fleet_generation: u64,
}

impl App {
    /// Builds the kiosk on a config, a catalogue and the store (or the
    /// reason the store could not be opened).
    pub fn new(config: Config, catalogue: Catalogue, store: Result<Outbox, StoreError>) -> App {
        let now = Instant::now();
        let mut app = App {
            cx: Context::new(config, catalogue, store),
            session: Session::default(),
            screen: Screen::Welcome,
            focus: None,
            page: String::new(),
            idle: Idle {
                last_activity: now,
                warning_since: None,
                now,
                held_since: None,
            },
            speaker: Box::new(crate::speech::Espeak::new()),
            notify: crate::service::NotifySocket::from_env(),
            ready_sent: false,
            startup_probe: None,
            worker: None,
            waiting_catalogue: None,
            last_sync: None,
            last_sync_at: None,
            out_of_order: None,
            repaint: false,
            metrics: Ok(None),
            background: false,
            fleet: None,
            fleet_waiting: Vec::new(),
            fleet_generation: 0,
        };
        app.settle_focus();
        app
    }

    /// The screen a terminal shows when its config cannot be used: that it
    /// is not working, in every language, and `problem` for staff.
    pub fn out_of_order(config: Config, problem: String) -> App {
        let store = Err(StoreError::NotOpened(problem.clone()));
        let mut app = App::new(config, Catalogue::bundled(), store);
        app.out_of_order = Some(problem);
        app
    }

    /// Why this terminal is out of order, if it is.
    pub fn out_of_order_reason(&self) -> Option<&str> {
        self.out_of_order.as_deref()
    }

    /// Fixes the wall clock (dates offered, times stored, references made,
    /// payments stamped), so tests and pixel snapshots do not change with
    /// the day.
    pub fn set_clock(&mut self, at: chrono::DateTime<chrono::Utc>) {
        self.cx.clock = Clock::Fixed(at);
        self.cx.till = self.cx.till.take().map(|t| t.with_fixed_time(Some(at)));
    }

    /// Gives every receipt's QR code this secret instead of a random one,
    /// for tests and pixel snapshots.
    pub fn set_secret(&mut self, secret: crate::reference::Secret) {
        self.cx.fixed_secret = Some(secret);
    }

    /// What effects run against.
    pub fn context(&self) -> &Context {
        &self.cx
    }

    /// The current screen.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The resident's session.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The resident's language.
    pub fn locale(&self) -> &str {
        &self.session.locale
    }

    /// The chosen text size.
    pub fn text_size(&self) -> ui::TextSize {
        self.session.size
    }

    /// Whether staff help has been asked for.
    pub fn help_asked(&self) -> bool {
        self.session.help_asked
    }

    /// The signed-in member of staff, if any.
    pub fn staff(&self) -> Option<&crate::staff::Staff> {
        self.session.staff.as_ref()
    }

    /// Whether this is an assisted session.
    pub fn assisted(&self) -> bool {
        self.session.assisted
    }

    /// Whether the staff PIN pad is open.
    pub fn staff_pad_open(&self) -> bool {
        self.session.pin_pad.is_some()
    }

    /// Whether the idle warning is showing.
    pub fn idle_warning(&self) -> bool {
        self.idle.warning_since.is_some()
    }

    /// Seconds left on the idle warning.
    pub fn idle_seconds_left(&self) -> u64 {
        let reset = self.cx.config.session.idle_reset_secs;
        let Some(since) = self.idle.warning_since else {
            return reset;
        };
        let gone = self.idle.now.saturating_duration_since(since).as_secs();
        reset.saturating_sub(gone)
    }

    /// The index of the focused control.
    pub fn focus(&self) -> Option<usize> {
        self.focus
    }

    /// The terminal's store, shared with the effects that write to it.
    pub fn store(&self) -> &effect::Store {
        &self.cx.store
    }

    /// The config in force.
    pub fn config(&self) -> &Config {
        &self.cx.config
    }

    /// The catalogue the kiosk offers.
    pub fn catalogue(&self) -> &Catalogue {
        &self.cx.catalogue
    }

    /// The name of the current screen, as recorded with help requests.
    pub fn screen_name(&self) -> &'static str {
        self.screen.name()
    }

    /// The window title.
    pub fn title(&self) -> String {
        format!("Frontdoor — {}", self.cx.config.kiosk.site_name)
    }

    /// The theme.
    pub fn theme(&self) -> iced::Theme {
        self.palette().theme()
    }

    /// The colour the window is cleared to behind the page.
    pub fn background(&self) -> iced::Color {
        let c = self.palette().background;
        if !self.repaint {
            return c;
        }
        // The same colour on screen (every channel rounds to the same
        // byte), but not equal as a number: tiny-skia's compositor then
        // paints the whole frame instead of only what its damage tracking
        // says changed, which misses text moved by scrolling and leaves
        // stale pixels (iced issues 2348, 2665). A full frame costs a few
        // milliseconds (docs/performance.md), once per update.
        let nudge = |v: f32| if v >= 0.5 { v - 1e-6 } else { v + 1e-6 };
        iced::Color {
            r: nudge(c.r),
            g: nudge(c.g),
            b: nudge(c.b),
            a: c.a,
        }
    }

    /// The window's style for iced: the theme's text colour on
    /// [`App::background`].
    pub fn style(&self, theme: &iced::Theme) -> iced::theme::Style {
        iced::theme::Style {
            background_color: self.background(),
            text_color: iced::theme::Base::base(theme).text_color,
        }
    }

    /// The colours the resident chose.
    pub fn palette(&self) -> ui::Palette {
        self.session.palette()
    }

    /// Tells systemd through `socket` (tests use their own socket).
    pub fn set_notify_socket(&mut self, socket: Option<crate::service::NotifySocket>) {
        self.notify = socket;
        self.ready_sent = false;
    }

    /// Reports on stderr how long after `started` the first frame was drawn
    /// (the start-up benchmark sets `FRONTDOOR_REPORT_FIRST_FRAME`).
    pub fn report_first_frame(&mut self, started: Instant) {
        self.startup_probe = Some(started);
    }

    /// The background sender, when there is a back office or a diary
    /// server.
    pub fn worker(&self) -> Option<&worker::Worker> {
        self.worker.as_ref()
    }

    /// What the last pass of the sync worker did, if one has run.
    pub fn last_sync(&self) -> Option<&Result<crate::sync::Report, Arc<crate::sync::SyncError>>> {
        self.last_sync.as_ref()
    }

    /// Starts the background work: central set-up (the kept copies put in
    /// use first), the background sender (payments the last run left under
    /// way recovered once, before any payment screen can start one) and the
    /// metrics endpoint.
    pub fn start_sync(&mut self) {
        self.start_fleet();
        self.background = true;
        self.restart_background();
        if let Some(worker) = &self.worker {
            worker::recover(worker);
        }
    }

    /// Starts the background sender and the metrics endpoint again on the
    /// context in use (after central set-up changed it), when they run.
    fn restart_background(&mut self) {
        if !self.background {
            return;
        }
        self.worker = worker::Worker::for_context(&self.cx);
        // The old endpoint stops (and frees its port) before the new one
        // starts.
        self.metrics = Ok(None);
        self.metrics = crate::fleet::metrics::serve(
            &self.cx.config,
            &self.cx.config.database_path(),
            self.cx.live.clone(),
        )
        .map_err(Arc::new);
        if let Err(e) = &self.metrics {
            tracing::warn!("metrics are not served: {e}");
        }
    }

    /// Where the Prometheus endpoint listens, if it does.
    pub fn metrics_address(&self) -> Option<std::net::SocketAddr> {
        self.metrics.as_ref().ok()?.as_ref().map(|s| s.local_addr())
    }

    /// Key presses come through the key-catching widget; the clock ticks
    /// once a second for the idle timer.
    pub fn subscription(&self) -> Subscription<Message> {
        let mut all = vec![iced::time::every(Duration::from_secs(1)).map(Message::Tick)];
        // Frames are listened to only until the first one is drawn: the
        // start-up probe, and READY=1 for systemd as soon as the screen is up.
        if self.startup_probe.is_some() || (self.notify.is_some() && !self.ready_sent) {
            all.push(iced::window::frames().map(|_| Message::Frame));
        }
        if let Some(w) = &self.worker {
            all.push(Subscription::run_with(w.clone(), worker::stream));
        }
        if let Some(watch) = self.fleet_watch() {
            all.push(Subscription::run_with(watch, fleet::stream));
        }
        // A payment under way is asked about every two seconds while its
        // page shows.
        if self.screen.polls() {
            all.push(iced::time::every(screen::payment::POLL_EVERY).map(|_| Message::Poll));
        }
        Subscription::batch(all)
    }

    /// The iced update: handles the message, then runs what it asked for as
    /// Tasks: each effect through [`Context::perform`], its outcome coming
    /// back as [`Message::Done`] tagged with the session that asked.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        self.repaint = !self.repaint;
        let out = self.handle(message);
        let mut tasks: Vec<Task<Message>> = out
            .effects
            .into_iter()
            .map(|(session, effect)| {
                Task::perform(self.cx.clone().perform(effect), move |outcome| {
                    Message::Done(Done { session, outcome })
                })
            })
            .collect();
        tasks.extend(out.scroll.into_iter().map(|s| {
            let scroll = match s {
                Scroll::Reveal => ui::scroll::reveal_focused(),
                Scroll::FieldToTop => ui::scroll::focused_to_top(),
                Scroll::ShowEnd => iced::widget::operation::snap_to_end(ui::scroll::PAGE),
                Scroll::NewPage => iced::widget::operation::snap_to(
                    ui::scroll::PAGE,
                    iced::widget::operation::RelativeOffset::START,
                )
                .chain(ui::scroll::reveal_focused()),
            };
            // A scroll is drawn as a frame of its own; the update that
            // follows it repaints the whole window (see `background`).
            scroll.chain(Task::done(Message::Scrolled))
        }));
        Task::batch(tasks)
    }

    /// The view context for one pass over the current session.
    fn view_context(&self) -> Ctx<'_, Message> {
        Ctx::new(&self.session.locale, self.session.size, self.focus).with_palette(self.palette())
    }

    /// The iced view.
    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.view_context();
        let content = self.view_with(&ctx);
        ui::keys::catch(content, Message::Key, Message::Activity).into()
    }

    /// What screens see of the kiosk and the session.
    fn env(&self) -> screen::Env<'_> {
        screen::Env {
            config: &self.cx.config,
            catalogue: &self.cx.catalogue,
            diary: self.cx.diary.as_ref(),
            session: &self.session,
            now: self.cx.now(),
            connection: self.connection(),
            fleet: self.fleet(),
            has_gazetteer: self.cx.gazetteer.is_some(),
            site: &self.cx.site,
            payments: self.cx.till.as_ref().map(|t| t.items()),
            fixed_secret: self.cx.fixed_secret.as_ref(),
        }
    }

    /// Central set-up and monitoring, for the hub view.
    fn fleet(&self) -> screen::Fleet {
        use crate::fleet::FileKind;
        let live = self.cx.live.snapshot();
        let config = live.file(FileKind::Config);
        let refused = [FileKind::Config, FileKind::Overlay, FileKind::Diary]
            .into_iter()
            .filter_map(|k| {
                live.file(k)
                    .problem
                    .as_ref()
                    .map(|p| (k.as_str(), p.to_string()))
            })
            .collect();
        screen::Fleet {
            config: (
                config.version.max(self.cx.config.fleet.version),
                config.fetched_at,
            ),
            refused,
            metrics: self.metrics_address_or_error(),
        }
    }

    fn metrics_address_or_error(
        &self,
    ) -> Result<Option<std::net::SocketAddr>, Arc<crate::fleet::metrics::MetricsError>> {
        match &self.metrics {
            Ok(server) => Ok(server.as_ref().map(|s| s.local_addr())),
            Err(e) => Err(Arc::clone(e)),
        }
    }

    /// Runs `f` on the screen showing, with what screens see.
    fn on_screen(&mut self, f: impl FnOnce(&mut Screen, &screen::Env) -> Action) -> Action {
        let env = screen::Env {
            config: &self.cx.config,
            catalogue: &self.cx.catalogue,
            diary: self.cx.diary.as_ref(),
            session: &self.session,
            now: self.cx.now(),
            connection: self.connection(),
            fleet: self.fleet(),
            has_gazetteer: self.cx.gazetteer.is_some(),
            site: &self.cx.site,
            payments: self.cx.till.as_ref().map(|t| t.items()),
            fixed_secret: self.cx.fixed_secret.as_ref(),
        };
        f(&mut self.screen, &env)
    }

    /// Whether the council's system answered the last sending pass.
    fn connection(&self) -> screen::Connection {
        use screen::Connection;
        if self.worker.as_ref().is_none_or(|w| w.client.is_none()) {
            return Connection::NotSetUp;
        }
        match (&self.last_sync, self.last_sync_at) {
            (Some(Ok(r)), Some(at)) if r.sent > 0 || r.retrying == 0 => Connection::Answered(at),
            (Some(_), Some(at)) => Connection::NoAnswer(at),
            _ => Connection::NotTried,
        }
    }

    /// Draws the current screen with a view context that records focus.
    fn view_with(&self, ctx: &Ctx<'_, Message>) -> widgets::El<Message> {
        use iced::widget::{center, container, opaque, stack};
        if let Some(problem) = &self.out_of_order {
            return dialog::out_of_order(ctx, problem);
        }
        let s = &self.session;
        let warning = self.idle.warning_since.is_some();
        if !(warning || s.help_asked || s.languages_open || s.pin_pad.is_some()) {
            return self.page(ctx);
        }
        // The page stays visible under the dialog but its controls cannot be
        // reached: only the dialog's controls are registered for focus.
        let under = Ctx::new(ctx.locale, ctx.size, None).with_palette(ctx.palette);
        let page = self.page(&under);
        let dialog = if warning {
            dialog::idle(ctx, self.idle_seconds_left())
        } else if s.help_asked {
            dialog::help(ctx, s, &self.cx)
        } else if s.pin_pad.is_some() {
            dialog::pin(ctx, s)
        } else {
            dialog::languages(ctx, s)
        };
        let shade = container(center(dialog).padding(ctx.px(24.0)))
            .width(iced::Length::Fill)
            .height(iced::Length::Fill)
            .style(ui::panel(
                iced::Color {
                    a: 0.7,
                    ..iced::Color::BLACK
                },
                iced::Color::WHITE,
            ));
        stack![page, opaque(shade)].into()
    }

    /// The screen's page in the frame.
    fn page(&self, ctx: &Ctx<'_, Message>) -> widgets::El<Message> {
        let env = self.env();
        let page = self.screen.view(&ctx.map(Message::Screen), &env);
        let page = screen::Page {
            body: page
                .body
                .into_iter()
                .map(|e| e.map(Message::Screen))
                .collect(),
            nav: page.nav,
            keyboard: page.keyboard,
        };
        let chrome = frame::Chrome {
            config: &self.cx.config,
            session: &self.session,
            speech_label: self.session.speech.label(&self.session.locale),
            enter_label: self.screen.enter_label(),
        };
        frame::frame(ctx, &chrome, page)
    }
}
