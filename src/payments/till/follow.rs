//! Following a payment to its end: asking the provider about one the
//! resident is paying now, capturing an approved card, recording what the
//! provider says, and settling one whose answer was lost.

use super::order::Progress;
use super::{DECLINED, Till, TillError};
use crate::outbox::payments::{Payment, PaymentState, PaymentUpdate};
use crate::payments::item::Method;
use crate::payments::provider::{ActionState, CallError, Cancel, Provider, Remote, RemoteState};
use std::sync::Arc;

impl Till {
    /// Follows a payment the resident is paying now.
    pub(super) async fn follow(&self, p: &Payment) -> Result<Progress, TillError> {
        let Some(provider) = self.provider(p).cloned() else {
            return Ok(Progress::of(p));
        };
        let Some(pid) = p.provider_id.clone() else {
            return Ok(Progress::of(p));
        };
        if p.method == Method::Phone {
            return match provider.get(&pid).await {
                Ok(remote) => self.record_remote(p, &remote, false).await,
                Err(_) => {
                    // Keep showing the code; the resident may be paying on
                    // their own connection.
                    self.touch(p)?;
                    Ok(Progress::of(p))
                }
            };
        }
        if p.authorised_at.is_some() {
            return self.capture(p, &provider, &pid).await;
        }
        let deadline = chrono::Duration::from_std(self.settings.reader_deadline)
            .unwrap_or(chrono::Duration::minutes(2));
        let late = self.now() - p.created_at > deadline;
        match provider.reader_action().await {
            Ok(action) if action.provider_id.as_deref() == Some(pid.as_str()) => {
                match action.state {
                    ActionState::InProgress | ActionState::Idle if late => {
                        self.give_up(p, "the card reader timed out").await
                    }
                    ActionState::InProgress | ActionState::Idle => {
                        self.touch(p)?;
                        Ok(Progress::OnReader)
                    }
                    ActionState::Succeeded => self.authorised(p, &provider, &pid).await,
                    ActionState::Failed { code, message } => {
                        self.reader_failed(p, &provider, &pid, &code, &message)
                            .await
                    }
                }
            }
            Ok(_) => {
                // The reader is not on this payment: ask the payment itself.
                match provider.get(&pid).await {
                    Ok(remote) if remote.state == RemoteState::Authorised => {
                        self.authorised(p, &provider, &pid).await
                    }
                    Ok(remote) if matches!(remote.state, RemoteState::Open { .. }) => {
                        self.give_up(p, "the card reader stopped waiting for the card")
                            .await
                    }
                    Ok(remote) => self.record_remote(p, &remote, false).await,
                    Err(_) if late => self.give_up(p, "the card reader did not answer").await,
                    Err(_) => Ok(Progress::OnReader),
                }
            }
            Err(_) if late => self.give_up(p, "the card reader did not answer").await,
            Err(_) => Ok(Progress::OnReader),
        }
    }

    /// The reader declined the card or the resident cancelled on it:
    /// record which, and cancel the intent so it cannot be used again.
    async fn reader_failed(
        &self,
        p: &Payment,
        provider: &Arc<dyn Provider>,
        pid: &str,
        code: &str,
        message: &str,
    ) -> Result<Progress, TillError> {
        let outcome = if code.contains("cancel") {
            format!("cancelled on the reader: {code} {message}")
        } else {
            format!("{DECLINED}: {code} {message}")
        };
        let state = if code.contains("cancel") {
            PaymentState::Cancelled
        } else {
            PaymentState::Failed
        };
        // The intent holds nothing after a decline; cancel it
        // so it cannot be used again.
        let _ = provider.cancel(pid).await;
        self.update(
            p.payment_id.as_str(),
            &[PaymentState::AwaitingResident],
            PaymentUpdate {
                state: Some(state),
                outcome: Some(&outcome),
                ..Default::default()
            },
        )?;
        Ok(Progress::of(&self.payment(p.payment_id.as_str())?))
    }

    fn touch(&self, p: &Payment) -> Result<(), TillError> {
        self.update(
            p.payment_id.as_str(),
            &[PaymentState::AwaitingResident],
            PaymentUpdate::default(),
        )?;
        Ok(())
    }

    /// Stops an in-session payment and settles it.
    async fn give_up(&self, p: &Payment, why: &str) -> Result<Progress, TillError> {
        self.update(
            p.payment_id.as_str(),
            &[PaymentState::AwaitingResident],
            PaymentUpdate {
                state: Some(PaymentState::Unknown),
                outcome: Some(why),
                ..Default::default()
            },
        )?;
        self.settle(p.payment_id.as_str()).await
    }

