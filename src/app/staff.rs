//! Staff in the kiosk: a long press on the place name in the header (3
//! seconds) opens a PIN pad over any screen; the PIN is checked off the UI
//! thread. A signed-in digital champion can start an assisted session, in
//! which champion-only services appear and submissions are marked assisted;
//! ending it, or the session timing out, signs the champion out and wipes
//! everything. Sign-ins, refusals, assisted sessions and sign-outs go to the
//! audit log; the PIN goes nowhere but the check.

use super::{App, Effect, Message};
use crate::staff::SignIn;
use crate::ui::{self, Ctx, Kind};
use iced::Element;
use iced::widget::{column, text};
use std::time::{Duration, Instant};

type El = Element<'static, Message>;

/// How long the place name must be held to open the staff PIN pad.
pub const HOLD: Duration = Duration::from_secs(3);
/// The most digits the PIN pad takes.
const MAX_DIGITS: usize = 12;

/// The staff PIN pad's state.
#[derive(Debug, Clone, Default)]
pub struct PinPad {
    /// The digits typed (shown only as dots).
    digits: String,
    /// Being checked.
    checking: bool,
    /// What went wrong last time, already in words.
    problem: Option<String>,
}

impl App {
    /// The signed-in member of staff, if any.
    pub fn staff(&self) -> Option<&crate::staff::Staff> {
        self.staff_signed_in.as_ref()
    }

    /// Whether this is an assisted session.
    pub fn assisted(&self) -> bool {
        self.assisted
    }

    /// Whether the staff PIN pad is open.
    pub fn staff_pad_open(&self) -> bool {
        self.staff_pad.is_some()
    }

    /// Opens the PIN pad once the place name has been held long enough.
    pub(super) fn staff_hold_tick(&mut self, now: Instant) {
        if let Some(pressed) = self.title_pressed
            && now.saturating_duration_since(pressed) >= HOLD
        {
            self.title_pressed = None;
            if self.staff_signed_in.is_none() {
                self.staff_pad = Some(PinPad::default());
            }
        }
    }

    /// Signs staff out and ends any assisted session; the audit line goes
    /// out with the next batch of effects.
    pub(super) fn sign_out_staff(&mut self, why: &'static str) {
        self.assisted = false;
        self.staff_pad = None;
        self.title_pressed = None;
        if let Some(s) = self.staff_signed_in.take() {
            self.pending
                .push(Effect::Audit(Some(s), "sign-out", Some(why.to_string())));
        }
    }

    pub(super) fn staff_message(&mut self, message: Message, effects: &mut Vec<Effect>) {
        match message {
            Message::TitlePressed => self.title_pressed = Some(Instant::now()),
            Message::TitleReleased => self.title_pressed = None,
            Message::PinDigit(d) => {
                if let Some(pad) = &mut self.staff_pad
                    && !pad.checking
                    && d.is_ascii_digit()
                    && pad.digits.len() < MAX_DIGITS
                {
                    pad.digits.push(d);
                    pad.problem = None;
                }
            }
            Message::PinBackspace => {
                if let Some(pad) = &mut self.staff_pad {
                    pad.digits.pop();
                }
            }
            Message::PinSubmit => {
                if let Some(pad) = &mut self.staff_pad
                    && !pad.checking
                    && !pad.digits.is_empty()
                {
                    pad.checking = true;
                    effects.push(Effect::SignIn(std::mem::take(&mut pad.digits)));
                }
            }
            Message::PinCancel => self.staff_pad = None,
            Message::SignedIn(outcome) => {
                let Some(pad) = &mut self.staff_pad else {
                    return;
                };
                pad.checking = false;
                match outcome {
                    SignIn::Welcome(staff) => {
                        self.staff_pad = None;
                        self.staff_signed_in = Some(staff);
                    }
                    SignIn::Wrong { left } => {
                        pad.problem = Some(crate::i18n::t_args(
                            &self.locale,
                            "staff-pin-wrong",
                            &[("left", left.to_string())],
                        ));
                    }
                    SignIn::Locked(until) => {
                        let local = until.with_timezone(&chrono::Local);
                        pad.problem = Some(crate::i18n::t_args(
                            &self.locale,
                            "staff-locked",
                            &[("time", local.format("%H:%M").to_string())],
                        ));
                    }
                    SignIn::Unavailable(why) => {
                        eprintln!("frontdoor: staff sign-in failed: {why}");
                        pad.problem = Some(crate::i18n::t(&self.locale, "staff-unavailable"));
                    }
                }
            }
            Message::StartAssisted => {
                if let Some(staff) = &self.staff_signed_in
                    && staff.role.can_assist()
                    && !self.assisted
                {
                    self.assisted = true;
                    effects.push(Effect::Audit(Some(staff.clone()), "assisted-session", None));
                    self.screen = super::Screen::Services;
                }
            }
            Message::SignOut => {
                let assisted = self.assisted;
                self.sign_out_staff("signed out");
                if assisted {
                    // The resident's answers go with the champion.
                    self.wipe();
                }
            }
            _ => {}
        }
    }

