//! Booking an appointment: what it is about, a day, a time, a check page,
//! then the confirmation with a printed slip. Residents come here through an
//! appointment service; hub staff come here to book for a resident or to
//! move a booking. Free times and the booking itself go through
//! [`crate::booking::desk`] off the UI thread.

use super::view::{Nav, wrap};
use super::{App, Effect, Message, Screen};
use crate::booking::desk::{Free, Outcome};
use crate::i18n;
use crate::outbox::JourneyEvent;
use crate::ui::{self, Ctx, Kind};
use chrono::{NaiveDate, NaiveDateTime};
use iced::Element;
use iced::widget::{column, container};

type El = Element<'static, Message>;

/// How many days with free times the day page offers.
const DAYS_SHOWN: usize = 10;

/// The pages of a booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// What the appointment is about.
    Kind,
    /// Which day.
    Day,
    /// Which time.
    Time,
    /// Check and book.
    Check,
    /// Waiting for the diary.
    Booking,
}

/// A booking under way.
#[derive(Debug, Clone)]
pub struct Booking {
    /// The catalogue service it came from (`None` when hub staff book).
    pub service: Option<String>,
    /// The reference of a booking being moved by staff.
    pub moving: Option<String>,
    /// The page showing.
    pub page: Page,
    /// The type could be chosen (more than one, and the service names none).
    pub choose_kind: bool,
    /// The appointment type.
    pub kind: Option<String>,
    /// Free times, once read.
    pub free: Option<Result<Free, String>>,
    /// The day chosen.
    pub day: Option<NaiveDate>,
    /// The time chosen.
    pub time: Option<NaiveDateTime>,
    /// The time chosen went to someone else; the next free one, if any.
    pub lost: Option<(NaiveDateTime, Option<NaiveDateTime>)>,
    /// The last booking attempt failed, for this reason.
    pub failed: Option<String>,
}

/// The appointment a confirmation shows and its slip prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    /// The appointment type.
    pub kind: String,
    /// When it starts.
    pub starts: NaiveDateTime,
    /// Held on this terminal until the diary confirms it.
    pub provisional: bool,
    /// Staff booked or moved it: Finish goes back to the hub view.
    pub by_staff: bool,
    /// It was a move, not a new booking.
    pub moved: bool,
}

/// A job for the diary, run off the UI thread.
#[derive(Debug, Clone)]
pub enum DiaryJob {
    /// Read the free times for a type, from a time on; a booking being
    /// moved frees its own slot.
    Free(String, NaiveDateTime, Option<String>),
    /// Book a type at a time.
    Book(String, NaiveDateTime),
    /// Move a booking to a time.
    Move(String, NaiveDateTime),
    /// Cancel a booking.
    Cancel(String),
}

impl Booking {
    fn new(service: Option<String>, moving: Option<String>, kind: Option<String>) -> Booking {
        Booking {
            service,
            moving,
            page: if kind.is_some() {
                Page::Day
            } else {
                Page::Kind
            },
            choose_kind: kind.is_none(),
            kind,
            free: None,
            day: None,
            time: None,
            lost: None,
            failed: None,
        }
    }

    /// A name for the page, for focus and for measures.
    pub fn page_name(&self) -> String {
        let loaded = match &self.free {
            None => "loading",
            Some(Ok(_)) => "loaded",
            Some(Err(_)) => "failed",
        };
        format!("{:?}/{loaded}/{}", self.page, self.lost.is_some()).to_lowercase()
    }
}

