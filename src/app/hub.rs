//! The hub's own view, for hub staff and admins: what is waiting on this
//! terminal (with a retry for what the council's system refused), the
//! printer's state, and the service measures for today, this week or this
//! month as bar charts against the councils' 85% and 95% satisfaction
//! targets, with a CSV export. Every figure is counted from the store.

use super::{App, Effect, Message, Screen};
use crate::outbox::{Measures, Outbox, Stats};
use crate::ui::{self, Ctx, Kind};
use chrono::{DateTime, Datelike, Local, TimeZone, Utc};
use iced::widget::{container, row, text};
use iced::{Element, Length};

type El = Element<'static, Message>;

/// The councils' satisfaction targets, in percent.
pub const TARGETS: [u64; 2] = [85, 95];

/// The span of time the measures cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    /// Since midnight.
    #[default]
    Today,
    /// Since Monday.
    Week,
    /// Since the 1st.
    Month,
}

impl Period {
    const ALL: [Period; 3] = [Period::Today, Period::Week, Period::Month];

    fn message_id(self) -> &'static str {
        match self {
            Period::Today => "hub-today",
            Period::Week => "hub-week",
            Period::Month => "hub-month",
        }
    }

    /// When the period began, local time, for a clock reading `now`.
    pub fn start(self, now: DateTime<Utc>) -> DateTime<Utc> {
        let local = now.with_timezone(&Local).date_naive();
        let day = match self {
            Period::Today => local,
            Period::Week => {
                local - chrono::Days::new(local.weekday().num_days_from_monday() as u64)
            }
            Period::Month => local.with_day(1).unwrap_or(local),
        };
        let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
        Local
            .from_local_datetime(&midnight)
            .earliest()
            .map_or(now, |t| t.with_timezone(&Utc))
    }
}

/// Everything the hub view shows, read from the store in one go.
#[derive(Debug, Clone, Default)]
pub struct HubData {
    /// Counts by state.
    pub stats: Stats,
    /// Refused by the back office: reference, service code, its words.
    pub refused: Vec<(String, String, String)>,
    /// The measures for the period.
    pub measures: Measures,
    /// Today's appointments.
    pub appointments: Vec<crate::outbox::Booking>,
    /// Appointments after today, not cancelled.
    pub upcoming: Vec<crate::outbox::Booking>,
    /// From, to.
    pub span: (DateTime<Utc>, DateTime<Utc>),
}

/// Where a CSV export went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The file written.
    pub path: String,
    /// The export folder is another filesystem than the data folder: a USB
    /// stick mounted there.
    pub on_stick: bool,
}

/// Writes an export into `folder`; blocks (a USB stick can be slow), so it
/// runs off the UI thread.
pub fn export(folder: &std::path::Path, name: &str, csv: &str) -> Result<Exported, String> {
    use std::os::unix::fs::MetadataExt;
    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    let path = folder.join(name);
    crate::printer::write_whole(&path, csv.as_bytes()).map_err(|e| e.to_string())?;
    let device = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.dev()).ok();
    let on_stick = match (device(folder), folder.parent().and_then(device)) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    };
    Ok(Exported {
        path: path.display().to_string(),
        on_stick,
    })
}

/// The hub view's state.
#[derive(Debug, Clone, Default)]
pub struct Hub {
    /// The period shown.
    pub period: Period,
    /// The figures, once read.
    pub data: Option<Box<HubData>>,
    /// What came of the last export.
    pub exported: Option<Result<Exported, String>>,
    /// The booking staff asked to cancel (reference) and the question, in
    /// words, waiting for Yes or No.
    pub cancelling: Option<(String, String)>,
    /// What came of the last cancellation, in words.
    pub notice: Option<Result<String, String>>,
}

