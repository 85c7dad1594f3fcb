//! Payments in the terminal's store (migration 008).
//!
//! A payment is written with its kiosk-made id (a kiosk reference from the
//! same sequence as submissions, so it is unique across the fleet) and its
//! idempotency key before any call to a provider. Every change of state is
//! one guarded `UPDATE ... WHERE state IN (...)`, so two hands on the same
//! payment (the screen and the worker) cannot move it backwards, and posting
//! a paid payment to the back office is one transaction that writes the
//! Open311 submission and marks the payment posted, so it happens once.

use super::{Outbox, StoreError, parse_ts, take_reference, ts};
use crate::journey::Submission;
use crate::payments::item::Method;
use crate::payments::provider::CardDetails;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

/// Where a payment is. The happy path is `created → awaiting_resident →
/// succeeded → receipted → posted`; it ends instead in `failed` or
/// `cancelled`; `unknown` means an answer was lost and only the provider can
/// say what happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentState {
    /// Written here; the provider may not have heard of it yet.
    Created,
    /// The provider has it; the resident is paying (phone or reader).
    AwaitingResident,
    /// The provider says the money is taken (captured, for a card).
    Succeeded,
    /// Taken, and the resident's receipt was printed.
    Receipted,
    /// Taken, and handed to the outbox for the back office (once).
    Posted,
    /// No money was taken: declined, expired, refused, or never created.
    Failed,
    /// No money was taken: cancelled by the resident, the kiosk or the provider.
    Cancelled,
    /// An answer was lost: ask the provider, never try again.
    Unknown,
}

impl PaymentState {
    /// Every state, in the order of the happy path then the ends.
    pub const ALL: [PaymentState; 8] = [
        PaymentState::Created,
        PaymentState::AwaitingResident,
        PaymentState::Succeeded,
        PaymentState::Receipted,
        PaymentState::Posted,
        PaymentState::Failed,
        PaymentState::Cancelled,
        PaymentState::Unknown,
    ];

    /// The name stored and shown to staff.
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentState::Created => "created",
            PaymentState::AwaitingResident => "awaiting_resident",
            PaymentState::Succeeded => "succeeded",
            PaymentState::Receipted => "receipted",
            PaymentState::Posted => "posted",
            PaymentState::Failed => "failed",
            PaymentState::Cancelled => "cancelled",
            PaymentState::Unknown => "unknown",
        }
    }

    fn parse(s: &str) -> Result<PaymentState, StoreError> {
        PaymentState::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| StoreError::Damaged(format!("unknown payment state {s}")))
    }

    /// Money was taken.
    pub fn is_paid(self) -> bool {
        matches!(
            self,
            PaymentState::Succeeded | PaymentState::Receipted | PaymentState::Posted
        )
    }

    /// The states of a payment not yet ended one way or the other: what a
    /// settling or cancelling update may move on from.
    pub const OPEN: [PaymentState; 3] = [
        PaymentState::Created,
        PaymentState::AwaitingResident,
        PaymentState::Unknown,
    ];

    /// Nothing more will happen to it at the provider.
    pub fn is_settled(self) -> bool {
        self.is_paid() || matches!(self, PaymentState::Failed | PaymentState::Cancelled)
    }
}

/// What the till hands over to be stored before any call.
#[derive(Debug, Clone)]
pub struct NewPayment {
    /// The item's code.
    pub item_code: String,
    /// The item's en-GB name, for finance.
    pub item_name: String,
    /// The council's reference for what is paid (normalised).
    pub council_reference: String,
    /// Units bought, for a fixed-price item.
    pub quantity: Option<u32>,
    /// The total, VAT included, in pence.
    pub amount_pence: u64,
    /// The VAT rate in hundredths of a percent.
    pub vat_basis_points: u32,
    /// The fund or ledger code.
    pub fund: String,
    /// The Open311 service it is posted to once paid.
    pub service_code: String,
    /// Phone or card.
    pub method: Method,
    /// The provider's name, such as `govuk_pay`.
    pub provider: String,
    /// The resident's language.
    pub locale: String,
    /// A digital champion helped.
    pub assisted: bool,
}