    /// The staff bar under the header while staff are signed in.
    pub(super) fn staff_bar(&self, ctx: &Ctx<'_, Message>) -> Option<El> {
        let staff = self.staff_signed_in.as_ref()?;
        let p = ctx.palette;
        let words = if self.assisted {
            ctx.ta("staff-assisting", &[("name", staff.name.clone())])
        } else {
            ctx.ta("staff-signed-in", &[("name", staff.name.clone())])
        };
        let mut parts: Vec<El> = vec![ctx.fill_text(ctx.body(words).font(ui::BOLD))];
        if staff.role.can_assist() && !self.assisted {
            parts.push(ctx.button(
                ctx.t("staff-assist"),
                Message::StartAssisted,
                Kind::Secondary,
            ));
        }
        if self.may_see_hub() && !self.assisted {
            parts.push(ctx.button(ctx.t("hub-open"), Message::OpenHub, Kind::Secondary));
        }
        parts.push(ctx.button(ctx.t("staff-sign-out"), Message::SignOut, Kind::Secondary));
        Some(
            iced::widget::container(
                ctx.row(parts)
                    .spacing(ctx.px(16.0))
                    .align_y(iced::Alignment::Center),
            )
            .padding(iced::Padding::from([ctx.px(8.0), ctx.px(24.0)]))
            .width(iced::Length::Fill)
            .style(ui::panel(p.inset, p.text))
            .into(),
        )
    }

    /// The PIN pad over the page.
    pub(super) fn staff_dialog(&self, ctx: &Ctx<'_, Message>) -> El {
        ctx.begin_content();
        let pad = self.staff_pad.clone().unwrap_or_default();
        let key = |d: char| ctx.button(d.to_string(), Message::PinDigit(d), Kind::Key);
        let width = iced::Length::Fixed(ctx.key_px(300.0));
        let mut keypad: Vec<El> = ["123", "456", "789"]
            .iter()
            .map(|r| {
                iced::widget::row(r.chars().map(key).collect::<Vec<_>>())
                    .spacing(ctx.key_px(8.0))
                    .width(width)
                    .into()
            })
            .collect();
        keypad.push(
            iced::widget::row![
                ctx.button(ctx.t("key-delete"), Message::PinBackspace, Kind::Key),
                key('0'),
            ]
            .spacing(ctx.key_px(8.0))
            .width(width)
            .into(),
        );
        let mut side: Vec<El> = vec![
            ctx.body(ctx.t("staff-pin-hint")).into(),
            // Dots only: the PIN is never shown or spoken.
            text("●".repeat(pad.digits.len()) + " ")
                .size(ctx.key_px(40.0))
                .font(ui::BOLD)
                .into(),
        ];
        if let Some(problem) = &pad.problem {
            side.push(super::journey_view::error_box(ctx, problem));
        }
        if pad.checking {
            side.push(ctx.body(ctx.t("staff-checking")).into());
        }
        side.push(ctx.button(ctx.t("staff-sign-in"), Message::PinSubmit, Kind::Primary));
        side.push(ctx.button(ctx.t("staff-cancel"), Message::PinCancel, Kind::Secondary));
        let body: Vec<El> = vec![
            ctx.heading(ctx.t("staff-heading")).into(),
            ctx.row(vec![
                column(keypad).spacing(ctx.key_px(8.0)).into(),
                column(side)
                    .spacing(ctx.px(14.0))
                    .align_x(ctx.start())
                    .width(iced::Length::Fixed(ctx.px(420.0)))
                    .into(),
            ])
            .spacing(ctx.px(32.0))
            .into(),
        ];
        self.dialog(ctx, body)
    }
}
