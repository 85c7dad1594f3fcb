//! The payment pages before any money moves, as drawn: what to pay for,
//! the reference, the amount or how many, the check page with the total,
//! and how to pay.

use super::paying::{amount_line, declined_twice};
use super::{DECLINES_ALLOWED, Message, State, Step};
use crate::app::screen::{Env, Nav, Page};
use crate::app::widgets;
use crate::app::widgets::{El, Input, error_box, field, inset, wrap};
use crate::journey::FieldKind;
use crate::payments::{Item, Order, Price, format_pounds};
use crate::ui::{self, Ctx, Kind};
use iced::widget::column;
use iced::{Alignment, Length};

/// Draws the page showing.
pub fn page(s: &State, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
    let mut body: Vec<El<Message>> = Vec::new();
    let item = s.item(env);
    if s.step == Step::What {
        what(ctx, env, &mut body);
        return Page::new(body, Nav::BOTH);
    }
    let Some(item) = item else {
        body.push(ctx.body(ctx.t("pay-none-now")).into());
        return Page::new(body, Nav::BOTH);
    };
    body.push(ctx.hint(item.name_in(env.locale()).to_string()).into());
    match s.step {
        Step::What => {}
        Step::Reference => {
            reference(s, ctx, env, item, &mut body);
            return Page::new(body, Nav::BOTH).with_keyboard(Some(FieldKind::Postcode));
        }
        Step::Amount => {
            if amount(s, ctx, item, &mut body) {
                return Page::new(body, Nav::BOTH).with_keyboard(Some(FieldKind::Number));
            }
        }
        Step::Check => check(s, ctx, env, item, &mut body),
        Step::How => how(s, ctx, &mut body),
        Step::Starting => {
            body.push(ctx.heading(ctx.t("pay-starting")).into());
            if let Some(order) = &s.order {
                body.push(amount_line(ctx, order.amount_pence));
            }
            return Page::new(body, Nav::NONE);
        }
        Step::Paying | Step::Done | Step::Cash => {
            return super::paying::page(s, ctx, env, body);
        }
    }
    Page::new(body, Nav::BOTH)
}

/// What an item costs, in a line.
fn price_words(ctx: &Ctx<'_, Message>, item: &Item) -> String {
    match item.price() {
        Price::Fixed {
            unit_pence,
            max_quantity,
        } => ctx.ta(
            "pay-price-each",
            &[
                ("price", format_pounds(unit_pence).into()),
                ("max", max_quantity.into()),
            ],
        ),
        Price::Entered {
            min_pence,
            max_pence,
        } => ctx.ta(
            "pay-price-range",
            &[
                ("min", format_pounds(min_pence).into()),
                ("max", format_pounds(max_pence).into()),
            ],
        ),
    }
}

fn what(ctx: &Ctx<'_, Message>, env: &Env, body: &mut Vec<El<Message>>) {
    body.push(ctx.heading(ctx.t("pay-what-heading")).into());
    let Some(items) = env.payments else {
        return;
    };
    let tiles: Vec<El<Message>> = items
        .all()
        .iter()
        .map(|item| {
            widgets::tile(
                ctx,
                item.name_in(env.locale()).to_string(),
                Some(price_words(ctx, item)),
                Message::Item(item.code.clone()),
            )
        })
        .collect();
    body.push(column(tiles).spacing(ctx.px(14.0)).into());
}

fn reference(
    s: &State,
    ctx: &Ctx<'_, Message>,
    env: &Env,
    item: &Item,
    body: &mut Vec<El<Message>>,
) {
    let heading = item
        .reference_label_in(env.locale())
        .map_or_else(|| ctx.t("pay-reference-heading"), str::to_string);
    body.push(ctx.heading(heading).into());
    body.push(ctx.hint(ctx.t("pay-reference-hint")).into());
    if let Some(p) = &s.problem {
        body.push(error_box(ctx, &p.message(ctx.locale)));
    }
    body.push(field(
        ctx,
        &s.reference,
        false,
        s.problem.is_some(),
        Message::Field(Input::Focus),
    ));
    body.push(ctx.button(ctx.t("continue"), Message::Continue, Kind::Primary));
}

/// The amount or how-many page; returns whether it has a typed field.
fn amount(s: &State, ctx: &Ctx<'_, Message>, item: &Item, body: &mut Vec<El<Message>>) -> bool {
    match item.price() {
        Price::Fixed {
            unit_pence,
            max_quantity,
        } => {
            body.push(ctx.heading(ctx.t("pay-quantity-heading")).into());
            body.push(
                ctx.hint(ctx.ta(
                    "pay-price-each",
                    &[
                        ("price", format_pounds(unit_pence).into()),
                        ("max", max_quantity.into()),
                    ],
                ))
                .into(),
            );
            if let Some(p) = &s.problem {
                body.push(error_box(ctx, &p.message(ctx.locale)));
            }
            let choices: Vec<El<Message>> = (1..=max_quantity)
                .map(|q| {
                    ctx.button(
                        ctx.ta(
                            "pay-quantity-choice",
                            &[
                                ("quantity", q.into()),
                                ("total", format_pounds(unit_pence * u64::from(q)).into()),
                            ],
                        ),
                        Message::Quantity(q),
                        Kind::Choice {
                            selected: q == s.quantity,
                        },
                    )
                })
                .collect();
            body.push(wrap(ctx, choices, 4));
            body.push(ctx.button(ctx.t("continue"), Message::Continue, Kind::Primary));
            false
        }
        Price::Entered {
            min_pence,
            max_pence,
        } => {
            body.push(ctx.heading(ctx.t("pay-amount-heading")).into());
            body.push(
                ctx.hint(ctx.ta(
                    "pay-amount-hint",
                    &[
                        ("min", format_pounds(min_pence).into()),
                        ("max", format_pounds(max_pence).into()),
                    ],
                ))
                .into(),
            );
            if let Some(p) = &s.problem {
                body.push(error_box(ctx, &p.message(ctx.locale)));
            }
            let shown = if s.amount.is_empty() || s.amount.starts_with('£') {
                s.amount.clone()
            } else {
                format!("£{}", s.amount)
            };
            body.push(field(
                ctx,
                &shown,
                false,
                s.problem.is_some(),
                Message::Field(Input::Focus),
            ));
            body.push(ctx.button(ctx.t("continue"), Message::Continue, Kind::Primary));
            true
        }
    }
}