/// Reads the hub's figures. Blocks on the store.
pub fn load(store: &Outbox, period: Period, now: DateTime<Utc>) -> Result<HubData, String> {
    let from = period.start(now);
    let stats = store.stats(now).map_err(|e| e.to_string())?;
    let refused = store
        .list()
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|s| s.state == crate::outbox::State::NeedsAttention)
        .map(|s| {
            (
                s.reference,
                s.service_code,
                s.last_error.unwrap_or_default(),
            )
        })
        .collect();
    let measures = store
        .measures_between(from, now + chrono::Duration::seconds(1))
        .map_err(|e| e.to_string())?;
    let today = now.with_timezone(&Local).date_naive();
    let appointments = store.bookings_on(today).map_err(|e| e.to_string())?;
    let upcoming = store
        .bookings_from(today + chrono::Days::new(1))
        .map_err(|e| e.to_string())?;
    Ok(HubData {
        stats,
        refused,
        measures,
        appointments,
        upcoming,
        span: (from, now),
    })
}

impl App {
    /// Whether the signed-in member of staff may see the hub view.
    pub(super) fn may_see_hub(&self) -> bool {
        self.staff_signed_in
            .as_ref()
            .is_some_and(|s| matches!(s.role, crate::staff::Role::Hub | crate::staff::Role::Admin))
    }

    pub(super) fn hub_message(&mut self, message: Message, effects: &mut Vec<Effect>) {
        if !self.may_see_hub() {
            return;
        }
        match message {
            Message::OpenHub => {
                self.screen = Screen::Hub(Box::default());
                effects.push(Effect::LoadHub(Period::Today));
            }
            Message::HubPeriod(period) => {
                if let Screen::Hub(h) = &mut self.screen {
                    h.period = period;
                    h.exported = None;
                    effects.push(Effect::LoadHub(period));
                }
            }
            Message::HubLoaded(result) => {
                if let Screen::Hub(h) = &mut self.screen {
                    match result {
                        Ok(data) => h.data = Some(data),
                        Err(e) => h.exported = Some(Err(e)),
                    }
                }
            }
            Message::HubBook => self.staff_booking(None),
            Message::HubMove(reference) => self.staff_booking(Some(reference)),
            Message::HubCancel(reference) => {
                let question = self.cancel_question(&reference);
                if let Screen::Hub(h) = &mut self.screen {
                    h.notice = None;
                    h.cancelling = Some((reference, question));
                }
            }
            Message::HubCancelKeep => {
                if let Screen::Hub(h) = &mut self.screen {
                    h.cancelling = None;
                }
            }
            Message::HubCancelConfirm => {
                if let Screen::Hub(h) = &self.screen
                    && let Some((reference, _)) = &h.cancelling
                {
                    effects.push(Effect::Diary(super::appointment::DiaryJob::Cancel(
                        reference.clone(),
                    )));
                }
            }
            Message::RetrySubmission(reference) => {
                if let (Screen::Hub(h), Some(staff)) = (&self.screen, &self.staff_signed_in) {
                    effects.push(Effect::Retry(staff.clone(), reference, h.period));
                }
            }
            Message::ExportMeasures => {
                if let Screen::Hub(h) = &self.screen
                    && let Some(data) = &h.data
                {
                    let csv = data.measures.to_csv(data.span.0, data.span.1);
                    let stamp = self
                        .wall_clock()
                        .with_timezone(&Local)
                        .format("%Y%m%d-%H%M");
                    effects.push(Effect::Export(
                        self.config.data_dir().join("exports"),
                        format!("measures-{stamp}.csv"),
                        csv,
                    ));
                }
            }
            Message::Exported(outcome) => {
                if let Screen::Hub(h) = &mut self.screen {
                    h.exported = Some(outcome);
                }
            }
            _ => {}
        }
    }

    /// "Cancel the Housing options appointment at 10:00 on …?"
    fn cancel_question(&self, reference: &str) -> String {
        let booking = self
            .outbox
            .as_ref()
            .ok()
            .and_then(|o| o.lock().ok()?.booking(reference).ok().flatten());
        match booking {
            Some(b) => crate::i18n::t_args(
                &self.locale,
                "hub-cancel-confirm",
                &[
                    ("type", self.kind_name(&b.type_code)),
                    ("time", b.start.format("%H:%M").to_string()),
                    ("date", crate::i18n::long_date(&self.locale, b.start.date())),
                ],
            ),
            None => reference.to_string(),
        }
    }