    /// The reader approved the card: record the approval (with what the
    /// receipt shows about the card), then capture.
    async fn authorised(
        &self,
        p: &Payment,
        provider: &Arc<dyn Provider>,
        pid: &str,
    ) -> Result<Progress, TillError> {
        let remote = match provider.get(pid).await {
            Ok(r) => r,
            Err(_) => return Ok(Progress::OnReader),
        };
        if remote.state != RemoteState::Authorised {
            return self.record_remote(p, &remote, false).await;
        }
        if remote.amount_pence != p.amount_pence {
            return self
                .give_up(p, "the amount held on the card differs from the order")
                .await;
        }
        let recorded = self.update(
            p.payment_id.as_str(),
            &[PaymentState::AwaitingResident],
            PaymentUpdate {
                step: Some("capture"),
                provider_status: Some(&remote.status),
                authorised: true,
                card: remote.card.as_ref(),
                ..Default::default()
            },
        )?;
        if !recorded {
            // Someone else moved it (the resident left): settle decides.
            return self.settle(p.payment_id.as_str()).await;
        }
        let p = self.payment(p.payment_id.as_str())?;
        self.capture(&p, provider, pid).await
    }

    /// Captures an approval recorded in the store.
    async fn capture(
        &self,
        p: &Payment,
        provider: &Arc<dyn Provider>,
        pid: &str,
    ) -> Result<Progress, TillError> {
        let key = format!("{}:capture", p.idempotency_key);
        match provider.capture(pid, &key).await {
            Ok(remote) if remote.state == RemoteState::Succeeded => {
                self.record_remote(p, &remote, false).await
            }
            Ok(_) | Err(_) => {
                // Not captured, or unknown whether: only asking can tell.
                self.update(
                    p.payment_id.as_str(),
                    &[PaymentState::AwaitingResident, PaymentState::Unknown],
                    PaymentUpdate {
                        state: Some(PaymentState::Unknown),
                        outcome: Some("the capture's answer was not clear"),
                        ..Default::default()
                    },
                )?;
                Ok(Progress::Checking)
            }
        }
    }

    /// Records what the provider says about a payment. With `finish`, a
    /// payment still open is cancelled, and an approval not recorded here
    /// is voided.
    async fn record_remote(
        &self,
        p: &Payment,
        remote: &Remote,
        finish: bool,
    ) -> Result<Progress, TillError> {
        let end = |state: PaymentState, outcome: String| {
            self.update(
                p.payment_id.as_str(),
                &PaymentState::OPEN,
                PaymentUpdate {
                    state: Some(state),
                    provider_id: Some(&remote.provider_id),
                    provider_status: Some(&remote.status),
                    outcome: Some(&outcome),
                    ..Default::default()
                },
            )
        };
        let reason = remote.reason.clone().unwrap_or_default();
        // "cancelled: requested_by_customer", or plain "cancelled" when the
        // provider gave no reason (never a dangling colon).
        let with_reason = |what: &str| {
            if reason.trim().is_empty() {
                what.to_string()
            } else {
                format!("{what}: {reason}")
            }
        };
        match remote.state {
            RemoteState::Succeeded => self.record_paid(p, remote)?,
            RemoteState::Declined => {
                end(PaymentState::Failed, with_reason(DECLINED))?;
            }
            RemoteState::Cancelled => {
                end(PaymentState::Cancelled, with_reason("cancelled"))?;
            }
            RemoteState::Failed => {
                end(PaymentState::Failed, with_reason("failed"))?;
            }
            RemoteState::Open { .. } | RemoteState::Authorised if !finish => {
                self.update(
                    p.payment_id.as_str(),
                    &[PaymentState::AwaitingResident],
                    PaymentUpdate {
                        provider_status: Some(&remote.status),
                        ..Default::default()
                    },
                )?;
            }
            RemoteState::Authorised if p.authorised_at.is_some() => {
                let Some(provider) = self.provider(p).cloned() else {
                    return Ok(Progress::Checking);
                };
                return Box::pin(self.capture(p, &provider, &remote.provider_id)).await;
            }
            RemoteState::Open { .. } | RemoteState::Authorised => {
                return self.finish_open(p, remote).await;
            }
        }
        Ok(Progress::of(&self.payment(p.payment_id.as_str())?))
    }

    /// The provider took the payment: record it with the card, flagging an
    /// amount that differs from the one asked.
    fn record_paid(&self, p: &Payment, remote: &Remote) -> Result<(), TillError> {
        let outcome = (remote.amount_pence != p.amount_pence)
            .then_some("the amount taken differs from the amount asked: finance must check");
        self.update(
            p.payment_id.as_str(),
            &PaymentState::OPEN,
            PaymentUpdate {
                state: Some(PaymentState::Succeeded),
                provider_id: Some(&remote.provider_id),
                provider_status: Some(&remote.status),
                paid_pence: Some(remote.amount_pence),
                card: remote.card.as_ref(),
                outcome,
                ..Default::default()
            },
        )?;
        Ok(())
    }

