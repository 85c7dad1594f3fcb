//! A payment under way and how it ended, as drawn: the QR code for the
//! phone (until the resident opens the payment page), the card reader's
//! instructions, "checking — do not pay again" when an answer was lost,
//! the result with its receipt, and the cash slip's page.

use super::{DECLINES_ALLOWED, Message, State, Step};
use crate::app::screen::{Env, Nav, Page};
use crate::app::widgets::{El, error_box, inset, labelled};
use crate::payments::{CardStarted, Method, PhoneStarted, Progress, format_pounds};
use crate::ui::{self, Ctx, Kind};
use iced::widget::{column, container, text};
use iced::{Alignment, Length};

/// A payment the page follows.
#[derive(Debug, Clone)]
pub struct Paying {
    /// The kiosk's payment number.
    pub payment_id: crate::reference::Reference,
    /// On the phone or the reader.
    pub method: Method,
    /// The amount the payment service will ask for (or took).
    pub amount_pence: u64,
    /// The card will need its PIN.
    pub pin_needed: bool,
    /// The QR code of the payment page, until it is opened. Only the
    /// code's modules are kept: the address itself is not.
    pub qr: Option<ui::qr::Code>,
    /// Where it is.
    pub progress: Progress,
    /// A question about it is under way.
    pub asking: bool,
    /// The resident asked to stop it.
    pub stopping: bool,
}

impl Paying {
    /// Paying on the phone: the QR code shows.
    pub fn on_phone(s: &PhoneStarted) -> Paying {
        Paying {
            payment_id: s.payment_id.clone(),
            method: Method::Phone,
            amount_pence: s.amount_pence,
            pin_needed: false,
            qr: ui::qr::Code::new(s.next_url.expose_for_qr()),
            progress: Progress::OnPhone { opened: false },
            asking: false,
            stopping: false,
        }
    }

    /// Paying on the reader.
    pub fn on_reader(c: &CardStarted) -> Paying {
        Paying {
            payment_id: c.payment_id.clone(),
            method: Method::Card,
            amount_pence: c.amount_pence,
            pin_needed: c.pin_needed,
            qr: None,
            progress: Progress::OnReader,
            asking: false,
            stopping: false,
        }
    }

    /// The answer was lost as it started: the kiosk asks the payment
    /// service what happened.
    pub fn checking(
        payment_id: crate::reference::Reference,
        method: Method,
        amount_pence: u64,
        pin: bool,
    ) -> Paying {
        Paying {
            payment_id,
            method,
            amount_pence,
            pin_needed: pin,
            qr: None,
            progress: Progress::Checking,
            asking: false,
            stopping: false,
        }
    }
}

/// Draws a payment under way, its result, or the cash slip's page, after
/// the item's name already in `body`.
pub fn page(
    s: &State,
    ctx: &Ctx<'_, Message>,
    env: &Env,
    mut body: Vec<El<Message>>,
) -> Page<Message> {
    match (s.step, &s.paying) {
        (Step::Cash, _) => {
            cash(s, ctx, env, &mut body);
            Page::new(body, Nav::BOTH)
        }
        (Step::Done, Some(p)) => {
            done(s, p, ctx, env, &mut body);
            Page::new(body, Nav::NONE)
        }
        (_, Some(p)) => {
            under_way(p, ctx, &mut body);
            Page::new(body, Nav::NONE)
        }
        (_, None) => Page::new(body, Nav::BOTH),
    }
}

fn under_way(p: &Paying, ctx: &Ctx<'_, Message>, body: &mut Vec<El<Message>>) {
    let heading = match p.method {
        Method::Card => "pay-card-heading",
        _ => "pay-phone-heading",
    };
    body.push(ctx.heading(ctx.t(heading)).into());
    body.push(amount_line(ctx, p.amount_pence));
    let words = ctx.t(p.progress.message_id());
    if p.progress == Progress::Checking {
        ctx.alert(words.clone());
        body.push(
            container(ctx.body(words).font(ui::BOLD))
                .padding(ctx.px(20.0))
                .width(Length::Fill)
                .style(ui::boxed(
                    ctx.palette,
                    ctx.palette.error,
                    ctx.palette.background,
                ))
                .into(),
        );
    } else {
        ctx.speak(words.clone());
        body.push(ctx.body(words).size(ctx.px(26.0)).into());
    }
    if let Some(code) = &p.qr {
        body.push(
            container(code.view(ctx.px(6.0)))
                .width(Length::Fill)
                .center_x(Length::Fill)
                .into(),
        );
    }
    if p.method == Method::Card && p.pin_needed {
        body.push(inset(ctx, ctx.body(ctx.t("pay-pin-needed")).into()));
    }
    if p.stopping {
        body.push(ctx.body(ctx.t("pay-stopping")).into());
    } else {
        body.push(ctx.button(ctx.t("pay-stop"), Message::Stop, Kind::Secondary));
    }
}

