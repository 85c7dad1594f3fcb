//! The till: what the payment screens and the background worker call. It
//! writes every payment to the store before any call to a provider, moves
//! it through its states with guarded updates, and settles any payment
//! whose answer was lost by asking the provider, never by trying again.
//!
//! A screen's life with one payment:
//!
//! 1. [`Till::methods`] for the item: which ways to pay answer now.
//! 2. [`Till::order`] checks the reference and amount.
//! 3. [`Till::pay_on_phone`] (QR code from [`PhoneStarted::next_url`]) or
//!    [`Till::pay_by_card`], or [`Till::cash_slip`].
//! 4. [`Till::poll`] every second or two until [`Progress::is_final`].
//! 5. On [`Progress::Paid`], print [`Till::receipt`] and call
//!    [`Till::receipt_printed`] (which also posts the payment to the back
//!    office).
//! 6. If the resident leaves or the session times out first:
//!    [`Till::walk_away`].
//!
//! The worker calls [`Till::recover`] once at start-up, then [`Till::pass`]
//! on every pass.

mod follow;
mod order;

pub use order::{
    CONTACTLESS_LIMIT_PENCE, CardStarted, Methods, Order, PhoneStarted, Progress, Settings,
};

use super::provider::{CallError, CreateRequest, Provider};
use super::{Amount, EntryError, Item, Items, Method};
use crate::outbox::payments::{NewPayment, Payment, PaymentState, PaymentUpdate};
use crate::outbox::{Outbox, StoreError};
use crate::reference::Reference;
use chrono::{DateTime, Utc};
use std::sync::{Arc, Mutex};

/// How a declined card's outcome starts, so a failure can say "declined".
const DECLINED: &str = "declined";

