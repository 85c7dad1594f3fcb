//! Staff in the kiosk: a long press on the place name in the header (3
//! seconds) opens a pad over any screen for the staff number, then the PIN;
//! the PIN is checked off the UI thread. A signed-in digital champion can start an assisted session, in
//! which champion-only services appear and submissions are marked
//! assisted; ending it, or the session timing out, signs the champion out
//! and wipes everything. Sign-ins, refusals, assisted sessions and
//! sign-outs go to the audit log; the PIN goes nowhere but the check.

use super::effect::{Effect, Record};
use super::session::{PinPad, Session};
use super::widgets::{El, error_box};
use crate::staff::SignIn;
use crate::ui::{self, Ctx, Kind};
use iced::widget::{column, text};
use std::time::{Duration, Instant};

/// How long the place name must be held to open the staff PIN pad.
pub const HOLD: Duration = Duration::from_secs(3);
/// The most digits the PIN pad takes.
const MAX_DIGITS: usize = 12;
/// The most digits a staff number has.
const MAX_NUMBER_DIGITS: usize = 6;

/// A staff control.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The header's place name was pressed (held for the staff entry).
    TitlePressed,
    /// The header's place name was let go.
    TitleReleased,
    /// A key of the PIN pad.
    Digit(char),
    /// Delete the last PIN digit.
    Backspace,
    /// Go on from the staff number to the PIN, or check the PIN typed.
    Submit,
    /// Type a different staff number.
    ChangeNumber,
    /// Close the PIN pad.
    Cancel,
    /// A digital champion starts an assisted session.
    StartAssisted,
    /// Staff sign out (and an assisted session ends, wiped).
    SignOut,
    /// Hub staff open the hub's own view.
    OpenHub,
}

/// What the root must do after a staff control.
#[derive(Debug)]
pub enum Then {
    /// Nothing more.
    Nothing,
    /// Run this effect.
    Run(Effect),
    /// Open the hub view.
    OpenHub,
    /// Signed out; `wipe` when an assisted session ended with it.
    SignedOut {
        /// The audit line for the sign-out.
        audit: Option<Effect>,
        /// The resident's answers go with the champion.
        wipe: bool,
    },
}

/// Opens the PIN pad once the place name, or the keypad's Back key, has
/// been held long enough: the touch and the keypad routes to staff entry,
/// which residents will not find by chance.
pub fn hold_tick(session: &mut Session, now: Instant) {
    let held =
        |since: Option<Instant>| since.is_some_and(|t| now.saturating_duration_since(t) >= HOLD);
    if held(session.title_pressed) || held(session.back_held) {
        session.title_pressed = None;
        session.back_held = None;
        if session.staff.is_none() {
            session.pin_pad = Some(PinPad::default());
        }
    }
}

impl PinPad {
    /// The most digits the pad takes now.
    fn max_digits(&self) -> usize {
        if self.number.is_some() {
            MAX_DIGITS
        } else {
            MAX_NUMBER_DIGITS
        }
    }
}

/// Signs staff out and ends any assisted session; returns the audit line.
pub fn sign_out(session: &mut Session, why: &'static str) -> Option<Effect> {
    session.assisted = false;
    session.pin_pad = None;
    session.title_pressed = None;
    session.back_held = None;
    session.staff_problem = None;
    session.staff.take().map(|s| {
        Effect::Record(Record::Audit {
            staff: Some(s),
            action: "sign-out",
            detail: Some(why.to_string()),
        })
    })
}

/// Handles a staff control.
pub fn update(session: &mut Session, message: Message) -> Then {
    match message {
        Message::TitlePressed => session.title_pressed = Some(Instant::now()),
        Message::TitleReleased => session.title_pressed = None,
        Message::Digit(d) => {
            if let Some(pad) = &mut session.pin_pad
                && !pad.checking
                && d.is_ascii_digit()
                && pad.digits.len() < pad.max_digits()
            {
                pad.digits.push(d);
                pad.problem = None;
            }
        }
        Message::Backspace => {
            if let Some(pad) = &mut session.pin_pad {
                pad.digits.pop();
            }
        }
        Message::Submit => {
            if let Some(pad) = &mut session.pin_pad
                && !pad.checking
                && !pad.digits.is_empty()
            {
                let typed = std::mem::take(&mut pad.digits);
                match pad.number {
                    None => {
                        pad.number = typed.parse().ok();
                        pad.problem = None;
                    }
                    Some(number) => {
                        pad.checking = true;
                        return Then::Run(Effect::SignIn { number, pin: typed });
                    }
                }
            }
        }
        Message::ChangeNumber => {
            if let Some(pad) = &mut session.pin_pad
                && !pad.checking
            {
                *pad = PinPad::default();
            }
        }
        Message::Cancel => session.pin_pad = None,
        Message::StartAssisted => {
            if let Some(staff) = &session.staff
                && staff.role.can_assist()
                && !session.assisted
            {
                session.staff_problem = None;
                // Assisted only once the audit line is written.
                return Then::Run(Effect::StartAssisted {
                    staff: staff.clone(),
                });
            }
        }
        Message::SignOut => {
            let wipe = session.assisted;
            let audit = sign_out(session, "signed out");
            return Then::SignedOut { audit, wipe };
        }
        Message::OpenHub => return Then::OpenHub,
    }
    Then::Nothing
}

