//! Receipts and appointment slips. A [`Receipt`] is a pure model of what the
//! paper says, built from a submission's facts in the resident's language;
//! [`Receipt::to_escpos`] turns it into ESC/POS bytes with the `escpos` crate
//! and [`Receipt::preview`] into the picture the printer would print.
//!
//! Latin text goes to the printer as text in Windows code page 1252 (which
//! has £ and the accented letters of English, Spanish, Portuguese and most of
//! Welsh) or 1250 (Polish, and Romanian without its comma-below letters).
//! Any line neither page can hold is drawn with the application's own fonts
//! ([`text`]) and printed as dots, so a receipt is never question marks. The
//! QR code is always printed as dots ([`qr`]). A receipt carries no name,
//! address or other personal details.

pub mod bitmap;
mod encode;
pub mod payment;
pub mod qr;
#[cfg(test)]
mod tests;
pub mod text;

pub use bitmap::Bitmap;

use crate::i18n;
use chrono::NaiveDateTime;

/// 80 mm paper: 576 dots across.
pub const WIDE: u32 = 576;
/// 58 mm paper: 384 dots across.
pub const NARROW: u32 = 384;

/// One part of a receipt, top to bottom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The council's name: bold, double size, centred.
    Title(String),
    /// A centred line, such as the site's name.
    Centre(String),
    /// A bold heading for the section below it.
    Heading(String),
    /// A paragraph of ordinary text.
    Para(String),
    /// The reference, grouped, in large type and always in reading order.
    Reference(String),
    /// A QR code holding this text.
    Qr(String),
    /// A thin line between sections.
    Rule,
}

/// A receipt ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// Whether the language reads right to left.
    pub rtl: bool,
    /// What it says, top to bottom.
    pub blocks: Vec<Block>,
}

/// An appointment the slip confirms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    /// When it starts.
    pub starts: NaiveDateTime,
    /// Where to go, in words.
    pub place: String,
    /// What to bring, if anything.
    pub bring: Option<String>,
    /// Held on this terminal while offline and not yet confirmed by the diary.
    pub provisional: bool,
}

/// What a receipt is made from. Nothing here is personal.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    /// The council's name.
    pub council: &'a str,
    /// The library or hub.
    pub site: &'a str,
    /// The service's name in the resident's language.
    pub service: &'a str,
    /// When the submission was saved, local time.
    pub saved_at: NaiveDateTime,
    /// The reference, as typed (ungrouped).
    pub reference: &'a str,
    /// The reference grouped for reading.
    pub reference_grouped: &'a str,
    /// The tracking address with `{reference}`, if the council has one.
    pub tracking_url: Option<&'a str>,
    /// The secret that goes in the QR code beside the reference, kept on
    /// the terminal only as a hash; scanning it shows the whole progress.
    pub secret: Option<&'a crate::reference::Secret>,
    /// The service's next steps in the resident's language.
    pub next_steps: Option<&'a str>,
    /// Whether the terminal has no back office and only queues.
    pub queued: bool,
    /// How to contact the council.
    pub contact: Option<&'a str>,
    /// The appointment, for an appointment slip.
    pub appointment: Option<Appointment>,
}

/// "Wednesday 18 November 2026 at 14:05" in the resident's language.
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

impl Receipt {
    /// The receipt for a submission saved on this terminal, in the language
    /// it was made in, with the service's words from `catalogue`.
    pub fn for_submission(
        config: &crate::config::Config,
        catalogue: &crate::catalogue::Catalogue,
        reference: &crate::reference::Reference,
        service_code: &str,
        locale: &str,
        saved_at: chrono::DateTime<chrono::Utc>,
        secret: Option<&crate::reference::Secret>,
    ) -> Receipt {
        let service = catalogue.service(service_code).map(|s| s.localised(locale));
        Receipt::new(
            locale,
            &Facts {
                council: config.kiosk.council_name.as_deref().unwrap_or_default(),
                site: &config.kiosk.site_name,
                service: service.as_ref().map_or(service_code, |s| s.name.as_str()),
                saved_at: saved_at.with_timezone(&chrono::Local).naive_local(),
                reference: reference.as_str(),
                reference_grouped: &reference.grouped(),
                tracking_url: config.backend.tracking_url.as_deref(),
                secret,
                next_steps: service.as_ref().and_then(|s| s.next_steps.as_deref()),
                queued: matches!(config.backend.kind, crate::config::BackendKind::None),
                contact: config.kiosk.council_contact.as_deref(),
                appointment: None,
            },
        )
    }

