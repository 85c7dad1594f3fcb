//! Payment receipts and cash slips, as pure [`Receipt`] models printed by
//! the same ESC/POS encoder as every other receipt.
//!
//! A payment receipt carries what a finance officer accepts: the council's
//! name and address, its VAT number and the VAT where VAT is charged, the
//! date and time, what was paid for, the council's reference, the fund,
//! the amount the provider took, the provider's transaction id, and for a
//! card the scheme, last four digits, application id, authorisation code
//! and how the cardholder was verified. A cash slip says where and how to
//! pay, with the council's reference; it has no barcode, because only the
//! council's own bill or payment card carries a barcode a counter can take.

use super::{Block, Receipt};
use crate::i18n;
use crate::payments::money::{format_pounds, vat_in};
use crate::payments::provider::CardDetails;
use chrono::NaiveDateTime;

/// What a payment receipt is made from. Nothing personal.
#[derive(Debug, Clone)]
pub struct Paid<'a> {
    /// The council's name.
    pub council: &'a str,
    /// The council's postal address.
    pub council_address: Option<&'a str>,
    /// The council's VAT number.
    pub vat_number: Option<&'a str>,
    /// The library or hub.
    pub site: &'a str,
    /// What was paid for, in the resident's language.
    pub item: &'a str,
    /// How many, for a fixed-price item.
    pub quantity: Option<u32>,
    /// The council's reference.
    pub council_reference: &'a str,
    /// The fund or ledger code.
    pub fund: &'a str,
    /// The amount the provider took, in pence.
    pub amount_pence: u64,
    /// The VAT rate, in hundredths of a percent.
    pub vat_basis_points: u32,
    /// When it was paid, local time.
    pub paid_at: NaiveDateTime,
    /// The kiosk's payment id, grouped for reading.
    pub payment_id: &'a str,
    /// The provider's transaction id.
    pub provider_id: &'a str,
    /// The card, for a card payment on the reader.
    pub card: Option<&'a CardDetails>,
    /// How to contact the council.
    pub contact: Option<&'a str>,
}

/// What a cash slip is made from.
#[derive(Debug, Clone)]
pub struct CashSlip<'a> {
    /// The council's name.
    pub council: &'a str,
    /// The library or hub.
    pub site: &'a str,
    /// What is to be paid for, in the resident's language.
    pub item: &'a str,
    /// The council's reference.
    pub council_reference: &'a str,
    /// How much, in pence.
    pub amount_pence: u64,
    /// When the slip was printed, local time.
    pub made_at: NaiveDateTime,
    /// How to contact the council.
    pub contact: Option<&'a str>,
}

fn when(locale: &str, at: NaiveDateTime) -> String {
    i18n::t_args(
        locale,
        "receipt-date-time",
        &[
            ("date", i18n::long_date(locale, at.date()).into()),
            ("time", at.format("%H:%M").to_string().into()),
        ],
    )
}

/// The Fluent id for how the cardholder was verified, from the provider's
/// word; `None` when it gave none.
pub fn verification_id(method: &str) -> &'static str {
    match method {
        "online_pin" | "offline_pin" | "pin" => "pay-receipt-verified-pin",
        "signature" | "offline_pin_and_signature" => "pay-receipt-verified-signature",
        "consumer_device" | "cdcvm" | "device" => "pay-receipt-verified-device",
        "none" | "no_cvm" | "approval" => "pay-receipt-verified-none",
        _ => "pay-receipt-verified-other",
    }
}

fn header(blocks: &mut Vec<Block>, council: &str, address: Option<&str>, site: &str) {
    if !council.is_empty() {
        blocks.push(Block::Title(council.to_string()));
    }
    if let Some(a) = address {
        blocks.push(Block::Centre(a.to_string()));
    }
    blocks.push(Block::Centre(site.to_string()));
    blocks.push(Block::Rule);
}

fn footer(blocks: &mut Vec<Block>, locale: &str, contact: Option<&str>, keep: &str) {
    if let Some(contact) = contact {
        blocks.push(Block::Heading(i18n::t(locale, "receipt-contact")));
        blocks.push(Block::Para(contact.to_string()));
    }
    blocks.push(Block::Rule);
    blocks.push(Block::Centre(i18n::t(locale, keep)));
}