/// A payment as stored. Nothing here is card data beyond what a receipt
/// may show.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Payment {
    /// The kiosk-made id (a kiosk reference), also the provider's reference.
    pub payment_id: crate::reference::Reference,
    /// The idempotency key sent with the create call.
    pub idempotency_key: String,
    /// The item's code.
    pub item_code: String,
    /// The item's en-GB name.
    pub item_name: String,
    /// The council's reference for what is paid.
    pub council_reference: String,
    /// Units bought, for a fixed-price item.
    pub quantity: Option<u32>,
    /// The total asked for, VAT included, in pence.
    pub amount_pence: u64,
    /// The VAT rate in hundredths of a percent.
    pub vat_basis_points: u32,
    /// The fund or ledger code.
    pub fund: String,
    /// The Open311 service.
    pub service_code: String,
    /// Phone or card.
    pub method: Method,
    /// The provider's name.
    pub provider: String,
    /// The resident's language.
    pub locale: String,
    /// A digital champion helped.
    pub assisted: bool,
    /// Where it is.
    pub state: PaymentState,
    /// The last call made to the provider.
    pub step: Option<String>,
    /// The provider's id for it.
    pub provider_id: Option<String>,
    /// The provider's own word for its state, as last seen.
    pub provider_status: Option<String>,
    /// What the provider says was taken, in pence.
    pub paid_pence: Option<u64>,
    /// Why it failed or was cancelled, or what is being waited for.
    pub outcome: Option<String>,
    /// Card: when the reader's approval was recorded here (only then is it
    /// captured).
    pub authorised_at: Option<DateTime<Utc>>,
    /// Card: what the receipt shows about the card.
    pub card: Option<CardDetails>,
    /// When it was written (UTC).
    pub created_at: DateTime<Utc>,
    /// When it last changed or was last asked about.
    pub updated_at: DateTime<Utc>,
    /// When it reached paid, failed or cancelled.
    pub settled_at: Option<DateTime<Utc>>,
    /// When its receipt was printed.
    pub receipted_at: Option<DateTime<Utc>>,
    /// When it was handed to the outbox.
    pub posted_at: Option<DateTime<Utc>>,
}

impl Payment {
    /// The VAT in pence inside what was paid (or asked, before it is paid).
    pub fn vat_pence(&self) -> u64 {
        crate::payments::money::vat_in(
            self.paid_pence.unwrap_or(self.amount_pence),
            self.vat_basis_points,
        )
    }
}

/// A change to a payment; `None` fields stay as they are.
#[derive(Debug, Clone, Default)]
pub struct PaymentUpdate<'a> {
    /// The new state.
    pub state: Option<PaymentState>,
    /// The call about to be made or just made.
    pub step: Option<&'a str>,
    /// The provider's id.
    pub provider_id: Option<&'a str>,
    /// The provider's word for its state.
    pub provider_status: Option<&'a str>,
    /// What the provider says was taken.
    pub paid_pence: Option<u64>,
    /// Why, for staff.
    pub outcome: Option<&'a str>,
    /// Record the reader's approval now.
    pub authorised: bool,
    /// What the receipt shows about the card.
    pub card: Option<&'a CardDetails>,
}

const COLUMNS: &str =
    "payment_id, idempotency_key, item_code, item_name, council_reference, quantity,
    amount_pence, vat_basis_points, fund, service_code, method, provider, locale, assisted, state,
    step, provider_id, provider_status, paid_pence, outcome, authorised_at, card_brand, card_last4,
    card_application_id, card_application_name, card_authorisation_code, card_verification,
    created_at, updated_at, settled_at, receipted_at, posted_at";

fn opt_ts(s: Option<String>) -> Result<Option<DateTime<Utc>>, StoreError> {
    s.as_deref().map(parse_ts).transpose()
}

