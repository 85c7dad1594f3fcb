//! A kiosk for tests: the real app on the bundled catalogue, a store in a
//! temporary folder, a fixed clock, and a headless simulator to click, type
//! and tap keys on what a resident would see.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod escpos;
pub mod govukpay;
pub mod httpd;
pub mod notify;
pub mod open311;
pub mod payments;
pub mod printer;
pub mod radicale;
pub mod stripe;
pub mod tour;
pub mod trends;
pub mod window;

use frontdoor::app::{self, App, Message, Screen};
use frontdoor::catalogue::Catalogue;
use frontdoor::config::{Config, Source};
use frontdoor::outbox::{Outbox, Stored};
use iced::Task;
use iced::futures::StreamExt;
use iced::keyboard::{Key, key::Named};
use iced_test::Simulator;

/// A tall window, so every control of a long page can be clicked without
/// scrolling; snapshots use the real 1280x800.
pub const TALL: (f32, f32) = (1280.0, 4000.0);

pub struct Kiosk {
    pub app: App,
    pub dir: tempfile::TempDir,
    pub size: (f32, f32),
    pub rt: tokio::runtime::Runtime,
    /// A headless window that keeps its scrolling between frames and
    /// carries out the app's scrolling, when the test needs one.
    pub window: Option<window::Window>,
}

/// A runtime like the live kiosk's executor, for running the app's Tasks.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

/// Runs a Task the app returned to its end, as iced's runtime would, and
/// gives back the messages it produced (the outcomes of effects). Widget
/// operations (scrolling) need a live window and are dropped here.
pub fn run_task(rt: &tokio::runtime::Runtime, task: Task<Message>) -> Vec<Message> {
    let Some(stream) = iced_runtime::task::into_stream(task) else {
        return Vec::new();
    };
    rt.block_on(async move {
        stream
            .filter_map(|action| async move {
                match action {
                    iced_runtime::Action::Output(m) => Some(m),
                    _ => None,
                }
            })
            .collect::<Vec<_>>()
            .await
    })
}

/// The secret every test kiosk prints in its receipts' QR codes.
pub const SECRET: &str = "ACDEFGHJKMNPRTVW";

/// What a scanner types reading the QR code of the receipt for `reference`
/// printed by a test kiosk with no tracking address.
pub fn scanned(reference: &str) -> String {
    format!("{reference}{}{SECRET}", frontdoor::reference::secret::MARK)
}

pub fn noon() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2026-11-18T12:00:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc)
}

pub fn config_text(dir: &std::path::Path, extra: &str) -> String {
    format!(
        "[kiosk]\nid = \"LIB-TEST-01\"\nsite_name = \"Test Library\"\ncouncil_name = \"Test Council\"\nsite_address = \"Test Library, 1 Test Street, Testford, TE1 1ST\"\nfullscreen = false\ndata_dir = \"{}\"\n[session]\nidle_warning_secs = 90\nidle_reset_secs = 30\n{extra}",
        dir.display()
    )
}

impl Kiosk {
    pub fn new() -> Kiosk {
        Kiosk::with_config("")
    }

    /// A kiosk whose config has these extra lines (such as a `[backend]`).
    pub fn with_config(extra: &str) -> Kiosk {
        let dir = tempfile::tempdir().unwrap();
        let config = Config::parse(&config_text(dir.path(), extra), Source::Embedded).unwrap();
        let outbox = Outbox::open(&config.database_path());
        let mut app = App::new(config, Catalogue::bundled(), outbox);
        app.set_clock(noon());
        app.set_secret(frontdoor::reference::Secret::parse(SECRET).unwrap());
        Kiosk {
            app,
            dir,
            size: TALL,
            rt: runtime(),
            window: None,
        }
    }

    /// A kiosk drawn in a headless window of this size, which scrolls as
    /// the real one does. Clicks still use a tall window, so every control
    /// can be reached.
    pub fn in_window(width: f32, height: f32) -> Kiosk {
        Kiosk::in_window_with(width, height, "")
    }

    /// [`Kiosk::in_window`] with these extra config lines.
    pub fn in_window_with(width: f32, height: f32, extra: &str) -> Kiosk {
        let mut k = Kiosk::with_config(extra);
        k.window = Some(window::Window::new(width, height));
        k
    }

    /// Runs a Task the app returned: in the window when there is one (its
    /// scrolling carried out), else effects only.
    fn run(&mut self, task: Task<Message>) -> Vec<Message> {
        if let Some(w) = &mut self.window
            && w.live
        {
            // The frame drawn after the update, before its Tasks run.
            w.present(&self.app);
        }
        match &mut self.window {
            Some(w) => w.run(&self.rt, &self.app, task),
            None => run_task(&self.rt, task),
        }
    }

