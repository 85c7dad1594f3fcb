//! The confirmation: the reference in large type, the same QR code the
//! receipt carries, what the printer did (with Print again), what happens
//! next, and a one-tap rating. An appointment's confirmation leads with
//! when and where.

use super::{Env, Nav, Page};
use crate::app::effect::{Effect, Outcome};
use crate::app::screen::action::{Action, Measure};
use crate::app::widgets::{El, rating};
use crate::catalogue::Service;
use crate::outbox::Rating;
use crate::reference::Reference;
use crate::ui::{self, Ctx, Kind};
use chrono::{DateTime, NaiveDateTime, Utc};
use iced::widget::{column, container, text};
use iced::{Alignment, Length};

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

/// Saved (or booked): what the confirmation shows.
#[derive(Debug, Clone)]
pub struct State {
    /// The case reference.
    pub reference: Reference,
    /// The service.
    pub service: Box<Service>,
    /// When it was saved.
    pub saved_at: DateTime<Utc>,
    /// The QR code shown on screen, holding what the receipt's holds.
    pub qr: Option<ui::qr::Code>,
    /// The secret in both QR codes; its hash is kept when the receipt
    /// prints.
    pub secret: crate::reference::Secret,
    /// What came of printing the receipt; `None` while it prints.
    pub printing: Option<crate::printer::Outcome>,
    /// The rating given, if any.
    pub rated: Option<Rating>,
    /// The appointment booked, when this confirms one.
    pub slip: Option<Box<Slip>>,
    /// This confirms following a report the council already has: nothing
    /// new was sent.
    pub followed: bool,
    /// What the resident chose to be sent (the Fluent ids of the
    /// choices' labels), for the receipt or slip.
    pub notices: Vec<&'static str>,
}

/// A tap on the confirmation.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Print the receipt again.
    PrintAgain,
    /// A satisfaction rating.
    Rate(Rating),
    /// Finished.
    Finish,
}

impl State {
    /// The confirmation of a saved submission.
    pub fn saved(
        reference: Reference,
        service: Service,
        saved_at: DateTime<Utc>,
        env: &Env,
    ) -> State {
        let secret = env.new_secret();
        let payload = crate::receipt::qr::payload(
            env.config.backend.tracking_url.as_deref(),
            reference.as_str(),
            Some(&secret),
        );
        State {
            qr: ui::qr::Code::new(&payload),
            secret,
            reference,
            service: Box::new(service),
            saved_at,
            printing: None,
            rated: None,
            slip: None,
            notices: Vec::new(),
            followed: false,
        }
    }

    /// The confirmation of following a report the council already has:
    /// this terminal's reference for it, on screen and on a receipt.
    pub fn followed(
        reference: Reference,
        service: Service,
        saved_at: DateTime<Utc>,
        env: &Env,
    ) -> State {
        State {
            followed: true,
            ..State::saved(reference, service, saved_at, env)
        }
    }

    /// The confirmation of an appointment booked or moved: its QR code is
    /// the reference and the slip's secret, which check the resident in.
    pub fn booked(reference: Reference, service: Service, slip: Slip, env: &Env) -> State {
        let secret = env.new_secret();
        let payload = crate::receipt::qr::payload(None, reference.as_str(), Some(&secret));
        State {
            qr: ui::qr::Code::new(&payload),
            secret,
            reference,
            service: Box::new(service),
            saved_at: env.now,
            printing: None,
            rated: None,
            slip: Some(Box::new(slip)),
            notices: Vec::new(),
            followed: false,
        }
    }

    /// Printing this confirmation's receipt or slip.
    pub fn print(&self, env: &Env) -> Effect {
        let locale = env.locale();
        let receipt = match &self.slip {
            Some(slip) => crate::receipt::Receipt::for_booking(
                env.config,
                env.diary.and_then(|d| d.kind(&slip.kind)),
                &self.reference,
                locale,
                self.saved_at,
                crate::receipt::Appointment {
                    starts: slip.starts,
                    place: env.config.kiosk.site_name.clone(),
                    bring: None,
                    provisional: slip.provisional,
                },
                Some(&self.secret),
            ),
            None => crate::receipt::Receipt::for_submission(
                env.config,
                env.catalogue,
                &self.reference,
                &self.service.code,
                locale,
                self.saved_at,
                Some(&self.secret),
            ),
        }
        .with_notices(locale, &self.notices);
        let receipt = if self.followed {
            receipt.as_followed(locale)
        } else {
            receipt
        };
        Effect::Print {
            receipt: Box::new(receipt),
            name: self.reference.as_str().to_string(),
            keep: Some(Box::new((self.reference.clone(), self.secret.clone()))),
        }
    }

    /// Handles a tap.
    pub fn update(&mut self, message: Message, env: &Env) -> Action {
        match message {
            Message::PrintAgain if self.printing.is_some() => {
                self.printing = None;
                Action::Run(self.print(env))
            }
            Message::PrintAgain => Action::None,
            Message::Rate(r) => {
                let first = self.rated.is_none();
                self.rated = Some(r);
                if first {
                    Action::Measure(Measure::Rating {
                        service: self.service.code.clone(),
                        rating: r,
                    })
                } else {
                    Action::None
                }
            }
            Message::Finish => match &self.slip {
                // Staff who booked for a resident go back to their view.
                Some(slip) if slip.by_staff && env.session.may_see_hub() => Action::OpenHub,
                _ => Action::EndSession,
            },
        }
    }