/// The receipt for a paid payment, in `locale`.
pub fn paid(locale: &str, f: &Paid<'_>) -> Receipt {
    let t = |id: &str, args: &[(&str, i18n::Arg)]| i18n::t_args(locale, id, args);
    let mut b = Vec::new();
    header(&mut b, f.council, f.council_address, f.site);
    b.push(Block::Heading(t("pay-receipt-title", &[])));
    b.push(Block::Para(t(
        "pay-receipt-paid-on",
        &[("when", when(locale, f.paid_at).into())],
    )));
    b.push(Block::Rule);
    b.push(Block::Heading(f.item.to_string()));
    if let Some(q) = f.quantity {
        b.push(Block::Para(t(
            "pay-receipt-quantity",
            &[("quantity", q.into())],
        )));
    }
    b.push(Block::Para(t(
        "pay-receipt-council-reference",
        &[("reference", f.council_reference.into())],
    )));
    b.push(Block::Para(t(
        "pay-receipt-fund",
        &[("fund", f.fund.into())],
    )));
    b.push(Block::Rule);
    b.push(Block::Centre(t("pay-receipt-amount", &[])));
    b.push(Block::Reference(format_pounds(f.amount_pence)));
    if f.vat_basis_points > 0 {
        // A percentage: "20", "17.5".
        let rate = f64::from(f.vat_basis_points) / 100.0;
        b.push(Block::Para(t(
            "pay-receipt-vat",
            &[
                ("rate", rate.into()),
                (
                    "vat",
                    format_pounds(vat_in(f.amount_pence, f.vat_basis_points)).into(),
                ),
            ],
        )));
        if let Some(n) = f.vat_number {
            b.push(Block::Para(t(
                "pay-receipt-vat-number",
                &[("number", n.into())],
            )));
        }
    }
    b.push(Block::Rule);
    how_paid(&mut b, locale, f.card);
    b.push(Block::Para(t(
        "pay-receipt-transaction",
        &[("id", f.provider_id.into())],
    )));
    b.push(Block::Para(t(
        "pay-receipt-payment-id",
        &[("id", f.payment_id.into())],
    )));
    footer(&mut b, locale, f.contact, "pay-receipt-keep");
    Receipt {
        rtl: i18n::is_rtl(locale),
        blocks: b,
    }
}

/// How it was paid: the card's brand, last four digits, application,
/// authorisation and verification, or "on your phone".
fn how_paid(b: &mut Vec<Block>, locale: &str, card: Option<&CardDetails>) {
    let t = |id: &str, args: &[(&str, i18n::Arg)]| i18n::t_args(locale, id, args);
    match card {
        Some(card) => {
            b.push(Block::Para(t(
                "pay-receipt-card",
                &[
                    ("brand", card.brand.to_uppercase().into()),
                    ("last4", (&card.last4).into()),
                ],
            )));
            if let Some(aid) = &card.application_id {
                let name = card.application_name.clone().unwrap_or_default();
                b.push(Block::Para(t(
                    "pay-receipt-application",
                    &[("aid", aid.into()), ("name", name.into())],
                )));
            }
            if let Some(code) = &card.authorisation_code {
                b.push(Block::Para(t(
                    "pay-receipt-authorisation",
                    &[("code", code.into())],
                )));
            }
            if let Some(v) = &card.verification {
                b.push(Block::Para(t(verification_id(v), &[])));
            }
        }
        None => b.push(Block::Para(t("pay-receipt-phone", &[]))),
    }
}

