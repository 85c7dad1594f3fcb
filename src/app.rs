//! The iced program: the resident's session from the welcome screen to the
//! confirmation, with help, idle wipe and keypad focus on every screen.
//!
//! `update` turns a [`Message`] into [`Effect`]s (disk writes, scrolling)
//! that run off the UI thread as iced Tasks; tests run the same effects inline
//! with [`App::update_blocking`].

mod act;
mod appointment;
mod dialogs;
mod effects;
mod flow;
mod focus;
mod hub;
mod journey_view;
mod progress;
mod speech;
mod staff;
mod view;
mod window;
pub mod worker;

pub use effects::Effect;
use effects::run_effect;
pub use progress::{Found, Progress};
pub use window::{run, run_out_of_order, settings};

use crate::catalogue::overlay::Kind as ServiceKind;
use crate::catalogue::{Catalogue, Service};
use crate::config::Config;
use crate::i18n;
use crate::journey::{DateUnit, Journey, Step};
use crate::outbox::{JourneyEvent, Outbox, Rating, Stored};
use crate::reference::Reference;
use crate::ui::keys::KeyInput;
use crate::ui::{self, TextSize};
use iced::{Element, Subscription, Task};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Where the resident is.
#[derive(Debug, Clone)]
pub enum Screen {
    /// Language, text size and Start.
    Welcome,
    /// The groups of services.
    Services,
    /// The services in one group.
    Group(String),
    /// Search by keyword.
    Search(String),
    /// Check the progress of a request by its reference.
    Progress(Box<Progress>),
    /// The hub's own view, for hub staff and admins.
    Hub(Box<hub::Hub>),
    /// A journey through a service.
    Journey(Box<Journey>),
    /// Booking (or, for staff, moving) an appointment.
    Appointment(Box<appointment::Booking>),
    /// Where to go instead, for a signpost service.
    Signpost {
        /// The service.
        code: String,
        /// The rating given, if any.
        rated: Option<Rating>,
    },
    /// Waiting for the disk.
    Saving(Box<Journey>),
    /// The disk write failed; the answers are kept for another try.
    SaveFailed {
        /// The journey, answers intact.
        journey: Box<Journey>,
        /// What went wrong, for staff.
        reason: String,
    },
    /// Saved: the reference and what happens next.
    Confirmation {
        /// The case reference.
        reference: Reference,
        /// The service.
        service: Box<Service>,
        /// When it was saved.
        saved_at: chrono::DateTime<chrono::Utc>,
        /// The QR code shown on screen, holding what the receipt's holds.
        qr: Option<crate::ui::qr::Code>,
        /// What came of printing the receipt; `None` while it prints.
        printing: Option<crate::printer::Outcome>,
        /// The rating given, if any.
        rated: Option<Rating>,
        /// The appointment booked, when this confirms one.
        slip: Option<Box<appointment::Slip>>,
    },
}

