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

use super::provider::{
    ActionState, CallError, Cancel, CreateRequest, NextUrl, Provider, Remote, RemoteState,
};
use super::{Amount, EntryError, Item, Items, Method};
use crate::outbox::payments::{NewPayment, Payment, PaymentState, PaymentUpdate};
use crate::outbox::{Outbox, StoreError};
use chrono::{DateTime, Utc};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Above this many pence a card payment needs the PIN (the UK contactless
/// limit is £100).
pub const CONTACTLESS_LIMIT_PENCE: u64 = 10_000;

/// How the till waits.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The terminal's four reference characters (payment ids are kiosk
    /// references).
    pub terminal: String,
    /// The terminal's id, sent in metadata.
    pub kiosk_id: String,
    /// How long a health check may take before the method is not offered.
    pub health_timeout: Duration,
    /// How long the reader may wait for a card before the payment is
    /// cancelled.
    pub reader_deadline: Duration,
    /// A payment no screen has polled for this long is treated as
    /// abandoned by the worker.
    pub stale_after: Duration,
    /// Open311 `address_string` for posted payments: this terminal's site.
    pub site_address: String,
    /// A fixed time for every stamp the till writes (tests and pixel
    /// snapshots, like the kiosk's own fixed clock); `None`: the system
    /// clock.
    pub fixed_time: Option<DateTime<Utc>>,
}

impl Settings {
    /// Defaults: 3 s health checks, 2 min for the card, 15 min stale.
    pub fn new(terminal: &str, kiosk_id: &str, site_address: &str) -> Settings {
        Settings {
            terminal: terminal.to_string(),
            kiosk_id: kiosk_id.to_string(),
            health_timeout: Duration::from_secs(3),
            reader_deadline: Duration::from_secs(120),
            stale_after: Duration::from_secs(15 * 60),
            site_address: site_address.to_string(),
            fixed_time: None,
        }
    }
}

/// Which ways to pay to offer for an item, right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Methods {
    /// "Pay on your phone": the item allows it and GOV.UK Pay answered.
    pub phone: bool,
    /// "Pay by card here": the item allows it and the reader answered,
    /// online and free.
    pub card: bool,
    /// "Pay with cash at a Post Office or PayPoint": the item allows it
    /// (always offered then, online or not).
    pub cash: bool,
}

/// A checked order: what is paid for, by whom (no names), how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    /// The item's code.
    pub item_code: String,
    /// The council's reference, normalised.
    pub council_reference: String,
    /// Units, for a fixed-price item.
    pub quantity: Option<u32>,
    /// The total, VAT included, in pence.
    pub amount_pence: u64,
    /// The VAT inside it, in pence.
    pub vat_pence: u64,
    /// The resident's language.
    pub locale: String,
    /// A digital champion is helping.
    pub assisted: bool,
}

impl Methods {
    /// Only the cash slip can be offered (the providers are offline or not
    /// set up): the Fluent id of what the screen says, or `None`.
    pub fn cash_only_message(&self) -> Option<&'static str> {
        (!self.phone && !self.card).then_some(if self.cash {
            "pay-cash-only"
        } else {
            "pay-none-now"
        })
    }
}

impl Order {
    /// Checks what the resident typed (or scanned) and chose for `item`,
    /// and prices it, without asking anyone: the payment pages call it as
    /// the resident goes. Errors carry the message for the field.
    pub fn new(
        item: &Item,
        reference: &str,
        amount: Amount,
        locale: &str,
        assisted: bool,
    ) -> Result<Order, EntryError> {
        let council_reference = item.check_reference(reference)?;
        let amount_pence = item.total(amount)?;
        Ok(Order {
            item_code: item.code.clone(),
            council_reference,
            quantity: match amount {
                Amount::Quantity(q) => Some(q),
                Amount::Pence(_) => None,
            },
            amount_pence,
            vat_pence: super::vat_in(amount_pence, item.vat_basis_points()),
            locale: locale.to_string(),
            assisted,
        })
    }

    /// The Fluent id of the words for [`Order::pin_needed`].
    pub const PIN_NEEDED: &'static str = "pay-pin-needed";

