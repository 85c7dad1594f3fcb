//! The journey's pages: one question each, with the step indicator, the error
//! summary, a widget per datatype, and check your answers.

use super::view::{Nav, wrap};
use super::{App, Message};
use crate::catalogue::open311::Datatype;
use crate::i18n;
use crate::journey::{Answer, ContactMethod, DateUnit, Journey, Problem, RowLabel, Shown, Step};
use crate::ui::{self, Ctx, Kind};
use iced::widget::{Space, column, container, text};
use iced::{Alignment, Background, Border, Element, Length};

type El = Element<'static, Message>;

impl App {
    pub(super) fn journey_page(&self, ctx: &Ctx<'_, Message>, j: &Journey) -> El {
        let mut body: Vec<El> = Vec::new();
        let step = j.step();
        if step != Step::Check {
            let (at, total) = j.progress();
            body.push(progress(ctx, at, total, &j.service().name));
        }
        if !j.problems().is_empty() {
            body.push(error_summary(ctx, j.problems()));
        }
        if j.progress().0 == 1
            && step != Step::Check
            && !j.is_changing()
            && let Some(help) = &j.service().help
        {
            body.push(ctx.body(help.clone()).into());
        }
        let problem = j.problems().first().map(|p| problem_text(ctx, p));
        match step {
            Step::Check => return self.check_answers(ctx, j),
            Step::Info(i) => {
                let info = j
                    .service()
                    .attributes
                    .get(i)
                    .map(|a| a.question.clone())
                    .unwrap_or_default();
                body.push(ctx.heading(ctx.t("info-heading")).into());
                body.push(inset(ctx, ctx.body(info).into()));
                body.push(ctx.button(ctx.t("continue"), Message::Continue, Kind::Primary));
            }
            Step::Question(i) => {
                let Some(a) = j.service().attributes.get(i) else {
                    return self.frame(ctx, Nav::BOTH, body);
                };
                let mut heading = a.question.clone();
                if !a.required {
                    heading = ctx.ta("optional-question", &[("question", heading)]);
                }
                body.push(ctx.heading(heading).into());
                if let Some(h) = &a.hint {
                    body.push(ctx.hint(h.clone()).into());
                }
                if let Some(p) = &problem {
                    body.push(field_error(ctx, p));
                }
                match a.datatype {
                    Datatype::String | Datatype::Text | Datatype::Number => {
                        let dock = self.text_entry(ctx, j, problem.is_some(), &mut body);
                        return self.frame_docked(ctx, Nav::BOTH, body, dock);
                    }
                    Datatype::Singlevaluelist | Datatype::Multivaluelist => {
                        let many = a.datatype == Datatype::Multivaluelist;
                        let chosen: Vec<String> = match j.answers().attributes.get(&a.code) {
                            Some(Answer::One(k)) => vec![k.clone()],
                            Some(Answer::Many(k)) => k.clone(),
                            _ => Vec::new(),
                        };
                        let options: Vec<El> = a
                            .values
                            .iter()
                            .map(|v| {
                                let action = if many {
                                    Message::Toggle(v.key.clone())
                                } else {
                                    Message::Choose(v.key.clone())
                                };
                                choice(ctx, &v.name, chosen.contains(&v.key), many, action)
                            })
                            .collect();
                        body.push(wrap(ctx, options, if a.values.len() > 6 { 2 } else { 1 }));
                    }
                    Datatype::Datetime => body.push(date_picker(ctx, j)),
                }
                body.push(ctx.button(ctx.t("continue"), Message::Continue, Kind::Primary));
            }
            Step::Postcode
            | Step::House
            | Step::Landmark
            | Step::ContactDetail
            | Step::ContactName => {
                let (title, hint) = match step {
                    Step::Postcode => ("postcode-heading", Some("postcode-hint")),
                    Step::House => ("house-heading", Some("house-hint")),
                    Step::Landmark => ("landmark-heading", Some("landmark-hint")),
                    Step::ContactName => ("name-heading", None),
                    _ => match j.contact_method() {
                        Some(ContactMethod::Email) => ("email-heading", Some("email-hint")),
                        _ => ("phone-heading", Some("phone-hint")),
                    },
                };
                body.push(ctx.heading(ctx.t(title)).into());
                if let Some(h) = hint {
                    body.push(ctx.hint(ctx.t(h)).into());
                }
                if let Some(p) = &problem {
                    body.push(field_error(ctx, p));
                }
                let dock = self.text_entry(ctx, j, problem.is_some(), &mut body);
                return self.frame_docked(ctx, Nav::BOTH, body, dock);
            }
            // The gazetteer's pages: only reached once the app calls
            // `Journey::set_gazetteer(true)`, which it does not yet.
            Step::Addresses | Step::Street | Step::Streets | Step::Near => {}
            Step::ContactMethod => {
                body.push(ctx.heading(ctx.t("contact-heading")).into());
                body.push(ctx.hint(ctx.t("contact-hint")).into());
                if let Some(p) = &problem {
                    body.push(field_error(ctx, p));
                }
                let chosen = j.answers().contact.method;
                let mut options = vec![
                    choice(
                        ctx,
                        &ctx.t("contact-phone"),
                        chosen == Some(ContactMethod::Phone),
                        false,
                        Message::Choose("phone".into()),
                    ),
                    choice(
                        ctx,
                        &ctx.t("contact-email"),
                        chosen == Some(ContactMethod::Email),
                        false,
                        Message::Choose("email".into()),
                    ),
                ];
                if j.service().contact == crate::catalogue::overlay::ContactMode::Optional {
                    options.push(choice(
                        ctx,
                        &ctx.t("contact-none"),
                        chosen == Some(ContactMethod::None),
                        false,
                        Message::Choose("none".into()),
                    ));
                }
                body.push(
                    column(options)
                        .spacing(ctx.px(12.0))
                        .align_x(ctx.start())
                        .into(),
                );
                body.push(ctx.button(ctx.t("continue"), Message::Continue, Kind::Primary));
            }
        }
        self.frame(ctx, Nav::BOTH, body)
    }

