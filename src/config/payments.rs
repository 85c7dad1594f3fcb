//! `[payments]`: what residents can pay at the terminal and through whom.
//!
//! Payments are off unless `items` is set. The keys are DESIGN.md's, plus two
//! optional ones a finance officer needs on a receipt (`council_address`,
//! `vat_number`). Every provider URL that is not on this machine must be
//! https, and API keys are only ever named by file: they are read into
//! `secrecy` secrets when the providers are set up, never kept in the config.

use serde::Deserialize;
use std::path::PathBuf;

/// The value of `items` that names the demo items compiled into the program
/// (`assets/payments/`), used by the embedded default config.
pub const BUNDLED_ITEMS: &str = "bundled:demo";

/// `[payments]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payments {
    /// A folder of payable items, one TOML file each, or [`BUNDLED_ITEMS`].
    pub items: String,
    /// GOV.UK Pay's public API, such as
    /// `https://publicapi.payments.service.gov.uk`. No URL: no "Pay on your
    /// phone".
    #[serde(default)]
    pub govuk_pay_url: Option<String>,
    /// A file holding the GOV.UK Pay API key.
    #[serde(default)]
    pub govuk_pay_api_key_file: Option<PathBuf>,
    /// Where GOV.UK Pay sends the resident's phone when they finish paying.
    #[serde(default)]
    pub return_url: Option<String>,
    /// The card reader.
    #[serde(default)]
    pub reader: Reader,
    /// The council's postal address, printed on payment receipts
    /// (a contract addition: finance needs it on a VAT receipt).
    #[serde(default)]
    pub council_address: Option<String>,
    /// The council's VAT registration number, printed on receipts that
    /// charge VAT (a contract addition).
    #[serde(default)]
    pub vat_number: Option<String>,
}

/// Which card reader service drives the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ReaderKind {
    /// Stripe Terminal's server-driven integration (WisePOS E, S700).
    StripeTerminal,
    /// No card reader.
    #[default]
    None,
}

/// `[payments.reader]`: a card reader driven over its provider's API, so
/// that card data never touches the kiosk.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reader {
    /// `stripe-terminal` or `none`.
    #[serde(default)]
    pub kind: ReaderKind,
    /// The provider's API, such as `https://api.stripe.com`.
    #[serde(default)]
    pub url: Option<String>,
    /// A file holding the provider's secret API key.
    #[serde(default)]
    pub api_key_file: Option<PathBuf>,
    /// The reader's id at the provider, such as `tmr_...`.
    #[serde(default)]
    pub reader_id: Option<String>,
}

pub use super::url::check_url;

impl Payments {
    /// Checks the keys that parse but cannot work. `Err` is the key and
    /// what to do, in plain words.
    pub fn validate(&self) -> Result<(), (String, String)> {
        let bad = |key: &str, problem: String| Err((format!("payments.{key}"), problem));
        if self.items.trim().is_empty() {
            return bad(
                "items",
                "give the folder of payable items, such as /etc/frontdoor/payments".into(),
            );
        }
        let phone = [
            self.govuk_pay_url.is_some(),
            self.govuk_pay_api_key_file.is_some(),
            self.return_url.is_some(),
        ];
        if phone.iter().any(|x| *x) && !phone.iter().all(|x| *x) {
            let missing = if self.govuk_pay_url.is_none() {
                "govuk_pay_url"
            } else if self.govuk_pay_api_key_file.is_none() {
                "govuk_pay_api_key_file"
            } else {
                "return_url"
            };
            return bad(
                missing,
                "GOV.UK Pay needs govuk_pay_url, govuk_pay_api_key_file and return_url together: set all three, or none for no \"Pay on your phone\"".into(),
            );
        }
        if let Some(url) = &self.govuk_pay_url
            && let Err(e) = check_url(url)
        {
            return bad("govuk_pay_url", e.to_string());
        }
        if let Some(url) = &self.return_url
            && let Err(e) = check_url(url)
        {
            return bad("return_url", e.to_string());
        }
        if let Some(v) = &self.vat_number
            && v.trim().is_empty()
        {
            return bad(
                "vat_number",
                "leave it out, or give the council's VAT number".into(),
            );
        }
        self.validate_reader()
    }