/// Everything that can happen.
#[derive(Debug, Clone)]
pub enum Message {
    /// A key from the keypad or keyboard.
    Key(KeyInput),
    /// A touch or click anywhere.
    Activity,
    /// One second passed.
    Tick(Instant),
    /// A language was chosen.
    ChooseLanguage(String),
    /// A text size was chosen.
    ChooseSize(TextSize),
    /// The on-screen keyboard switches between the language's own letters
    /// and Latin letters.
    SwitchScript,
    /// Read aloud on or off (the speaker button, or F2).
    ToggleSpeech,
    /// The header's place name was pressed (held for the staff entry).
    TitlePressed,
    /// The header's place name was let go.
    TitleReleased,
    /// A key of the staff PIN pad.
    PinDigit(char),
    /// Delete the last PIN digit.
    PinBackspace,
    /// Check the PIN typed.
    PinSubmit,
    /// Close the PIN pad.
    PinCancel,
    /// The PIN was checked.
    SignedIn(crate::staff::SignIn),
    /// A digital champion starts an assisted session.
    StartAssisted,
    /// Hub staff open the hub's own view.
    OpenHub,
    /// The hub view shows another period.
    HubPeriod(hub::Period),
    /// The hub's figures were read.
    HubLoaded(Result<Box<hub::HubData>, String>),
    /// Hub staff send a refused submission again.
    RetrySubmission(String),
    /// Save the measures shown as CSV.
    ExportMeasures,
    /// The CSV was written (or why not).
    Exported(Result<hub::Exported, String>),
    /// Hub staff book an appointment for a resident.
    HubBook,
    /// Hub staff move the booking with this reference.
    HubMove(String),
    /// Hub staff ask to cancel the booking with this reference.
    HubCancel(String),
    /// Hub staff confirm the cancellation asked for.
    HubCancelConfirm,
    /// Hub staff keep the booking after all.
    HubCancelKeep,
    /// A cancellation finished (or why it did not happen).
    Cancelled(Result<(), String>),
    /// The appointment type was chosen.
    ApptKind(String),
    /// The free times were read (or why they could not be).
    ApptLoaded(Result<Box<crate::booking::desk::Free>, String>),
    /// A day was chosen.
    ApptDay(chrono::NaiveDate),
    /// A time was chosen.
    ApptTime(chrono::NaiveDateTime),
    /// Book (or move to) the time chosen.
    ApptBook,
    /// The diary answered the booking or move.
    ApptDone(Box<crate::booking::desk::Outcome>),
    /// Staff sign out (and an assisted session ends, wiped).
    SignOut,
    /// Speech louder (true) or quieter (false).
    Volume(bool),
    /// Standard colours (false) or high contrast, light on black (true).
    ChooseContrast(bool),
    /// Open the language picker over the current screen.
    OpenLanguages,
    /// Close the language picker without changing language.
    CloseLanguages,
    /// Start on the welcome screen.
    Start,
    /// Open a group of services.
    OpenGroup(String),
    /// Open the search.
    OpenSearch,
    /// Open check progress.
    OpenProgress,
    /// A progress look-up finished.
    LookedUp(Found),
    /// Open a service.
    OpenService(String),
    /// Continue (checks the page).
    Continue,
    /// Back one page.
    Back,
    /// Wipe the session and return to the welcome screen.
    StartAgain,
    /// Ask for a member of staff.
    Help,
    /// Close the help notice and carry on alone.
    DismissHelp,
    /// Answer the idle warning: still here.
    StillHere,
    /// Choose a single value (or contact method).
    Choose(String),
    /// Tick or untick a value.
    Toggle(String),
    /// Move the date picker.
    DateStep(DateUnit, i32),
    /// Set the date picker to today or days before.
    DateDaysAgo(i64),
    /// Type text into the page's field.
    Type(String),
    /// Delete the last character of the field.
    Backspace,
    /// Empty the field.
    ClearField,
    /// Capitals on or off on the on-screen keyboard.
    Shift,
    /// Hide or show the on-screen keyboard.
    ToggleKeyboard,
    /// The text field was touched or activated.
    FocusField,
    /// "I do not know the postcode".
    NoPostcode,
    /// Change an answer from check-your-answers.
    Change(Step),
    /// A frame was drawn (only listened to while the start-up probe waits).
    Frame,
    /// The back office's catalogue was fetched (or could not be).
    CatalogueFetched(Result<Arc<Catalogue>, String>),
    /// A pass of the sync worker finished.
    Synced(Result<crate::sync::Report, String>),
    /// The disk write finished.
    Saved(Result<Box<Stored>, Arc<String>>),
    /// Try the disk write again.
    RetrySave,
    /// The receipt printer finished (or could not print).
    Printed(crate::printer::Outcome),
    /// Print the receipt again.
    PrintAgain,
    /// A satisfaction rating.
    Rate(Rating),
    /// Finished: wipe the session.
    Finish,
}

/// The kiosk.
pub struct App {
    config: Arc<Config>,
    catalogue: Arc<Catalogue>,
    outbox: Result<Arc<Mutex<Outbox>>, String>,
    terminal: String,
    locale: String,
    size: TextSize,
    screen: Screen,
    focus: Option<usize>,
    page: String,
    help_asked: bool,
    speech: speech::Speech,
    speaker: Box<dyn crate::speech::Speaker>,
    languages_open: bool,
    staff_pad: Option<staff::PinPad>,
    staff_signed_in: Option<crate::staff::Staff>,
    assisted: bool,
    title_pressed: Option<Instant>,
    pending: Vec<Effect>,
    notify: Option<crate::service::NotifySocket>,
    diary: Option<crate::booking::Diary>,
    ready_sent: bool,
    latin_keyboard: bool,
    high_contrast: bool,
    capitals: bool,
    keyboard_hidden: bool,
    last_activity: Instant,
    warning_since: Option<Instant>,
    now: Instant,
    fixed_clock: Option<chrono::DateTime<chrono::Utc>>,
    startup_probe: Option<Instant>,
    worker: Option<worker::Worker>,
    waiting_catalogue: Option<Arc<Catalogue>>,
    last_sync: Option<Result<crate::sync::Report, String>>,
    last_sync_at: Option<chrono::DateTime<chrono::Utc>>,
    out_of_order: Option<String>,
}

