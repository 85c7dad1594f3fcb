//! A question page: the step indicator, the error summary, the question
//! with its hint, and a widget for its datatype (the field with the
//! on-screen keyboard, big choices, or the date picker).

use super::Message;
use super::parts::{choices, continue_button, field_error};
use crate::app::screen::{Nav, Page};
use crate::app::widgets::{El, Input, choice, error_box, field, inset, wrap};
use crate::catalogue::Attribute;
use crate::catalogue::open311::Datatype;
use crate::i18n;
use crate::journey::{Answer, ContactMethod, DateUnit, Journey, Problem, Step};
use crate::ui::{self, Ctx, Kind};
use iced::widget::{Space, column, container, text};
use iced::{Alignment, Background, Length};

/// Draws the journey's current question page.
pub fn view(ctx: &Ctx<'_, Message>, j: &Journey) -> Page<Message> {
    let mut body: Vec<El<Message>> = Vec::new();
    let (at, total) = j.progress();
    body.push(progress(ctx, at, total, &j.service().name));
    if !j.problems().is_empty() {
        let messages: Vec<String> = j.problems().iter().map(|p| problem_text(ctx, p)).collect();
        body.push(error_box(ctx, &messages.join("\n")));
    }
    if at == 1
        && !j.is_changing()
        && let Some(help) = &j.service().help
    {
        body.push(ctx.body(help.clone()).into());
    }
    let problem = j.problems().first().map(|p| problem_text(ctx, p));
    match j.step() {
        Step::Check => {}
        Step::Info(i) => {
            let info = j
                .service()
                .attributes
                .get(i)
                .map(|a| a.question.clone())
                .unwrap_or_default();
            body.push(ctx.heading(ctx.t("info-heading")).into());
            body.push(inset(ctx, ctx.body(info).into()));
            body.push(continue_button(ctx));
        }
        Step::Question(i) => {
            let Some(a) = j.service().attributes.get(i) else {
                return Page::new(body, Nav::BOTH);
            };
            return attribute(ctx, j, a, problem, body);
        }
        step @ (Step::Postcode
        | Step::House
        | Step::Landmark
        | Step::ContactDetail
        | Step::ContactName) => {
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
            if let Some(nothing) = super::places::found_nothing(ctx, j) {
                body.push(inset(ctx, ctx.body(nothing).into()));
            }
            if let Some(p) = &problem {
                body.push(field_error(ctx, p));
            }
            let keyboard = text_entry(ctx, j, problem.is_some(), &mut body);
            return Page::new(body, Nav::BOTH).with_keyboard(keyboard);
        }
        Step::ContactMethod => contact_method(ctx, j, problem.as_deref(), &mut body),
        Step::Notices => notices(ctx, j, problem.as_deref(), &mut body),
        Step::Addresses | Step::Streets | Step::Near => {
            super::places::list(ctx, j, problem.as_deref(), &mut body);
        }
        Step::Street => {
            body.push(ctx.heading(ctx.t("street-heading")).into());
            body.push(ctx.hint(ctx.t("street-hint")).into());
            if let Some(p) = &problem {
                body.push(field_error(ctx, p));
            }
            let keyboard = text_entry(ctx, j, problem.is_some(), &mut body);
            return Page::new(body, Nav::BOTH).with_keyboard(keyboard);
        }
    }
    Page::new(body, Nav::BOTH)
}