    /// Sends a message through the app's update, runs the Tasks it returns
    /// (the production effect path), and feeds every outcome back in until
    /// nothing more happens.
    pub fn send(&mut self, message: impl Into<Message>) {
        let mut queue = std::collections::VecDeque::from([message.into()]);
        while let Some(m) = queue.pop_front() {
            let task = self.app.update(m);
            let produced = self.run(task);
            queue.extend(produced);
        }
    }

    /// Sends a message and runs its Tasks, but holds back their outcomes
    /// (a slow answer), for the test to deliver later with `send`.
    pub fn send_held(&mut self, message: Message) -> Vec<Message> {
        let task = self.app.update(message);
        self.run(task)
    }

    pub fn sim(&self) -> Simulator<'_, Message> {
        Simulator::with_size(app::settings(), self.size, self.app.view())
    }

    fn feed(&mut self, messages: Vec<Message>) {
        for m in messages {
            self.send(m);
        }
    }

    /// Clicks the control showing this text, as a finger would.
    pub fn click(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.sim();
            ui.click(label).unwrap_or_else(|e| {
                panic!(
                    "no \"{label}\" to click on {:?}: {e}",
                    self.app.screen_name()
                )
            });
            ui.into_messages().collect()
        };
        self.feed(messages);
    }

    /// Clicks the control showing this text and runs what it asked for,
    /// but holds back the outcomes (slow answers) for the test to deliver
    /// later with `send`.
    pub fn click_held(&mut self, label: &str) -> Vec<Message> {
        let messages: Vec<Message> = {
            let mut ui = self.sim();
            ui.click(label)
                .unwrap_or_else(|e| panic!("no \"{label}\" to click: {e}"));
            ui.into_messages().collect()
        };
        messages
            .into_iter()
            .flat_map(|m| self.send_held(m))
            .collect()
    }

    /// Taps keys on the keypad or keyboard.
    pub fn keys(&mut self, keys: &[Named]) {
        for k in keys {
            let messages: Vec<Message> = {
                let mut ui = self.sim();
                let _ = ui.tap_key(Key::Named(*k));
                ui.into_messages().collect()
            };
            self.feed(messages);
        }
    }

    /// Types on a physical keyboard.
    pub fn type_text(&mut self, text: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.sim();
            let _ = ui.typewrite(text);
            ui.into_messages().collect()
        };
        self.feed(messages);
    }

    /// On the open staff pad: types the staff number, goes on, types the
    /// PIN and signs in, with the buttons' words in `locale`.
    pub fn staff_pad_in(&mut self, locale: &str, number: i64, pin: &str) {
        for d in number.to_string().chars().chain(['N']).chain(pin.chars()) {
            match d {
                'N' => self.click(&frontdoor::i18n::t(locale, "staff-next")),
                d => self.click(&d.to_string()),
            }
        }
        self.click(&frontdoor::i18n::t(locale, "staff-sign-in"));
    }

    /// Whether the screen shows this text.
    pub fn sees(&mut self, text: &str) -> bool {
        self.sim().find(text).is_ok()
    }

    pub fn assert_sees(&mut self, text: &str) {
        assert!(
            self.sees(text),
            "expected to see \"{text}\" on {:?}",
            self.app.screen_name()
        );
    }

    pub fn stored(&self) -> Vec<Stored> {
        let path = self.app.config().database_path();
        Outbox::open(&path).unwrap().list().unwrap()
    }

    pub fn is_welcome(&self) -> bool {
        matches!(self.app.screen(), Screen::Welcome)
    }

    /// Reports a pothole in the road of the given width ("Smaller than a
    /// dinner plate", ...), depth left blank, at `place`, no contact, and
    /// stops on check your answers.
    /// A pothole in the road, answered up to the page asking where it is.
    pub fn pothole_to_place(&mut self, width: &str) {
        self.open("Roads and streets", "Report a pothole");
        self.click("In the road");
        self.click("Continue");
        self.click(width);
        self.click("Continue");
        self.click("Continue");
    }

    pub fn pothole_to_check_answers(&mut self, width: &str, place: &str) {
        self.pothole_to_place(width);
        self.type_text(place);
        self.click("Continue");
        self.click("Do not contact me");
        self.click("Continue");
    }

    /// Reports a street light that stays off, number left blank, at
    /// `place`, no contact, and stops on check your answers.
    pub fn street_light_to_check_answers(&mut self, place: &str) {
        self.open("Roads and streets", "Report a street light fault");
        self.click("Continue");
        self.click("It stays off at night");
        self.click("Continue");
        self.click("Continue");
        self.type_text(place);
        self.click("Continue");
        self.click("Do not contact me");
        self.click("Continue");
    }

    /// Start, then open a service from its group.
    pub fn open(&mut self, group: &str, service: &str) {
        if self.is_welcome() {
            self.click("Start");
        }
        self.click(group);
        self.click(service);
    }
}
