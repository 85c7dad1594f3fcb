//! Check your answers: every answer in words with Change beside it, then
//! Send.

use super::Message;
use crate::app::screen::{Env, Nav, Page};
use crate::app::widgets;
use crate::app::widgets::El;
use crate::i18n;
use crate::journey::{ContactMethod, Journey, RowLabel, Shown};
use crate::ui::{self, Ctx, Kind};
use iced::widget::{column, container};
use iced::{Alignment, Border, Length};

/// Draws the check page.
pub fn view(ctx: &Ctx<'_, Message>, j: &Journey, _env: &Env) -> Page<Message> {
    let p = ctx.palette;
    let mut body: Vec<El<Message>> = vec![
        ctx.heading(ctx.t("check-heading")).into(),
        ctx.subheading(j.service().name.clone()).into(),
    ];
    for row in j.summary() {
        let label = match &row.label {
            RowLabel::Attribute(l) => l.clone(),
            RowLabel::Fixed(id) => ctx.t(id),
        };
        let value = match &row.value {
            Shown::Text(t) => t.clone(),
            Shown::Date(d) => i18n::long_date(ctx.locale, *d),
            Shown::Choices(c) => c.join("\n"),
            Shown::Method(ContactMethod::Phone) => ctx.t("contact-phone"),
            Shown::Method(ContactMethod::Email) => ctx.t("contact-email"),
            Shown::Method(ContactMethod::None) => ctx.t("contact-none"),
            Shown::NotGiven => ctx.t("not-given"),
            Shown::Notices(ids) if ids.is_empty() => ctx.t("notices-none"),
            Shown::Notices(ids) => ids
                .iter()
                .map(|id| ctx.t(id))
                .collect::<Vec<_>>()
                .join("\n"),
        };
        let line = ctx
            .row(vec![
                column![ctx.body(label).font(ui::BOLD), ctx.body(value)]
                    .spacing(ctx.px(4.0))
                    .align_x(ctx.start())
                    .width(Length::Fill)
                    .into(),
                ctx.button(ctx.t("change"), Message::Change(row.step), Kind::Secondary),
            ])
            .spacing(ctx.px(16.0))
            .align_y(Alignment::Center);
        body.push(
            container(line)
                .padding(iced::Padding::from([ctx.px(10.0), 0.0]))
                .style(move |_: &iced::Theme| container::Style {
                    border: Border {
                        color: p.rule,
                        width: 0.0,
                        radius: 0.0.into(),
                    },
                    text_color: Some(p.text),
                    ..container::Style::default()
                })
                .into(),
        );
        body.push(widgets::rule(ctx));
    }
    body.push(ctx.subheading(ctx.t("check-send-heading")).into());
    body.push(ctx.body(ctx.t("check-send-body")).into());
    body.push(ctx.button(ctx.t("send"), Message::Continue, Kind::Primary));
    Page::new(body, Nav::BOTH)
}
