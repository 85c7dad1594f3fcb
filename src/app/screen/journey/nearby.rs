//! Before a duplicate is sent: the open reports of the same service within
//! 150 m of the place, as choices, with "None of these: it is a new
//! problem" last. Picking one says it is already being dealt with; the
//! resident can finish without sending anything, follow it (a reference
//! of this terminal's that Check progress turns into the back office's
//! request, printed on a receipt), or send theirs as well (its description
//! then names the earlier request).

use super::parts::choices;
use crate::app::screen::{Env, Nav, Page as Shown};
use crate::app::widgets::{El, choice, inset};
use crate::sync::open_requests::{Nearby, days_ago};
use crate::ui::{Ctx, Kind};

/// What the page shows.
#[derive(Debug, Clone)]
pub enum Page {
    /// The reports near the place.
    List(Box<Nearby>),
    /// The resident picked this one: it is already reported.
    Already(Box<Nearby>, usize),
}

/// A tap on the nearby reports pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// This report is the same problem.
    Pick(usize),
    /// None of these: a new problem.
    NoneOfThese,
    /// Finish: nothing is sent.
    Finish,
    /// Send my report as well.
    AddMine,
    /// Follow the earlier report: a reference for it, on a receipt.
    Follow,
    /// Back to the list.
    BackToList,
}

impl Page {
    /// The list page, or nothing when there is no report nearby.
    pub fn list(found: Nearby) -> Option<Page> {
        (!found.requests.is_empty()).then(|| Page::List(Box::new(found)))
    }

    /// A name for the page, for focus.
    pub fn key(&self) -> String {
        match self {
            Page::List(_) => "nearby".into(),
            Page::Already(_, i) => format!("already/{i}"),
        }
    }
}

/// Draws the nearby reports page.
pub fn view(
    ctx: Ctx<'_, Message>,
    page: Option<&Page>,
    follow_failed: bool,
    env: &Env,
) -> Shown<super::Message> {
    let body = match page {
        Some(Page::List(found)) => list(&ctx, found, env),
        Some(Page::Already(found, i)) => already(&ctx, found, *i, env, follow_failed),
        None => Vec::new(),
    };
    Shown::new(
        body.into_iter()
            .map(|e| e.map(super::Message::Nearby))
            .collect(),
        Nav::BOTH,
    )
}

fn what_and_where(ctx: &Ctx<'_, Message>, found: &Nearby, i: usize, env: &Env) -> String {
    let Some(n) = found.requests.get(i) else {
        return String::new();
    };
    let r = &n.request;
    let when = match r.requested_at.map(|at| days_ago(at, env.now)) {
        Some(0) => ctx.t("nearby-reported-today"),
        Some(days) => ctx.ta("nearby-reported", &[("days", days.into())]),
        None => String::new(),
    };
    let distance = ctx.ta(
        "nearby-distance",
        &[("metres", n.distance_m.max(1.0).round().into())],
    );
    let what = r
        .description
        .clone()
        .or_else(|| r.service_name.clone())
        .unwrap_or_default();
    let place = r.address.clone().unwrap_or_default();
    [what, place, distance, when]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn list(ctx: &Ctx<'_, Message>, found: &Nearby, env: &Env) -> Vec<El<Message>> {
    let mut body: Vec<El<Message>> = vec![
        ctx.heading(ctx.t("nearby-heading")).into(),
        ctx.hint(ctx.t("nearby-hint")).into(),
    ];
    if found.may_be_out_of_date {
        body.push(inset(ctx, ctx.body(ctx.t("nearby-out-of-date")).into()));
    }
    let mut options: Vec<El<Message>> = (0..found.requests.len())
        .map(|i| {
            choice(
                ctx,
                &what_and_where(ctx, found, i, env),
                false,
                false,
                Message::Pick(i),
            )
        })
        .collect();
    options.push(choice(
        ctx,
        &ctx.t("nearby-none-of-these"),
        false,
        false,
        Message::NoneOfThese,
    ));
    body.push(choices(ctx, options));
    body
}

fn already(
    ctx: &Ctx<'_, Message>,
    found: &Nearby,
    i: usize,
    env: &Env,
    follow_failed: bool,
) -> Vec<El<Message>> {
    let mut body = vec![ctx.heading(ctx.t("already-reported-heading")).into()];
    if follow_failed {
        body.push(crate::app::widgets::error_box(ctx, &ctx.t("follow-failed")));
    }
    body.extend([
        ctx.body(ctx.t("already-reported-body")).into(),
        inset(ctx, ctx.body(what_and_where(ctx, found, i, env)).into()),
        ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary),
    ]);
    if !follow_failed {
        body.push(ctx.button(
            ctx.t("already-reported-follow"),
            Message::Follow,
            Kind::Secondary,
        ));
    }
    body.push(ctx.button(
        ctx.t("already-reported-add"),
        Message::AddMine,
        Kind::Secondary,
    ));
    body
}