    /// Above the contactless limit: the screen says the PIN will be needed.
    pub fn pin_needed(&self) -> bool {
        self.amount_pence > CONTACTLESS_LIMIT_PENCE
    }
}

/// A phone payment the resident can now pay.
#[derive(Debug, Clone)]
pub struct PhoneStarted {
    /// The kiosk's payment id: poll with it.
    pub payment_id: String,
    /// Draw this as the QR code, and nowhere else.
    pub next_url: NextUrl,
    /// The amount GOV.UK Pay will ask for: show this one.
    pub amount_pence: u64,
}

/// A card payment the reader is waiting to take.
#[derive(Debug, Clone)]
pub struct CardStarted {
    /// The kiosk's payment id: poll with it.
    pub payment_id: String,
    /// The amount the reader will ask for: show this one.
    pub amount_pence: u64,
    /// The card will need its PIN.
    pub pin_needed: bool,
}

/// What the payment screen shows now. Every variant has a Fluent id
/// ([`Progress::message_id`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// Phone: the QR code (`opened: false`); once the resident has opened
    /// the page, hide the code and say "finish on your phone".
    OnPhone {
        /// The resident has opened the payment page.
        opened: bool,
    },
    /// Card: follow the reader's instructions.
    OnReader,
    /// Paid: this amount, as the provider took it.
    Paid {
        /// Pence taken.
        amount_pence: u64,
    },
    /// Declined by the card or bank; nothing taken. After two, offer
    /// another method or staff.
    Declined,
    /// Cancelled or timed out; nothing taken.
    Cancelled,
    /// It did not go through; nothing taken.
    Failed,
    /// An answer was lost: the kiosk is asking the provider. Say "do not
    /// pay again" and keep polling; the worker settles it if the resident
    /// leaves.
    Checking,
}

impl Progress {
    /// Nothing more will change: show the result.
    pub fn is_final(self) -> bool {
        !matches!(
            self,
            Progress::OnPhone { .. } | Progress::OnReader | Progress::Checking
        )
    }

    /// The Fluent id of what the resident is told.
    pub fn message_id(self) -> &'static str {
        match self {
            Progress::OnPhone { opened: false } => "pay-progress-scan",
            Progress::OnPhone { opened: true } => "pay-progress-opened",
            Progress::OnReader => "pay-progress-reader",
            Progress::Paid { .. } => "pay-progress-paid",
            Progress::Declined => "pay-progress-declined",
            Progress::Cancelled => "pay-progress-cancelled",
            Progress::Failed => "pay-progress-failed",
            Progress::Checking => "pay-progress-checking",
        }
    }

    /// What a stored payment's state shows, without asking anyone.
    pub fn of(p: &Payment) -> Progress {
        match p.state {
            s if s.is_paid() => Progress::Paid {
                amount_pence: p.paid_pence.unwrap_or(p.amount_pence),
            },
            PaymentState::Failed if p.outcome.as_deref().is_some_and(is_decline) => {
                Progress::Declined
            }
            PaymentState::Failed => Progress::Failed,
            PaymentState::Cancelled => Progress::Cancelled,
            PaymentState::Unknown => Progress::Checking,
            _ if p.method == Method::Card => Progress::OnReader,
            _ => Progress::OnPhone {
                opened: p.provider_status.as_deref().is_some_and(|s| s != "created"),
            },
        }
    }
}

const DECLINED: &str = "declined";

fn is_decline(outcome: &str) -> bool {
    outcome.starts_with(DECLINED)
}

