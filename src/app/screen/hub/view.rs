//! The hub view as drawn, section by section.

use super::{Message, State, TARGETS};
use crate::app::effect::{HubData, Period};
use crate::app::screen::{Connection, Env, Nav, Page};
use crate::app::widgets::{El, error_box};
use crate::outbox::{Booking, BookingState};
use crate::ui::{self, Ctx, Kind};
use chrono::Local;
use iced::widget::{column, container, row, text};
use iced::{Alignment, Length};

/// Draws the hub view.
pub fn page(hub: &State, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
    let mut body: Vec<El<Message>> = vec![ctx.heading(ctx.t("hub-heading")).into()];
    if let Some((_, question)) = &hub.cancelling {
        body.push(cancel_question(ctx, question));
    }
    match &hub.notice {
        Some(Ok(())) => body.push(ctx.body(ctx.t("hub-cancelled")).into()),
        Some(Err(why)) => body.push(error_box(
            ctx,
            &ctx.ta("hub-cancel-failed", &[("reason", why.to_string().into())]),
        )),
        None => {}
    }
    let periods: Vec<El<Message>> = Period::ALL
        .iter()
        .map(|&p| {
            ctx.button(
                ctx.t(p.message_id()),
                Message::Period(p),
                Kind::Choice {
                    selected: p == hub.period,
                },
            )
        })
        .collect();
    body.push(ctx.row(periods).spacing(ctx.px(12.0)).into());
    let Some(data) = &hub.data else {
        body.push(ctx.body(ctx.t("staff-checking")).into());
        return Page::new(body, Nav::BACK);
    };
    outbox(ctx, data, &mut body);
    super::payments::section(ctx, env, data, &mut body);
    appointments(ctx, env, data, &mut body);
    body.push(ctx.subheading(ctx.t("hub-network")).into());
    body.push(ctx.body(network_words(ctx, env.connection)).into());
    body.push(ctx.subheading(ctx.t("hub-printer")).into());
    body.push(
        ctx.body(
            data.stats
                .printer_problem
                .clone()
                .unwrap_or_else(|| ctx.t("hub-printer-ok")),
        )
        .into(),
    );
    measures(ctx, data, &mut body);
    super::trends::section(ctx, data, &mut body);
    super::trends::answers(ctx, data, &mut body);
    setup(ctx, env, &mut body);
    export(ctx, hub, &mut body);
    Page::new(body, Nav::BACK)
}

fn cancel_question(ctx: &Ctx<'_, Message>, question: &str) -> El<Message> {
    let p = ctx.palette;
    container(
        column![
            ctx.subheading(question.to_string()),
            ctx.row(vec![
                ctx.button(
                    ctx.t("hub-cancel-yes"),
                    Message::CancelConfirm,
                    Kind::Primary
                ),
                ctx.button(ctx.t("hub-cancel-no"), Message::CancelKeep, Kind::Secondary),
            ])
            .spacing(ctx.px(16.0))
        ]
        .spacing(ctx.px(12.0))
        .align_x(ctx.start()),
    )
    .padding(ctx.px(20.0))
    .width(Length::Fill)
    .style(ui::boxed(p, p.error, p.background))
    .into()
}

fn count(ctx: &Ctx<'_, Message>, id: &str, n: u64) -> String {
    ctx.ta(id, &[("count", n.into())])
}

/// What is waiting, sent and refused, with a retry for each refused one.
fn outbox(ctx: &Ctx<'_, Message>, data: &HubData, body: &mut Vec<El<Message>>) {
    let stats = &data.stats;
    body.push(ctx.subheading(ctx.t("hub-outbox")).into());
    body.push(
        ctx.body(count(ctx, "hub-waiting", stats.pending + stats.sending))
            .into(),
    );
    body.push(ctx.body(count(ctx, "hub-sent", stats.sent)).into());
    body.push(
        ctx.body(count(ctx, "hub-attention", stats.needs_attention))
            .into(),
    );
    if data.erased_soon > 0 {
        body.push(error_box(
            ctx,
            &count(ctx, "hub-erase-soon", data.erased_soon),
        ));
    }
    for (reference, service, why) in &data.refused {
        body.push(
            ctx.row(vec![
                ctx.fill_text(ctx.body(format!("{} · {service} · {why}", reference.grouped()))),
                ctx.button(
                    ctx.t("hub-retry"),
                    Message::Retry(reference.clone()),
                    Kind::Secondary,
                ),
            ])
            .spacing(ctx.px(12.0))
            .align_y(Alignment::Center)
            .into(),
        );
    }
}

