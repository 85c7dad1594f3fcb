//! Paying the council at the kiosk: on the resident's phone through GOV.UK
//! Pay, on a card reader beside the kiosk, or with a printed slip for cash
//! at a Post Office or PayPoint.
//!
//! Money is exactly once and never offline:
//! - every payment is written to the store (`outbox::payments`) with a
//!   kiosk-made id and idempotency key before any call to a provider;
//! - an answer lost mid-payment makes it `unknown`, settled only by asking
//!   the provider (by id, by reference, or the reader's action), never by a
//!   new attempt;
//! - a card is captured only after its approval is recorded here, and an
//!   approval not recorded in time is voided;
//! - ways to pay are offered only when their provider answers now; offline,
//!   only the cash slip is offered, and nothing is queued;
//! - each paid payment is posted to the back office through the outbox
//!   once, as an Open311 request to its item's service.
//!
//! [`Till`] is what the screens and the worker call; [`Provider`] is what a
//! payment service implements ([`GovUkPay`], [`StripeTerminal`]);
//! [`Item`]s are what can be paid. `docs/payments.md` is the council's
//! guide.

pub mod check;
pub mod govukpay;
pub mod item;
pub mod money;
pub mod provider;
mod report;
pub mod stripe;
pub mod till;

pub use govukpay::GovUkPay;
pub use item::{Amount, EntryError, Item, ItemError, Items, Method, Price, ReferenceRule};
pub use money::{MAX_PAYMENT_PENCE, format_pounds, parse_pounds, vat_in};
pub use provider::{CallError, CardDetails, NextUrl, Provider};
pub use report::{ListRow, list_on, list_today, print_list, reconcile};
pub use stripe::StripeTerminal;
pub use till::{
    CardStarted, Methods, Order, PassReport, PhoneStarted, Progress, Settings, Till, TillError,
};

use crate::config::Config;
use crate::config::payments::ReaderKind;
use crate::journey::{Answer, Submission};
use crate::outbox::payments::Payment;
use crate::outbox::{Outbox, StoreError};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long one call to a provider may take before its answer counts as
/// lost.
pub const CALL_TIMEOUT: Duration = Duration::from_secs(20);