/// Why the till could not do what a screen asked.
#[derive(Debug, thiserror::Error)]
pub enum TillError {
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
    Checking(String),
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
            reference: payment.payment_id.clone(),
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
    async fn start_failed(&self, id: &str, e: CallError) -> TillError {
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
                _ => TillError::Checking(id.to_string()),
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
        let id = payment.payment_id.clone();
        let created = match provider.create(&request).await {
            Ok(c) => c,
            Err(e) => return Err(self.start_failed(&id, e).await),
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
            payment_id: id,
            next_url,
            amount_pence: remote.amount_pence,
        })
    }

    /// Starts a card payment on the reader for `order`: a PaymentIntent to
    /// be captured later, then the reader is asked to take the card. Then
    /// poll.
    pub async fn pay_by_card(&self, order: &Order) -> Result<CardStarted, TillError> {
        let (provider, payment, request) = self.start(order, Method::Card)?;
        let id = payment.payment_id.clone();
        let created = match provider.create(&request).await {
            Ok(c) => c,
            Err(e) => return Err(self.start_failed(&id, e).await),
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
                    _ => Err(TillError::Checking(id)),
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
            payment_id: id,
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
            &[
                PaymentState::Created,
                PaymentState::AwaitingResident,
                PaymentState::Unknown,
            ],
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
            match self.settle(&p.payment_id).await? {
                Progress::Checking => report.still_unknown += 1,
                _ => report.settled += 1,
            }
        }
        let paid = self
            .lock()?
            .payments_in(&[PaymentState::Succeeded, PaymentState::Receipted])?;
        for p in paid {
            if self.post(&p.payment_id)? {
                report.posted += 1;
            }
        }
        Ok(report)
    }

    /// Follows a payment the resident is paying now.
    async fn follow(&self, p: &Payment) -> Result<Progress, TillError> {
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
                        let _ = provider.cancel(&pid).await;
                        self.update(
                            &p.payment_id,
                            &[PaymentState::AwaitingResident],
                            PaymentUpdate {
                                state: Some(state),
                                outcome: Some(&outcome),
                                ..Default::default()
                            },
                        )?;
                        Ok(Progress::of(&self.payment(&p.payment_id)?))
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

    fn touch(&self, p: &Payment) -> Result<(), TillError> {
        self.update(
            &p.payment_id,
            &[PaymentState::AwaitingResident],
            PaymentUpdate::default(),
        )?;
        Ok(())
    }

    /// Stops an in-session payment and settles it.
    async fn give_up(&self, p: &Payment, why: &str) -> Result<Progress, TillError> {
        self.update(
            &p.payment_id,
            &[PaymentState::AwaitingResident],
            PaymentUpdate {
                state: Some(PaymentState::Unknown),
                outcome: Some(why),
                ..Default::default()
            },
        )?;
        self.settle(&p.payment_id).await
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
            &p.payment_id,
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
            return self.settle(&p.payment_id).await;
        }
        let p = self.payment(&p.payment_id)?;
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
                    &p.payment_id,
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
        let open = [
            PaymentState::Created,
            PaymentState::AwaitingResident,
            PaymentState::Unknown,
        ];
        let end = |state: PaymentState, outcome: String| {
            self.update(
                &p.payment_id,
                &open,
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
            RemoteState::Succeeded => {
                let outcome = (remote.amount_pence != p.amount_pence).then_some(
                    "the amount taken differs from the amount asked: finance must check",
                );
                self.update(
                    &p.payment_id,
                    &open,
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
            }
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
                    &p.payment_id,
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
                        end(PaymentState::Cancelled, why)?;
                    }
                    Ok(Cancel::TooLate) | Err(_) => {
                        self.update(
                            &p.payment_id,
                            &open,
                            PaymentUpdate {
                                state: Some(PaymentState::Unknown),
                                provider_id: Some(&remote.provider_id),
                                provider_status: Some(&remote.status),
                                ..Default::default()
                            },
                        )?;
                    }
                }
            }
        }
        Ok(Progress::of(&self.payment(&p.payment_id)?))
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
                        &[
                            PaymentState::Created,
                            PaymentState::AwaitingResident,
                            PaymentState::Unknown,
                        ],
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
            None => match provider.find_by_reference(payment_id).await {
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
                        return Ok(Progress::Failed);
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
                        &[
                            PaymentState::Created,
                            PaymentState::AwaitingResident,
                            PaymentState::Unknown,
                        ],
                        PaymentUpdate {
                            provider_id: Some(&pick.provider_id),
                            ..Default::default()
                        },
                    )?;
                    pick
                }
                Err(_) => return Ok(Progress::Checking),
            },
        };
        let p = self.payment(payment_id)?;
        self.record_remote(&p, &remote, true).await
    }
}