fn method(s: &str) -> Result<Method, StoreError> {
    match s {
        "phone" => Ok(Method::Phone),
        "card" => Ok(Method::Card),
        other => Err(StoreError::Damaged(format!(
            "unknown payment method {other}"
        ))),
    }
}

/// A row as SQLite gives it, before times and names are checked.
struct Raw {
    text: Vec<String>,
    opt: Vec<Option<String>>,
    quantity: Option<u32>,
    amount_pence: u64,
    vat_basis_points: u32,
    assisted: bool,
    paid_pence: Option<u64>,
}

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Raw> {
    // Columns in COLUMNS order: text at 0-4, 8-12, 14, 27, 28; optional
    // text at 15-17, 19-26, 29-31.
    let text = [0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 14, 27, 28]
        .into_iter()
        .map(|i| r.get(i))
        .collect::<rusqlite::Result<Vec<String>>>()?;
    let opt = [15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 29, 30, 31]
        .into_iter()
        .map(|i| r.get(i))
        .collect::<rusqlite::Result<Vec<Option<String>>>>()?;
    Ok(Raw {
        text,
        opt,
        quantity: r.get(5)?,
        amount_pence: r.get::<_, i64>(6)?.max(0) as u64,
        vat_basis_points: r.get(7)?,
        assisted: r.get(13)?,
        paid_pence: r.get::<_, Option<i64>>(18)?.map(|p| p.max(0) as u64),
    })
}

fn to_payment(raw: Raw) -> Result<Payment, StoreError> {
    let mut t = raw.text.into_iter();
    let mut text = || t.next().unwrap_or_default();
    let mut o = raw.opt.into_iter();
    let mut opt = || o.next().flatten();
    let (payment_id, idempotency_key, item_code, item_name, council_reference) =
        (text(), text(), text(), text(), text());
    let (fund, service_code, method_s, provider, locale, state) =
        (text(), text(), text(), text(), text(), text());
    let (created_at, updated_at) = (text(), text());
    let (step, provider_id, provider_status) = (opt(), opt(), opt());
    let (outcome, authorised_at) = (opt(), opt());
    let (brand, last4, aid, app_name, auth_code, verification) =
        (opt(), opt(), opt(), opt(), opt(), opt());
    let (settled_at, receipted_at, posted_at) = (opt(), opt(), opt());
    let card = (brand.is_some() || last4.is_some()).then(|| CardDetails {
        brand: brand.unwrap_or_default(),
        last4: last4.unwrap_or_default(),
        application_id: aid,
        application_name: app_name,
        authorisation_code: auth_code,
        verification,
    });
    let payment_id = crate::reference::Reference::parse(&payment_id)
        .map_err(|e| StoreError::Damaged(format!("payment id {payment_id}: {e}")))?;
    Ok(Payment {
        payment_id,
        idempotency_key,
        item_code,
        item_name,
        council_reference,
        quantity: raw.quantity,
        amount_pence: raw.amount_pence,
        vat_basis_points: raw.vat_basis_points,
        fund,
        service_code,
        method: method(&method_s)?,
        provider,
        locale,
        assisted: raw.assisted,
        state: PaymentState::parse(&state)?,
        step,
        provider_id,
        provider_status,
        paid_pence: raw.paid_pence,
        outcome,
        authorised_at: opt_ts(authorised_at)?,
        card,
        created_at: parse_ts(&created_at)?,
        updated_at: parse_ts(&updated_at)?,
        settled_at: opt_ts(settled_at)?,
        receipted_at: opt_ts(receipted_at)?,
        posted_at: opt_ts(posted_at)?,
    })
}

