//! The payment pages' work: asking which ways to pay answer now, starting
//! a payment on the resident's phone or the card reader, following it,
//! stopping it when the resident leaves, and printing its receipt or a cash
//! slip. Every call goes through the [`Till`](crate::payments::Till), which
//! writes each payment to the store before any call to a provider; store
//! and printer work runs on the blocking pool.

use super::{Context, Outcome};
use crate::payments::{
    CardStarted, Method, Methods, Order, PhoneStarted, Progress, Till, TillError,
};
use std::sync::Arc;

/// Payment work a screen asks for.
#[derive(Debug, Clone)]
pub enum Pay {
    /// Which ways to pay for an item answer now (each provider's health
    /// check, a few seconds at most).
    Methods {
        /// The item's code.
        item: String,
    },
    /// Start paying on the resident's phone through GOV.UK Pay.
    OnPhone {
        /// What is paid, checked.
        order: Box<Order>,
    },
    /// Start paying on the card reader.
    ByCard {
        /// What is paid, checked.
        order: Box<Order>,
    },
    /// Ask where a payment under way is now.
    Poll {
        /// The kiosk's payment number.
        payment_id: crate::reference::Reference,
    },
    /// The resident stopped the payment or left: cancel what can be
    /// cancelled, settle the rest.
    WalkAway {
        /// The kiosk's payment number.
        payment_id: crate::reference::Reference,
    },
    /// Print the receipt of a paid payment, then record it printed (which
    /// also hands the payment to the back office).
    PrintReceipt {
        /// The kiosk's payment number.
        payment_id: crate::reference::Reference,
    },
    /// Print the slip for paying with cash at a Post Office or PayPoint.
    PrintCashSlip {
        /// What is to be paid.
        order: Box<Order>,
    },
}

/// A payment that started.
#[derive(Debug, Clone)]
pub enum Started {
    /// On the phone: the QR code's address is inside, never shown else.
    Phone(PhoneStarted),
    /// On the reader.
    Card(CardStarted),
}

/// What came of payment work.
#[derive(Debug, Clone)]
pub enum Paid {
    /// Which ways to pay answer now, for this item (or why the till
    /// could not say).
    Methods {
        /// The item's code.
        item: String,
        /// The ways that answered.
        methods: Result<Methods, Arc<TillError>>,
    },
    /// A payment started, or why it did not.
    Started {
        /// The way chosen.
        method: Method,
        /// The payment, or what stopped it.
        started: Result<Started, Arc<TillError>>,
    },
    /// Where a payment is now (after a poll or a walk-away).
    Progress {
        /// The kiosk's payment number.
        payment_id: crate::reference::Reference,
        /// Where it is, or why the till could not say.
        progress: Result<Progress, Arc<TillError>>,
    },
    /// A receipt was printed (or not) for a paid payment.
    ReceiptPrinted {
        /// The kiosk's payment number.
        payment_id: crate::reference::Reference,
        /// What the printer did.
        printed: crate::printer::Outcome,
    },
    /// The cash slip was printed (or not).
    SlipPrinted(crate::printer::Outcome),
}

fn off() -> Arc<TillError> {
    Arc::new(TillError::NotSetUp)
}

