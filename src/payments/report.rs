//! What staff and finance see: `frontdoor payments list` (today's payments,
//! unknown and stuck ones first) and `frontdoor payments reconcile` (a
//! day's payments as CSV, written with the `csv` crate).

use super::{PaymentsError, format_pounds};
use crate::config::Config;
use crate::outbox::Outbox;
use crate::outbox::payments::{Payment, PaymentState};
use crate::spreadsheet::cell;
use chrono::{DateTime, Local, NaiveDate, TimeZone, Utc};
use std::borrow::Cow;
use std::path::Path;

/// One payment as `payments list` shows it: no card details.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ListRow {
    /// The kiosk's payment id.
    pub id: crate::reference::Reference,
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
            r.id.as_str(),
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

/// One line of the reconciliation CSV. Text that came from a resident, an
/// item file or a provider goes through [`cell`], so finance's spreadsheet
/// never runs it as a formula.
#[derive(Debug, serde::Serialize)]
struct CsvRow<'a> {
    date: String,
    time: String,
    payment_id: Cow<'a, str>,
    item: Cow<'a, str>,
    item_name: Cow<'a, str>,
    council_reference: Cow<'a, str>,
    quantity: Option<u32>,
    fund: Cow<'a, str>,
    method: &'a str,
    provider: Cow<'a, str>,
    provider_id: Cow<'a, str>,
    state: &'a str,
    paid: &'a str,
    amount_pence: u64,
    amount: String,
    vat_rate_percent: String,
    vat_pence: u64,
    net_pence: u64,
    card_brand: Cow<'a, str>,
    posted_to_back_office: &'a str,
    note: Cow<'a, str>,
}

fn csv_row(p: &Payment) -> CsvRow<'_> {
    let amount = p.paid_pence.unwrap_or(p.amount_pence);
    let vat = p.vat_pence();
    let at = p.created_at.with_timezone(&Local);
    CsvRow {
        date: at.format("%Y-%m-%d").to_string(),
        time: at.format("%H:%M:%S").to_string(),
        payment_id: cell(p.payment_id.as_str()),
        item: cell(&p.item_code),
        item_name: cell(&p.item_name),
        council_reference: cell(&p.council_reference),
        quantity: p.quantity,
        fund: cell(&p.fund),
        method: p.method.as_str(),
        provider: cell(&p.provider),
        provider_id: cell(p.provider_id.as_deref().unwrap_or_default()),
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
        card_brand: cell(p.card.as_ref().map_or("", |c| c.brand.as_str())),
        posted_to_back_office: if p.posted_at.is_some() { "yes" } else { "no" },
        note: cell(p.outcome.as_deref().unwrap_or_default()),
    }
}

/// The reconciliation CSV: a header, then one row per payment.
fn write_csv(payments: &[Payment], out: impl std::io::Write) -> Result<(), csv::Error> {
    let mut w = csv::Writer::from_writer(out);
    for p in payments {
        w.serialize(csv_row(p))?;
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
        ])?;
    }
    w.flush()?;
    Ok(())
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
    let file = std::fs::File::create(csv_path).map_err(|e| write_err(&e))?;
    write_csv(&payments, file).map_err(|e| write_err(&e))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payments::Method;

    fn payment(reference: &str, item_name: &str, note: &str) -> Payment {
        let at = DateTime::<Utc>::from_timestamp(1_800_000_000, 0).expect("time");
        Payment {
            payment_id: crate::reference::Reference::parse("ACDE34679E").expect("reference"),
            idempotency_key: "k".into(),
            item_code: "sacks".into(),
            item_name: item_name.into(),
            council_reference: reference.into(),
            quantity: Some(2),
            amount_pence: 600,
            vat_basis_points: 0,
            fund: "GW-4410".into(),
            service_code: "sacks".into(),
            method: Method::Phone,
            provider: "govukpay".into(),
            locale: "en-GB".into(),
            assisted: false,
            state: PaymentState::Failed,
            step: None,
            provider_id: Some("-abc".into()),
            provider_status: None,
            paid_pence: None,
            outcome: Some(note.into()),
            authorised_at: None,
            card: None,
            created_at: at,
            updated_at: at,
            settled_at: None,
            receipted_at: None,
            posted_at: None,
        }
    }

    #[test]
    fn the_reconciliation_csv_quotes_awkward_text_and_never_starts_a_formula() {
        let rows = [
            payment(
                "=HYPERLINK(\"http://x\",\"pay\")",
                "Sacks, garden",
                "declined\n\"card\"",
            ),
            payment("+44123", "@risky", "-1"),
            payment("ACDE 346 79E", "Plain", ""),
        ];
        let mut out = Vec::new();
        write_csv(&rows, &mut out).expect("csv");
        let text = String::from_utf8(out).expect("utf-8");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().expect("header").clone();
        let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
        let back: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(back.len(), 3, "{text}");
        assert!(back.iter().all(|r| r.len() == headers.len()), "{text}");
        assert_eq!(
            &back[0][col("council_reference")],
            "'=HYPERLINK(\"http://x\",\"pay\")"
        );
        assert_eq!(&back[0][col("item_name")], "Sacks, garden");
        assert_eq!(&back[0][col("note")], "declined\n\"card\"");
        assert_eq!(&back[1][col("council_reference")], "'+44123");
        assert_eq!(&back[1][col("item_name")], "'@risky");
        assert_eq!(&back[1][col("note")], "'-1");
        assert_eq!(&back[1][col("provider_id")], "'-abc");
        assert_eq!(&back[2][col("council_reference")], "ACDE 346 79E");
        assert_eq!(&back[2][col("amount_pence")], "600");
        for r in &back {
            for (i, cell) in r.iter().enumerate() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "{} starts a formula: {cell}",
                    &headers[i]
                );
            }
        }
    }
}
