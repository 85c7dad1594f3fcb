//! The frame around every page: the header band (the place name, Language,
//! Read aloud, Get help), the staff bar while staff are signed in, the
//! navigation row (Back, speech volume, Start again), the page's content in
//! a scrollable column, and the on-screen keyboard docked below it.
//!
//! Controls are registered for keypad focus in this order: the page's own
//! content, the keyboard, the header, the navigation row, the staff bar.
//! Focus starts on the content, moves on to the header after the last
//! control, and wraps round to Back.

use super::message::KeyboardKey;
use super::screen::Page;
use super::session::Session;
use super::widgets::{El, Input};
use super::{Message, staff};
use crate::config::Config;
use crate::journey::FieldKind;
use crate::ui::{self, Ctx, Kind, keyboard};
use iced::widget::{Space, column, container, scrollable, text};
use iced::{Alignment, Length, Padding};

/// What the frame shows besides the page.
pub struct Chrome<'a> {
    /// The council and site.
    pub config: &'a Config,
    /// Help asked, speech, staff and keyboard state.
    pub session: &'a Session,
    /// The words on the speaker button.
    pub speech_label: String,
    /// What Enter in the page's field does (a message id such as
    /// "continue"), when it moves on: the on-screen keyboard has a key for
    /// it with the page button's own words.
    pub enter_label: Option<&'static str>,
}

/// Frames a page whose content has already been drawn with `ctx`.
pub fn frame(ctx: &Ctx<'_, Message>, chrome: &Chrome, page: Page<Message>) -> El<Message> {
    let dock = page.keyboard.map(|kind| keyboard_dock(ctx, chrome, kind));
    let band = band(ctx, chrome);
    let nav = nav_row(ctx, chrome.session, page.nav);
    // Built before the page's content begins, so staff controls are never
    // where focus starts.
    let staff_bar =
        staff::bar(&ctx.map(Message::Staff), chrome.session).map(|bar| bar.map(Message::Staff));
    ctx.begin_content();
    // Every page has the same column, the same width at the same margin,
    // whatever its content: nothing jumps sideways from page to page.
    let content = column(page.body)
        .spacing(ctx.px(22.0))
        .align_x(ctx.start())
        .width(Length::Fill)
        .max_width(1100.0 * ctx.size.scale().min(1.15));
    let body = if page.nav == super::screen::Nav::NONE && !chrome.session.speech.on {
        // Nothing to put in the navigation row: the content starts at the
        // top of the page.
        column![content, Space::new().height(ctx.px(40.0))]
    } else {
        column![nav, content, Space::new().height(ctx.px(40.0))]
    };
    let body = body
        .align_x(ctx.start())
        .spacing(ctx.px(20.0))
        .padding(Padding::from([ctx.px(16.0), ctx.px(32.0)]));
    let mut screen = column![band];
    if let Some(bar) = staff_bar {
        screen = screen.push(bar);
    }
    if chrome.session.speech.missing {
        // Said in a strip under the header that does not scroll away, not
        // on the header's button: the header keeps its height and the
        // button its short name, and the words show wherever the page is.
        let p = ctx.palette;
        screen = screen.push(
            container(ctx.fill_text(ctx.body(ctx.t("speech-missing"))))
                .padding(Padding::from([ctx.px(10.0), ctx.px(32.0)]))
                .width(Length::Fill)
                .style(ui::panel(p.inset, p.text)),
        );
    }
    screen = screen.push(
        scrollable(container(body).width(Length::Fill).center_x(Length::Fill))
            .id(ui::scroll::PAGE)
            .height(Length::Fill),
    );
    if let Some(dock) = dock {
        let p = ctx.palette;
        screen = screen.push(
            container(dock)
                .padding(Padding::from([ctx.px(10.0), ctx.px(32.0)]))
                .width(Length::Fill)
                .center_x(Length::Fill)
                .style(ui::panel(p.dock, p.text)),
        );
    }
    screen.into()
}

/// The header band. Long words or large text put the place name on its
/// own line above the buttons.
fn band(ctx: &Ctx<'_, Message>, chrome: &Chrome) -> El<Message> {
    let p = ctx.palette;
    let kiosk = &chrome.config.kiosk;
    let place = match &kiosk.council_name {
        Some(council) => format!("{council} · {}", kiosk.site_name),
        None => kiosk.site_name.clone(),
    };
    let help_label = help_label(ctx, chrome);
    let crowded = crowded(ctx, chrome, &place, &help_label);
    let title = title(ctx, place);
    let buttons = band_buttons(ctx, chrome, help_label);
    let content: El<Message> = if crowded {
        column![
            title,
            container(ctx.row(buttons).spacing(ctx.px(16.0)))
                .width(Length::Fill)
                .align_x(if ctx.rtl {
                    Alignment::Start
                } else {
                    Alignment::End
                }),
        ]
        .spacing(ctx.px(8.0))
        .into()
    } else {
        let mut all = vec![title];
        all.extend(buttons);
        ctx.row(all)
            .align_y(Alignment::Center)
            .spacing(ctx.px(16.0))
            .into()
    };
    container(content)
        .padding(Padding::from([ctx.px(10.0), ctx.px(24.0)]))
        .width(Length::Fill)
        .style(ui::panel(p.band, p.on_band))
        .into()
}