    /// `[payments.reader]`: none, or a Stripe Terminal reader with its
    /// address, key file and id.
    fn validate_reader(&self) -> Result<(), (String, String)> {
        let bad = |key: &str, problem: String| Err((format!("payments.{key}"), problem));
        let r = &self.reader;
        match r.kind {
            ReaderKind::None => {
                if r.url.is_some() || r.api_key_file.is_some() || r.reader_id.is_some() {
                    return bad(
                        "reader.kind",
                        "url, api_key_file or reader_id is set but kind is \"none\": set kind = \"stripe-terminal\" or remove them".into(),
                    );
                }
            }
            ReaderKind::StripeTerminal => {
                let Some(url) = &r.url else {
                    return bad(
                        "reader.url",
                        "give the card reader service's address, such as https://api.stripe.com"
                            .into(),
                    );
                };
                if let Err(e) = check_url(url) {
                    return bad("reader.url", e.to_string());
                }
                if r.api_key_file.is_none() {
                    return bad(
                        "reader.api_key_file",
                        "give the file that holds the card reader service's secret key".into(),
                    );
                }
                match &r.reader_id {
                    Some(id)
                        if !id.trim().is_empty() && id.chars().all(|c| c.is_ascii_graphic()) => {}
                    _ => {
                        return bad(
                            "reader.reader_id",
                            "give the reader's id as the provider shows it, such as tmr_FDOt2wlRZEdpd7".into(),
                        );
                    }
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_must_be_https_unless_on_this_machine() {
        assert!(check_url("https://publicapi.payments.service.gov.uk").is_ok());
        assert!(check_url("http://127.0.0.1:4000").is_ok());
        assert!(check_url("http://localhost:4000/x").is_ok());
        assert!(check_url("http://[::1]:4000").is_ok());
        assert!(check_url("http://10.0.0.1").is_err());
        assert!(check_url("http://pay.example").is_err());
        assert!(check_url("ftp://pay.example").is_err());
        assert!(check_url("not a url").is_err());
    }

    #[test]
    fn payment_keys_that_cannot_work_are_named() {
        use crate::config::{Config, Source};
        let base = "[kiosk]\nid = \"A\"\nsite_name = \"B\"\n[payments]\nitems = \"bundled:demo\"\n";
        let cases = [
            (
                "govuk_pay_url = \"http://pay.example\"\ngovuk_pay_api_key_file = \"k\"\nreturn_url = \"https://x.example/\"\n",
                "payments.govuk_pay_url",
            ),
            (
                "govuk_pay_url = \"https://pay.example\"\n",
                "payments.govuk_pay_api_key_file",
            ),
            (
                "govuk_pay_url = \"https://pay.example\"\ngovuk_pay_api_key_file = \"k\"\nreturn_url = \"http://x.example/\"\n",
                "payments.return_url",
            ),
            (
                "[payments.reader]\nkind = \"stripe-terminal\"\n",
                "payments.reader.url",
            ),
            (
                "[payments.reader]\nkind = \"stripe-terminal\"\nurl = \"https://api.stripe.com\"\napi_key_file = \"k\"\n",
                "payments.reader.reader_id",
            ),
            (
                "[payments.reader]\nurl = \"https://api.stripe.com\"\n",
                "payments.reader.kind",
            ),
        ];
        for (extra, key) in cases {
            let e = Config::parse(&format!("{base}{extra}"), Source::File("t.toml".into()))
                .expect_err(key);
            assert_eq!(e.key, key, "{e}");
        }
        let ok = Config::parse(
            &format!("{base}govuk_pay_url = \"http://127.0.0.1:9\"\ngovuk_pay_api_key_file = \"k\"\nreturn_url = \"https://x.example/\"\n[payments.reader]\nkind = \"stripe-terminal\"\nurl = \"https://api.stripe.com\"\napi_key_file = \"k\"\nreader_id = \"tmr_1\"\n"),
            Source::Embedded,
        )
        .expect("a full payments section");
        assert!(ok.payments.is_some());
        let embedded =
            Config::parse(crate::config::EMBEDDED_DEFAULT, Source::Embedded).expect("valid");
        let p = embedded.payments.expect("the demo has payments");
        assert_eq!(p.items, BUNDLED_ITEMS);
        assert!(p.govuk_pay_url.is_none() && p.reader.kind == ReaderKind::None);
    }
}
