//! What the till answered for the payment pages: the methods offered, a
//! payment started or refused, and a payment's progress as it is followed.

use super::*;

impl State {
    /// Payment work finished.
    pub fn outcome(&mut self, outcome: Outcome) -> Action {
        let Outcome::Pay(paid) = outcome else {
            return Action::None;
        };
        match paid {
            Paid::Methods { item, methods } => {
                if self.step == Step::How && self.item.as_deref() == Some(item.as_str()) {
                    if let Err(why) = &methods {
                        tracing::warn!("ways to pay could not be checked: {why}");
                    }
                    self.methods = Some(methods);
                }
                Action::None
            }
            Paid::Started { method, started } if self.step == Step::Starting => {
                self.started(method, started)
            }
            Paid::Started { .. } => Action::None,
            Paid::Progress {
                payment_id,
                progress,
            } => match &mut self.paying {
                Some(p) if p.payment_id == payment_id => {
                    p.asking = false;
                    match progress {
                        Ok(progress) => self.follow(progress),
                        Err(why) => {
                            // Keep asking: the payment is in the store, and
                            // the worker settles it if the resident leaves.
                            tracing::warn!("payment {payment_id} could not be followed: {why}");
                            Action::None
                        }
                    }
                }
                _ => Action::None,
            },
            Paid::ReceiptPrinted {
                payment_id,
                printed,
            } => {
                if self
                    .paying
                    .as_ref()
                    .is_some_and(|p| p.payment_id == payment_id)
                {
                    self.printing = false;
                    self.printed = Some(printed);
                }
                Action::None
            }
            Paid::SlipPrinted(printed) => {
                if self.step == Step::Cash {
                    self.printing = false;
                    self.printed = Some(printed);
                }
                Action::None
            }
        }
    }

    pub(super) fn started(
        &mut self,
        method: Method,
        started: Result<Started, std::sync::Arc<TillError>>,
    ) -> Action {
        let pin_needed = self.order.as_ref().is_some_and(Order::pin_needed);
        match started {
            Ok(Started::Phone(s)) => {
                self.paying = Some(Paying::on_phone(&s));
                self.step = Step::Paying;
            }
            Ok(Started::Card(c)) => {
                self.paying = Some(Paying::on_reader(&c));
                self.step = Step::Paying;
            }
            Err(e) => match &*e {
                // The answer was lost: nothing is shown as paid until the
                // payment service says so, and the resident is told not to
                // pay again.
                TillError::Checking(id) => {
                    let amount = self.order.as_ref().map_or(0, |o| o.amount_pence);
                    self.paying = Some(Paying::checking(id.clone(), method, amount, pin_needed));
                    self.step = Step::Paying;
                }
                other => {
                    tracing::warn!("a payment did not start: {other}");
                    self.notice = Some("pay-start-failed");
                    return self.how();
                }
            },
        }
        Action::None
    }

    /// Where the payment is now: the code is hidden once the resident has
    /// opened the payment page, and never shown again; an ended payment
    /// shows its result, and a paid one prints its receipt.
    pub(super) fn follow(&mut self, progress: Progress) -> Action {
        let Some(p) = &mut self.paying else {
            return Action::None;
        };
        p.progress = progress;
        if progress != (Progress::OnPhone { opened: false }) {
            p.qr = None;
        }
        if !progress.is_final() {
            return Action::None;
        }
        p.stopping = false;
        self.step = Step::Done;
        match progress {
            Progress::Paid { .. } => {
                self.printing = true;
                self.printed = None;
                Action::Run(Effect::Pay(Pay::PrintReceipt {
                    payment_id: p.payment_id.clone(),
                }))
            }
            Progress::Declined => {
                self.declines = self.declines.saturating_add(1);
                Action::None
            }
            _ => Action::None,
        }
    }
}