    /// The printer finished.
    pub fn outcome(&mut self, outcome: Outcome) -> Action {
        if let Outcome::Printed(o) = outcome {
            self.printing = Some(o);
        }
        Action::None
    }

    /// A name for the page, for focus.
    pub fn page_key(&self) -> String {
        format!("{}", self.rated.is_some())
    }

    /// Draws the confirmation.
    pub fn view(&self, ctx: &Ctx<'_, Message>, env: &Env) -> Page<Message> {
        let p = ctx.palette;
        let slip = self.slip.as_deref();
        let heading = match slip {
            None if self.followed => "following-heading",
            None => "confirmation-heading",
            Some(s) if s.moved => "appt-moved-heading",
            Some(s) if s.provisional => "appt-provisional-heading",
            Some(_) => "appt-booked-heading",
        };
        let panel = container(
            column![
                ctx.heading(ctx.t(heading)),
                ctx.body(ctx.t("your-reference")),
                text(self.reference.grouped())
                    .size(ctx.px(64.0))
                    .font(ui::BOLD)
                    .shaping(text::Shaping::Advanced),
            ]
            .spacing(ctx.px(10.0))
            .align_x(Alignment::Center),
        )
        .padding(ctx.px(28.0))
        .width(Length::Fill)
        .center_x(Length::Fill)
        .style(ui::panel(p.primary, p.on_primary));
        // The printed receipt (and Print again, the page's first control)
        // comes straight after the reference, so the focus starts on it
        // with the reference still in view at every text size.
        let mut body: Vec<El<Message>> = vec![panel.into(), self.receipt_status(ctx, env)];
        if let Some(slip) = slip {
            body.extend(slip_lines(ctx, env, slip));
            body.push(ctx.body(ctx.t("reference-keep")).into());
            if !slip.by_staff {
                body.push(rating(ctx, self.rated, Message::Rate));
            }
            body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary));
            return Page::new(body, Nav::NONE);
        }
        if self.followed {
            body.push(ctx.body(ctx.t("following-body")).into());
            body.push(rating(ctx, self.rated, Message::Rate));
            body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary));
            return Page::new(body, Nav::NONE);
        }
        body.push(ctx.body(ctx.t("reference-keep")).into());
        body.push(ctx.subheading(ctx.t("what-next")).into());
        if let Some(next) = &self.service.next_steps {
            body.push(ctx.body(next.clone()).into());
        }
        let queued = matches!(env.config.backend.kind, crate::config::BackendKind::None);
        body.push(
            ctx.body(ctx.t(if queued {
                "saved-here"
            } else {
                "saved-will-send"
            }))
            .into(),
        );
        body.push(rating(ctx, self.rated, Message::Rate));
        body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary));
        Page::new(body, Nav::NONE)
    }

    /// The QR code on screen, what the printer did, and Print again.
    fn receipt_status(&self, ctx: &Ctx<'_, Message>, env: &Env) -> El<Message> {
        let p = ctx.palette;
        let mut parts: Vec<El<Message>> = Vec::new();
        if let Some(code) = &self.qr {
            parts.push(code.view(ctx.px(6.0)));
        }
        let words = match &self.printing {
            None => ctx.t("printer-printing"),
            Some(outcome) => ctx.t(outcome.message_id()),
        };
        let problem = self.printing.as_ref().is_some_and(|o| !o.printed());
        let mut said: Vec<El<Message>> = vec![ctx.body(words).into()];
        if self.qr.is_some() {
            said.push(ctx.hint(ctx.t("receipt-photograph")).into());
        }
        if env.config.printer.kind != crate::config::PrinterKind::None {
            said.push(ctx.button(ctx.t("print-again"), Message::PrintAgain, Kind::Secondary));
        }
        let said = column(said).spacing(ctx.px(12.0)).align_x(ctx.start());
        parts.push(if problem {
            container(said)
                .padding(ctx.px(16.0))
                .style(ui::boxed(p, p.error, p.background))
                .into()
        } else {
            said.into()
        });
        ctx.row(parts)
            .spacing(ctx.px(24.0))
            .align_y(Alignment::Center)
            .into()
    }
}

/// The appointment part of a confirmation.
fn slip_lines(ctx: &Ctx<'_, Message>, env: &Env, slip: &Slip) -> Vec<El<Message>> {
    let locale = env.locale();
    let mut out: Vec<El<Message>> = vec![
        ctx.subheading(env.kind_name(&slip.kind)).into(),
        ctx.body(crate::app::widgets::when(locale, slip.starts))
            .into(),
        ctx.body(ctx.ta(
            "receipt-appointment-place",
            &[("place", env.config.kiosk.site_name.clone().into())],
        ))
        .into(),
    ];
    if let Some(bring) = env
        .diary
        .and_then(|d| d.kind(&slip.kind))
        .and_then(|k| k.bring_in(locale))
    {
        out.push(
            ctx.body(ctx.ta("receipt-appointment-bring", &[("items", bring.into())]))
                .into(),
        );
    }
    if slip.provisional {
        out.push(crate::app::widgets::note(ctx, ctx.t("appt-provisional")));
    }
    out.push(ctx.body(ctx.t("slip-next-steps")).into());
    out
}