    /// The field and Continue go on the page; the keyboard goes in the dock
    /// below, after them in focus order.
    fn text_entry(
        &self,
        ctx: &Ctx<'_, Message>,
        j: &Journey,
        error: bool,
        out: &mut Vec<El>,
    ) -> Option<El> {
        let kind = j.field_kind()?;
        let value = j.field_text().unwrap_or_default();
        let multiline = kind == crate::journey::FieldKind::Lines;
        out.push(self.field(ctx, &value, multiline, error));
        let mut actions: Vec<El> =
            vec![ctx.button(ctx.t("continue"), Message::Continue, Kind::Primary)];
        if j.step() == Step::Postcode {
            actions.push(ctx.button(
                ctx.t("postcode-unknown"),
                Message::NoPostcode,
                Kind::Secondary,
            ));
        }
        out.push(ctx.row(actions).spacing(ctx.px(16.0)).into());
        Some(self.keyboard_dock(ctx, kind))
    }

    fn check_answers(&self, ctx: &Ctx<'_, Message>, j: &Journey) -> El {
        let p = ctx.palette;
        let mut body: Vec<El> = vec![
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
            body.push(rule(ctx));
        }
        body.push(ctx.subheading(ctx.t("check-send-heading")).into());
        body.push(ctx.body(ctx.t("check-send-body")).into());
        body.push(ctx.button(ctx.t("send"), Message::Continue, Kind::Primary));
        self.frame(ctx, Nav::BOTH, body)
    }
}

/// The words for a problem in the resident's language.
pub(super) fn problem_text(ctx: &Ctx<'_, Message>, p: &Problem) -> String {
    ctx.ta(p.message_id(), &p.args())
}

fn progress(ctx: &Ctx<'_, Message>, at: usize, total: usize, service: &str) -> El {
    let p = ctx.palette;
    let segments: Vec<El> = (1..=total)
        .map(|i| {
            let filled = i <= at;
            container(Space::new())
                .width(Length::Fill)
                .height(ctx.px(10.0))
                .style(move |_: &iced::Theme| container::Style {
                    background: Some(Background::Color(if filled {
                        p.selected
                    } else {
                        p.neutral
                    })),
                    ..container::Style::default()
                })
                .into()
        })
        .collect();
    column![
        ctx.hint(service.to_string()),
        ctx.body(ctx.ta(
            "step-of",
            &[("step", at.to_string()), ("total", total.to_string())]
        ))
        .font(ui::BOLD),
        ctx.row(segments)
            .spacing(ctx.px(4.0))
            .width(Length::Fixed(ctx.px(480.0))),
    ]
    .spacing(ctx.px(6.0))
    .align_x(ctx.start())
    .into()
}

fn error_summary(ctx: &Ctx<'_, Message>, problems: &[Problem]) -> El {
    let messages: Vec<String> = problems.iter().map(|p| problem_text(ctx, p)).collect();
    error_box(ctx, &messages.join("\n"))
}

