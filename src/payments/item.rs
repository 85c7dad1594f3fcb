//! Payable items: what a resident can pay for, one TOML file each, in the
//! folder `[payments] items` names (or the demo items compiled in from
//! `assets/payments/`).
//!
//! ```toml
//! code = "garden_sacks"
//! fund = "GW-4410"                # the ledger or fund code finance posts it to
//! vat_rate = 0                    # percent, such as 0, 5 or 20
//! price_pence = 250               # a fixed price ...
//! max_quantity = 10               # ... bought 1 to max_quantity at a time
//! # min_pence = 100               # or an amount the resident enters,
//! # max_pence = 500000            # between these
//! methods = ["phone", "card", "cash"]
//! service_code = "order-sacks"    # the Open311 service a paid payment is posted to
//! [name]
//! en-GB = "Garden waste sacks"
//! cy = "Sachau gwastraff gardd"
//! [reference]
//! pattern = "[0-9]{8}"            # the whole reference, after spaces and dashes are removed
//! check = "luhn"                  # none | luhn | mod10 | mod11
//! weights = [3, 1]                # mod10 and mod11 only; default 3,1 and 7,6,5,4,3,2
//! label = { en-GB = "Your garden waste account number" }   # optional
//! ```

mod validate;

use super::check::{self, Scheme};
use super::money::MAX_PAYMENT_PENCE;
use crate::config::payments::BUNDLED_ITEMS;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The demo items, compiled in: `(file name, TOML)`.
pub const BUNDLED: &[(&str, &str)] = &[
    (
        "garden-sacks.toml",
        include_str!("../../assets/payments/garden-sacks.toml"),
    ),
    (
        "council-tax.toml",
        include_str!("../../assets/payments/council-tax.toml"),
    ),
    (
        "parking-penalty.toml",
        include_str!("../../assets/payments/parking-penalty.toml"),
    ),
];

/// How a resident may pay.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// On their own phone, through GOV.UK Pay, from a QR code.
    Phone,
    /// On the card reader beside the kiosk.
    Card,
    /// Later, with cash at a Post Office or PayPoint (a printed slip).
    Cash,
}

impl Method {
    /// The name stored and shown to staff.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Phone => "phone",
            Method::Card => "card",
            Method::Cash => "cash",
        }
    }
}

/// `[reference]`: how the council's own reference for the thing paid for
/// looks.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceRule {
    /// A regular expression the whole reference must match, after spaces
    /// and dashes are taken out and letters made capitals.
    pub pattern: String,
    /// The check digit scheme.
    #[serde(default)]
    pub check: Scheme,
    /// Weights for mod10 and mod11, right-aligned (see [`check`]).
    #[serde(default)]
    pub weights: Vec<u32>,
    /// What the reference is called on the bill, per locale, for the
    /// question page (such as "Council tax account number").
    #[serde(default)]
    pub label: BTreeMap<String, String>,
}

/// One payable item, as its file says.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Unique code, such as `garden-sacks`.
    pub code: String,
    /// Its name per locale; `en-GB` is required.
    pub name: BTreeMap<String, String>,
    /// The fund or ledger code finance posts it to.
    pub fund: String,
    /// The VAT rate in percent (0, 5, 20, or with up to two decimals).
    #[serde(default)]
    pub vat_rate: f64,
    /// A fixed price per unit, in pence.
    #[serde(default)]
    pub price_pence: Option<u64>,
    /// With `price_pence`: the most units one payment may buy.
    #[serde(default)]
    pub max_quantity: Option<u32>,
    /// With no price: the smallest amount a resident may enter, in pence.
    #[serde(default)]
    pub min_pence: Option<u64>,
    /// With no price: the largest amount a resident may enter, in pence.
    #[serde(default)]
    pub max_pence: Option<u64>,
    /// The council's reference for what is being paid.
    pub reference: ReferenceRule,
    /// Which ways of paying the item allows.
    pub methods: Vec<Method>,
    /// The Open311 service a paid payment is posted to.
    pub service_code: String,
    /// The compiled pattern, anchored at both ends.
    #[serde(skip)]
    compiled: Option<regex::Regex>,
}