/// Help's label: "asked" once a channel has taken this session's call.
fn help_label(ctx: &Ctx<'_, Message>, chrome: &Chrome) -> String {
    let told = chrome
        .session
        .help_call
        .as_ref()
        .is_some_and(|(_, o)| o.as_ref().is_some_and(|o| o.any_accepted()));
    if told {
        ctx.t("help-asked-short")
    } else {
        ctx.t("help-button")
    }
}

/// Whether the place name and the band's buttons are too wide for one
/// line, by an estimate of their words' widths.
fn crowded(ctx: &Ctx<'_, Message>, chrome: &Chrome, place: &str, help_label: &str) -> bool {
    let font = ctx.key_px(23.0);
    let chars = [
        ctx.t("language-button").as_str(),
        chrome.speech_label.as_str(),
        help_label,
    ]
    .iter()
    .map(|l| l.chars().count())
    .sum::<usize>();
    let buttons_px = chars as f32 * font * 0.58 + 3.0 * ctx.key_px(36.0) + font * 1.2;
    let place_px = place.chars().count() as f32 * font * 0.6;
    buttons_px + place_px.min(360.0) > 1180.0
}

/// The place name. Held for three seconds, it opens the staff PIN pad:
/// discreet, and not found by tapping around.
fn title(ctx: &Ctx<'_, Message>, place: String) -> El<Message> {
    iced::widget::mouse_area(
        ctx.fill_text(
            text(place)
                .size(ctx.key_px(22.0))
                .font(ui::BOLD)
                .shaping(text::Shaping::Advanced),
        ),
    )
    .on_press(Message::Staff(staff::Message::TitlePressed))
    .on_release(Message::Staff(staff::Message::TitleReleased))
    .into()
}

/// The band's buttons: language, speech and help.
fn band_buttons(ctx: &Ctx<'_, Message>, chrome: &Chrome, help_label: String) -> Vec<El<Message>> {
    let p = ctx.palette;
    let font = ctx.key_px(23.0);
    vec![
        ctx.button_with(
            ctx.row(vec![
                ui::globe(ctx.key_px(26.0), p.on_band),
                ctx.body(ctx.t("language-button")).size(font).into(),
            ])
            .spacing(ctx.px(10.0))
            .align_y(Alignment::Center)
            .into(),
            ctx.t("language-button"),
            Message::OpenLanguages,
            Kind::Band,
        ),
        ctx.button(
            chrome.speech_label.clone(),
            Message::ToggleSpeech,
            Kind::Band,
        ),
        ctx.button(help_label, Message::Help, Kind::Band),
    ]
}

/// Back, the speech volume while speech is on, and Start again.
fn nav_row(ctx: &Ctx<'_, Message>, session: &Session, nav: super::screen::Nav) -> El<Message> {
    let mut row: Vec<El<Message>> = Vec::new();
    if nav.back {
        let arrow = ctx.body(if ctx.rtl { "›" } else { "‹" });
        let label = ctx
            .row(vec![
                arrow.into(),
                ctx.body(ctx.t("back")).size(ctx.px(24.0)).into(),
            ])
            .spacing(ctx.px(8.0));
        row.push(ctx.button_with(label.into(), ctx.t("back"), Message::Back, Kind::Secondary));
    }
    if session.speech.on {
        row.push(ctx.button(
            ctx.t("speech-quieter"),
            Message::Volume(false),
            Kind::Secondary,
        ));
        row.push(ctx.button(
            ctx.t("speech-louder"),
            Message::Volume(true),
            Kind::Secondary,
        ));
    }
    if nav.start_again {
        row.push(ctx.button(ctx.t("start-again"), Message::StartAgain, Kind::Secondary));
    }
    ctx.row(row).spacing(ctx.px(16.0)).into()
}

/// The on-screen keyboard, or the button that brings it back.
fn keyboard_dock(ctx: &Ctx<'_, Message>, chrome: &Chrome, kind: FieldKind) -> El<Message> {
    let state = chrome.session.keyboard;
    let toggle = Message::Keyboard(KeyboardKey::Toggle);
    if state.hidden {
        return ctx.button(ctx.t("keyboard-show"), toggle, Kind::Secondary);
    }
    let keys = keyboard::Keys {
        on_text: |t| Message::Field(Input::Type(t)),
        backspace: Message::Field(Input::Backspace),
        clear: Message::Field(Input::Clear),
        shift: Message::Keyboard(KeyboardKey::Shift),
        script: Message::Keyboard(KeyboardKey::Script),
    };
    let board = keyboard::view(ctx, kind, state.capitals, state.latin, &keys);
    let hide_label = ctx.body(ctx.t("keyboard-hide")).size(ctx.key_px(23.0));
    let hide = ctx.button_with(
        hide_label.into(),
        ctx.t("keyboard-hide"),
        toggle,
        Kind::Secondary,
    );
    let mut side = column![].spacing(ctx.px(16.0));
    if let Some(id) = chrome.enter_label {
        let done_label = ctx.body(ctx.t(id)).size(ctx.key_px(23.0));
        side = side.push(ctx.button_with(
            done_label.into(),
            ctx.t(id),
            Message::Keyboard(KeyboardKey::Done),
            Kind::Primary,
        ));
    }
    let side = side.push(hide);
    ctx.row(vec![board, side.into()])
        .spacing(ctx.px(24.0))
        .into()
}