    /// Whether the council's system answered the last sending pass.
    fn network_words(&self, ctx: &Ctx<'_, Message>) -> String {
        if self.worker.as_ref().is_none_or(|w| w.client.is_none()) {
            return ctx.t("hub-network-none");
        }
        let time = |at: Option<DateTime<Utc>>| {
            at.map(|t| t.with_timezone(&Local).format("%H:%M").to_string())
                .unwrap_or_default()
        };
        match &self.last_sync {
            None => ctx.t("hub-network-waiting"),
            Some(Ok(r)) if r.sent > 0 || r.retrying == 0 => {
                ctx.ta("hub-network-ok", &[("time", time(self.last_sync_at))])
            }
            Some(_) => ctx.ta("hub-network-down", &[("time", time(self.last_sync_at))]),
        }
    }

    /// One booking in the hub's lists, with Move and Cancel.
    fn booking_row(
        &self,
        ctx: &Ctx<'_, Message>,
        b: &crate::outbox::Booking,
        with_day: bool,
    ) -> El {
        use crate::outbox::BookingState;
        let state = match b.state {
            BookingState::Confirmed if b.arrived => ctx.t("hub-arrived"),
            BookingState::Confirmed => ctx.t("hub-not-arrived"),
            BookingState::Provisional => ctx.t("hub-provisional"),
            BookingState::Conflict | BookingState::Cancelled => ctx.t("hub-conflict"),
        };
        let grouped = crate::reference::Reference::parse(&b.reference)
            .map(|r| r.grouped())
            .unwrap_or_else(|_| b.reference.clone());
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
            "{when} · {} · {grouped} · {state}",
            self.kind_name(&b.type_code)
        )))];
        if !b.arrived {
            parts.push(ctx.button(
                ctx.t("hub-move"),
                Message::HubMove(b.reference.clone()),
                Kind::Secondary,
            ));
            parts.push(ctx.button(
                ctx.t("hub-cancel"),
                Message::HubCancel(b.reference.clone()),
                Kind::Secondary,
            ));
        }
        ctx.row(parts)
            .spacing(ctx.px(12.0))
            .align_y(iced::Alignment::Center)
            .into()
    }

    pub(super) fn hub_page(&self, ctx: &Ctx<'_, Message>, hub: &Hub) -> El {
        let mut body: Vec<El> = vec![ctx.heading(ctx.t("hub-heading")).into()];
        if let Some((_, question)) = &hub.cancelling {
            let p = ctx.palette;
            body.push(
                container(
                    iced::widget::column![
                        ctx.subheading(question.clone()),
                        ctx.row(vec![
                            ctx.button(
                                ctx.t("hub-cancel-yes"),
                                Message::HubCancelConfirm,
                                Kind::Primary
                            ),
                            ctx.button(
                                ctx.t("hub-cancel-no"),
                                Message::HubCancelKeep,
                                Kind::Secondary
                            ),
                        ])
                        .spacing(ctx.px(16.0))
                    ]
                    .spacing(ctx.px(12.0))
                    .align_x(ctx.start()),
                )
                .padding(ctx.px(20.0))
                .width(Length::Fill)
                .style(ui::boxed(p, p.error, p.background))
                .into(),
            );
        }
        match &hub.notice {
            Some(Ok(words)) => body.push(ctx.body(words.clone()).into()),
            Some(Err(words)) => body.push(super::journey_view::error_box(ctx, words)),
            None => {}
        }
        let periods: Vec<El> = Period::ALL
            .iter()
            .map(|&p| {
                ctx.button(
                    ctx.t(p.message_id()),
                    Message::HubPeriod(p),
                    Kind::Choice {
                        selected: p == hub.period,
                    },
                )
            })
            .collect();
        body.push(ctx.row(periods).spacing(ctx.px(12.0)).into());
        let Some(data) = &hub.data else {
            body.push(ctx.body(ctx.t("staff-checking")).into());
            return self.frame(ctx, super::view::Nav::BOTH, body);
        };
        let count = |id: &str, n: u64| ctx.ta(id, &[("count", n.to_string())]);

        body.push(ctx.subheading(ctx.t("hub-outbox")).into());
        body.push(
            ctx.body(count(
                "hub-waiting",
                data.stats.pending + data.stats.sending,
            ))
            .into(),
        );
        body.push(ctx.body(count("hub-sent", data.stats.sent)).into());
        body.push(
            ctx.body(count("hub-attention", data.stats.needs_attention))
                .into(),
        );
        for (reference, service, why) in &data.refused {
            let grouped = crate::reference::Reference::parse(reference)
                .map(|r| r.grouped())
                .unwrap_or_else(|_| reference.clone());
            body.push(
                ctx.row(vec![
                    ctx.fill_text(ctx.body(format!("{grouped} · {service} · {why}"))),
                    ctx.button(
                        ctx.t("hub-retry"),
                        Message::RetrySubmission(reference.clone()),
                        Kind::Secondary,
                    ),
                ])
                .spacing(ctx.px(12.0))
                .align_y(iced::Alignment::Center)
                .into(),
            );
        }
        body.push(ctx.subheading(ctx.t("hub-appointments")).into());
        if data.appointments.is_empty() {
            body.push(ctx.body(ctx.t("hub-no-appointments")).into());
        }
        for b in &data.appointments {
            body.push(self.booking_row(ctx, b, false));
        }
        if !data.upcoming.is_empty() {
            body.push(ctx.subheading(ctx.t("hub-upcoming")).into());
            for b in &data.upcoming {
                body.push(self.booking_row(ctx, b, true));
            }
        }
        if self.diary.is_some() {
            body.push(ctx.button(ctx.t("hub-book"), Message::HubBook, Kind::Secondary));
        }
        body.push(ctx.subheading(ctx.t("hub-network")).into());
        body.push(ctx.body(self.network_words(ctx)).into());
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
                ctx.body(ctx.ta("hub-abandoned-at", &[("step", step.clone())]))
                    .into(),
            );
        }
        if let Some(share) = m.assisted_share() {
            body.push(
                ctx.body(ctx.ta("hub-assisted", &[("percent", share.to_string())]))
                    .into(),
            );
        }
        body.push(ctx.body(count("hub-help", m.help_requests)).into());
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
                    ctx.ta("hub-satisfaction", &[("percent", percent.to_string())]),
                    percent,
                    100,
                ));
                for target in TARGETS {
                    let id = if percent >= target {
                        "hub-target-met"
                    } else {
                        "hub-target-missed"
                    };
                    body.push(
                        ctx.body(ctx.ta(id, &[("target", target.to_string())]))
                            .into(),
                    );
                }
            }
            None => body.push(ctx.body(ctx.t("hub-no-ratings")).into()),
        }
        body.push(ctx.button(
            ctx.t("hub-export"),
            Message::ExportMeasures,
            Kind::Secondary,
        ));
        match &hub.exported {
            Some(Ok(done)) => body.push(
                ctx.body(ctx.ta(
                    if done.on_stick {
                        "hub-exported-stick"
                    } else {
                        "hub-exported"
                    },
                    &[("path", done.path.clone())],
                ))
                .into(),
            ),
            Some(Err(why)) => body.push(
                ctx.body(ctx.ta("hub-export-failed", &[("reason", why.clone())]))
                    .into(),
            ),
            None => {}
        }
        self.frame(ctx, super::view::Nav::BOTH, body)
    }
}

/// A labelled horizontal bar, `n` out of `most`.
fn bar(ctx: &Ctx<'_, Message>, label: String, n: u64, most: u64) -> El {
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
    .align_y(iced::Alignment::Center)
    .into()
}

/// Carries out a hub effect against the store; blocks.
pub(super) fn run(store: &Outbox, effect: Effect, now: DateTime<Utc>) -> Option<Message> {
    match effect {
        Effect::LoadHub(period) => Some(Message::HubLoaded(load(store, period, now).map(Box::new))),
        Effect::Retry(staff, reference, period) => {
            if store.retry_needs_attention(&reference).unwrap_or(false) {
                let _ = store.audit(Some(&staff), "retry", Some(&reference), now);
            }
            Some(Message::HubLoaded(load(store, period, now).map(Box::new)))
        }
        _ => None,
    }
}