    /// The slip for an appointment booked on this terminal, in `locale`:
    /// the type's name and what to bring in that language, when and where,
    /// and whether it is still provisional. The QR code holds the reference
    /// and the slip's secret, which check the resident in.
    pub fn for_booking(
        config: &crate::config::Config,
        kind: Option<&crate::booking::AppointmentType>,
        reference: &crate::reference::Reference,
        locale: &str,
        saved_at: chrono::DateTime<chrono::Utc>,
        appointment: Appointment,
        secret: Option<&crate::reference::Secret>,
    ) -> Receipt {
        let name = kind.map_or_else(String::new, |k| k.name_in(locale));
        let next = i18n::t(locale, "slip-next-steps");
        Receipt::new(
            locale,
            &Facts {
                council: config.kiosk.council_name.as_deref().unwrap_or_default(),
                site: &config.kiosk.site_name,
                service: &name,
                saved_at: saved_at.with_timezone(&chrono::Local).naive_local(),
                reference: reference.as_str(),
                reference_grouped: &reference.grouped(),
                tracking_url: None,
                secret,
                next_steps: Some(&next),
                queued: false,
                contact: config.kiosk.council_contact.as_deref(),
                appointment: Some(Appointment {
                    bring: appointment
                        .bring
                        .or_else(|| kind.and_then(|k| k.bring_in(locale))),
                    ..appointment
                }),
            },
        )
    }

    /// The receipt for a saved submission, in `locale`.
    pub fn new(locale: &str, facts: &Facts<'_>) -> Receipt {
        let t = |id: &str| i18n::t(locale, id);
        let mut blocks = Vec::new();
        if !facts.council.is_empty() {
            blocks.push(Block::Title(facts.council.to_string()));
        }
        blocks.extend([
            Block::Centre(facts.site.to_string()),
            Block::Rule,
            Block::Heading(facts.service.to_string()),
            Block::Para(i18n::t_args(
                locale,
                "receipt-saved",
                &[("when", when(locale, facts.saved_at).into())],
            )),
        ]);
        if let Some(a) = &facts.appointment {
            blocks.push(Block::Heading(t("receipt-appointment")));
            blocks.push(Block::Para(when(locale, a.starts)));
            blocks.push(Block::Para(i18n::t_args(
                locale,
                "receipt-appointment-place",
                &[("place", a.place.clone().into())],
            )));
            if let Some(bring) = &a.bring {
                blocks.push(Block::Para(i18n::t_args(
                    locale,
                    "receipt-appointment-bring",
                    &[("items", bring.clone().into())],
                )));
            }
            if a.provisional {
                blocks.push(Block::Para(t("receipt-appointment-provisional")));
            }
        }
        blocks.push(Block::Rule);
        blocks.push(Block::Centre(t("receipt-reference")));
        blocks.push(Block::Reference(facts.reference_grouped.to_string()));
        blocks.push(Block::Qr(qr::payload(
            facts.tracking_url,
            facts.reference,
            facts.secret,
        )));
        blocks.push(Block::Centre(t(if facts.tracking_url.is_some() {
            "receipt-scan"
        } else {
            "receipt-scan-terminal"
        })));
        blocks.push(Block::Rule);
        blocks.push(Block::Heading(t("what-next")));
        if let Some(next) = facts.next_steps {
            blocks.push(Block::Para(next.to_string()));
        }
        if facts.appointment.is_none() {
            blocks.push(Block::Para(t(if facts.queued {
                "saved-here"
            } else {
                "saved-will-send"
            })));
        }
        if let Some(contact) = facts.contact {
            blocks.push(Block::Heading(t("receipt-contact")));
            blocks.push(Block::Para(contact.to_string()));
        }
        blocks.push(Block::Rule);
        blocks.push(Block::Centre(t("receipt-keep")));
        Receipt {
            rtl: i18n::is_rtl(locale),
            blocks,
        }
    }