/// Why the till could not do what a screen asked.
#[derive(Debug, thiserror::Error)]
pub enum TillError {
    /// Payments are not set up on this terminal.
    #[error("payments are not set up on this terminal")]
    NotSetUp,
    /// No such item.
    #[error("no payable item with code {0}")]
    UnknownItem(String),
    /// The reference or amount is wrong; show the message at the field.
    #[error("{0}")]
    Entry(#[from] EntryError),
    /// This way of paying is not set up or the item does not allow it.
    #[error("paying by {} is not offered for this", .0.as_str())]
    NotOffered(Method),
    /// The provider could not start the payment and nothing was taken:
    /// offer another way (the cash slip) or staff.
    #[error("the payment could not start, and nothing was taken: {0}")]
    Unavailable(String),
    /// The answer was lost while starting: show [`Progress::Checking`] and
    /// poll this payment.
    #[error("checking payment {0} with the payment service")]
    Checking(Reference),
    /// The resident left before the payment started; it was cancelled.
    #[error("the payment was cancelled as the resident left")]
    Abandoned,
    /// No payment with this id on this terminal.
    #[error("no payment {0} on this terminal")]
    NoSuchPayment(String),
    /// The store refused.
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// What one worker pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PassReport {
    /// Unknown payments settled (paid, failed or cancelled).
    pub settled: usize,
    /// Unknown payments the provider could not answer about yet.
    pub still_unknown: usize,
    /// Paid payments handed to the outbox.
    pub posted: usize,
}

/// The till. Cheap to clone; every clone shares the store and providers.
#[derive(Clone)]
pub struct Till {
    store: Arc<Mutex<Outbox>>,
    items: Arc<Items>,
    phone: Option<Arc<dyn Provider>>,
    card: Option<Arc<dyn Provider>>,
    settings: Arc<Settings>,
}

impl std::fmt::Debug for Till {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Till")
            .field("phone", &self.phone)
            .field("card", &self.card)
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl Till {
    /// A till over `store` with these items and providers. `phone` is the
    /// online provider (GOV.UK Pay, or a council's own), `card` the reader's.
    pub fn new(
        store: Arc<Mutex<Outbox>>,
        items: Items,
        phone: Option<Arc<dyn Provider>>,
        card: Option<Arc<dyn Provider>>,
        settings: Settings,
    ) -> Till {
        Till {
            store,
            items: Arc::new(items),
            phone,
            card,
            settings: Arc::new(settings),
        }
    }

    /// The same till with every stamp at `at` (`None`: the system clock),
    /// as [`Settings::fixed_time`] says.
    pub fn with_fixed_time(mut self, at: Option<DateTime<Utc>>) -> Till {
        let mut settings = (*self.settings).clone();
        settings.fixed_time = at;
        self.settings = Arc::new(settings);
        self
    }

    /// The time now, on the till's clock.
    fn now(&self) -> DateTime<Utc> {
        self.settings.fixed_time.unwrap_or_else(Utc::now)
    }

    /// The payable items.
    pub fn items(&self) -> &Items {
        &self.items
    }

    /// The store, shared with the outbox worker.
    pub fn store(&self) -> &Arc<Mutex<Outbox>> {
        &self.store
    }

    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Outbox>, TillError> {
        self.store
            .lock()
            .map_err(|_| TillError::Store(StoreError::Damaged("the store lock is poisoned".into())))
    }

    fn item(&self, code: &str) -> Result<&Item, TillError> {
        self.items
            .get(code)
            .ok_or_else(|| TillError::UnknownItem(code.to_string()))
    }

    /// One stored payment.
    pub fn payment(&self, payment_id: &str) -> Result<Payment, TillError> {
        self.lock()?
            .payment(payment_id)?
            .ok_or_else(|| TillError::NoSuchPayment(payment_id.to_string()))
    }

    fn provider(&self, p: &Payment) -> Option<&Arc<dyn Provider>> {
        let provider = match p.method {
            Method::Phone => self.phone.as_ref(),
            Method::Card => self.card.as_ref(),
            Method::Cash => None,
        }?;
        (provider.name() == p.provider).then_some(provider)
    }

    fn update(
        &self,
        id: &str,
        expect: &[PaymentState],
        update: PaymentUpdate<'_>,
    ) -> Result<bool, TillError> {
        Ok(self
            .lock()?
            .update_payment(id, expect, &update, self.now())?)
    }

    /// Checks what the resident typed (or scanned) and chose, and prices
    /// it. Errors carry the message for the field.
    pub fn order(
        &self,
        item_code: &str,
        reference: &str,
        amount: Amount,
        locale: &str,
        assisted: bool,
    ) -> Result<Order, TillError> {
        let item = self.item(item_code)?;
        Ok(Order::new(item, reference, amount, locale, assisted)?)
    }

    /// Which ways to pay to offer for `item_code` now. Each provider gets a
    /// health check bounded by the health timeout, run side by side; one
    /// that does not answer is not offered. Offline, only cash is offered.
    pub async fn methods(&self, item_code: &str) -> Result<Methods, TillError> {
        let item = self.item(item_code)?;
        let timeout = self.settings.health_timeout;
        let check = |provider: Option<&Arc<dyn Provider>>, allowed: bool| {
            let provider = provider.filter(|_| allowed).cloned();
            async move {
                match provider {
                    Some(p) => {
                        matches!(tokio::time::timeout(timeout, p.health()).await, Ok(Ok(())))
                    }
                    None => false,
                }
            }
        };
        let (phone, card) = tokio::join!(
            check(self.phone.as_ref(), item.allows(Method::Phone)),
            check(self.card.as_ref(), item.allows(Method::Card)),
        );
        Ok(Methods {
            phone,
            card,
            cash: item.allows(Method::Cash),
        })
    }

    fn start(
        &self,
        order: &Order,
        method: Method,
    ) -> Result<(Arc<dyn Provider>, Payment, CreateRequest), TillError> {
        let item = self.item(&order.item_code)?;
        let provider = match method {
            Method::Phone => self.phone.clone(),
            Method::Card => self.card.clone(),
            Method::Cash => None,
        }
        .filter(|_| item.allows(method))
        .ok_or(TillError::NotOffered(method))?;
        let new = NewPayment {
            item_code: item.code.clone(),
            item_name: item.name_in(crate::i18n::SOURCE).to_string(),
            council_reference: order.council_reference.clone(),
            quantity: order.quantity,
            amount_pence: order.amount_pence,
            vat_basis_points: item.vat_basis_points(),
            fund: item.fund.clone(),
            service_code: item.service_code.clone(),
            method,
            provider: provider.name().to_string(),
            locale: order.locale.clone(),
            assisted: order.assisted,
        };
        let payment = self
            .lock()?
            .create_payment(&new, &self.settings.terminal, self.now())?;
        let welsh = order.locale == "cy" || order.locale.starts_with("cy-");
        let description = format!(
            "{} {}",
            item.name_in(if welsh { "cy" } else { crate::i18n::SOURCE }),
            order.council_reference
        );
        let request = CreateRequest {
            reference: payment.payment_id.as_str().to_string(),
            idempotency_key: payment.idempotency_key.clone(),
            amount_pence: order.amount_pence,
            description,
            language: if welsh { "cy" } else { "en" },
            metadata: vec![
                ("ledger_code", item.fund.clone()),
                ("fund_code", item.fund.clone()),
                ("item", item.code.clone()),
                ("council_reference", order.council_reference.clone()),
                ("kiosk_id", self.settings.kiosk_id.clone()),
            ],
        };
        Ok((provider, payment, request))
    }

    /// A create (or reader start) failed: record it and say what the
    /// screen shows. A lost answer makes the payment unknown and is settled
    /// by asking the provider at once; anything else failed it.
    async fn start_failed(&self, reference: &Reference, e: CallError) -> TillError {
        let id = reference.as_str();
        let reason = e.to_string();
        if e.may_have_happened() {
            let _ = self.update(
                id,
                &[PaymentState::Created],
                PaymentUpdate {
                    state: Some(PaymentState::Unknown),
                    outcome: Some(&reason),
                    ..Default::default()
                },
            );
            return match self.settle(id).await {
                Ok(p) if p.is_final() && !matches!(p, Progress::Paid { .. }) => {
                    TillError::Unavailable(reason)
                }
                _ => TillError::Checking(reference.clone()),
            };
        }
        let _ = self.update(
            id,
            &[PaymentState::Created],
            PaymentUpdate {
                state: Some(PaymentState::Failed),
                outcome: Some(&reason),
                ..Default::default()
            },
        );
        TillError::Unavailable(reason)
    }

    /// Starts a GOV.UK Pay payment for `order`. On success, draw
    /// [`PhoneStarted::next_url`] as a QR code and poll. Never log or print
    /// the URL.
    pub async fn pay_on_phone(&self, order: &Order) -> Result<PhoneStarted, TillError> {
        let (provider, payment, request) = self.start(order, Method::Phone)?;
        let id = payment.payment_id.as_str().to_string();
        let created = match provider.create(&request).await {
            Ok(c) => c,
            Err(e) => return Err(self.start_failed(&payment.payment_id, e).await),
        };
        let remote = created.remote;
        let Some(next_url) = created
            .next_url
            .filter(|_| remote.amount_pence == order.amount_pence)
        else {
            // Never show an amount other than the provider's: this payment
            // is not used.
            self.update(
                &id,
                &[PaymentState::Created],
                PaymentUpdate {
                    state: Some(PaymentState::Unknown),
                    provider_id: Some(&remote.provider_id),
                    outcome: Some("the payment service's amount or address did not match"),
                    ..Default::default()
                },
            )?;
            let _ = self.settle(&id).await;
            return Err(TillError::Unavailable(
                "the payment service's answer did not match the order".into(),
            ));
        };
        let moved = self.update(
            &id,
            &[PaymentState::Created],
            PaymentUpdate {
                state: Some(PaymentState::AwaitingResident),
                step: Some("create"),
                provider_id: Some(&remote.provider_id),
                provider_status: Some(&remote.status),
                ..Default::default()
            },
        )?;
        if !moved {
            // The resident left while the provider answered.
            let _ = self.update(
                &id,
                &[PaymentState::Unknown],
                PaymentUpdate {
                    provider_id: Some(&remote.provider_id),
                    ..Default::default()
                },
            );
            let _ = self.settle(&id).await;
            return Err(TillError::Abandoned);
        }
        Ok(PhoneStarted {
            payment_id: payment.payment_id,
            next_url,
            amount_pence: remote.amount_pence,
        })
    }

    /// Starts a card payment on the reader for `order`: a PaymentIntent to
    /// be captured later, then the reader is asked to take the card. Then
    /// poll.
    pub async fn pay_by_card(&self, order: &Order) -> Result<CardStarted, TillError> {
        let (provider, payment, request) = self.start(order, Method::Card)?;
        let id = payment.payment_id.as_str().to_string();
        let created = match provider.create(&request).await {
            Ok(c) => c,
            Err(e) => return Err(self.start_failed(&payment.payment_id, e).await),
        };
        let remote = created.remote;
        let recorded = self.update(
            &id,
            &[PaymentState::Created],
            PaymentUpdate {
                step: Some("reader"),
                provider_id: Some(&remote.provider_id),
                provider_status: Some(&remote.status),
                ..Default::default()
            },
        )?;
        if !recorded || remote.amount_pence != order.amount_pence {
            let _ = self.update(
                &id,
                &[PaymentState::Created, PaymentState::Unknown],
                PaymentUpdate {
                    state: Some(PaymentState::Unknown),
                    provider_id: Some(&remote.provider_id),
                    ..Default::default()
                },
            );
            let _ = self.settle(&id).await;
            return Err(if recorded {
                TillError::Unavailable("the payment service's amount did not match".into())
            } else {
                TillError::Abandoned
            });
        }
        let reader_key = format!("{}:reader", payment.idempotency_key);
        match provider
            .start_on_reader(&remote.provider_id, &reader_key)
            .await
        {
            Ok(_) => {}
            Err(e) => {
                // Whether or not the reader took it, nothing can be taken
                // without a capture: settle cancels the intent.
                let reason = e.to_string();
                self.update(
                    &id,
                    &[PaymentState::Created],
                    PaymentUpdate {
                        state: Some(PaymentState::Unknown),
                        outcome: Some(&reason),
                        ..Default::default()
                    },
                )?;
                return match self.settle(&id).await? {
                    p if p.is_final() && !matches!(p, Progress::Paid { .. }) => {
                        Err(TillError::Unavailable(reason))
                    }
                    _ => Err(TillError::Checking(payment.payment_id)),
                };
            }
        }
        let moved = self.update(
            &id,
            &[PaymentState::Created],
            PaymentUpdate {
                state: Some(PaymentState::AwaitingResident),
                ..Default::default()
            },
        )?;
        if !moved {
            let _ = self.settle(&id).await;
            return Err(TillError::Abandoned);
        }
        Ok(CardStarted {
            payment_id: payment.payment_id,
            amount_pence: remote.amount_pence,
            pin_needed: order.pin_needed(),
        })
    }

    /// Asks where a payment is and records it. Call every second or two
    /// while the payment screen shows; stop once the answer
    /// [`Progress::is_final`].
    pub async fn poll(&self, payment_id: &str) -> Result<Progress, TillError> {
        let p = self.payment(payment_id)?;
        match p.state {
            PaymentState::AwaitingResident => self.follow(&p).await,
            PaymentState::Unknown => self.settle(payment_id).await,
            _ => Ok(Progress::of(&p)),
        }
    }

    /// The resident left, or the session timed out, mid-payment: cancels
    /// what can be cancelled and settles the rest (a payment already made
    /// stays paid and is posted). What it cannot settle now stays unknown
    /// for the worker.
    pub async fn walk_away(&self, payment_id: &str) -> Result<Progress, TillError> {
        let p = self.payment(payment_id)?;
        if p.state.is_settled() {
            return Ok(Progress::of(&p));
        }
        self.update(
            payment_id,
            &PaymentState::OPEN,
            PaymentUpdate {
                state: Some(PaymentState::Unknown),
                outcome: Some("the resident left during the payment"),
                ..Default::default()
            },
        )?;
        self.settle(payment_id).await
    }

    /// The receipt of a paid payment was printed: records it and posts the
    /// payment to the back office now.
    pub fn receipt_printed(&self, payment_id: &str) -> Result<(), TillError> {
        self.lock()?
            .mark_payment_receipted(payment_id, self.now())?;
        self.post(payment_id)?;
        Ok(())
    }

    /// Hands a paid payment to the outbox as an Open311 submission to its
    /// item's service. `Ok(false)` if not paid or already posted.
    pub fn post(&self, payment_id: &str) -> Result<bool, TillError> {
        let p = self.payment(payment_id)?;
        if !matches!(p.state, PaymentState::Succeeded | PaymentState::Receipted) {
            return Ok(false);
        }
        let submission = super::submission_for(&p, &self.settings.site_address);
        Ok(self
            .lock()?
            .post_payment(payment_id, &submission, self.now())?)
    }

    /// At start-up, before any screen: every payment the last run left
    /// created or awaiting a resident becomes unknown (its resident is
    /// gone), to be settled by [`Till::pass`]. Returns how many.
    pub fn recover(&self) -> Result<usize, TillError> {
        Ok(self.lock()?.recover_payments(self.now())?)
    }

    /// One worker pass: payments no screen has followed for the stale time
    /// become unknown; every unknown payment is settled by asking its
    /// provider (cancelling what is not finished); every paid payment not
    /// yet posted is posted.
    pub async fn pass(&self) -> Result<PassReport, TillError> {
        let stale = chrono::Duration::from_std(self.settings.stale_after)
            .unwrap_or(chrono::Duration::minutes(15));
        self.lock()?.orphan_stale_payments(self.now() - stale)?;
        let mut report = PassReport::default();
        let unknown = self.lock()?.payments_in(&[PaymentState::Unknown])?;
        for p in unknown {
            match self.settle(p.payment_id.as_str()).await? {
                Progress::Checking => report.still_unknown += 1,
                _ => report.settled += 1,
            }
        }
        let paid = self
            .lock()?
            .payments_in(&[PaymentState::Succeeded, PaymentState::Receipted])?;
        for p in paid {
            if self.post(p.payment_id.as_str())? {
                report.posted += 1;
            }
        }
        Ok(report)
    }
}