/// Runs a diary job; blocks only on the network and the store.
pub async fn run(
    job: DiaryJob,
    config: std::sync::Arc<crate::config::Config>,
    diary: Option<crate::booking::Diary>,
    store: Result<std::sync::Arc<std::sync::Mutex<crate::outbox::Outbox>>, String>,
    terminal: String,
    now: chrono::DateTime<chrono::Utc>,
) -> Message {
    use crate::booking::desk;
    let calendar = crate::booking::caldav::CalDav::from_config(&config);
    let setup = match (&diary, &store, &calendar) {
        (None, _, _) => Err("there is no appointment diary".to_string()),
        (_, Err(e), _) => Err(e.clone()),
        (_, _, Err(e)) => Err(e.clone()),
        (Some(d), Ok(s), Ok(c)) => Ok((d, s, c.as_ref())),
    };
    match job {
        DiaryJob::Free(kind, after, except) => Message::ApptLoaded(match setup {
            Ok((d, s, c)) => desk::free_times(c, d, s, &kind, after, DAYS_SHOWN, except.as_deref())
                .await
                .map(Box::new),
            Err(e) => Err(e),
        }),
        DiaryJob::Book(kind, start) => Message::ApptDone(Box::new(match setup {
            Ok((d, s, c)) => desk::book(c, d, s, &terminal, &kind, start, now).await,
            Err(e) => Outcome::Failed(e),
        })),
        DiaryJob::Move(reference, start) => Message::ApptDone(Box::new(match setup {
            Ok((d, s, c)) => desk::move_booking(c, d, s, &reference, start, now).await,
            Err(e) => Outcome::Failed(e),
        })),
        DiaryJob::Cancel(reference) => Message::Cancelled(match setup {
            Ok((_, s, c)) => desk::cancel(c, s, &reference).await,
            Err(e) => Err(e),
        }),
    }
}

impl App {
    /// Opens the booking pages for an appointment service.
    pub(super) fn open_appointment(&mut self, service: &crate::catalogue::Service) {
        let kind = service.appointment.clone().or_else(|| {
            // A service named after a diary type books that type; a diary
            // with one type needs no choosing.
            let d = self.diary.as_ref()?;
            d.kind(&service.code)
                .or(if d.types.len() == 1 {
                    d.types.first()
                } else {
                    None
                })
                .map(|k| k.code.clone())
        });
        self.screen = Screen::Appointment(Box::new(Booking::new(
            Some(service.code.clone()),
            None,
            kind,
        )));
        self.load_free_times();
    }

    /// Staff book for a resident, or move the booking `moving`.
    pub(super) fn staff_booking(&mut self, moving: Option<String>) {
        let kind = moving.as_ref().and_then(|r| {
            self.outbox
                .as_ref()
                .ok()?
                .lock()
                .ok()?
                .booking(r)
                .ok()
                .flatten()
                .map(|b| b.type_code)
        });
        if moving.is_some() && kind.is_none() {
            return;
        }
        self.screen = Screen::Appointment(Box::new(Booking::new(None, moving, kind)));
        self.load_free_times();
    }

    fn load_free_times(&mut self) {
        let after = self
            .wall_clock()
            .with_timezone(&chrono::Local)
            .naive_local();
        if let Screen::Appointment(b) = &mut self.screen
            && let Some(kind) = &b.kind
        {
            b.free = None;
            self.pending.push(Effect::Diary(DiaryJob::Free(
                kind.clone(),
                after,
                b.moving.clone(),
            )));
        }
    }

    pub(super) fn appointment_message(&mut self, message: Message, effects: &mut Vec<Effect>) {
        let Screen::Appointment(b) = &mut self.screen else {
            if let Message::Cancelled(result) = message {
                self.cancelled(result, effects);
            }
            return;
        };
        match message {
            Message::ApptKind(code) => {
                b.kind = Some(code);
                b.page = Page::Day;
                b.day = None;
                b.time = None;
                self.load_free_times();
            }
            Message::ApptLoaded(result) => {
                b.free = Some(result.map(|f| *f));
            }
            Message::ApptDay(day) => {
                b.day = Some(day);
                b.time = None;
                b.page = Page::Time;
            }
            Message::ApptTime(time) => {
                b.time = Some(time);
                b.day = Some(time.date());
                b.lost = None;
                b.failed = None;
                b.page = Page::Check;
            }
            Message::ApptBook => {
                if let (Some(kind), Some(time)) = (&b.kind, b.time) {
                    b.page = Page::Booking;
                    b.failed = None;
                    effects.push(Effect::Diary(match &b.moving {
                        Some(reference) => DiaryJob::Move(reference.clone(), time),
                        None => DiaryJob::Book(kind.clone(), time),
                    }));
                }
            }
            Message::ApptDone(outcome) => self.booked(*outcome, effects),
            _ => {}
        }
    }