/// A question from the service definition.
fn attribute(
    ctx: &Ctx<'_, Message>,
    j: &Journey,
    a: &Attribute,
    problem: Option<String>,
    mut body: Vec<El<Message>>,
) -> Page<Message> {
    let mut heading = a.question.clone();
    if !a.required {
        heading = ctx.ta("optional-question", &[("question", heading.into())]);
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
            let keyboard = text_entry(ctx, j, problem.is_some(), &mut body);
            if !a.required {
                body.push(skip_button(ctx, false));
            }
            return Page::new(body, Nav::BOTH).with_keyboard(keyboard);
        }
        Datatype::Singlevaluelist | Datatype::Multivaluelist => {
            let many = a.datatype == Datatype::Multivaluelist;
            let chosen: Vec<String> = match j.answers().attributes.get(&a.code) {
                Some(Answer::One(k)) => vec![k.clone()],
                Some(Answer::Many(k)) => k.clone(),
                _ => Vec::new(),
            };
            let options: Vec<El<Message>> = a
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
    body.push(continue_button(ctx));
    if !a.required {
        body.push(skip_button(ctx, a.datatype == Datatype::Datetime));
    }
    Page::new(body, Nav::BOTH)
}

/// "Skip this question" ("I do not know" for a date): an optional
/// question left unanswered in one press.
fn skip_button(ctx: &Ctx<'_, Message>, date: bool) -> El<Message> {
    ctx.button(
        ctx.t(if date {
            "date-unknown"
        } else {
            "skip-question"
        }),
        Message::Skip,
        Kind::Secondary,
    )
}

/// How the resident would like to be contacted.
fn contact_method(
    ctx: &Ctx<'_, Message>,
    j: &Journey,
    problem: Option<&str>,
    body: &mut Vec<El<Message>>,
) {
    body.push(ctx.heading(ctx.t("contact-heading")).into());
    body.push(ctx.hint(ctx.t("contact-hint")).into());
    if let Some(p) = problem {
        body.push(field_error(ctx, p));
    }
    let chosen = j.answers().contact.method;
    let option = |id: &str, method: ContactMethod, key: &str| {
        choice(
            ctx,
            &ctx.t(id),
            chosen == Some(method),
            false,
            Message::Choose(key.into()),
        )
    };
    let mut options = vec![
        option("contact-phone", ContactMethod::Phone, "phone"),
        option("contact-email", ContactMethod::Email, "email"),
    ];
    if j.service().contact == crate::catalogue::overlay::ContactMode::Optional {
        options.push(option("contact-none", ContactMethod::None, "none"));
    }
    body.push(choices(ctx, options));
    body.push(continue_button(ctx));
}

/// What the council may send: each choice unticked until the resident
/// ticks it.
fn notices(
    ctx: &Ctx<'_, Message>,
    j: &Journey,
    problem: Option<&str>,
    body: &mut Vec<El<Message>>,
) {
    body.push(ctx.heading(ctx.t("notices-heading")).into());
    body.push(ctx.hint(ctx.t("notices-hint")).into());
    if let Some(p) = problem {
        body.push(field_error(ctx, p));
    }
    let ticked = j.notices();
    let options: Vec<El<Message>> = j
        .notice_choices()
        .into_iter()
        .map(|n| {
            choice(
                ctx,
                &ctx.t(n.label_id()),
                ticked.has(n),
                true,
                Message::Toggle(n.key().into()),
            )
        })
        .collect();
    body.push(choices(ctx, options));
    body.push(continue_button(ctx));
}

/// The field and Continue go on the page; the keyboard goes in the dock
/// below, after them in focus order.
fn text_entry(
    ctx: &Ctx<'_, Message>,
    j: &Journey,
    error: bool,
    out: &mut Vec<El<Message>>,
) -> Option<crate::journey::FieldKind> {
    let kind = j.field_kind()?;
    let value = j.field_text().unwrap_or_default();
    let multiline = kind == crate::journey::FieldKind::Lines;
    out.push(field(
        ctx,
        &value,
        multiline,
        error,
        Message::Field(Input::Focus),
    ));
    let mut actions: Vec<El<Message>> = vec![continue_button(ctx)];
    if j.step() == Step::Postcode {
        actions.push(ctx.button(
            ctx.t("postcode-unknown"),
            Message::NoPostcode,
            Kind::Secondary,
        ));
    }
    if j.step() == Step::Street {
        actions.push(ctx.button(
            ctx.t("describe-instead"),
            Message::DescribeInstead,
            Kind::Secondary,
        ));
    }
    out.push(ctx.row(actions).spacing(ctx.px(16.0)).into());
    Some(kind)
}

/// The words for a problem in the resident's language.
pub fn problem_text<M: Clone + 'static>(ctx: &Ctx<'_, M>, p: &Problem) -> String {
    ctx.ta(p.message_id(), &p.args())
}

fn progress(ctx: &Ctx<'_, Message>, at: usize, total: usize, service: &str) -> El<Message> {
    let p = ctx.palette;
    let segments: Vec<El<Message>> = (1..=total)
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
        ctx.body(ctx.ta("step-of", &[("step", at.into()), ("total", total.into())]))
            .font(ui::BOLD),
        ctx.row(segments)
            .spacing(ctx.px(4.0))
            .width(Length::Fixed(ctx.px(480.0))),
    ]
    .spacing(ctx.px(6.0))
    .align_x(ctx.start())
    .into()
}

/// Today and Yesterday, and "An earlier date" while no date is chosen
/// (it starts the picker two days back, for the steppers to move on).
fn quick_dates(ctx: &Ctx<'_, Message>, earlier: bool) -> iced::widget::Row<'static, Message> {
    let mut choices = vec![
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
    ];
    if earlier {
        choices.push(ctx.button(
            ctx.t("date-another"),
            Message::DateDaysAgo(2),
            Kind::Secondary,
        ));
    }
    ctx.row(choices).spacing(ctx.px(16.0))
}

/// The date picker: the date in words, quick choices, and big buttons to
/// move the day, month and year. No typing a format.
fn date_picker(ctx: &Ctx<'_, Message>, j: &Journey) -> El<Message> {
    use chrono::Datelike;
    let Some(date) = j.date() else {
        // An optional date starts empty: nothing is chosen until the
        // resident says.
        return column![ctx.body(ctx.t("date-none-chosen")), quick_dates(ctx, true)]
            .spacing(ctx.px(14.0))
            .align_x(ctx.start())
            .into();
    };
    let shown = text(i18n::long_date(ctx.locale, date))
        .size(ctx.px(34.0))
        .font(ui::BOLD)
        .shaping(text::Shaping::Advanced);
    let quick = quick_dates(ctx, false);
    // Every stepper button as wide as the longest of their words, so the
    // three rows line up.
    let longest = STEPS
        .iter()
        .map(|id| ctx.t(id).chars().count())
        .max()
        .unwrap_or(0);
    let width = longest as f32 * ctx.px(24.0) * 0.58 + 2.0 * ctx.px(22.0) + 8.0;
    let step = |id: &str, unit: DateUnit, by: i32| -> El<Message> {
        ctx.button_sized(
            ctx.t(id),
            Message::DateStep(unit, by),
            Kind::Secondary,
            width,
        )
    };
    let stepper = |unit: DateUnit, value: String, earlier: &str, later: &str| -> El<Message> {
        ctx.row(vec![
            step(earlier, unit, -1),
            container(
                text(value)
                    .size(ctx.px(28.0))
                    .font(ui::BOLD)
                    .shaping(text::Shaping::Advanced),
            )
            .center_x(Length::Fixed(ctx.px(220.0)))
            .into(),
            step(later, unit, 1),
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
    .align_x(ctx.start())
    .into()
}

/// The words of the date steppers' buttons.
const STEPS: [&str; 6] = [
    "date-day-before",
    "date-day-after",
    "date-month-before",
    "date-month-after",
    "date-year-before",
    "date-year-after",
];
