//! What staff and finance see: `frontdoor payments list` (today's payments,
//! unknown and stuck ones first) and `frontdoor payments reconcile` (a
//! day's payments as CSV, written with the `csv` crate).

use super::{PaymentsError, format_pounds};
use crate::config::Config;
use crate::outbox::Outbox;
use crate::outbox::payments::{Payment, PaymentState};
use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use std::path::Path;

/// One payment as `payments list` shows it: no card details.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListRow {
    /// The kiosk's payment id.
    pub id: String,
    /// When it was started, local time.
    pub time: String,
    /// The item's code.
    pub item: String,
    /// The council's reference.
    pub council_reference: String,
    /// Pence: taken when paid, else asked.
    pub amount_pence: u64,
    /// Where it is.
    pub state: PaymentState,
    /// phone or card.
    pub method: String,
    /// The provider.
    pub provider: String,
    /// The provider's id.
    pub provider_id: Option<String>,
    /// Why it failed or what is awaited.
    pub outcome: Option<String>,
}

/// The local day `date` as a UTC range.
fn day(date: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let start = |d: NaiveDate| {
        let midnight = d.and_hms_opt(0, 0, 0).unwrap_or_default();
        Local
            .from_local_datetime(&midnight)
            .earliest()
            .map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc))
    };
    (start(date), start(date.succ_opt().unwrap_or(date)))
}

/// The order staff want: unknown first, then still in progress, then the
/// rest by time.
fn urgency(s: PaymentState) -> u8 {
    match s {
        PaymentState::Unknown => 0,
        PaymentState::Created | PaymentState::AwaitingResident => 1,
        PaymentState::Succeeded | PaymentState::Receipted => 2,
        _ => 3,
    }
}

/// Today's payments (local day) from `store`, unknown and stuck first.
pub fn list_today(store: &Outbox) -> Result<Vec<ListRow>, PaymentsError> {
    list_on(store, Local::now().date_naive())
}

/// The payments started on local day `date`, unknown and stuck first: what
/// the hub view lists for today.
pub fn list_on(store: &Outbox, date: NaiveDate) -> Result<Vec<ListRow>, PaymentsError> {
    let (from, to) = day(date);
    let mut rows: Vec<ListRow> = store
        .payments_between(from, to)?
        .into_iter()
        .map(|p| ListRow {
            time: p
                .created_at
                .with_timezone(&Local)
                .format("%H:%M:%S")
                .to_string(),
            amount_pence: p.paid_pence.unwrap_or(p.amount_pence),
            method: p.method.as_str().to_string(),
            id: p.payment_id,
            item: p.item_code,
            council_reference: p.council_reference,
            state: p.state,
            provider: p.provider,
            provider_id: p.provider_id,
            outcome: p.outcome,
        })
        .collect();
    rows.sort_by_key(|r| urgency(r.state));
    Ok(rows)
}

fn open(config: &Config) -> Result<Outbox, PaymentsError> {
    Ok(Outbox::open(&config.database_path())?)
}

/// `frontdoor payments list [--json]`: prints today's payments.
pub fn print_list(config: &Config, json: bool) -> Result<(), PaymentsError> {
    let rows = list_today(&open(config)?)?;
    if json {
        let text = serde_json::to_string_pretty(&rows)
            .map_err(|e| PaymentsError::Write("standard output".into(), e.to_string()))?;
        println!("{text}");
        return Ok(());
    }
    if rows.is_empty() {
        println!("no payments today");
        return Ok(());
    }
    println!(
        "{:<12} {:<8} {:<16} {:>10} {:<18} {:<16} provider id",
        "id", "time", "item", "amount", "state", "provider"
    );
    for r in &rows {
        println!(
            "{:<12} {:<8} {:<16} {:>10} {:<18} {:<16} {}",
            r.id,
            r.time,
            r.item,
            format_pounds(r.amount_pence),
            r.state.as_str(),
            r.provider,
            r.provider_id.as_deref().unwrap_or("-")
        );
    }
    Ok(())
}

