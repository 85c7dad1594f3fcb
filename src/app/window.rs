//! Opening the kiosk's window: fonts, theme, fullscreen, and the App with
//! its store and background sender.

use super::App;
use crate::catalogue::Catalogue;
use crate::config::Config;
use crate::outbox::Outbox;
use crate::ui;
use std::time::Instant;

/// The iced settings: the shipped fonts and the body font.
pub fn settings() -> iced::Settings {
    iced::Settings {
        fonts: ui::FONTS
            .iter()
            .map(|f| std::borrow::Cow::Borrowed(*f))
            .collect(),
        default_font: ui::BODY,
        antialiasing: true,
        ..iced::Settings::default()
    }
}

/// Runs the out-of-order screen: the config could not be used, for
/// `problem`. It still tells systemd it is up and alive, so the service is
/// not restarted in a loop while staff put the config right.
pub fn run_out_of_order(problem: String, windowed: bool) -> iced::Result {
    let config = match Config::parse(
        crate::config::EMBEDDED_DEFAULT,
        crate::config::Source::Embedded,
    ) {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("{e}");
            return Ok(());
        }
    };
    let fullscreen = !windowed;
    let boot = move || App::out_of_order(config.clone(), problem.clone());
    iced::application(boot, App::update, App::view)
        .title(|_: &App| "Frontdoor".to_string())
        .settings(settings())
        .theme(App::theme)
        .style(App::style)
        .subscription(App::subscription)
        .window(iced::window::Settings {
            size: iced::Size::new(1280.0, 800.0),
            fullscreen,
            ..iced::window::Settings::default()
        })
        .run()
}

/// Runs the kiosk. `started` is when the process began, for the start-up
/// probe.
pub fn run(config: Config, catalogue: Catalogue, windowed: bool, started: Instant) -> iced::Result {
    let fullscreen = config.kiosk.fullscreen && !windowed;
    let boot = move || {
        // Opening the store is part of start-up; a failure is shown to the
        // resident plainly when they try to submit, and to staff.
        let store = Outbox::open(&config.database_path());
        if let Err(e) = &store {
            tracing::warn!("submissions cannot be saved: {e}");
        }
        let mut app = App::new(config.clone(), catalogue.clone(), store);
        app.start_sync();
        if std::env::var_os("FRONTDOOR_REPORT_FIRST_FRAME").is_some() {
            app.report_first_frame(started);
        }
        app
    };
    iced::application(boot, App::update, App::view)
        .title(App::title)
        .settings(settings())
        .theme(App::theme)
        .style(App::style)
        .subscription(App::subscription)
        .window(iced::window::Settings {
            size: iced::Size::new(1280.0, 800.0),
            min_size: Some(iced::Size::new(800.0, 600.0)),
            fullscreen,
            ..iced::window::Settings::default()
        })
        .run()
}
