//! What is drawn over or instead of a page: the dialog frame, the language
//! picker, the help and idle notices, the staff PIN pad's frame, and the
//! out-of-order screen.

use super::Message;
use super::session::Session;
use super::widgets::{El, language_choices};
use crate::i18n;
use crate::ui::{self, Ctx, Kind};
use iced::widget::{column, container, scrollable, text};
use iced::{Alignment, Length};

/// The dialog frame: a bordered box whose content scrolls rather than
/// hiding its last controls when taller than the screen. Its scrollbar
/// sits beside the content, never over the controls, and its margin stays
/// the same at every text size so large text has the room.
pub fn frame<M: Clone + 'static>(ctx: &Ctx<'_, M>, content: Vec<El<M>>) -> El<M> {
    let p = ctx.palette;
    container(
        scrollable(
            column(content)
                .spacing(ctx.px(20.0))
                .align_x(ctx.start())
                .max_width(1100.0),
        )
        .spacing(12.0),
    )
    // No wider than its content and margin (the column, its scrollbar and
    // the padding), so on a wide screen the box is not mostly empty.
    .max_width(1100.0 + 12.0 + 10.0 + 2.0 * 28.0)
    .padding(28.0)
    .style(ui::boxed(p, p.focus, p.background))
    .into()
}

/// The language picker over any screen: answers stay as they are.
pub fn languages(ctx: &Ctx<'_, Message>, session: &Session) -> El<Message> {
    ctx.begin_content();
    frame(
        ctx,
        vec![
            ctx.heading(ctx.t("choose-language")).into(),
            language_choices(ctx, &session.locale, 4, Message::ChooseLanguage),
            ctx.button(
                ctx.t("language-close"),
                Message::CloseLanguages,
                Kind::Secondary,
            ),
        ],
    )
}

/// Help: the truth about the call. "Calling a member of staff…" while it
/// goes, "A member of staff has been told" once a channel took it, and the
/// desk directions with "Call again" when nothing is set up, the call
/// failed, or no one came in time.
pub fn help(ctx: &Ctx<'_, Message>, session: &Session, cx: &super::Context) -> El<Message> {
    ctx.begin_content();
    let show = match &session.help_call {
        Some((call, outcome)) => crate::help::what_to_show(
            &cx.config,
            cx.caller.as_ref().is_some_and(|c| c.has_channels()),
            outcome.as_ref(),
            call.made_at,
            cx.now(),
        ),
        None => crate::help::Show::Calling,
    };
    let mut content: Vec<El<Message>> = vec![
        ctx.heading(ctx.t(show.heading_id())).into(),
        ctx.body(ctx.t(show.body_id())).into(),
    ];
    if show.offers_desk() {
        content.push(
            ctx.subheading(crate::help::directions(&cx.config, ctx.locale))
                .into(),
        );
        content.push(ctx.button(
            ctx.t("help-call-again"),
            Message::CallAgain,
            Kind::Secondary,
        ));
    }
    content.push(ctx.button(ctx.t("help-carry-on"), Message::DismissHelp, Kind::Primary));
    frame(ctx, content)
}

/// The idle warning with its countdown.
pub fn idle(ctx: &Ctx<'_, Message>, seconds: u64) -> El<Message> {
    ctx.begin_content();
    frame(
        ctx,
        vec![
            ctx.heading(ctx.t("idle-heading")).into(),
            ctx.body(ctx.ta("idle-body", &[("seconds", seconds.into())]))
                .into(),
            text(ctx.ta("idle-seconds", &[("seconds", seconds.into())]))
                .size(ctx.px(48.0))
                .font(ui::BOLD)
                .into(),
            ctx.button(ctx.t("idle-still-here"), Message::StillHere, Kind::Primary),
        ],
    )
}

/// The staff PIN pad.
pub fn pin(ctx: &Ctx<'_, Message>, session: &Session) -> El<Message> {
    ctx.begin_content();
    let staff = ctx.map(Message::Staff);
    let content = super::staff::pad(&staff, session);
    frame(&staff, content).map(Message::Staff)
}

/// The out-of-order page: the same words in every language, each in its
/// own script and reading direction, then the reason for staff.
pub fn out_of_order(ctx: &Ctx<'_, Message>, problem: &str) -> El<Message> {
    let mut lines: Vec<El<Message>> = Vec::new();
    for language in i18n::languages() {
        let words = text(i18n::t(language.id, "out-of-order"))
            .size(ctx.px(26.0))
            .font(if language.id == i18n::SOURCE {
                ui::BOLD
            } else {
                ui::BODY
            })
            .shaping(text::Shaping::Advanced);
        let align = if i18n::is_rtl(language.id) {
            Alignment::End
        } else {
            Alignment::Start
        };
        lines.push(container(words).width(Length::Fill).align_x(align).into());
    }
    lines.push(
        ctx.hint(format!("For staff: {problem}"))
            .shaping(text::Shaping::Advanced)
            .into(),
    );
    container(scrollable(
        column(lines).spacing(ctx.px(14.0)).padding(ctx.px(40.0)),
    ))
    .width(Length::Fill)
    .height(Length::Fill)
    .style(ui::panel(ctx.palette.background, ctx.palette.text))
    .into()
}