    fn booked(&mut self, outcome: Outcome, effects: &mut Vec<Effect>) {
        let Screen::Appointment(b) = &mut self.screen else {
            return;
        };
        match outcome {
            Outcome::Booked {
                reference,
                slot,
                provisional,
            } => {
                let Ok(reference) = crate::reference::Reference::parse(&reference) else {
                    b.page = Page::Check;
                    b.failed = Some(format!("the reference {reference} is not valid"));
                    return;
                };
                let kind = b.kind.clone().unwrap_or_default();
                let moved = b.moving.is_some();
                if let Some(code) = &b.service {
                    effects.push(Effect::Journey(
                        code.clone(),
                        JourneyEvent::Completed,
                        None,
                        self.locale.clone(),
                        self.assisted,
                    ));
                }
                if let Some(staff) = &self.staff_signed_in {
                    effects.push(Effect::Audit(
                        Some(staff.clone()),
                        if moved { "move" } else { "booking" },
                        Some(format!(
                            "{} {kind} {}",
                            reference.as_str(),
                            slot.start.format("%Y-%m-%d %H:%M")
                        )),
                    ));
                }
                let service = self
                    .catalogue
                    .service(b.service.as_deref().unwrap_or_default())
                    .map(|s| s.localised(&self.locale));
                let by_staff = b.service.is_none();
                let payload = crate::receipt::qr::payload(None, reference.as_str());
                self.screen =
                    Screen::Confirmation {
                        qr: ui::qr::Code::new(&payload),
                        reference,
                        service: Box::new(service.unwrap_or_else(|| {
                            crate::catalogue::Service::appointment_by_staff(&kind)
                        })),
                        saved_at: self.wall_clock(),
                        printing: None,
                        rated: None,
                        slip: Some(Box::new(Slip {
                            kind,
                            starts: slot.start,
                            provisional,
                            by_staff,
                            moved,
                        })),
                    };
                effects.push(self.print_effect());
            }
            Outcome::Lost(next) => {
                b.page = Page::Time;
                b.lost = b.time.map(|t| (t, next));
                // The free times changed: read them again.
                self.load_free_times();
            }
            Outcome::Failed(why) => {
                eprintln!("frontdoor: an appointment could not be booked: {why}");
                b.page = Page::Check;
                b.failed = Some(why);
            }
        }
    }

    /// Leaves the booking pages: a resident goes back to the service's
    /// group (the journey counted as left part way), staff to their view.
    pub(super) fn leave_appointment(&mut self, effects: &mut Vec<Effect>) {
        let Screen::Appointment(b) = &self.screen else {
            return;
        };
        match b.service.clone() {
            Some(code) => {
                self.abandon(effects);
                let group = self
                    .catalogue
                    .service(&code)
                    .map(|s| s.group.clone())
                    .unwrap_or_default();
                self.screen = Screen::Group(group);
            }
            None => self.act(Message::OpenHub, effects),
        }
    }

    /// Back one booking page; `false` when already on the first.
    pub(super) fn appointment_back(&mut self) -> bool {
        let Screen::Appointment(b) = &mut self.screen else {
            return false;
        };
        b.lost = None;
        b.failed = None;
        b.page = match b.page {
            Page::Kind => return false,
            Page::Day if b.choose_kind => Page::Kind,
            Page::Day => return false,
            Page::Time => Page::Day,
            Page::Check => Page::Time,
            Page::Booking => Page::Booking,
        };
        true
    }

    /// The appointment type's name in the resident's language.
    pub(super) fn kind_name(&self, code: &str) -> String {
        self.diary
            .as_ref()
            .and_then(|d| d.kind(code))
            .map_or_else(|| code.to_string(), |k| k.name_in(&self.locale))
    }