/// The PIN was checked.
pub fn signed_in(session: &mut Session, outcome: SignIn) {
    let locale = session.locale.clone();
    let Some(pad) = &mut session.pin_pad else {
        return;
    };
    pad.checking = false;
    match outcome {
        SignIn::Welcome(staff) => {
            session.pin_pad = None;
            session.staff = Some(staff);
        }
        SignIn::Wrong { left: Some(left) } => {
            pad.problem = Some(crate::i18n::t_args(
                &locale,
                "staff-wrong-left",
                &[("left", left.into())],
            ));
        }
        SignIn::Wrong { left: None } => {
            pad.problem = Some(crate::i18n::t(&locale, "staff-wrong"));
        }
        SignIn::Locked(until) => {
            let local = until.with_timezone(&chrono::Local);
            pad.problem = Some(crate::i18n::t_args(
                &locale,
                "staff-account-locked",
                &[("time", local.format("%H:%M").to_string().into())],
            ));
        }
        SignIn::Unavailable(why) => {
            tracing::warn!("staff sign-in failed: {why}");
            pad.problem = Some(crate::i18n::t(&locale, "staff-unavailable"));
        }
    }
}

/// The staff bar under the header while staff are signed in.
pub fn bar(ctx: &Ctx<'_, Message>, session: &Session) -> Option<El<Message>> {
    let staff = session.staff.as_ref()?;
    let p = ctx.palette;
    let words = if session.assisted {
        ctx.ta("staff-assisting", &[("name", staff.name.clone().into())])
    } else {
        ctx.ta("staff-signed-in", &[("name", staff.name.clone().into())])
    };
    let mut parts: Vec<El<Message>> = vec![ctx.fill_text(ctx.body(words).font(ui::BOLD))];
    if let Some(problem) = &session.staff_problem {
        parts.push(ctx.fill_text(ctx.body(problem.clone())));
    }
    if staff.role.can_assist() && !session.assisted {
        parts.push(ctx.button(
            ctx.t("staff-assist"),
            Message::StartAssisted,
            Kind::Secondary,
        ));
    }
    if session.may_see_hub() && !session.assisted {
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

/// The PIN pad's content, for the dialog frame.
pub fn pad(ctx: &Ctx<'_, Message>, session: &Session) -> Vec<El<Message>> {
    let pad = session.pin_pad.clone().unwrap_or_default();
    let keypad = keypad(ctx);
    let side = pad_side(ctx, &pad);
    vec![
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
    ]
}

/// The digit keys, 0 and Delete.
fn keypad(ctx: &Ctx<'_, Message>) -> Vec<El<Message>> {
    let key = |d: char| ctx.button(d.to_string(), Message::Digit(d), Kind::Key);
    let width = iced::Length::Fixed(ctx.key_px(300.0));
    let mut keypad: Vec<El<Message>> = ["123", "456", "789"]
        .iter()
        .map(|r| {
            iced::widget::row(r.chars().map(key).collect::<Vec<_>>())
                .spacing(ctx.key_px(8.0))
                .width(width)
                .into()
        })
        .collect();
    // 0 under 8, as on a telephone; Delete on its own row, as wide as the
    // pad, so its word fits in every language.
    let gap = || iced::widget::Space::new().width(iced::Length::Fill);
    keypad.push(
        iced::widget::row![gap(), key('0'), gap()]
            .spacing(ctx.key_px(8.0))
            .width(width)
            .into(),
    );
    keypad.push(
        iced::widget::row![ctx.button(ctx.t("key-delete"), Message::Backspace, Kind::Key)]
            .width(width)
            .into(),
    );
    keypad
}

/// Beside the keys: what to type, the dots typed, any problem, and the
/// buttons.
fn pad_side(ctx: &Ctx<'_, Message>, pad: &PinPad) -> Vec<El<Message>> {
    let mut side: Vec<El<Message>> = Vec::new();
    let typed = match pad.number {
        None => {
            side.push(ctx.body(ctx.t("staff-number-hint")).into());
            pad.digits.clone()
        }
        Some(number) => {
            side.push(
                ctx.body(ctx.ta(
                    "staff-number-shown",
                    &[("number", number.to_string().into())],
                ))
                .font(ui::BOLD)
                .into(),
            );
            side.push(ctx.body(ctx.t("staff-pin-hint")).into());
            // Dots only: the PIN is never shown or spoken.
            "●".repeat(pad.digits.len())
        }
    };
    // A box for the digits, so an empty pad shows where they will go.
    let p = ctx.palette;
    side.push(
        iced::widget::container(text(typed + " ").size(ctx.key_px(40.0)).font(ui::BOLD))
            .padding([ctx.key_px(4.0), ctx.key_px(16.0)])
            .width(ctx.key_px(260.0))
            .style(ui::boxed(p, p.text, p.background))
            .into(),
    );
    if let Some(problem) = &pad.problem {
        side.push(error_box(ctx, problem));
    }
    if pad.checking {
        side.push(ctx.body(ctx.t("staff-checking")).into());
    }
    if pad.number.is_some() {
        side.push(ctx.button(ctx.t("staff-sign-in"), Message::Submit, Kind::Primary));
        side.push(ctx.button(
            ctx.t("staff-change-number"),
            Message::ChangeNumber,
            Kind::Secondary,
        ));
    } else {
        side.push(ctx.button(ctx.t("staff-next"), Message::Submit, Kind::Primary));
    }
    side.push(ctx.button(ctx.t("staff-cancel"), Message::Cancel, Kind::Secondary));
    side
}