/// What the printer did with the receipt or slip, and Print again.
fn printer_status(s: &State, ctx: &Ctx<'_, Message>, env: &Env, body: &mut Vec<El<Message>>) {
    let words = match &s.printed {
        None if s.printing => ctx.t("printer-printing"),
        None => return,
        // A cash slip is not a receipt: it says so when it has printed.
        Some(outcome) if outcome.printed() && s.step == Step::Cash => {
            ctx.t("pay-cash-slip-printed")
        }
        Some(outcome) => ctx.t(outcome.message_id()),
    };
    let problem = s.printed.as_ref().is_some_and(|o| !o.printed());
    if problem {
        body.push(error_box(ctx, &words));
    } else {
        body.push(ctx.body(words).into());
    }
    if env.config.printer.kind != crate::config::PrinterKind::None && !s.printing {
        body.push(ctx.button(ctx.t("print-again"), Message::PrintAgain, Kind::Secondary));
    }
}

fn done(s: &State, p: &Paying, ctx: &Ctx<'_, Message>, env: &Env, body: &mut Vec<El<Message>>) {
    let pal = ctx.palette;
    if let Progress::Paid { amount_pence } = p.progress {
        let panel = container(
            column![
                ctx.heading(ctx.t("pay-progress-paid")).size(ctx.px(56.0)),
                text(format_pounds(amount_pence))
                    .size(ctx.px(44.0))
                    .font(ui::BOLD)
                    .shaping(text::Shaping::Advanced),
            ]
            .spacing(ctx.px(8.0))
            .align_x(Alignment::Center),
        )
        .padding(ctx.px(24.0))
        .width(Length::Fill)
        .center_x(Length::Fill)
        .style(ui::panel(pal.primary, pal.on_primary));
        ctx.speak(format_pounds(amount_pence));
        body.push(panel.into());
        // The receipt and Print again (the first control) straight under
        // the panel, so the focus starts on it with "Paid" still in view.
        printer_status(s, ctx, env, body);
        if let Some(order) = &s.order {
            body.push(labelled(
                ctx,
                ctx.t("pay-row-reference"),
                order.council_reference.clone(),
            ));
        }
        body.push(labelled(
            ctx,
            ctx.t("pay-row-payment-number"),
            p.payment_id.grouped(),
        ));
        body.push(ctx.body(ctx.t("pay-receipt-keep")).into());
        body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary));
        return;
    }
    body.push(ctx.heading(ctx.t("pay-not-paid-heading")).into());
    body.push(error_box(ctx, &ctx.t(p.progress.message_id())));
    if s.declines >= DECLINES_ALLOWED {
        declined_twice(ctx, body);
    }
    body.push(ctx.button(ctx.t("pay-other-way"), Message::OtherWay, Kind::Primary));
    body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Secondary));
}

fn cash(s: &State, ctx: &Ctx<'_, Message>, env: &Env, body: &mut Vec<El<Message>>) {
    body.push(ctx.heading(ctx.t("pay-cash-heading")).into());
    let Some(order) = &s.order else {
        return;
    };
    body.push(amount_line(ctx, order.amount_pence));
    body.push(labelled(
        ctx,
        ctx.t("pay-cash-reference"),
        order.council_reference.clone(),
    ));
    // The slip and Print again before the directions, so the focus starts
    // near the top of the page.
    printer_status(s, ctx, env, body);
    body.push(inset(ctx, ctx.body(ctx.t("pay-cash-not-paid")).into()));
    body.push(ctx.subheading(ctx.t("pay-cash-where-heading")).into());
    body.push(ctx.body(ctx.t("pay-cash-where")).into());
    body.push(ctx.subheading(ctx.t("pay-cash-how-heading")).into());
    body.push(ctx.body(ctx.t("pay-cash-how")).into());
    body.push(ctx.button(ctx.t("finish"), Message::Finish, Kind::Primary));
}

/// "Amount to pay: £9.00", large.
pub fn amount_line<M: Clone + 'static>(ctx: &Ctx<'_, M>, pence: u64) -> El<M> {
    ctx.subheading(ctx.ta(
        "pay-amount-to-pay",
        &[("amount", format_pounds(pence).into())],
    ))
    .size(ctx.px(34.0))
    .into()
}

/// The declined-twice note and the button that calls staff.
pub fn declined_twice(ctx: &Ctx<'_, Message>, body: &mut Vec<El<Message>>) {
    body.push(inset(ctx, ctx.body(ctx.t("pay-declined-twice")).into()));
    body.push(ctx.button(ctx.t("help-button"), Message::Help, Kind::Secondary));
}