/// Why payments cannot be set up, listed or reconciled.
#[derive(Debug, thiserror::Error)]
pub enum PaymentsError {
    /// `[payments]` is not in the config.
    #[error("payments are off: the config has no [payments] items")]
    Off,
    /// An item file is wrong.
    #[error("{0}")]
    Item(#[from] ItemError),
    /// A key file cannot be read.
    #[error("payments.{key}: cannot read {path}: {source}")]
    KeyFile {
        /// The config key naming the file.
        key: &'static str,
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The HTTP client could not be built.
    #[error("cannot set up the HTTP client: {0}")]
    Http(#[from] reqwest::Error),
    /// The store refused.
    #[error("{0}")]
    Store(#[from] StoreError),
    /// The reconciliation file could not be written.
    #[error("cannot write {0}: {1}")]
    Write(PathBuf, String),
    /// The date is not YYYY-MM-DD.
    #[error("--date {0}: give the day as YYYY-MM-DD, such as 2026-11-18")]
    Date(String),
}

/// The folder relative item folders are taken from: the config file's.
fn config_dir(config: &Config) -> Option<PathBuf> {
    match &config.source {
        crate::config::Source::File(p) => p.parent().map(std::path::Path::to_path_buf),
        crate::config::Source::Embedded => None,
    }
}

/// The items `[payments] items` names.
pub fn items(config: &Config) -> Result<Items, PaymentsError> {
    let p = config.payments.as_ref().ok_or(PaymentsError::Off)?;
    Ok(Items::load(&p.items, config_dir(config).as_deref())?)
}

fn key(key: &'static str, path: &std::path::Path) -> Result<secrecy::SecretString, PaymentsError> {
    provider::read_key(path).map_err(|source| PaymentsError::KeyFile {
        key,
        path: path.to_path_buf(),
        source,
    })
}

/// The providers the config sets up: (phone, card).
#[allow(clippy::type_complexity)]
pub fn providers(
    config: &Config,
) -> Result<(Option<Arc<dyn Provider>>, Option<Arc<dyn Provider>>), PaymentsError> {
    let p = config.payments.as_ref().ok_or(PaymentsError::Off)?;
    let health = Duration::from_secs(3);
    let phone: Option<Arc<dyn Provider>> =
        match (&p.govuk_pay_url, &p.govuk_pay_api_key_file, &p.return_url) {
            (Some(url), Some(file), Some(ret)) => Some(Arc::new(
                GovUkPay::new(
                    url,
                    key("govuk_pay_api_key_file", file)?,
                    ret,
                    CALL_TIMEOUT,
                    health,
                )?
                .with_max_answer(config.network.max_answer_bytes),
            )),
            _ => None,
        };
    let r = &p.reader;
    let card: Option<Arc<dyn Provider>> = match (r.kind, &r.url, &r.api_key_file, &r.reader_id) {
        (ReaderKind::StripeTerminal, Some(url), Some(file), Some(id)) => Some(Arc::new(
            StripeTerminal::new(
                url,
                key("reader.api_key_file", file)?,
                id,
                CALL_TIMEOUT,
                health,
            )?
            .with_max_answer(config.network.max_answer_bytes),
        )),
        _ => None,
    };
    Ok((phone, card))
}

/// The till the config describes over `store`; `Ok(None)` when payments
/// are off. Reads the API keys into secrets.
pub fn till(config: &Config, store: Arc<Mutex<Outbox>>) -> Result<Option<Till>, PaymentsError> {
    if config.payments.is_none() {
        return Ok(None);
    }
    let items = items(config)?;
    let (phone, card) = providers(config)?;
    Ok(Some(Till::new(
        store,
        items,
        phone,
        card,
        Settings::new(
            &config.terminal_part(),
            &config.kiosk.id,
            &site_address(config),
        ),
    )))
}

/// Where this terminal is, for the Open311 location every posted payment
/// needs, as `address_string`: `kiosk.site_address` when set, else
/// `kiosk.site_name` with the council's name.
pub fn site_address(config: &Config) -> String {
    if let Some(a) = config.site().address {
        return a;
    }
    match &config.kiosk.council_name {
        Some(c) if !c.trim().is_empty() => format!("{}, {c}", config.kiosk.site_name),
        _ => config.kiosk.site_name.clone(),
    }
}

/// What `check-config` says about payments: items and key files are
/// checked (keys are read, never shown); providers are not called.
pub fn check(config: &Config) -> Result<Option<String>, PaymentsError> {
    let Some(p) = &config.payments else {
        return Ok(None);
    };
    let items = items(config)?;
    let (phone, card) = providers(config)?;
    let mut ways = Vec::new();
    if phone.is_some() {
        ways.push("on the phone through GOV.UK Pay".to_string());
    }
    if let Some(r) = &p.reader.reader_id
        && card.is_some()
    {
        ways.push(format!("by card on reader {r}"));
    }
    let cash = items.all().iter().any(|i| i.allows(Method::Cash));
    if cash {
        ways.push("with a cash slip".into());
    }
    if ways.is_empty() {
        ways.push("no way at all: set up GOV.UK Pay or a reader, or allow cash".into());
    }
    Ok(Some(format!(
        "{} payable items ({}); paid {}",
        items.all().len(),
        items
            .all()
            .iter()
            .map(|i| i.code.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        ways.join(", ")
    )))
}

/// The Open311 submission a paid payment is posted as: to the item's
/// service, at this terminal's site, with the payment's facts as
/// attributes (`payment_id`, `council_reference`, `provider`,
/// `provider_id`, `fund`, `amount_pence`, `vat_pence`, `item`, `quantity`,
/// `method`). The kiosk reference in the description is the payment id.
pub fn submission_for(p: &Payment, site_address: &str) -> Submission {
    let mut attributes = std::collections::BTreeMap::new();
    let mut put = |k: &str, v: String| {
        attributes.insert(k.to_string(), Answer::Text(v));
    };
    let paid = p.paid_pence.unwrap_or(p.amount_pence);
    put("payment_id", p.payment_id.as_str().to_string());
    put("council_reference", p.council_reference.clone());
    put("provider", p.provider.clone());
    put("provider_id", p.provider_id.clone().unwrap_or_default());
    put("fund", p.fund.clone());
    put("amount_pence", paid.to_string());
    put("vat_pence", vat_in(paid, p.vat_basis_points).to_string());
    put("item", p.item_code.clone());
    if let Some(q) = p.quantity {
        put("quantity", q.to_string());
    }
    put("method", p.method.as_str().to_string());
    Submission {
        service_code: p.service_code.clone(),
        attributes,
        address_string: Some(site_address.to_string()),
        postcode: None,
        phone: None,
        email: None,
        name: None,
        address_id: None,
        lat: None,
        long: None,
        at_site: true,
        ..Submission::default()
    }
}

/// The receipt of a paid payment, in the resident's language, as
/// `receipt::payment` lays it out.
pub fn receipt(config: &Config, items: &Items, p: &Payment) -> crate::receipt::Receipt {
    let pay = config.payments.as_ref();
    let name = items
        .get(&p.item_code)
        .map_or(p.item_name.clone(), |i| i.name_in(&p.locale).to_string());
    let reference = p.payment_id.grouped();
    let paid_at = p
        .settled_at
        .unwrap_or(p.created_at)
        .with_timezone(&chrono::Local)
        .naive_local();
    crate::receipt::payment::paid(
        &p.locale,
        &crate::receipt::payment::Paid {
            council: config.kiosk.council_name.as_deref().unwrap_or_default(),
            council_address: pay.and_then(|x| x.council_address.as_deref()),
            vat_number: pay.and_then(|x| x.vat_number.as_deref()),
            site: &config.kiosk.site_name,
            item: &name,
            quantity: p.quantity,
            council_reference: &p.council_reference,
            fund: &p.fund,
            amount_pence: p.paid_pence.unwrap_or(p.amount_pence),
            vat_basis_points: p.vat_basis_points,
            paid_at,
            payment_id: &reference,
            provider_id: p.provider_id.as_deref().unwrap_or_default(),
            card: if p.method == Method::Card {
                p.card.as_ref()
            } else {
                None
            },
            contact: config.kiosk.council_contact.as_deref(),
        },
    )
}

/// The cash slip for an order: where and how to pay with the council's
/// reference. No barcode: the council's own bill or payment card carries
/// that.
pub fn cash_slip(config: &Config, items: &Items, order: &Order) -> crate::receipt::Receipt {
    let name = items
        .get(&order.item_code)
        .map_or(order.item_code.clone(), |i| {
            i.name_in(&order.locale).to_string()
        });
    crate::receipt::payment::cash_slip(
        &order.locale,
        &crate::receipt::payment::CashSlip {
            council: config.kiosk.council_name.as_deref().unwrap_or_default(),
            site: &config.kiosk.site_name,
            item: &name,
            council_reference: &order.council_reference,
            amount_pence: order.amount_pence,
            made_at: chrono::Local::now().naive_local(),
            contact: config.kiosk.council_contact.as_deref(),
        },
    )
}