/// One line of the reconciliation CSV.
#[derive(Debug, serde::Serialize)]
struct CsvRow<'a> {
    date: String,
    time: String,
    payment_id: &'a str,
    item: &'a str,
    item_name: &'a str,
    council_reference: &'a str,
    quantity: Option<u32>,
    fund: &'a str,
    method: &'a str,
    provider: &'a str,
    provider_id: &'a str,
    state: &'a str,
    paid: &'a str,
    amount_pence: u64,
    amount: String,
    vat_rate_percent: String,
    vat_pence: u64,
    net_pence: u64,
    card_brand: &'a str,
    posted_to_back_office: &'a str,
    note: &'a str,
}

fn csv_row(p: &Payment) -> CsvRow<'_> {
    let amount = p.paid_pence.unwrap_or(p.amount_pence);
    let vat = p.vat_pence();
    let at = p.created_at.with_timezone(&Local);
    CsvRow {
        date: at.format("%Y-%m-%d").to_string(),
        time: at.format("%H:%M:%S").to_string(),
        payment_id: &p.payment_id,
        item: &p.item_code,
        item_name: &p.item_name,
        council_reference: &p.council_reference,
        quantity: p.quantity,
        fund: &p.fund,
        method: p.method.as_str(),
        provider: &p.provider,
        provider_id: p.provider_id.as_deref().unwrap_or_default(),
        state: p.state.as_str(),
        paid: if p.state.is_paid() { "yes" } else { "no" },
        amount_pence: amount,
        amount: format!("{}.{:02}", amount / 100, amount % 100),
        vat_rate_percent: format!(
            "{}.{:02}",
            p.vat_basis_points / 100,
            p.vat_basis_points % 100
        ),
        vat_pence: vat,
        net_pence: amount - vat,
        card_brand: p.card.as_ref().map_or("", |c| c.brand.as_str()),
        posted_to_back_office: if p.posted_at.is_some() { "yes" } else { "no" },
        note: p.outcome.as_deref().unwrap_or_default(),
    }
}

/// `frontdoor payments reconcile --date YYYY-MM-DD --csv FILE`: writes every
/// payment started that local day, one row each, with provider ids, fund
/// codes, amounts and VAT; `paid` says which took money. Prints the totals
/// by fund, and warns about payments still unknown.
pub fn reconcile(config: &Config, date: &str, csv_path: &Path) -> Result<(), PaymentsError> {
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d")
        .map_err(|_| PaymentsError::Date(date.to_string()))?;
    let (from, to) = day(date);
    let payments = open(config)?.payments_between(from, to)?;
    let write_err =
        |e: &dyn std::fmt::Display| PaymentsError::Write(csv_path.to_path_buf(), e.to_string());
    let mut w = csv::Writer::from_path(csv_path).map_err(|e| write_err(&e))?;
    for p in &payments {
        w.serialize(csv_row(p)).map_err(|e| write_err(&e))?;
    }
    if payments.is_empty() {
        // A header even for a day with none, so finance's import works.
        w.write_record([
            "date",
            "time",
            "payment_id",
            "item",
            "item_name",
            "council_reference",
            "quantity",
            "fund",
            "method",
            "provider",
            "provider_id",
            "state",
            "paid",
            "amount_pence",
            "amount",
            "vat_rate_percent",
            "vat_pence",
            "net_pence",
            "card_brand",
            "posted_to_back_office",
            "note",
        ])
        .map_err(|e| write_err(&e))?;
    }
    w.flush().map_err(|e| write_err(&e))?;
    let mut funds: std::collections::BTreeMap<&str, (u64, u64)> = Default::default();
    for p in payments.iter().filter(|p| p.state.is_paid()) {
        let e = funds.entry(p.fund.as_str()).or_default();
        e.0 += p.paid_pence.unwrap_or(p.amount_pence);
        e.1 += p.vat_pence();
    }
    let paid = payments.iter().filter(|p| p.state.is_paid()).count();
    println!(
        "{date}: {} payments, {paid} paid, written to {}",
        payments.len(),
        csv_path.display()
    );
    for (fund, (gross, vat)) in &funds {
        println!(
            "  fund {fund}: {} (VAT {})",
            format_pounds(*gross),
            format_pounds(*vat)
        );
    }
    let unknown = payments.iter().filter(|p| !p.state.is_settled()).count();
    if unknown > 0 {
        eprintln!(
            "{unknown} payments are not settled yet (unknown or in progress): check them with the provider or run the kiosk so it can ask"
        );
    }
    Ok(())
}