/// Today's appointments and the coming ones, with Book.
fn appointments(ctx: &Ctx<'_, Message>, env: &Env, data: &HubData, body: &mut Vec<El<Message>>) {
    body.push(ctx.subheading(ctx.t("hub-appointments")).into());
    if data.appointments.is_empty() {
        body.push(ctx.body(ctx.t("hub-no-appointments")).into());
    }
    for b in &data.appointments {
        body.push(booking_row(ctx, env, b, false));
    }
    if !data.upcoming.is_empty() {
        body.push(ctx.subheading(ctx.t("hub-upcoming")).into());
        for b in &data.upcoming {
            body.push(booking_row(ctx, env, b, true));
        }
    }
    if env.diary.is_some() {
        body.push(ctx.button(ctx.t("hub-book"), Message::Book, Kind::Secondary));
    }
}

/// One booking in the hub's lists, with Move and Cancel.
fn booking_row(ctx: &Ctx<'_, Message>, env: &Env, b: &Booking, with_day: bool) -> El<Message> {
    let state = match b.state {
        BookingState::Confirmed if b.arrived => ctx.t("hub-arrived"),
        BookingState::Confirmed => ctx.t("hub-not-arrived"),
        BookingState::Provisional => ctx.t("hub-provisional"),
        BookingState::Conflict | BookingState::Cancelled => ctx.t("hub-conflict"),
    };
    let when = if with_day {
        format!(
            "{} {}",
            crate::i18n::long_date(ctx.locale, b.start.date()),
            b.start.format("%H:%M")
        )
    } else {
        b.start.format("%H:%M").to_string()
    };
    let mut parts = vec![ctx.fill_text(ctx.body(format!(
        "{when} · {} · {} · {state}",
        env.kind_name(&b.type_code),
        b.reference.grouped()
    )))];
    if !b.arrived {
        parts.push(ctx.button(
            ctx.t("hub-move"),
            Message::Move(b.reference.clone()),
            Kind::Secondary,
        ));
        parts.push(ctx.button(
            ctx.t("hub-cancel"),
            Message::Cancel(b.reference.clone()),
            Kind::Secondary,
        ));
    }
    ctx.row(parts)
        .spacing(ctx.px(12.0))
        .align_y(Alignment::Center)
        .into()
}

/// Whether the council's system answered the last sending pass.
fn network_words(ctx: &Ctx<'_, Message>, connection: Connection) -> String {
    let time =
        |at: chrono::DateTime<chrono::Utc>| at.with_timezone(&Local).format("%H:%M").to_string();
    match connection {
        Connection::NotSetUp => ctx.t("hub-network-none"),
        Connection::NotTried => ctx.t("hub-network-waiting"),
        Connection::Answered(at) => ctx.ta("hub-network-ok", &[("time", time(at).into())]),
        Connection::NoAnswer(at) => ctx.ta("hub-network-down", &[("time", time(at).into())]),
    }
}

/// Journeys, help, languages and satisfaction for the period.
fn measures(ctx: &Ctx<'_, Message>, data: &HubData, body: &mut Vec<El<Message>>) {
    let m = &data.measures;
    body.push(ctx.subheading(ctx.t("hub-journeys")).into());
    let most = m.started.max(m.completed).max(m.abandoned);
    for (id, n) in [
        ("hub-started", m.started),
        ("hub-completed", m.completed),
        ("hub-abandoned", m.abandoned),
    ] {
        body.push(bar(ctx, ctx.t(id), n, most));
    }
    if let Some((step, _)) = m.abandoned_at.first() {
        body.push(
            ctx.body(ctx.ta("hub-abandoned-at", &[("step", step.clone().into())]))
                .into(),
        );
    }
    if let Some(share) = m.assisted_share() {
        body.push(
            ctx.body(ctx.ta("hub-assisted", &[("percent", share.into())]))
                .into(),
        );
    }
    body.push(ctx.body(count(ctx, "hub-help", m.help_requests)).into());
    if !m.languages.is_empty() {
        body.push(ctx.subheading(ctx.t("hub-languages")).into());
        let most = m.languages.values().copied().max().unwrap_or(0);
        for (locale, n) in &m.languages {
            let name = crate::i18n::languages()
                .iter()
                .find(|l| l.id == *locale)
                .map_or(locale.clone(), |l| l.name.clone());
            body.push(bar(ctx, name, *n, most));
        }
    }
    body.push(ctx.subheading(ctx.t("hub-satisfaction-heading")).into());
    match m.satisfaction() {
        Some(percent) => {
            body.push(bar(
                ctx,
                ctx.ta("hub-satisfaction", &[("percent", percent.into())]),
                percent,
                100,
            ));
            for target in TARGETS {
                let id = if percent >= target {
                    "hub-target-met"
                } else {
                    "hub-target-missed"
                };
                body.push(ctx.body(ctx.ta(id, &[("target", target.into())])).into());
            }
        }
        None => body.push(ctx.body(ctx.t("hub-no-ratings")).into()),
    }
}