/// One row of the check page: a bold label over the value, and Change.
fn row(
    ctx: &Ctx<'_, Message>,
    label: String,
    value: String,
    change: Option<Message>,
) -> El<Message> {
    let words: El<Message> = column![ctx.body(label).font(ui::BOLD), ctx.body(value)]
        .spacing(ctx.px(4.0))
        .align_x(ctx.start())
        .width(Length::Fill)
        .into();
    let mut parts = vec![words];
    if let Some(m) = change {
        parts.push(ctx.button(ctx.t("change"), m, Kind::Secondary));
    }
    ctx.row(parts)
        .spacing(ctx.px(16.0))
        .align_y(Alignment::Center)
        .into()
}

/// The total in a box, read aloud with the page.
pub fn total_box<M: Clone + 'static>(ctx: &Ctx<'_, M>, order: &Order) -> El<M> {
    let total = ctx.ta(
        "pay-total",
        &[("amount", format_pounds(order.amount_pence).into())],
    );
    ctx.speak(total.clone());
    let mut lines = column![ctx.subheading(total).size(ctx.px(36.0))]
        .spacing(ctx.px(6.0))
        .align_x(ctx.start());
    if order.vat_pence > 0 {
        let vat = ctx.ta(
            "pay-total-vat",
            &[("vat", format_pounds(order.vat_pence).into())],
        );
        ctx.speak(vat.clone());
        lines = lines.push(ctx.body(vat));
    }
    inset(ctx, lines.into())
}

fn check(s: &State, ctx: &Ctx<'_, Message>, env: &Env, item: &Item, body: &mut Vec<El<Message>>) {
    body.push(ctx.heading(ctx.t("pay-check-heading")).into());
    let Some(order) = &s.order else {
        return;
    };
    body.push(row(
        ctx,
        ctx.t("pay-row-item"),
        item.name_in(env.locale()).to_string(),
        None,
    ));
    body.push(widgets::rule(ctx));
    let label = item
        .reference_label_in(env.locale())
        .map_or_else(|| ctx.t("pay-row-reference"), str::to_string);
    body.push(row(
        ctx,
        label,
        order.council_reference.clone(),
        Some(Message::ChangeReference),
    ));
    body.push(widgets::rule(ctx));
    if let Some(q) = order.quantity {
        body.push(row(
            ctx,
            ctx.t("pay-row-quantity"),
            q.to_string(),
            Some(Message::ChangeAmount),
        ));
    } else {
        body.push(row(
            ctx,
            ctx.t("pay-row-amount"),
            format_pounds(order.amount_pence),
            Some(Message::ChangeAmount),
        ));
    }
    body.push(widgets::rule(ctx));
    body.push(total_box(ctx, order));
    body.push(ctx.button(ctx.t("pay-choose-how"), Message::ChooseHow, Kind::Primary));
}

/// A way to pay as a big tile: what it is, and a line on how it goes.
fn way(ctx: &Ctx<'_, Message>, title: &str, hint: String, message: Message) -> El<Message> {
    widgets::tile(ctx, ctx.t(title), Some(hint), message)
}

fn how(s: &State, ctx: &Ctx<'_, Message>, body: &mut Vec<El<Message>>) {
    body.push(ctx.heading(ctx.t("pay-how-heading")).into());
    if let Some(order) = &s.order {
        body.push(amount_line(ctx, order.amount_pence));
    }
    if let Some(id) = s.notice {
        body.push(error_box(ctx, &ctx.t(id)));
    }
    if s.declines >= DECLINES_ALLOWED {
        declined_twice(ctx, body);
    }
    let answered = match &s.methods {
        None => {
            body.push(ctx.body(ctx.t("pay-how-checking")).into());
            return;
        }
        Some(Ok(m)) => *m,
        Some(Err(_)) => crate::payments::Methods::default(),
    };
    let offered = s.offered();
    if let Some(id) = answered.cash_only_message() {
        body.push(inset(ctx, ctx.body(ctx.t(id)).into()));
    }
    if offered.phone {
        body.push(way(
            ctx,
            "pay-method-phone",
            ctx.t("pay-method-phone-hint"),
            Message::Method(crate::payments::Method::Phone),
        ));
    }
    if offered.card {
        let mut hint = ctx.t("pay-method-card-hint");
        if s.order.as_ref().is_some_and(Order::pin_needed) {
            hint = format!("{hint}\n{}", ctx.t(Order::PIN_NEEDED));
        }
        body.push(way(
            ctx,
            "pay-method-card",
            hint,
            Message::Method(crate::payments::Method::Card),
        ));
    }
    if offered.cash {
        body.push(way(
            ctx,
            "pay-method-cash",
            ctx.t("pay-method-cash-hint"),
            Message::Method(crate::payments::Method::Cash),
        ));
    }
    if !(offered.phone || offered.card || offered.cash) && s.declines < DECLINES_ALLOWED {
        body.push(ctx.button(ctx.t("help-button"), Message::Help, Kind::Secondary));
    }
}