/// How much a resident pays for an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Price {
    /// A fixed price per unit, 1 to `max_quantity` units.
    Fixed {
        /// Pence per unit.
        unit_pence: u64,
        /// Most units per payment.
        max_quantity: u32,
    },
    /// An amount the resident enters.
    Entered {
        /// Least, in pence.
        min_pence: u64,
        /// Most, in pence.
        max_pence: u64,
    },
}

/// What the resident chose to pay: a quantity of a fixed-price item, or an
/// amount they typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    /// This many units of a fixed-price item.
    Quantity(u32),
    /// This many pence.
    Pence(u64),
}

/// Why a reference or amount cannot be used. Each has a Fluent id for the
/// message the resident sees at the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EntryError {
    /// The reference is empty.
    #[error("no reference was given")]
    ReferenceMissing,
    /// The reference does not look like the council's.
    #[error("the reference does not look right")]
    ReferencePattern,
    /// The check digit is wrong: most likely a typing mistake.
    #[error("the reference's check digit does not match")]
    ReferenceCheck,
    /// Below the least amount.
    #[error("the amount is below the least allowed")]
    AmountTooLow {
        /// The least, in pence.
        min_pence: u64,
    },
    /// Above the most.
    #[error("the amount is above the most allowed")]
    AmountTooHigh {
        /// The most, in pence.
        max_pence: u64,
    },
    /// The amount could not be read as pounds and pence.
    #[error("the amount is not in pounds and pence")]
    AmountUnreadable,
    /// A quantity outside 1..=max.
    #[error("the quantity is not allowed")]
    Quantity {
        /// The most.
        max: u32,
    },
}

impl EntryError {
    /// The Fluent id of what the resident is told.
    pub fn message_id(&self) -> &'static str {
        match self {
            EntryError::ReferenceMissing => "pay-error-reference-missing",
            EntryError::ReferencePattern => "pay-error-reference-pattern",
            EntryError::ReferenceCheck => "pay-error-reference-check",
            EntryError::AmountTooLow { .. } => "pay-error-amount-low",
            EntryError::AmountTooHigh { .. } => "pay-error-amount-high",
            EntryError::AmountUnreadable => "pay-error-amount-unreadable",
            EntryError::Quantity { .. } => "pay-error-quantity",
        }
    }

    /// What the resident is told, in `locale`.
    pub fn message(&self, locale: &str) -> String {
        let args: Vec<(&str, crate::i18n::Arg)> = match self {
            EntryError::AmountTooLow { min_pence } => {
                vec![("min", super::money::format_pounds(*min_pence).into())]
            }
            EntryError::AmountTooHigh { max_pence } => {
                vec![("max", super::money::format_pounds(*max_pence).into())]
            }
            EntryError::Quantity { max } => vec![("max", (*max).into())],
            _ => Vec::new(),
        };
        crate::i18n::t_args(locale, self.message_id(), &args)
    }
}

/// A problem with an item file, for `check-config`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {key}: {problem}")]
pub struct ItemError {
    /// The item file.
    pub file: String,
    /// The key, such as `reference.pattern`.
    pub key: String,
    /// What is wrong and what to do.
    pub problem: String,
}

/// Takes out spaces and dashes and makes letters capitals, as residents type
/// and scanners read references in many ways.
pub fn normalise_reference(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '/' | '.'))
        .flat_map(char::to_uppercase)
        .collect()
}

impl Item {
    /// Parses and checks one item file's text. `file` names it in errors.
    pub fn parse(text: &str, file: &str) -> Result<Item, ItemError> {
        let mut item: Item = toml::from_str(text).map_err(|e| ItemError {
            file: file.into(),
            key: e
                .span()
                .map(|s| {
                    let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                    format!("line {line}")
                })
                .unwrap_or_else(|| "(file)".into()),
            problem: e.message().trim().to_string(),
        })?;
        item.validate(file)?;
        Ok(item)
    }

    /// The price rule.
    pub fn price(&self) -> Price {
        match (self.price_pence, self.max_quantity) {
            (Some(unit_pence), Some(max_quantity)) => Price::Fixed {
                unit_pence,
                max_quantity,
            },
            _ => Price::Entered {
                min_pence: self.min_pence.unwrap_or(1),
                max_pence: self.max_pence.unwrap_or(MAX_PAYMENT_PENCE),
            },
        }
    }