impl App {
    /// Builds the kiosk on a config, a catalogue and the store (or the
    /// reason the store could not be opened).
    pub fn new(config: Config, catalogue: Catalogue, outbox: Result<Outbox, String>) -> App {
        let terminal = config.terminal_part();
        let now = Instant::now();
        let diary = crate::booking::file::for_config(&config).ok();
        let mut app = App {
            config: Arc::new(config),
            catalogue: Arc::new(catalogue),
            outbox: outbox.map(|o| Arc::new(Mutex::new(o))),
            terminal,
            locale: i18n::SOURCE.to_string(),
            size: TextSize::Standard,
            screen: Screen::Welcome,
            focus: None,
            page: String::new(),
            help_asked: false,
            speech: speech::Speech::default(),
            speaker: Box::new(crate::speech::Espeak::new()),
            languages_open: false,
            staff_pad: None,
            staff_signed_in: None,
            assisted: false,
            title_pressed: None,
            pending: Vec::new(),
            notify: crate::service::NotifySocket::from_env(),
            diary,
            ready_sent: false,
            latin_keyboard: false,
            high_contrast: false,
            capitals: false,
            keyboard_hidden: false,
            last_activity: now,
            warning_since: None,
            now,
            fixed_clock: None,
            startup_probe: None,
            worker: None,
            waiting_catalogue: None,
            last_sync: None,
            last_sync_at: None,
            out_of_order: None,
        };
        app.settle_focus();
        app
    }

    /// The screen a terminal shows when its config cannot be used: that it
    /// is not working, in every language, and `problem` for staff.
    pub fn out_of_order(config: Config, problem: String) -> App {
        let mut app = App::new(config, Catalogue::bundled(), Err(problem.clone()));
        app.out_of_order = Some(problem);
        app
    }

    /// Why this terminal is out of order, if it is.
    pub fn out_of_order_reason(&self) -> Option<&str> {
        self.out_of_order.as_deref()
    }

    /// Fixes the wall clock (dates offered, times stored, references made),
    /// so tests and pixel snapshots do not change with the day.
    pub fn set_clock(&mut self, at: chrono::DateTime<chrono::Utc>) {
        self.fixed_clock = Some(at);
    }

    fn wall_clock(&self) -> chrono::DateTime<chrono::Utc> {
        self.fixed_clock.unwrap_or_else(chrono::Utc::now)
    }

    /// The current screen.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The resident's language.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The chosen text size.
    pub fn text_size(&self) -> TextSize {
        self.size
    }

    /// Whether staff help has been asked for.
    pub fn help_asked(&self) -> bool {
        self.help_asked
    }

    /// Whether the idle warning is showing.
    pub fn idle_warning(&self) -> bool {
        self.warning_since.is_some()
    }

    /// Seconds left on the idle warning.
    pub fn idle_seconds_left(&self) -> u64 {
        let Some(since) = self.warning_since else {
            return self.config.session.idle_reset_secs;
        };
        let gone = self.now.saturating_duration_since(since).as_secs();
        self.config.session.idle_reset_secs.saturating_sub(gone)
    }

    /// The index of the focused control.
    pub fn focus(&self) -> Option<usize> {
        self.focus
    }

    /// The terminal's store, shared with the worker that writes to it, or
    /// why it could not be opened.
    pub fn store(&self) -> Result<Arc<Mutex<Outbox>>, String> {
        self.outbox.clone()
    }

    /// The config in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The window title.
    pub fn title(&self) -> String {
        format!("Frontdoor — {}", self.config.kiosk.site_name)
    }

    /// The theme.
    pub fn theme(&self) -> iced::Theme {
        self.palette().theme()
    }

    /// The colours the resident chose.
    pub fn palette(&self) -> ui::Palette {
        if self.high_contrast {
            ui::Palette::HIGH_CONTRAST
        } else {
            ui::Palette::STANDARD
        }
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
        Subscription::batch(all)
    }

