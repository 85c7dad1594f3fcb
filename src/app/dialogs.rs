//! What is drawn over or instead of a page: the dialog frame, the language
//! picker, the help and idle notices, and the out-of-order screen.

use super::view::wrap;
use super::{App, Message};
use crate::i18n;
use crate::ui::{self, Ctx, Kind};
use iced::widget::{column, container, scrollable, text};
use iced::{Alignment, Element, Length};

type El = Element<'static, Message>;

impl App {
    pub(super) fn dialog(&self, ctx: &Ctx<'_, Message>, content: Vec<El>) -> El {
        let p = ctx.palette;
        // A dialog taller than the screen scrolls rather than hiding its
        // last controls.
        container(scrollable(
            column(content)
                .spacing(ctx.px(20.0))
                .align_x(ctx.start())
                .max_width(1100.0),
        ))
        .padding(ctx.px(36.0))
        .style(ui::boxed(p, p.focus, p.background))
        .into()
    }

    /// A button for each shipped language, named in its own language,
    /// `per_row` to a row (fewer at the largest text size).
    pub(super) fn language_choices(&self, ctx: &Ctx<'_, Message>, per_row: usize) -> El {
        let languages: Vec<El> = i18n::languages()
            .iter()
            .map(|l| {
                // Language names are short: they keep to a size that lets
                // every language fit on one screen, even at the largest text.
                let name = text(l.name.clone())
                    .size(ctx.key_px(26.0))
                    .font(ui::BODY)
                    .shaping(text::Shaping::Advanced);
                ctx.button_with(
                    name.into(),
                    l.name.clone(),
                    Message::ChooseLanguage(l.id.to_string()),
                    Kind::Choice {
                        selected: l.id == self.locale,
                    },
                )
            })
            .collect();
        wrap(ctx, languages, per_row)
    }

    /// The language picker over any screen: answers stay as they are.
    pub(super) fn languages_dialog(&self, ctx: &Ctx<'_, Message>) -> El {
        ctx.begin_content();
        self.dialog(
            ctx,
            vec![
                ctx.heading(ctx.t("choose-language")).into(),
                self.language_choices(ctx, 8),
                ctx.button(
                    ctx.t("language-close"),
                    Message::CloseLanguages,
                    Kind::Secondary,
                ),
            ],
        )
    }

    pub(super) fn help_dialog(&self, ctx: &Ctx<'_, Message>) -> El {
        ctx.begin_content();
        self.dialog(
            ctx,
            vec![
                ctx.heading(ctx.t("help-asked-heading")).into(),
                ctx.body(ctx.t("help-asked-body")).into(),
                ctx.button(ctx.t("help-carry-on"), Message::DismissHelp, Kind::Primary),
            ],
        )
    }

    pub(super) fn idle_dialog(&self, ctx: &Ctx<'_, Message>) -> El {
        ctx.begin_content();
        let seconds = self.idle_seconds_left();
        self.dialog(
            ctx,
            vec![
                ctx.heading(ctx.t("idle-heading")).into(),
                ctx.body(ctx.ta("idle-body", &[("seconds", seconds.to_string())]))
                    .into(),
                text(ctx.ta("idle-seconds", &[("seconds", seconds.to_string())]))
                    .size(ctx.px(48.0))
                    .font(ui::BOLD)
                    .into(),
                ctx.button(ctx.t("idle-still-here"), Message::StillHere, Kind::Primary),
            ],
        )
    }
}

/// The on-screen keyboard's actions.
/// The out-of-order page: the same words in every language, each in its
/// own script and reading direction, then the reason for staff.
pub(super) fn out_of_order(ctx: &Ctx<'_, Message>, problem: &str) -> El {
    let mut lines: Vec<El> = Vec::new();
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