    /// Adds what the resident chose to be sent (the Fluent ids of the
    /// notices page's labels), before "What happens next".
    pub fn with_notices(mut self, locale: &str, label_ids: &[&str]) -> Receipt {
        if label_ids.is_empty() {
            return self;
        }
        let next = i18n::t(locale, "what-next");
        let at = self
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Heading(h) if *h == next))
            .unwrap_or(self.blocks.len());
        let mut lines = vec![Block::Heading(i18n::t(locale, "receipt-notices"))];
        lines.extend(label_ids.iter().map(|id| Block::Para(i18n::t(locale, id))));
        lines.push(Block::Rule);
        self.blocks.splice(at..at, lines);
        self
    }

    /// The receipt for following a report the council already has: it
    /// says nothing new was sent, where a submission's says it will be.
    pub fn as_followed(mut self, locale: &str) -> Receipt {
        let will_send = [
            i18n::t(locale, "saved-will-send"),
            i18n::t(locale, "saved-here"),
        ];
        for b in &mut self.blocks {
            if let Block::Para(t) = b
                && will_send.contains(t)
            {
                *t = i18n::t(locale, "following-receipt");
            }
        }
        self
    }

    /// The page `frontdoor printer test` prints: the pound sign, accented
    /// letters from each code page, raster text and a QR code.
    pub fn test_page(
        locale: &str,
        council: &str,
        site: &str,
        at: NaiveDateTime,
        width: u32,
    ) -> Receipt {
        let t = |id: &str| i18n::t(locale, id);
        Receipt {
            rtl: i18n::is_rtl(locale),
            blocks: vec![
                Block::Title(council.to_string()),
                Block::Centre(site.to_string()),
                Block::Rule,
                Block::Heading(t("receipt-test")),
                Block::Para(when(locale, at)),
                Block::Para(i18n::t_args(
                    locale,
                    "receipt-test-paper",
                    &[("dots", width.into())],
                )),
                Block::Para(t("receipt-test-pound")),
                Block::Para("Español, Português, Cymraeg: á é í ó ú ñ ã õ ç".to_string()),
                Block::Para("Polski, Română: ą ć ę ł ń ś ź ż ă â î".to_string()),
                Block::Para(
                    "Cymraeg ŵ ŷ · Română ș ț · Українська · العربية · বাংলা · ਪੰਜਾਬੀ".to_string(),
                ),
                Block::Reference("ACDE 346 79E".to_string()),
                Block::Qr("ACDE34679E".to_string()),
                Block::Centre(t("receipt-test-qr")),
            ],
        }
    }

    /// The ESC/POS bytes for paper `width` dots across.
    pub fn to_escpos(&self, width: u32) -> Vec<u8> {
        encode::escpos(&encode::layout(self, width))
    }

    /// What the printer would print on paper `width` dots across.
    pub fn preview(&self, width: u32) -> Bitmap {
        encode::preview(&encode::layout(self, width), width)
    }

    /// Every line of words on the receipt, for reading it aloud or on screen.
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Title(s)
            | Block::Centre(s)
            | Block::Heading(s)
            | Block::Para(s)
            | Block::Reference(s) => Some(s.as_str()),
            Block::Qr(_) | Block::Rule => None,
        })
    }
}
