//! Pieces the journey pages share: the Continue button, a column of
//! choices and a field's error line.

use super::Message;
use crate::app::widgets::El;
use crate::ui::{self, Ctx, Kind};
use iced::Alignment;
use iced::widget::{Space, column, container};

/// The page's Continue button.
pub(super) fn continue_button(ctx: &Ctx<'_, Message>) -> El<Message> {
    ctx.button(ctx.t("continue"), Message::Continue, Kind::Primary)
}

/// A page's choices, one under another from the reading edge.
pub(super) fn choices<M: Clone + 'static>(ctx: &Ctx<'_, M>, options: Vec<El<M>>) -> El<M> {
    column(options)
        .spacing(ctx.px(12.0))
        .align_x(ctx.start())
        .into()
}

/// A field's problem in words, with a red bar on the reading side.
pub(super) fn field_error(ctx: &Ctx<'_, Message>, message: &str) -> El<Message> {
    let p = ctx.palette;
    ctx.reading_side(
        ctx.row(vec![
            container(Space::new())
                .width(ctx.px(6.0))
                .height(ctx.px(34.0))
                .style(ui::panel(p.error, p.error))
                .into(),
            ctx.body(message.to_string())
                .color(p.error)
                .font(ui::BOLD)
                .into(),
        ])
        .spacing(ctx.px(12.0))
        .align_y(Alignment::Center),
    )
}