/// The slip for paying with cash at a Post Office or PayPoint, in `locale`.
pub fn cash_slip(locale: &str, f: &CashSlip<'_>) -> Receipt {
    let t = |id: &str, args: &[(&str, i18n::Arg)]| i18n::t_args(locale, id, args);
    let mut b = Vec::new();
    header(&mut b, f.council, None, f.site);
    b.push(Block::Heading(t("pay-cash-title", &[])));
    b.push(Block::Para(when(locale, f.made_at)));
    b.push(Block::Heading(f.item.to_string()));
    b.push(Block::Para(t(
        "pay-cash-amount",
        &[("amount", format_pounds(f.amount_pence).into())],
    )));
    b.push(Block::Rule);
    b.push(Block::Centre(t("pay-cash-reference", &[])));
    b.push(Block::Reference(f.council_reference.to_string()));
    b.push(Block::Rule);
    b.push(Block::Heading(t("pay-cash-where-heading", &[])));
    b.push(Block::Para(t("pay-cash-where", &[])));
    b.push(Block::Heading(t("pay-cash-how-heading", &[])));
    b.push(Block::Para(t("pay-cash-how", &[])));
    b.push(Block::Para(t("pay-cash-not-paid", &[])));
    footer(&mut b, locale, f.contact, "pay-cash-keep");
    Receipt {
        rtl: i18n::is_rtl(locale),
        blocks: b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 18)
            .and_then(|d| d.and_hms_opt(14, 5, 0))
            .unwrap_or_default()
    }

    fn card() -> CardDetails {
        CardDetails {
            brand: "visa".into(),
            last4: "4242".into(),
            application_id: Some("A0000000031010".into()),
            application_name: Some("VISA CREDIT".into()),
            authorisation_code: Some("123456".into()),
            verification: Some("online_pin".into()),
        }
    }

    fn facts<'a>(card: Option<&'a CardDetails>, vat: u32) -> Paid<'a> {
        Paid {
            council: "Demo District Council",
            council_address: Some("Civic Centre, Demo Road, DM1 1AA"),
            vat_number: Some("GB 123 4567 89"),
            site: "Demo Library",
            item: "Garden waste sacks",
            quantity: Some(2),
            council_reference: "12345678",
            fund: "GW-4410",
            amount_pence: 600,
            vat_basis_points: vat,
            paid_at: at(),
            payment_id: "ACDE 346 79E",
            provider_id: "pi_123",
            card,
            contact: Some("01234 567890"),
        }
    }

    #[test]
    fn a_card_receipt_has_what_finance_needs() {
        let c = card();
        let r = paid("en-GB", &facts(Some(&c), 2000));
        let text: Vec<&str> = r.lines().collect();
        let all = text.join("\n");
        for want in [
            "Demo District Council",
            "Civic Centre, Demo Road, DM1 1AA",
            "Wednesday 18 November 2026 at 14:05",
            "Garden waste sacks",
            "12345678",
            "GW-4410",
            "£6.00",
            "£1.00",
            "GB 123 4567 89",
            "VISA",
            "4242",
            "A0000000031010",
            "123456",
            "PIN",
            "pi_123",
            "ACDE 346 79E",
        ] {
            assert!(all.contains(want), "missing {want} in\n{all}");
        }
        // The card number never appears beyond its last four digits.
        assert!(!all.contains("4242 4242"));
        assert!(!r.to_escpos(crate::receipt::WIDE).is_empty());
    }

    #[test]
    fn no_vat_lines_when_none_is_charged_and_no_card_lines_for_the_phone() {
        let r = paid("en-GB", &facts(None, 0));
        let all: Vec<&str> = r.lines().collect();
        let all = all.join("\n");
        assert!(!all.contains("VAT"), "{all}");
        assert!(!all.contains("4242"));
        assert!(all.contains("GOV.UK Pay"), "{all}");
    }

    #[test]
    fn the_cash_slip_says_where_and_has_no_barcode() {
        let r = cash_slip(
            "cy",
            &CashSlip {
                council: "Cyngor",
                site: "Llyfrgell",
                item: "Treth Gyngor",
                council_reference: "12345674",
                amount_pence: 12_345,
                made_at: at(),
                contact: None,
            },
        );
        assert!(r.blocks.contains(&Block::Reference("12345674".into())));
        assert!(!r.blocks.iter().any(|b| matches!(b, Block::Qr(_))));
        let all: Vec<&str> = r.lines().collect();
        assert!(all.join("\n").contains("£123.45"));
    }
}