    /// A payment still open or approved but not recorded here, when it must
    /// end: stops the reader if it is on it, then cancels; what cannot be
    /// cancelled is left unknown for the next settle.
    async fn finish_open(&self, p: &Payment, remote: &Remote) -> Result<Progress, TillError> {
        let Some(provider) = self.provider(p).cloned() else {
            return Ok(Progress::Checking);
        };
        if p.method == Method::Card
            && let Ok(a) = provider.reader_action().await
            && a.provider_id.as_deref() == Some(remote.provider_id.as_str())
            && a.state == ActionState::InProgress
        {
            let _ = provider.cancel_reader_action().await;
        }
        match provider.cancel(&remote.provider_id).await {
            Ok(Cancel::Done) => {
                let why = p
                    .outcome
                    .clone()
                    .unwrap_or_else(|| "cancelled by the kiosk".into());
                self.update(
                    p.payment_id.as_str(),
                    &PaymentState::OPEN,
                    PaymentUpdate {
                        state: Some(PaymentState::Cancelled),
                        provider_id: Some(&remote.provider_id),
                        provider_status: Some(&remote.status),
                        outcome: Some(&why),
                        ..Default::default()
                    },
                )?;
            }
            Ok(Cancel::TooLate) | Err(_) => {
                self.update(
                    p.payment_id.as_str(),
                    &PaymentState::OPEN,
                    PaymentUpdate {
                        state: Some(PaymentState::Unknown),
                        provider_id: Some(&remote.provider_id),
                        provider_status: Some(&remote.status),
                        ..Default::default()
                    },
                )?;
            }
        }
        Ok(Progress::of(&self.payment(p.payment_id.as_str())?))
    }

    /// Settles a payment that is not being followed by a screen: asks the
    /// provider what happened (by id, or by reference when the create's
    /// answer was lost), records it, and cancels what is not finished. Never
    /// creates or retries a payment. [`Progress::Checking`] when the
    /// provider cannot answer yet.
    pub async fn settle(&self, payment_id: &str) -> Result<Progress, TillError> {
        let p = self.payment(payment_id)?;
        if p.state.is_settled() {
            return Ok(Progress::of(&p));
        }
        let Some(provider) = self.provider(&p).cloned() else {
            self.update(
                payment_id,
                &[PaymentState::Created, PaymentState::AwaitingResident, PaymentState::Unknown],
                PaymentUpdate {
                    state: Some(PaymentState::Unknown),
                    outcome: Some("its payment service is no longer set up on this terminal: check it with the provider"),
                    ..Default::default()
                },
            )?;
            return Ok(Progress::Checking);
        };
        let remote = match &p.provider_id {
            Some(pid) => match provider.get(pid).await {
                Ok(r) => r,
                Err(CallError::NotFound) => {
                    self.update(
                        payment_id,
                        &PaymentState::OPEN,
                        PaymentUpdate {
                            state: Some(PaymentState::Failed),
                            outcome: Some(
                                "the payment service does not know it: nothing was taken",
                            ),
                            ..Default::default()
                        },
                    )?;
                    return Ok(Progress::Failed);
                }
                Err(_) => return Ok(Progress::Checking),
            },
            None => match self.find_lost(&provider, payment_id).await? {
                Ok(remote) => remote,
                Err(progress) => return Ok(progress),
            },
        };
        let p = self.payment(payment_id)?;
        self.record_remote(&p, &remote, true).await
    }

    /// Finds a payment whose create's answer was lost, by its reference:
    /// the one to record (a taken one first), after cancelling any other
    /// still open; or the progress to show when there is none or the
    /// provider cannot answer.
    async fn find_lost(
        &self,
        provider: &Arc<dyn Provider>,
        payment_id: &str,
    ) -> Result<Result<Remote, Progress>, TillError> {
        match provider.find_by_reference(payment_id).await {
            Ok(found) => {
                let pick = found
                    .iter()
                    .find(|r| r.state == RemoteState::Succeeded)
                    .or_else(|| found.iter().find(|r| r.state == RemoteState::Authorised))
                    .or_else(|| found.first())
                    .cloned();
                let Some(pick) = pick else {
                    // Never created: no one holds a way to pay it.
                    self.update(
                        payment_id,
                        &[PaymentState::Created, PaymentState::Unknown],
                        PaymentUpdate {
                            state: Some(PaymentState::Failed),
                            outcome: Some(
                                "never created at the payment service: nothing was taken",
                            ),
                            ..Default::default()
                        },
                    )?;
                    return Ok(Err(Progress::Failed));
                };
                // Only one can exist (one idempotency key), but cancel
                // any other still open all the same.
                for other in found.iter().filter(|r| r.provider_id != pick.provider_id) {
                    if matches!(other.state, RemoteState::Open { .. }) {
                        let _ = provider.cancel(&other.provider_id).await;
                    }
                }
                self.update(
                    payment_id,
                    &PaymentState::OPEN,
                    PaymentUpdate {
                        provider_id: Some(&pick.provider_id),
                        ..Default::default()
                    },
                )?;
                Ok(Ok(pick))
            }
            Err(_) => Ok(Err(Progress::Checking)),
        }
    }
}
