//! What the till is set up with and what it answers: its settings, the ways
//! to pay offered now, a checked order, a payment started on a phone or
//! card reader, and a payment's progress as the screens show it.

use super::DECLINED;
use crate::outbox::payments::{Payment, PaymentState};
use crate::payments::item::{Amount, EntryError, Item, Method};
use crate::payments::provider::NextUrl;
use chrono::{DateTime, Utc};
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
            vat_pence: crate::payments::money::vat_in(amount_pence, item.vat_basis_points()),
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
    pub payment_id: crate::reference::Reference,
    /// Draw this as the QR code, and nowhere else.
    pub next_url: NextUrl,
    /// The amount GOV.UK Pay will ask for: show this one.
    pub amount_pence: u64,
}

/// A card payment the reader is waiting to take.
#[derive(Debug, Clone)]
pub struct CardStarted {
    /// The kiosk's payment id: poll with it.
    pub payment_id: crate::reference::Reference,
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

fn is_decline(outcome: &str) -> bool {
    outcome.starts_with(DECLINED)
}