impl Outbox {
    /// Writes a new payment, state `created`, with a fresh kiosk reference
    /// as its id and a fresh idempotency key, in one transaction, before
    /// any call to the provider.
    pub fn create_payment(
        &mut self,
        new: &NewPayment,
        terminal: &str,
        now: DateTime<Utc>,
    ) -> Result<Payment, StoreError> {
        let key = uuid::Uuid::new_v4().to_string();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let reference = take_reference(&tx, terminal, now)?;
        tx.execute(
            "INSERT INTO payments (payment_id, idempotency_key, item_code, item_name,
                 council_reference, quantity, amount_pence, vat_basis_points, fund, service_code,
                 method, provider, locale, assisted, state, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'created', ?15, ?15)",
            params![
                reference.as_str(),
                key,
                new.item_code,
                new.item_name,
                new.council_reference,
                new.quantity,
                new.amount_pence as i64,
                new.vat_basis_points,
                new.fund,
                new.service_code,
                new.method.as_str(),
                new.provider,
                new.locale,
                new.assisted,
                ts(now),
            ],
        )?;
        tx.commit()?;
        self.payment(reference.as_str())?
            .ok_or_else(|| StoreError::Damaged("a payment just written is missing".into()))
    }

    /// One payment by its id.
    pub fn payment(&self, payment_id: &str) -> Result<Option<Payment>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM payments WHERE payment_id = ?1");
        let raw = self
            .conn
            .query_row(&sql, [payment_id], read_row)
            .optional()?;
        raw.map(to_payment).transpose()
    }

    fn payments_where(
        &self,
        filter: &str,
        args: &[&dyn rusqlite::ToSql],
    ) -> Result<Vec<Payment>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM payments {filter} ORDER BY id");
        let mut stmt = self.conn.prepare(&sql)?;
        let raws = stmt
            .query_map(args, read_row)?
            .collect::<Result<Vec<_>, _>>()?;
        raws.into_iter().map(to_payment).collect()
    }

    /// Payments written from `from` (inclusive) to `to` (exclusive), oldest
    /// first.
    pub fn payments_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Payment>, StoreError> {
        self.payments_where(
            "WHERE created_at >= ?1 AND created_at < ?2",
            params![ts(from), ts(to)],
        )
    }

    /// Every payment, oldest first.
    pub fn all_payments(&self) -> Result<Vec<Payment>, StoreError> {
        self.payments_where("", params![])
    }

    /// Payments in any of `states`, oldest first.
    pub fn payments_in(&self, states: &[PaymentState]) -> Result<Vec<Payment>, StoreError> {
        let list: Vec<String> = states.iter().map(|s| format!("'{}'", s.as_str())).collect();
        self.payments_where(&format!("WHERE state IN ({})", list.join(", ")), params![])
    }

    /// Applies `update` if the payment is in one of `expect`; `Ok(false)`
    /// when it is not (someone else moved it first). Reaching a settled
    /// state stamps `settled_at`.
    pub fn update_payment(
        &self,
        payment_id: &str,
        expect: &[PaymentState],
        update: &PaymentUpdate<'_>,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let list: Vec<String> = expect.iter().map(|s| format!("'{}'", s.as_str())).collect();
        let settles = update.state.is_some_and(PaymentState::is_settled);
        let card = update.card;
        let n = self.conn.execute(
            &format!(
                "UPDATE payments SET
                    state = COALESCE(?2, state),
                    step = COALESCE(?3, step),
                    provider_id = COALESCE(?4, provider_id),
                    provider_status = COALESCE(?5, provider_status),
                    paid_pence = COALESCE(?6, paid_pence),
                    outcome = COALESCE(?7, outcome),
                    authorised_at = CASE WHEN ?8 THEN COALESCE(authorised_at, ?9) ELSE authorised_at END,
                    card_brand = COALESCE(?10, card_brand),
                    card_last4 = COALESCE(?11, card_last4),
                    card_application_id = COALESCE(?12, card_application_id),
                    card_application_name = COALESCE(?13, card_application_name),
                    card_authorisation_code = COALESCE(?14, card_authorisation_code),
                    card_verification = COALESCE(?15, card_verification),
                    settled_at = CASE WHEN ?16 THEN COALESCE(settled_at, ?9) ELSE settled_at END,
                    updated_at = ?9
                 WHERE payment_id = ?1 AND state IN ({})",
                list.join(", ")
            ),
            params![
                payment_id,
                update.state.map(PaymentState::as_str),
                update.step,
                update.provider_id,
                update.provider_status.map(|w| crate::clip::to_chars(w, 100)),
                update.paid_pence.map(|p| p as i64),
                update.outcome.map(crate::clip::error_text),
                update.authorised,
                ts(now),
                card.map(|c| c.brand.as_str()),
                card.map(|c| c.last4.as_str()),
                card.and_then(|c| c.application_id.as_deref()),
                card.and_then(|c| c.application_name.as_deref()),
                card.and_then(|c| c.authorisation_code.as_deref()),
                card.and_then(|c| c.verification.as_deref()),
                settles,
            ],
        )?;
        Ok(n == 1)
    }

    /// At start-up: every payment left `created` or `awaiting_resident` by
    /// the last run is `unknown` (its resident is gone and an answer may
    /// have been lost), to be settled by asking the provider. Returns how
    /// many. Only the kiosk itself calls this, never an admin command run
    /// beside it.
    pub fn recover_payments(&self, now: DateTime<Utc>) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE payments SET state = 'unknown', updated_at = ?1,
                 outcome = COALESCE(outcome, 'the terminal restarted during the payment')
             WHERE state IN ('created', 'awaiting_resident')",
            [ts(now)],
        )?)
    }

    /// Payments awaiting a resident that no screen has asked about since
    /// `before` become `unknown`: the screen that followed them is gone.
    pub fn orphan_stale_payments(&self, before: DateTime<Utc>) -> Result<usize, StoreError> {
        Ok(self.conn.execute(
            "UPDATE payments SET state = 'unknown',
                 outcome = COALESCE(outcome, 'no screen followed the payment')
             WHERE state IN ('created', 'awaiting_resident') AND updated_at < ?1",
            [ts(before)],
        )?)
    }

    /// The resident's receipt was printed: `succeeded → receipted` (a
    /// payment already posted keeps its state and gains the time).
    pub fn mark_payment_receipted(
        &self,
        payment_id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let n = self.conn.execute(
            "UPDATE payments SET receipted_at = COALESCE(receipted_at, ?2),
                 state = CASE WHEN state = 'succeeded' THEN 'receipted' ELSE state END
             WHERE payment_id = ?1 AND state IN ('succeeded', 'receipted', 'posted')",
            params![payment_id, ts(now)],
        )?;
        Ok(n == 1)
    }

    /// Hands a paid payment to the outbox: in one transaction, writes
    /// `submission` as a pending submission whose reference is the payment's
    /// id, and marks the payment posted. `Ok(false)` if it was not paid or
    /// was already posted, so a payment is posted at most once.
    pub fn post_payment(
        &mut self,
        payment_id: &str,
        submission: &Submission,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let payload =
            serde_json::to_string(submission).map_err(|e| StoreError::Damaged(e.to_string()))?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let row: Option<(String, bool)> = tx
            .query_row(
                "SELECT locale, assisted FROM payments
                 WHERE payment_id = ?1 AND state IN ('succeeded', 'receipted')",
                [payment_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((locale, assisted)) = row else {
            return Ok(false);
        };
        tx.execute(
            "INSERT INTO submissions
               (reference, idempotency_key, service_code, service_type, locale, assisted,
                created_at, payload, state, next_attempt_at)
             VALUES (?1, ?2, ?3, 'realtime', ?4, ?5, ?6, ?7, 'pending', ?6)",
            params![
                payment_id,
                uuid::Uuid::new_v4().to_string(),
                submission.service_code,
                locale,
                assisted,
                ts(now),
                payload,
            ],
        )?;
        tx.execute(
            "UPDATE payments SET state = 'posted', posted_at = ?2, updated_at = ?2
             WHERE payment_id = ?1",
            params![payment_id, ts(now)],
        )?;
        tx.commit()?;
        Ok(true)
    }
}
