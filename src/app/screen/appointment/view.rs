//! The booking pages as drawn: the type, day and time choices, the check
//! page, and waiting for the diary.

use super::{Message, State, Step};
use crate::app::screen::{Env, Nav, Page};
use crate::app::widgets::{El, error_box, labelled, note, when, wrap};
use crate::booking::Diary;
use crate::desk::Free;
use crate::i18n;
use crate::ui::{Ctx, Kind};
use iced::widget::column;

/// Draws the booking page showing.
pub fn page(b: &State, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
    let mut body: Vec<El<Message>> = Vec::new();
    let title = match (&b.moving, &b.service) {
        (Some(_), _) => ctx.t("appt-move-heading"),
        (None, Some(code)) => env
            .catalogue
            .service(code)
            .map_or_else(String::new, |s| s.localised(env.locale()).name),
        (None, None) => ctx.t("hub-book"),
    };
    if !title.is_empty() {
        body.push(ctx.hint(title).into());
    }
    let Some(diary) = env.diary else {
        body.push(ctx.body(ctx.t("appt-none")).into());
        return Page::new(body, Nav::BOTH);
    };
    match b.step {
        Step::Kind => kinds(b, ctx, env, diary, &mut body),
        Step::Day | Step::Time => days_and_times(b, ctx, env, &mut body),
        Step::Texts => {
            if b.texts.view(ctx, &mut body) {
                return Page::new(body, Nav::BOTH)
                    .with_keyboard(Some(crate::journey::FieldKind::Phone));
            }
        }
        Step::Check => check(b, ctx, env, diary, &mut body),
        Step::Booking => body.push(ctx.heading(ctx.t("appt-booking")).into()),
    }
    let nav = if b.step == Step::Booking {
        Nav::NONE
    } else {
        Nav::BOTH
    };
    Page::new(body, nav)
}

fn kinds(b: &State, ctx: &Ctx<'_, Message>, env: &Env, diary: &Diary, body: &mut Vec<El<Message>>) {
    body.push(ctx.heading(ctx.t("appt-kind-heading")).into());
    let choices: Vec<El<Message>> = diary
        .types
        .iter()
        .map(|k| {
            let label = format!(
                "{} — {}",
                k.name_in(env.locale()),
                ctx.ta("appt-length", &[("minutes", k.minutes.into())])
            );
            ctx.button(
                label,
                Message::Kind(k.code.clone()),
                Kind::Choice {
                    selected: b.kind.as_deref() == Some(&k.code),
                },
            )
        })
        .collect();
    body.push(column(choices).spacing(ctx.px(12.0)).into());
}

fn days_and_times(b: &State, ctx: &Ctx<'_, Message>, env: &Env, body: &mut Vec<El<Message>>) {
    let locale = env.locale();
    let kind = b.kind.as_deref().unwrap_or_default();
    body.push(ctx.subheading(env.kind_name(kind)).into());
    if b.step == Step::Day {
        body.push(ctx.heading(ctx.t("appt-day-heading")).into());
    } else {
        body.push(ctx.heading(ctx.t("appt-time-heading")).into());
    }
    if let Some((taken, next)) = b.lost {
        let words = match next {
            Some(n) => ctx.ta(
                "appt-lost",
                &[
                    ("time", taken.format("%H:%M").to_string().into()),
                    ("next", when(locale, n).into()),
                ],
            ),
            None => ctx.t("appt-lost-none"),
        };
        body.push(error_box(ctx, &words));
        if let Some(n) = next {
            body.push(ctx.button(
                ctx.ta("appt-take-next", &[("next", when(locale, n).into())]),
                Message::Time(n),
                Kind::Primary,
            ));
        }
    }
    match &b.free {
        None => body.push(ctx.body(ctx.t("appt-loading")).into()),
        Some(Err(why)) => {
            tracing::warn!("free times could not be read: {why}");
            body.push(error_box(ctx, &ctx.t("appt-failed")));
        }
        Some(Ok(free)) if free.days.is_empty() => body.push(ctx.body(ctx.t("appt-none")).into()),
        Some(Ok(free)) => {
            if free.offline {
                body.push(note(ctx, ctx.t("appt-offline")));
            }
            if b.step == Step::Day {
                body.push(ctx.hint(ctx.t("appt-day-hint")).into());
                body.push(days(b, ctx, free));
            } else {
                times(b, ctx, free, body);
            }
        }
    }
}

fn days(b: &State, ctx: &Ctx<'_, Message>, free: &Free) -> El<Message> {
    let days: Vec<El<Message>> = free
        .days
        .iter()
        .map(|(d, _)| {
            ctx.button(
                i18n::long_date(ctx.locale, *d),
                Message::Day(*d),
                Kind::Choice {
                    selected: b.day == Some(*d),
                },
            )
        })
        .collect();
    wrap(ctx, days, 2)
}

fn times(b: &State, ctx: &Ctx<'_, Message>, free: &Free, body: &mut Vec<El<Message>>) {
    let day = b.day.unwrap_or_default();
    body.push(ctx.subheading(i18n::long_date(ctx.locale, day)).into());
    let times: Vec<El<Message>> = free
        .days
        .iter()
        .find(|(d, _)| *d == day)
        .map(|(_, t)| t.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|t| {
            ctx.button(
                t.format("%H:%M").to_string(),
                Message::Time(t),
                Kind::Choice {
                    selected: b.time == Some(t),
                },
            )
        })
        .collect();
    if times.is_empty() {
        body.push(ctx.body(ctx.t("appt-day-full")).into());
    }
    body.push(wrap(ctx, times, 4));
}

fn check(b: &State, ctx: &Ctx<'_, Message>, env: &Env, diary: &Diary, body: &mut Vec<El<Message>>) {
    body.push(ctx.heading(ctx.t("appt-check-heading")).into());
    if let Some(why) = &b.failed {
        let words = if b.moving.is_some() {
            ctx.ta("appt-move-failed", &[("reason", why.clone().into())])
        } else {
            ctx.t("appt-failed")
        };
        body.push(error_box(ctx, &words));
    }
    let kind = b.kind.as_deref().unwrap_or_default();
    let time = b.time.unwrap_or_default();
    for (label, value) in [
        ("appt-what", env.kind_name(kind)),
        ("appt-when", when(env.locale(), time)),
        ("appt-where", env.config.kiosk.site_name.clone()),
    ] {
        body.push(labelled(ctx, ctx.t(label), value));
    }
    if let Some(bring) = diary.kind(kind).and_then(|k| k.bring_in(env.locale())) {
        body.push(labelled(ctx, ctx.t("appt-bring"), bring));
    }
    if b.texts.is_offered() {
        let ids = b.texts.label_ids();
        let value = if ids.is_empty() {
            ctx.t("notices-none")
        } else {
            let mut lines: Vec<String> = ids.iter().map(|id| ctx.t(id)).collect();
            if let Some(m) = crate::journey::contact::uk_mobile(&b.texts.mobile) {
                lines.push(crate::journey::contact::masked(&m));
            }
            lines.join("\n")
        };
        body.push(labelled(ctx, ctx.t("row-notices"), value));
    }
    body.push(ctx.button(
        ctx.t(if b.moving.is_some() {
            "appt-move"
        } else {
            "appt-book"
        }),
        Message::Book,
        Kind::Primary,
    ));
    body.push(ctx.button(
        ctx.t("appt-other-time"),
        Message::OtherTime,
        Kind::Secondary,
    ));
}
