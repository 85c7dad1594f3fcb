//! The welcome screen: the council and site, the language, the text size,
//! the colours, and Start.

use super::{Env, Nav, Page};
use crate::app::screen::action::Action;
use crate::app::session::Change;
use crate::app::widgets::{El, wrap};
use crate::ui::{self, Ctx, Kind, TextSize};
use iced::Alignment;
use iced::widget::text;

/// A tap on the welcome screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A language was chosen.
    Language(String),
    /// A text size was chosen.
    Size(TextSize),
    /// Standard colours (false) or high contrast, light on black (true).
    Contrast(bool),
    /// Start.
    Start,
}

/// Handles a tap.
pub fn update(message: Message) -> Action {
    match message {
        Message::Language(l) => Action::Session(Change::Language(l)),
        Message::Size(s) => Action::Session(Change::Size(s)),
        Message::Contrast(c) => Action::Session(Change::Contrast(c)),
        Message::Start => Action::Go(super::services::State::groups()),
    }
}

/// Draws the welcome screen. Start and the languages come first, so the
/// first view shows the way to start and the language choice at every
/// text size on a 1280x800 screen; text size and colours follow.
pub fn view(ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
    let session = env.session;
    let mut body: Vec<El<Message>> = vec![
        ctx.heading(ctx.ta(
            "welcome-heading",
            &[("site", env.config.kiosk.site_name.clone().into())],
        ))
        .into(),
        ctx.button(ctx.t("start"), Message::Start, Kind::Primary),
        ctx.subheading(ctx.t("choose-language")).into(),
        languages(ctx, &session.locale),
        ctx.body(ctx.t("welcome-intro")).into(),
        ctx.subheading(ctx.t("choose-text-size")).into(),
    ];
    let sizes: Vec<El<Message>> = TextSize::ALL
        .iter()
        .map(|&s| {
            let label = text(ctx.t(s.message_id()))
                .size((24.0 * s.scale()).round())
                .font(ui::BODY)
                .shaping(text::Shaping::Advanced);
            ctx.button_with(
                label.into(),
                ctx.t(s.message_id()),
                Message::Size(s),
                Kind::Choice {
                    selected: s == session.size,
                },
            )
        })
        .collect();
    body.push(
        ctx.row(sizes)
            .spacing(ctx.px(16.0))
            .align_y(Alignment::Center)
            .into(),
    );
    body.push(ctx.subheading(ctx.t("choose-colours")).into());
    let colours: Vec<El<Message>> = [(false, "colours-standard"), (true, "colours-high-contrast")]
        .iter()
        .map(|&(high, id)| {
            ctx.button(
                ctx.t(id),
                Message::Contrast(high),
                Kind::Choice {
                    selected: high == session.high_contrast,
                },
            )
        })
        .collect();
    body.push(wrap(ctx, colours, 2));
    Page::new(body, Nav::NONE)
}

/// The languages, each in its own name and script, four to a row at every
/// text size: the names are short and keep to a size that fits them all in
/// the first view.
fn languages(ctx: &Ctx<'_, Message>, current: &str) -> El<Message> {
    let buttons: Vec<El<Message>> = crate::i18n::languages()
        .iter()
        .map(|l| {
            let name = text(l.name.clone())
                .size(ctx.key_px(26.0))
                .font(ui::BODY)
                .shaping(text::Shaping::Advanced);
            ctx.button_with(
                name.into(),
                l.name.clone(),
                Message::Language(l.id.to_string()),
                Kind::Choice {
                    selected: l.id == current,
                },
            )
        })
        .collect();
    let mut rows: Vec<El<Message>> = Vec::new();
    let mut it = buttons.into_iter().peekable();
    while it.peek().is_some() {
        let cells: Vec<El<Message>> = (0..4)
            .map(|_| match it.next() {
                Some(b) => iced::widget::container(b).width(iced::Length::Fill).into(),
                None => iced::widget::Space::new().width(iced::Length::Fill).into(),
            })
            .collect();
        rows.push(ctx.row(cells).spacing(ctx.key_px(12.0)).into());
    }
    iced::widget::column(rows).spacing(ctx.key_px(12.0)).into()
}