    /// Sends to the back office in the background, when the config names one.
    pub fn start_sync(&mut self) {
        if self.outbox.is_err() {
            return;
        }
        let client = match crate::sync::Client::from_config(&self.config) {
            Ok(client) => Some(client),
            Err(crate::sync::SetupError::NoBackend) => None,
            Err(e) => {
                eprintln!("frontdoor: submissions will not be sent: {e}");
                None
            }
        };
        let diary = match (
            crate::booking::caldav::CalDav::from_config(&self.config),
            &self.diary,
        ) {
            (Ok(Some(calendar)), Some(diary)) => Some((calendar, diary.clone())),
            (Err(e), _) => {
                eprintln!("frontdoor: appointments stay on this terminal: {e}");
                None
            }
            _ => None,
        };
        // A terminal with neither a back office nor a diary server has
        // nothing to send.
        if client.is_none() && diary.is_none() {
            return;
        }
        // The worker has its own connection, so a resident's commit never
        // waits behind the worker's: SQLite's WAL lets one write while the
        // other reads, and short writes take turns.
        let store = match Outbox::open(&self.config.database_path()) {
            Ok(s) => Arc::new(Mutex::new(s)),
            Err(e) => {
                eprintln!("frontdoor: submissions will not be sent: {e}");
                return;
            }
        };
        self.worker = Some(worker::Worker {
            outbox: store,
            client,
            retention: Duration::from_secs(self.config.outbox.retention_hours * 3600),
            local: crate::sync::catalogue::local(&self.config),
            diary,
        });
    }

    /// The background sender, when there is a back office or a diary
    /// server.
    pub fn worker(&self) -> Option<&worker::Worker> {
        self.worker.as_ref()
    }

    /// What the last pass of the sync worker did, if one has run.
    pub fn last_sync(&self) -> Option<&Result<crate::sync::Report, String>> {
        self.last_sync.as_ref()
    }

    /// Reports on stderr how long after `started` the first frame was drawn
    /// (the start-up benchmark sets `FRONTDOOR_REPORT_FIRST_FRAME`).
    pub fn report_first_frame(&mut self, started: Instant) {
        self.startup_probe = Some(started);
    }