    pub(super) fn appointment_page(&self, ctx: &Ctx<'_, Message>, b: &Booking) -> El {
        let mut body: Vec<El> = Vec::new();
        let title = match (&b.moving, &b.service) {
            (Some(_), _) => ctx.t("appt-move-heading"),
            (None, Some(code)) => self
                .catalogue
                .service(code)
                .map_or_else(String::new, |s| s.localised(&self.locale).name),
            (None, None) => ctx.t("hub-book"),
        };
        if !title.is_empty() {
            body.push(ctx.hint(title).into());
        }
        let Some(diary) = &self.diary else {
            body.push(ctx.body(ctx.t("appt-none")).into());
            return self.frame(ctx, Nav::BOTH, body);
        };
        match b.page {
            Page::Kind => {
                body.push(ctx.heading(ctx.t("appt-kind-heading")).into());
                let choices: Vec<El> = diary
                    .types
                    .iter()
                    .map(|k| {
                        let label = format!(
                            "{} — {}",
                            k.name_in(&self.locale),
                            ctx.ta("appt-length", &[("minutes", k.minutes.to_string())])
                        );
                        ctx.button(
                            label,
                            Message::ApptKind(k.code.clone()),
                            Kind::Choice {
                                selected: b.kind.as_deref() == Some(&k.code),
                            },
                        )
                    })
                    .collect();
                body.push(column(choices).spacing(ctx.px(12.0)).into());
            }
            Page::Day | Page::Time => {
                let kind = b.kind.as_deref().unwrap_or_default();
                body.push(ctx.subheading(self.kind_name(kind)).into());
                if b.page == Page::Day {
                    body.push(ctx.heading(ctx.t("appt-day-heading")).into());
                } else {
                    body.push(ctx.heading(ctx.t("appt-time-heading")).into());
                }
                if let Some((taken, next)) = b.lost {
                    let words = match next {
                        Some(n) => ctx.ta(
                            "appt-lost",
                            &[
                                ("time", taken.format("%H:%M").to_string()),
                                ("next", self.when(n)),
                            ],
                        ),
                        None => ctx.t("appt-lost-none"),
                    };
                    body.push(super::journey_view::error_box(ctx, &words));
                    if let Some(n) = next {
                        body.push(ctx.button(
                            ctx.ta("appt-take-next", &[("next", self.when(n))]),
                            Message::ApptTime(n),
                            Kind::Primary,
                        ));
                    }
                }
                match &b.free {
                    None => body.push(ctx.body(ctx.t("appt-loading")).into()),
                    Some(Err(why)) => {
                        eprintln!("frontdoor: free times could not be read: {why}");
                        body.push(super::journey_view::error_box(ctx, &ctx.t("appt-failed")));
                    }
                    Some(Ok(free)) if free.days.is_empty() => {
                        body.push(ctx.body(ctx.t("appt-none")).into())
                    }
                    Some(Ok(free)) => {
                        if free.offline {
                            body.push(inset(ctx, ctx.t("appt-offline")));
                        }
                        if b.page == Page::Day {
                            body.push(ctx.hint(ctx.t("appt-day-hint")).into());
                            let days: Vec<El> = free
                                .days
                                .iter()
                                .map(|(d, _)| {
                                    ctx.button(
                                        i18n::long_date(ctx.locale, *d),
                                        Message::ApptDay(*d),
                                        Kind::Choice {
                                            selected: b.day == Some(*d),
                                        },
                                    )
                                })
                                .collect();
                            body.push(wrap(ctx, days, 2));
                        } else {
                            let day = b.day.unwrap_or_default();
                            body.push(ctx.subheading(i18n::long_date(ctx.locale, day)).into());
                            let times: Vec<El> = free
                                .days
                                .iter()
                                .find(|(d, _)| *d == day)
                                .map(|(_, t)| t.clone())
                                .unwrap_or_default()
                                .into_iter()
                                .map(|t| {
                                    ctx.button(
                                        t.format("%H:%M").to_string(),
                                        Message::ApptTime(t),
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
                    }
                }
            }
            Page::Check => {
                body.push(ctx.heading(ctx.t("appt-check-heading")).into());
                if let Some(why) = &b.failed {
                    let words = if b.moving.is_some() {
                        ctx.ta("appt-move-failed", &[("reason", why.clone())])
                    } else {
                        ctx.t("appt-failed")
                    };
                    body.push(super::journey_view::error_box(ctx, &words));
                }
                let kind = b.kind.as_deref().unwrap_or_default();
                let time = b.time.unwrap_or_default();
                for (label, value) in [
                    ("appt-what", self.kind_name(kind)),
                    ("appt-when", self.when(time)),
                    ("appt-where", self.config.kiosk.site_name.clone()),
                ] {
                    body.push(
                        column![ctx.body(ctx.t(label)).font(ui::BOLD), ctx.body(value)]
                            .spacing(ctx.px(2.0))
                            .align_x(ctx.start())
                            .into(),
                    );
                }
                if let Some(bring) = diary.kind(kind).and_then(|k| k.bring_in(&self.locale)) {
                    body.push(
                        column![
                            ctx.body(ctx.t("appt-bring")).font(ui::BOLD),
                            ctx.body(bring)
                        ]
                        .spacing(ctx.px(2.0))
                        .align_x(ctx.start())
                        .into(),
                    );
                }
                body.push(ctx.button(
                    ctx.t(if b.moving.is_some() {
                        "appt-move"
                    } else {
                        "appt-book"
                    }),
                    Message::ApptBook,
                    Kind::Primary,
                ));
                body.push(ctx.button(ctx.t("appt-other-time"), Message::Back, Kind::Secondary));
            }
            Page::Booking => {
                body.push(ctx.heading(ctx.t("appt-booking")).into());
            }
        }
        let nav = if b.page == Page::Booking {
            Nav::NONE
        } else {
            Nav::BOTH
        };
        self.frame(ctx, nav, body)
    }

    /// "Tuesday 24 November 2026 at 10:00" in the resident's language.
    pub(super) fn when(&self, at: NaiveDateTime) -> String {
        i18n::t_args(
            &self.locale,
            "receipt-date-time",
            &[
                ("date", i18n::long_date(&self.locale, at.date())),
                ("time", at.format("%H:%M").to_string()),
            ],
        )
    }

    /// The appointment part of a confirmation.
    pub(super) fn slip_lines(&self, ctx: &Ctx<'_, Message>, slip: &Slip) -> Vec<El> {
        let mut out: Vec<El> = vec![
            ctx.subheading(self.kind_name(&slip.kind)).into(),
            ctx.body(self.when(slip.starts)).into(),
            ctx.body(ctx.ta(
                "receipt-appointment-place",
                &[("place", self.config.kiosk.site_name.clone())],
            ))
            .into(),
        ];
        if let Some(bring) = self
            .diary
            .as_ref()
            .and_then(|d| d.kind(&slip.kind))
            .and_then(|k| k.bring_in(&self.locale))
        {
            out.push(
                ctx.body(ctx.ta("receipt-appointment-bring", &[("items", bring)]))
                    .into(),
            );
        }
        if slip.provisional {
            out.push(inset(ctx, ctx.t("appt-provisional")));
        }
        out.push(ctx.body(ctx.t("slip-next-steps")).into());
        out
    }

    fn cancelled(&mut self, result: Result<(), String>, effects: &mut Vec<Effect>) {
        let Screen::Hub(hub) = &mut self.screen else {
            return;
        };
        let reference = hub.cancelling.take().map(|(r, _)| r);
        match result {
            Ok(()) => {
                hub.notice = Some(Ok(crate::i18n::t(&self.locale, "hub-cancelled")));
                if let (Some(staff), Some(r)) = (&self.staff_signed_in, reference) {
                    effects.push(Effect::Audit(Some(staff.clone()), "cancellation", Some(r)));
                }
            }
            Err(why) => {
                hub.notice = Some(Err(crate::i18n::t_args(
                    &self.locale,
                    "hub-cancel-failed",
                    &[("reason", why)],
                )));
            }
        }
        effects.push(Effect::LoadHub(hub.period));
    }
}

/// Words in a tinted box, for what the resident should notice.
fn inset(ctx: &Ctx<'_, Message>, words: String) -> El {
    let p = ctx.palette;
    container(ctx.body(words))
        .padding(ctx.px(16.0))
        .width(iced::Length::Fill)
        .style(ui::boxed(p, p.selected, p.inset))
        .into()
}
