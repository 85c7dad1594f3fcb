//! Checking an item file: its code, names, fund and VAT, its price rule,
//! its reference rule and where a paid payment goes, each problem named by
//! its key.

use super::{Item, ItemError};
use crate::payments::check::Scheme;
use crate::payments::money::MAX_PAYMENT_PENCE;

impl Item {
    /// Checks everything that parses but cannot work, and compiles the
    /// reference pattern.
    pub(super) fn validate(&mut self, file: &str) -> Result<(), ItemError> {
        self.check_names(file)?;
        self.check_price(file)?;
        self.check_reference_rule(file)?;
        self.check_posting(file)
    }

    /// The code, the names, the fund and the VAT rate.
    fn check_names(&self, file: &str) -> Result<(), ItemError> {
        let bad = |key: &str, problem: String| {
            Err(ItemError {
                file: file.into(),
                key: key.into(),
                problem,
            })
        };
        let code_ok = !self.code.is_empty()
            && self.code.len() <= 40
            && self
                .code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !code_ok {
            return bad(
                "code",
                "use 1 to 40 small letters, digits, dashes or underscores, such as garden_sacks"
                    .into(),
            );
        }
        if self
            .name
            .get(crate::i18n::SOURCE)
            .is_none_or(|n| n.trim().is_empty())
        {
            return bad("name", "give at least the en-GB name".into());
        }
        for locale in self.name.keys() {
            if !crate::i18n::is_known(locale) {
                return bad(
                    &format!("name.{locale}"),
                    format!("{locale} is not a language the kiosk has"),
                );
            }
        }
        if self.fund.trim().is_empty() || self.fund.len() > 40 {
            return bad(
                "fund",
                "give the fund or ledger code finance posts it to (up to 40 characters)".into(),
            );
        }
        if !(0.0..=100.0).contains(&self.vat_rate)
            || (self.vat_rate * 100.0 - (self.vat_rate * 100.0).round()).abs() > 1e-6
        {
            return bad(
                "vat_rate",
                "give the VAT rate in percent, such as 0, 5 or 20, with at most two decimals"
                    .into(),
            );
        }
        Ok(())
    }

    /// A fixed price with a most at once, or a range the resident enters.
    fn check_price(&self, file: &str) -> Result<(), ItemError> {
        let bad = |key: &str, problem: String| {
            Err(ItemError {
                file: file.into(),
                key: key.into(),
                problem,
            })
        };
        match (
            self.price_pence,
            self.max_quantity,
            self.min_pence,
            self.max_pence,
        ) {
            (Some(p), Some(q), None, None) => {
                if p == 0 {
                    return bad("price_pence", "a price must be at least 1 penny".into());
                }
                if q == 0 || q > 100 {
                    return bad("max_quantity", "use a number from 1 to 100".into());
                }
                if p.saturating_mul(u64::from(q)) > MAX_PAYMENT_PENCE {
                    return bad(
                        "max_quantity",
                        "price_pence × max_quantity is above £100,000, the most one payment can be"
                            .into(),
                    );
                }
            }
            (Some(_), None, None, None) => {
                return bad(
                    "max_quantity",
                    "a fixed price needs max_quantity too".into(),
                );
            }
            (None, None, Some(lo), Some(hi)) => {
                if lo == 0 || lo > hi {
                    return bad(
                        "min_pence",
                        "min_pence must be at least 1 and not above max_pence".into(),
                    );
                }
                if hi > MAX_PAYMENT_PENCE {
                    return bad(
                        "max_pence",
                        "£100,000 (10000000 pence) is the most one payment can be".into(),
                    );
                }
            }
            _ => {
                return bad(
                    "price_pence",
                    "give either price_pence and max_quantity (a fixed price) or min_pence and max_pence (an amount the resident enters), not a mix".into(),
                );
            }
        }
        Ok(())
    }

    /// The reference pattern (compiled here) and its check-digit weights.
    fn check_reference_rule(&mut self, file: &str) -> Result<(), ItemError> {
        let bad = |key: &str, problem: String| {
            Err(ItemError {
                file: file.into(),
                key: key.into(),
                problem,
            })
        };
        let anchored = format!("^(?:{})$", self.reference.pattern);
        match regex::Regex::new(&anchored) {
            Ok(re) => self.compiled = Some(re),
            Err(e) => {
                return bad(
                    "reference.pattern",
                    format!("not a regular expression: {e}"),
                );
            }
        }
        if !self.reference.weights.is_empty() {
            if !matches!(self.reference.check, Scheme::Mod10 | Scheme::Mod11) {
                return bad(
                    "reference.weights",
                    "weights are only for check = \"mod10\" or \"mod11\"".into(),
                );
            }
            if self.reference.weights.iter().any(|w| *w == 0 || *w > 99) {
                return bad(
                    "reference.weights",
                    "use weights from 1 to 99, as the council's specification lists them".into(),
                );
            }
        }
        Ok(())
    }

    /// The ways to pay and the Open311 service a paid payment goes to.
    fn check_posting(&self, file: &str) -> Result<(), ItemError> {
        let bad = |key: &str, problem: String| {
            Err(ItemError {
                file: file.into(),
                key: key.into(),
                problem,
            })
        };
        if self.methods.is_empty() {
            return bad(
                "methods",
                "list at least one of \"phone\", \"card\", \"cash\"".into(),
            );
        }
        if self.service_code.trim().is_empty() {
            return bad(
                "service_code",
                "give the Open311 service a paid payment is posted to".into(),
            );
        }
        Ok(())
    }
}