    /// The VAT rate in hundredths of a percent (20% = 2000).
    pub fn vat_basis_points(&self) -> u32 {
        (self.vat_rate * 100.0).round() as u32
    }

    /// The name in `locale`, falling back to its language, then en-GB.
    pub fn name_in(&self, locale: &str) -> &str {
        let lang = locale.split('-').next().unwrap_or(locale);
        self.name
            .get(locale)
            .or_else(|| self.name.get(lang))
            .or_else(|| self.name.get(crate::i18n::SOURCE))
            .map_or(self.code.as_str(), String::as_str)
    }

    /// What the reference is called on the bill in `locale`, if the item
    /// says.
    pub fn reference_label_in(&self, locale: &str) -> Option<&str> {
        let l = &self.reference.label;
        l.get(locale)
            .or_else(|| l.get(locale.split('-').next().unwrap_or(locale)))
            .or_else(|| l.get(crate::i18n::SOURCE))
            .map(String::as_str)
    }

    /// Whether the item allows `method`.
    pub fn allows(&self, method: Method) -> bool {
        self.methods.contains(&method)
    }

    /// Checks a typed or scanned reference; returns it normalised.
    pub fn check_reference(&self, typed: &str) -> Result<String, EntryError> {
        let r = normalise_reference(typed);
        if r.is_empty() {
            return Err(EntryError::ReferenceMissing);
        }
        let matches = self.compiled.as_ref().is_some_and(|re| re.is_match(&r));
        if !matches {
            return Err(EntryError::ReferencePattern);
        }
        check::verify(&r, self.reference.check, &self.reference.weights)
            .map_err(|_| EntryError::ReferenceCheck)?;
        Ok(r)
    }

    /// The total in pence for `amount`, within the item's limits.
    pub fn total(&self, amount: Amount) -> Result<u64, EntryError> {
        match (self.price(), amount) {
            (
                Price::Fixed {
                    unit_pence,
                    max_quantity,
                },
                Amount::Quantity(q),
            ) => {
                if q == 0 || q > max_quantity {
                    return Err(EntryError::Quantity { max: max_quantity });
                }
                Ok(unit_pence * u64::from(q))
            }
            (
                Price::Entered {
                    min_pence,
                    max_pence,
                },
                Amount::Pence(p),
            ) => {
                if p < min_pence {
                    Err(EntryError::AmountTooLow { min_pence })
                } else if p > max_pence {
                    Err(EntryError::AmountTooHigh { max_pence })
                } else {
                    Ok(p)
                }
            }
            (Price::Fixed { max_quantity, .. }, Amount::Pence(_)) => {
                Err(EntryError::Quantity { max: max_quantity })
            }
            (Price::Entered { .. }, Amount::Quantity(_)) => Err(EntryError::AmountUnreadable),
        }
    }
}

/// The council's payable items, by code.
#[derive(Debug, Clone, Default)]
pub struct Items {
    items: Vec<Item>,
}

impl Items {
    /// Loads the items `[payments] items` names: the bundled demo items, or
    /// every `*.toml` file in the folder (a relative folder is taken from
    /// the config file's folder). Two items with one code are refused.
    pub fn load(setting: &str, config_dir: Option<&Path>) -> Result<Items, ItemError> {
        let mut files: Vec<(String, String)> = Vec::new();
        if setting == BUNDLED_ITEMS {
            files.extend(
                BUNDLED
                    .iter()
                    .map(|(n, t)| (format!("{BUNDLED_ITEMS}/{n}"), t.to_string())),
            );
        } else {
            let mut dir = PathBuf::from(setting);
            if dir.is_relative()
                && let Some(base) = config_dir
            {
                dir = base.join(dir);
            }
            let entries = std::fs::read_dir(&dir).map_err(|e| ItemError {
                file: dir.display().to_string(),
                key: "payments.items".into(),
                problem: format!("cannot read the folder of payable items: {e}"),
            })?;
            let mut paths: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            paths.sort();
            for p in paths {
                let text = std::fs::read_to_string(&p).map_err(|e| ItemError {
                    file: p.display().to_string(),
                    key: "(file)".into(),
                    problem: format!("cannot read it: {e}"),
                })?;
                files.push((p.display().to_string(), text));
            }
            if files.is_empty() {
                return Err(ItemError {
                    file: dir.display().to_string(),
                    key: "payments.items".into(),
                    problem: "the folder has no item files (*.toml)".into(),
                });
            }
        }
        let mut items: Vec<Item> = Vec::new();
        for (file, text) in files {
            let item = Item::parse(&text, &file)?;
            if items.iter().any(|i| i.code == item.code) {
                return Err(ItemError {
                    file,
                    key: "code".into(),
                    problem: format!("another item already has the code {}", item.code),
                });
            }
            items.push(item);
        }
        Ok(Items { items })
    }