/// "There is a problem" and what to do, in a red box at the top of a page.
pub(super) fn error_box(ctx: &Ctx<'_, Message>, messages: &str) -> El {
    let p = ctx.palette;
    let mut items = column![ctx.subheading(ctx.t("error-summary"))]
        .spacing(ctx.px(8.0))
        .align_x(ctx.start());
    for message in messages.lines() {
        ctx.alert(message);
        items = items.push(ctx.body(message.to_string()).color(p.error).font(ui::BOLD));
    }
    container(items)
        .padding(ctx.px(20.0))
        .width(Length::Fill)
        .style(ui::boxed(p, p.error, p.background))
        .into()
}

fn field_error(ctx: &Ctx<'_, Message>, message: &str) -> El {
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

fn inset(ctx: &Ctx<'_, Message>, content: El) -> El {
    let p = ctx.palette;
    container(content)
        .padding(ctx.px(20.0))
        .width(Length::Fill)
        .style(ui::boxed(p, p.selected, p.inset))
        .into()
}

fn rule(ctx: &Ctx<'_, Message>) -> El {
    let p = ctx.palette;
    container(Space::new())
        .width(Length::Fill)
        .height(2.0)
        .style(ui::panel(p.neutral, p.neutral))
        .into()
}

/// A big choice: a round mark for one-of, a square for many, and the label.
fn choice(
    ctx: &Ctx<'_, Message>,
    label: &str,
    selected: bool,
    square: bool,
    action: Message,
) -> El {
    let mark_size = ctx.px(30.0);
    let radius = if square { 3.0 } else { mark_size / 2.0 };
    let (ink, paper) = (ctx.palette.border, ctx.palette.mark);
    let mark = container(
        container(Space::new())
            .width(mark_size * 0.5)
            .height(mark_size * 0.5)
            .style(move |_: &iced::Theme| container::Style {
                background: selected.then_some(Background::Color(paper)),
                border: Border {
                    radius: (if square { 1.0 } else { mark_size / 4.0 }).into(),
                    ..Border::default()
                },
                ..container::Style::default()
            }),
    )
    .center(mark_size)
    .style(move |_: &iced::Theme| container::Style {
        background: Some(Background::Color(if selected { ink } else { paper })),
        border: Border {
            color: ink,
            width: 3.0,
            radius: radius.into(),
        },
        ..container::Style::default()
    });
    let content = ctx
        .row(vec![
            mark.into(),
            ctx.fill_text(
                text(label.to_string())
                    .size(ctx.px(24.0))
                    .font(ui::BODY)
                    .shaping(text::Shaping::Advanced),
            ),
        ])
        .spacing(ctx.px(16.0))
        .align_y(Alignment::Center)
        .width(Length::Fill);
    ctx.button_with(content.into(), label, action, Kind::Choice { selected })
}

/// The date picker: the date in words, quick choices, and big buttons to
/// move the day, month and year. No typing a format.
fn date_picker(ctx: &Ctx<'_, Message>, j: &Journey) -> El {
    use chrono::Datelike;
    let Some(date) = j.date() else {
        return Space::new().into();
    };
    let shown = text(i18n::long_date(ctx.locale, date))
        .size(ctx.px(34.0))
        .font(ui::BOLD)
        .shaping(text::Shaping::Advanced);
    let quick = ctx
        .row(vec![
            ctx.button(
                ctx.t("date-today"),
                Message::DateDaysAgo(0),
                Kind::Secondary,
            ),
            ctx.button(
                ctx.t("date-yesterday"),
                Message::DateDaysAgo(1),
                Kind::Secondary,
            ),
        ])
        .spacing(ctx.px(16.0));
    let stepper = |unit: DateUnit, value: String, earlier: &str, later: &str| -> El {
        ctx.row(vec![
            ctx.button(ctx.t(earlier), Message::DateStep(unit, -1), Kind::Secondary),
            container(
                text(value)
                    .size(ctx.px(28.0))
                    .font(ui::BOLD)
                    .shaping(text::Shaping::Advanced),
            )
            .center_x(Length::Fixed(ctx.px(220.0)))
            .into(),
            ctx.button(ctx.t(later), Message::DateStep(unit, 1), Kind::Secondary),
        ])
        .spacing(ctx.px(12.0))
        .align_y(Alignment::Center)
        .into()
    };
    column![
        shown,
        quick,
        stepper(
            DateUnit::Day,
            date.day().to_string(),
            "date-day-before",
            "date-day-after"
        ),
        stepper(
            DateUnit::Month,
            ctx.t(&format!("month-{}", date.month())),
            "date-month-before",
            "date-month-after"
        ),
        stepper(
            DateUnit::Year,
            date.year().to_string(),
            "date-year-before",
            "date-year-after"
        ),
    ]
    .spacing(ctx.px(14.0))
    .into()
}