/// Carries out payment work.
pub async fn run(cx: Context, pay: Pay) -> Outcome {
    let Some(till) = cx.till.clone() else {
        return Outcome::Pay(not_set_up(pay));
    };
    Outcome::Pay(match pay {
        Pay::Methods { item } => Paid::Methods {
            methods: till.methods(&item).await.map_err(Arc::new),
            item,
        },
        Pay::OnPhone { order } => Paid::Started {
            method: Method::Phone,
            started: till
                .pay_on_phone(&order)
                .await
                .map(Started::Phone)
                .map_err(Arc::new),
        },
        Pay::ByCard { order } => Paid::Started {
            method: Method::Card,
            started: till
                .pay_by_card(&order)
                .await
                .map(Started::Card)
                .map_err(Arc::new),
        },
        Pay::Poll { payment_id } => Paid::Progress {
            progress: till.poll(payment_id.as_str()).await.map_err(Arc::new),
            payment_id,
        },
        Pay::WalkAway { payment_id } => Paid::Progress {
            progress: till.walk_away(payment_id.as_str()).await.map_err(Arc::new),
            payment_id,
        },
        Pay::PrintReceipt { payment_id } => {
            let id = payment_id.clone();
            Paid::ReceiptPrinted {
                printed: on_blocking_pool(cx, move |cx| print_receipt(cx, &till, id.as_str()))
                    .await,
                payment_id,
            }
        }
        Pay::PrintCashSlip { order } => Paid::SlipPrinted(
            on_blocking_pool(cx, move |cx| {
                let slip = crate::payments::cash_slip(&cx.config, till.items(), &order);
                let name = format!("cash-{}", order.council_reference);
                super::print::print(cx, &slip, &name, None)
            })
            .await,
        ),
    })
}

/// Printing on the blocking pool; a print that stopped part way says so.
async fn on_blocking_pool(
    cx: Context,
    f: impl FnOnce(&Context) -> crate::printer::Outcome + Send + 'static,
) -> crate::printer::Outcome {
    tokio::task::spawn_blocking(move || f(&cx))
        .await
        .unwrap_or_else(|e| {
            crate::printer::Outcome::Failed(crate::printer::Problem::Stopped(format!(
                "the work stopped: {e}"
            )))
        })
}

/// The answer to payment work on a terminal without payments.
fn not_set_up(pay: Pay) -> Paid {
    match pay {
        Pay::Methods { item } => Paid::Methods {
            item,
            methods: Err(off()),
        },
        Pay::OnPhone { .. } => Paid::Started {
            method: Method::Phone,
            started: Err(Arc::new(TillError::NotOffered(Method::Phone))),
        },
        Pay::ByCard { .. } => Paid::Started {
            method: Method::Card,
            started: Err(Arc::new(TillError::NotOffered(Method::Card))),
        },
        Pay::Poll { payment_id } | Pay::WalkAway { payment_id } => Paid::Progress {
            payment_id,
            progress: Err(off()),
        },
        Pay::PrintReceipt { payment_id } => Paid::ReceiptPrinted {
            payment_id,
            printed: crate::printer::Outcome::Failed(crate::printer::Problem::Stopped(
                off().to_string(),
            )),
        },
        Pay::PrintCashSlip { .. } => Paid::SlipPrinted(crate::printer::Outcome::Failed(
            crate::printer::Problem::Stopped(off().to_string()),
        )),
    }
}

/// Prints a paid payment's receipt in the resident's language, then
/// records it printed and posts it; a receipt that did not print still
/// lets the payment be posted now (the worker would post it on its next
/// pass anyway). Blocks.
fn print_receipt(cx: &Context, till: &Till, payment_id: &str) -> crate::printer::Outcome {
    let payment = match till.payment(payment_id) {
        Ok(p) if p.state.is_paid() => p,
        Ok(_) => {
            return crate::printer::Outcome::Failed(crate::printer::Problem::Stopped(
                "the payment is not paid".into(),
            ));
        }
        Err(e) => {
            return crate::printer::Outcome::Failed(crate::printer::Problem::Stopped(
                e.to_string(),
            ));
        }
    };
    let receipt = crate::payments::receipt(&cx.config, till.items(), &payment);
    let outcome = super::print::print(cx, &receipt, payment_id, None);
    let recorded = if outcome.printed() {
        till.receipt_printed(payment_id)
    } else {
        till.post(payment_id).map(|_| ())
    };
    if let Err(e) = recorded {
        tracing::warn!(payment = %payment_id, error = %e, "a paid payment's receipt or posting was not recorded");
    }
    outcome
}
