//! The notices page: after a resident gives a phone number or an email
//! address, they tick what the council may send them ("Text me my
//! reference", "Tell me when the council updates my request"). Nothing is
//! ticked to begin with, the page shows only what this terminal can send
//! (its [`Journey::set_offer`]), and a text needs a UK mobile: a landline
//! with "Text me" ticked gets a plain message, never a text that cannot
//! arrive.

use super::model::{ContactMethod, Notices};
use super::{Journey, Problem, contact};

/// One choice on the notices page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// "Text me my reference".
    TextReference,
    /// "Email me my reference".
    EmailReference,
    /// "Tell me when the council updates my request".
    Updates,
}

impl Notice {
    /// The key a tap carries.
    pub fn key(self) -> &'static str {
        match self {
            Notice::TextReference => "text_reference",
            Notice::EmailReference => "email_reference",
            Notice::Updates => "updates",
        }
    }

    /// The Fluent id of its label.
    pub fn label_id(self) -> &'static str {
        match self {
            Notice::TextReference => "consent-text-reference",
            Notice::EmailReference => "consent-email-reference",
            Notice::Updates => "consent-updates",
        }
    }

    fn from_key(key: &str) -> Option<Notice> {
        [
            Notice::TextReference,
            Notice::EmailReference,
            Notice::Updates,
        ]
        .into_iter()
        .find(|n| n.key() == key)
    }
}

impl Notices {
    /// Whether anything is ticked.
    pub fn any(&self) -> bool {
        self.text_reference || self.email_reference || self.updates
    }

    /// Whether this choice is ticked.
    pub fn has(&self, notice: Notice) -> bool {
        match notice {
            Notice::TextReference => self.text_reference,
            Notice::EmailReference => self.email_reference,
            Notice::Updates => self.updates,
        }
    }

    fn flip(&mut self, notice: Notice) {
        let slot = match notice {
            Notice::TextReference => &mut self.text_reference,
            Notice::EmailReference => &mut self.email_reference,
            Notice::Updates => &mut self.updates,
        };
        *slot = !*slot;
    }

    /// The Fluent ids of the ticked choices' labels, in page order.
    pub fn label_ids(&self) -> Vec<&'static str> {
        [
            Notice::TextReference,
            Notice::EmailReference,
            Notice::Updates,
        ]
        .into_iter()
        .filter(|n| self.has(*n))
        .map(Notice::label_id)
        .collect()
    }
}

impl Journey {
    /// Says what this terminal can send (from its GOV.UK Notify templates):
    /// the notices page offers only these.
    pub fn set_offer(&mut self, offer: Notices) {
        self.offer = offer;
    }

    /// The choices the notices page offers for the contact method chosen:
    /// none without a phone or email, or when the terminal sends nothing.
    pub fn notice_choices(&self) -> Vec<Notice> {
        let offer = self.offer;
        let by = match self.contact_method() {
            Some(ContactMethod::Phone) => offer.text_reference.then_some(Notice::TextReference),
            Some(ContactMethod::Email) => offer.email_reference.then_some(Notice::EmailReference),
            _ => return Vec::new(),
        };
        by.into_iter()
            .chain(offer.updates.then_some(Notice::Updates))
            .collect()
    }

    /// What the resident ticked that still fits the contact method (a
    /// text ticked before switching to email is not kept).
    pub fn notices(&self) -> Notices {
        let choices = self.notice_choices();
        let ticked = self.answers.contact.notices;
        let keep = |n: Notice| ticked.has(n) && choices.contains(&n);
        Notices {
            text_reference: keep(Notice::TextReference),
            email_reference: keep(Notice::EmailReference),
            updates: keep(Notice::Updates),
        }
    }

    pub(super) fn toggle_notice(&mut self, key: &str) {
        if let Some(n) = Notice::from_key(key).filter(|n| self.notice_choices().contains(n)) {
            self.answers.contact.notices.flip(n);
            self.problems.clear();
        }
    }

    /// A text needs a UK mobile and an email Notify's plain shape.
    pub(super) fn check_notices(&self) -> Option<Problem> {
        let chosen = self.notices();
        if !chosen.any() {
            return None;
        }
        let contact = &self.answers.contact;
        match self.contact_method() {
            Some(ContactMethod::Phone) if contact::uk_mobile(&contact.phone).is_none() => {
                Some(Problem::NotAMobile)
            }
            Some(ContactMethod::Email) if contact::email(&contact.email).is_none() => {
                Some(Problem::EmailFormat)
            }
            _ => None,
        }
    }
}