/// Central set-up and monitoring.
fn setup(ctx: &Ctx<'_, Message>, env: &Env, body: &mut Vec<El<Message>>) {
    let fleet = &env.fleet;
    body.push(ctx.subheading(ctx.t("hub-setup")).into());
    let (version, fetched) = fleet.config;
    body.push(
        ctx.body(match fetched {
            Some(at) => {
                let local = at.with_timezone(&Local);
                ctx.ta(
                    "hub-setup-fetched",
                    &[
                        ("version", version.into()),
                        ("time", local.format("%H:%M").to_string().into()),
                        (
                            "date",
                            crate::i18n::long_date(ctx.locale, local.date_naive()).into(),
                        ),
                    ],
                )
            }
            None => ctx.ta("hub-setup-local", &[("version", version.into())]),
        })
        .into(),
    );
    for (file, why) in &fleet.refused {
        body.push(
            ctx.body(ctx.ta(
                "hub-setup-refused",
                &[
                    ("file", (*file).to_string().into()),
                    ("reason", why.clone().into()),
                ],
            ))
            .into(),
        );
    }
    body.push(
        ctx.body(match &fleet.metrics {
            Ok(Some(addr)) => ctx.ta("hub-metrics-on", &[("address", addr.to_string().into())]),
            Ok(None) => ctx.t("hub-metrics-off"),
            Err(why) => ctx.ta("hub-metrics-failed", &[("reason", why.to_string().into())]),
        })
        .into(),
    );
}

fn export(ctx: &Ctx<'_, Message>, hub: &State, body: &mut Vec<El<Message>>) {
    body.push(ctx.button(ctx.t("hub-export"), Message::Export, Kind::Secondary));
    match &hub.exported {
        Some(Ok(done)) => body.push(
            ctx.body(ctx.ta(
                if done.on_stick {
                    "hub-exported-stick"
                } else {
                    "hub-exported"
                },
                &[("path", done.path.clone().into())],
            ))
            .into(),
        ),
        Some(Err(why)) => body.push(
            ctx.body(ctx.ta("hub-export-failed", &[("reason", why.to_string().into())]))
                .into(),
        ),
        None => {}
    }
}

/// A labelled horizontal bar, `n` out of `most`.
fn bar(ctx: &Ctx<'_, Message>, label: String, n: u64, most: u64) -> El<Message> {
    let p = ctx.palette;
    let filled = (n * 100)
        .checked_div(most)
        .map_or(0, |v| v.max(u64::from(n > 0))) as u16;
    let track = row![
        container(iced::widget::Space::new())
            .width(Length::FillPortion(filled.max(1)))
            .height(ctx.px(18.0))
            .style(ui::panel(
                if filled == 0 { p.neutral } else { p.selected },
                p.text
            )),
        container(iced::widget::Space::new())
            .width(Length::FillPortion(100 - filled.min(99)))
            .height(ctx.px(18.0)),
    ]
    .width(Length::Fixed(ctx.px(360.0)));
    ctx.row(vec![
        container(ctx.body(label))
            .width(Length::Fixed(ctx.px(420.0)))
            .into(),
        track.into(),
        text(n.to_string()).size(ctx.px(22.0)).font(ui::BOLD).into(),
    ])
    .spacing(ctx.px(16.0))
    .align_y(Alignment::Center)
    .into()
}