    /// Items from already parsed items (tests, adapters).
    pub fn from_items(items: Vec<Item>) -> Items {
        Items { items }
    }

    /// Every item, in file name order.
    pub fn all(&self) -> &[Item] {
        &self.items
    }

    /// The item with `code`.
    pub fn get(&self, code: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_items_load_and_check_references() {
        let items = Items::load(BUNDLED_ITEMS, None).expect("bundled items");
        assert_eq!(items.all().len(), 3);
        let tax = items.get("council_tax").expect("council tax");
        let good = check::complete("5012345", tax.reference.check, &tax.reference.weights)
            .expect("a reference");
        assert_eq!(tax.check_reference(&format!(" {good} ")), Ok(good.clone()));
        let mut wrong = good.clone();
        let last = wrong.pop().and_then(|c| c.to_digit(10)).unwrap_or(0);
        wrong.push(char::from_digit((last + 1) % 10, 10).unwrap_or('0'));
        assert_eq!(tax.check_reference(&wrong), Err(EntryError::ReferenceCheck));
        assert_eq!(tax.check_reference("12"), Err(EntryError::ReferencePattern));
        assert_eq!(tax.check_reference("  "), Err(EntryError::ReferenceMissing));
        let sacks = items.get("garden_sacks").expect("sacks");
        assert_eq!(
            sacks.total(Amount::Quantity(2)),
            Ok(2 * sacks.price_pence.unwrap_or(0))
        );
        assert_eq!(
            sacks.total(Amount::Quantity(0)),
            Err(EntryError::Quantity { max: 10 })
        );
        let low = tax.total(Amount::Pence(0)).expect_err("too low");
        assert_eq!(low, EntryError::AmountTooLow { min_pence: 100 });
        assert_eq!(low.message("en-GB"), "Enter at least £1.00.");
        // Every bundled item is named in every shipped language.
        for item in items.all() {
            for lang in crate::i18n::languages() {
                assert!(
                    item.name.contains_key(lang.id),
                    "{} in {}",
                    item.code,
                    lang.id
                );
            }
        }
    }

    #[test]
    fn item_mistakes_name_the_key() {
        let base = "code = \"x\"\nfund = \"F1\"\nmethods = [\"cash\"]\nservice_code = \"s\"\n[name]\nen-GB = \"X\"\n";
        let cases = [
            ("price_pence = 100\n", "max_quantity"),
            (
                "price_pence = 100\nmax_quantity = 2\nmin_pence = 1\nmax_pence = 2\n",
                "price_pence",
            ),
            ("min_pence = 5\nmax_pence = 2\n", "min_pence"),
            ("min_pence = 5\nmax_pence = 20000000\n", "max_pence"),
            (
                "vat_rate = 20.001\nmin_pence = 1\nmax_pence = 2\n",
                "vat_rate",
            ),
        ];
        for (extra, key) in cases {
            let text = format!("{extra}{base}[reference]\npattern = \"[0-9]+\"\n");
            let e = Item::parse(&text, "x.toml").expect_err(key);
            assert_eq!(e.key, key, "{e}");
        }
        let e = Item::parse(
            &format!("min_pence = 1\nmax_pence = 2\n{base}[reference]\npattern = \"[0-9\"\n"),
            "x.toml",
        )
        .expect_err("bad regex");
        assert_eq!(e.key, "reference.pattern");
        let e = Item::parse(
            &format!("min_pence = 1\nmax_pence = 2\n{base}[reference]\npattern = \"[0-9]+\"\ncheck = \"luhn\"\nweights = [1]\n"),
            "x.toml",
        )
        .expect_err("weights with luhn");
        assert_eq!(e.key, "reference.weights");
    }
}