    /// The iced update: handles the message and turns effects into Tasks.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let effects = self.handle(message);
        Task::batch(effects.into_iter().map(|e| self.task(e)))
    }

    /// Handles a message and runs every effect inline, feeding results
    /// back, as tests and benchmarks need.
    pub fn update_blocking(&mut self, message: Message) {
        let mut queue = vec![message];
        while let Some(message) = queue.pop() {
            for effect in self.handle(message) {
                if let Effect::LookUp(reference) = effect {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build();
                    if let Ok(runtime) = runtime {
                        let client = self.worker.as_ref().and_then(|w| w.client.clone());
                        let found = runtime.block_on(progress::look_up(
                            self.outbox.clone(),
                            client,
                            reference,
                            self.wall_clock(),
                        ));
                        queue.push(Message::LookedUp(found));
                    }
                    continue;
                }
                if let Effect::Export(folder, name, csv) = effect {
                    queue.push(Message::Exported(hub::export(&folder, &name, &csv)));
                    continue;
                }
                if let Effect::Diary(job) = effect {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build();
                    if let Ok(runtime) = runtime {
                        queue.push(runtime.block_on(appointment::run(
                            job,
                            self.config.clone(),
                            self.diary.clone(),
                            self.outbox.clone(),
                            self.terminal.clone(),
                            self.wall_clock(),
                        )));
                    }
                    continue;
                }
                if let Effect::Print(..) | Effect::PrintStored(..) = effect {
                    queue.push(Message::Printed(effects::print_now(
                        self.config.clone(),
                        self.catalogue.clone(),
                        self.outbox.clone(),
                        effect,
                        self.wall_clock(),
                    )));
                    continue;
                }
                if let Some(reply) = run_effect(
                    self.outbox.clone(),
                    &self.terminal,
                    effect,
                    self.wall_clock(),
                ) {
                    queue.push(reply);
                }
            }
        }
    }

    /// Handles one message; returns the effects to run.
    pub fn handle(&mut self, message: Message) -> Vec<Effect> {
        let mut effects = self.handle_message(message);
        effects.append(&mut self.pending);
        self.announce();
        effects
    }

    fn handle_message(&mut self, message: Message) -> Vec<Effect> {
        let mut effects = Vec::new();
        match message {
            Message::Activity => self.touched(),
            Message::CatalogueFetched(result) => {
                match result {
                    Ok(catalogue) => {
                        self.waiting_catalogue = Some(catalogue);
                        self.take_waiting_catalogue();
                    }
                    // The copy in use stays; the reason is for staff.
                    Err(e) => eprintln!("frontdoor: the catalogue was not refreshed: {e}"),
                }
                return effects;
            }
            Message::Synced(result) => {
                if let Err(e) = &result {
                    eprintln!("frontdoor: sending failed: {e}");
                }
                self.last_sync = Some(result);
                self.last_sync_at = Some(self.wall_clock());
                return effects;
            }
            Message::Frame => {
                if self.notify.is_some() && !self.ready_sent {
                    self.tell_service_manager();
                }
                if let Some(started) = self.startup_probe.take() {
                    eprintln!(
                        "frontdoor: first frame {:.1} ms after start",
                        started.elapsed().as_secs_f64() * 1000.0
                    );
                }
                return effects;
            }
            Message::Tick(now) => self.tick(now, &mut effects),
            Message::Key(key) => {
                self.touched();
                return self.key(key);
            }
            other => {
                self.touched();
                self.act(other, &mut effects);
            }
        }
        if self.settle_focus() {
            effects.push(Effect::NewPage);
        }
        effects
    }

    fn touched(&mut self) {
        self.last_activity = Instant::now();
        self.now = self.now.max(self.last_activity);
    }

    fn session_active(&self) -> bool {
        !matches!(self.screen, Screen::Welcome)
            || self.locale != i18n::SOURCE
            || self.size != TextSize::Standard
            || self.help_asked
            || self.languages_open
            || self.high_contrast
            || self.staff_pad.is_some()
            || self.staff_signed_in.is_some()
    }

    /// Tells systemd through `socket` (tests use their own socket).
    pub fn set_notify_socket(&mut self, socket: Option<crate::service::NotifySocket>) {
        self.notify = socket;
        self.ready_sent = false;
    }

    /// Each second the UI loop turns: ready once, then a watchdog ping.
    fn tell_service_manager(&mut self) {
        let Some(socket) = &self.notify else {
            return;
        };
        let state = if self.ready_sent {
            "WATCHDOG=1"
        } else {
            "READY=1"
        };
        match socket.send(state) {
            Ok(()) => self.ready_sent = true,
            Err(e) => eprintln!("frontdoor: could not tell the service manager {state}: {e}"),
        }
    }

    fn tick(&mut self, now: Instant, effects: &mut Vec<Effect>) {
        self.tell_service_manager();
        self.now = now;
        self.staff_hold_tick(now);
        if !self.session_active() {
            self.warning_since = None;
            return;
        }
        let idle = now.saturating_duration_since(self.last_activity);
        match self.warning_since {
            None if idle >= Duration::from_secs(self.config.session.idle_warning_secs) => {
                self.warning_since = Some(now);
                let _ = self.settle_focus();
            }
            Some(since)
                if now.saturating_duration_since(since)
                    >= Duration::from_secs(self.config.session.idle_reset_secs) =>
            {
                self.abandon(effects);
                self.wipe();
                if self.settle_focus() {
                    effects.push(Effect::NewPage);
                }
            }
            _ => {}
        }
    }

    /// Puts a newly fetched catalogue in use, but never under a resident's
    /// feet: only while the welcome screen shows.
    fn take_waiting_catalogue(&mut self) {
        if !self.session_active()
            && let Some(c) = self.waiting_catalogue.take()
        {
            self.catalogue = c;
        }
    }

    /// Wipes everything the resident did: answers, language, text size.
    fn wipe(&mut self) {
        self.sign_out_staff("session ended");
        self.screen = Screen::Welcome;
        self.locale = i18n::SOURCE.to_string();
        self.size = TextSize::Standard;
        self.help_asked = false;
        self.languages_open = false;
        self.latin_keyboard = false;
        self.high_contrast = false;
        self.speech_off_for_next_session();
        self.capitals = false;
        self.keyboard_hidden = false;
        self.warning_since = None;
        self.focus = None;
        self.page.clear();
        self.take_waiting_catalogue();
    }

    /// Records an abandoned journey, if one is under way.
    fn abandon(&self, effects: &mut Vec<Effect>) {
        if let Screen::Appointment(b) = &self.screen
            && let Some(code) = &b.service
        {
            effects.push(Effect::Journey(
                code.clone(),
                JourneyEvent::Abandoned,
                Some(format!("appointment:{:?}", b.page).to_lowercase()),
                self.locale.clone(),
                self.assisted,
            ));
        }
        if let Screen::Journey(j) | Screen::SaveFailed { journey: j, .. } = &self.screen {
            effects.push(Effect::Journey(
                j.service().code.clone(),
                JourneyEvent::Abandoned,
                Some(flow::step_name(j)),
                self.locale.clone(),
                self.assisted,
            ));
        }
    }

    /// The iced view.
    pub fn view(&self) -> Element<'_, Message> {
        let ctx = ui::Ctx::new(&self.locale, self.size, self.focus).with_palette(self.palette());
        let content = self.view_with(&ctx);
        ui::keys::catch(content, Message::Key, Message::Activity).into()
    }

    /// The catalogue the kiosk offers.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }
}
