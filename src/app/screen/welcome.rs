//! The welcome screen: the council and site, the language, the text size,
//! the colours, and Start.

use super::{Env, Nav, Page};
use crate::app::action::Action;
use crate::app::session::Change;
use crate::app::widgets::{El, language_choices, wrap};
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

/// Draws the welcome screen.
pub fn view(ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
    let session = env.session;
    let mut body: Vec<El<Message>> = vec![
        ctx.heading(ctx.ta(
            "welcome-heading",
            &[("site", env.config.kiosk.site_name.clone())],
        ))
        .into(),
        ctx.body(ctx.t("welcome-intro")).into(),
    ];
    body.push(ctx.subheading(ctx.t("choose-language")).into());
    body.push(language_choices(ctx, &session.locale, 4, Message::Language));
    body.push(ctx.subheading(ctx.t("choose-text-size")).into());
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
    body.push(ctx.button(ctx.t("start"), Message::Start, Kind::Primary));
    Page::new(body, Nav::NONE)
}
