//! What a journey holds and gives back: answers, the submission, and the rows
//! of check-your-answers.

use super::Step;
use super::place::{Address, Street};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How the resident wants to be contacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactMethod {
    /// By phone.
    Phone,
    /// By email.
    Email,
    /// Not at all.
    None,
}

/// An answer to an attribute question, as the resident gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "lowercase")]
pub enum Answer {
    /// Text or a number as typed.
    Text(String),
    /// A date.
    Date(NaiveDate),
    /// One choice key.
    One(String),
    /// Choice keys, in the catalogue's order.
    Many(Vec<String>),
}

/// Where the problem is or the property is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// Postcode as typed.
    pub postcode: String,
    /// House number or name.
    pub house: String,
    /// A description of the place.
    pub landmark: String,
    /// The resident said they do not know the postcode.
    pub no_postcode: bool,
    /// The property picked from the addresses at the postcode.
    #[serde(default)]
    pub picked: Option<Address>,
    /// The resident said "My address is not listed".
    #[serde(default)]
    pub not_listed: bool,
    /// The street name or postcode typed to find a street.
    #[serde(default)]
    pub street_query: String,
    /// The street picked.
    #[serde(default)]
    pub street: Option<Street>,
    /// The building picked for "near which number?".
    #[serde(default)]
    pub near: Option<Address>,
    /// The resident chose to describe the place instead of finding it.
    #[serde(default)]
    pub describe: bool,
}

/// How to reach the resident.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// Chosen method.
    pub method: Option<ContactMethod>,
    /// Phone as typed.
    pub phone: String,
    /// Email as typed.
    pub email: String,
    /// Name as typed.
    pub name: String,
    /// What the resident chose to be sent.
    #[serde(default)]
    pub notices: Notices,
}

/// The texts and emails a resident chose to get about their request, on
/// the notices page. Nothing is sent that is not ticked here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notices {
    /// "Text me my reference".
    #[serde(default)]
    pub text_reference: bool,
    /// "Email me my reference".
    #[serde(default)]
    pub email_reference: bool,
    /// "Tell me when the council updates my request".
    #[serde(default)]
    pub updates: bool,
}

/// Everything answered so far.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Answers {
    /// By attribute code.
    pub attributes: BTreeMap<String, Answer>,
    /// Location.
    pub location: Location,
    /// Contact details.
    pub contact: Contact,
}

/// What the resident's submission holds, ready to store and send.
///
/// The location contract (see `docs/locations.md`): `address_string` is
/// always set for a place the resident gave; `address_id` (the UPRN) when
/// they picked a property from the gazetteer; `lat`/`long` whenever the
/// place is known on the map. A submission `at_site` is about the terminal's
/// own site, and the sender fills in whatever of the site's location the
/// journey did not. Nothing is ever sent without one of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    /// The service code.
    pub service_code: String,
    /// Answers by attribute code (only questions with an answer).
    pub attributes: BTreeMap<String, Answer>,
    /// Open311 `address_string`: "house, POSTCODE" or the description.
    pub address_string: Option<String>,
    /// Normalised postcode, when given.
    pub postcode: Option<String>,
    /// Phone, when given.
    pub phone: Option<String>,
    /// Email, when given.
    pub email: Option<String>,
    /// Name, when given.
    pub name: Option<String>,
    /// Open311 `address_id`: the UPRN of the property picked (or of the site).
    #[serde(default)]
    pub address_id: Option<String>,
    /// Latitude (WGS84), when the place is known on the map.
    #[serde(default)]
    pub lat: Option<f64>,
    /// Longitude (WGS84), when the place is known on the map.
    #[serde(default)]
    pub long: Option<f64>,
    /// About this terminal's own site (`location = "site"`).
    #[serde(default)]
    pub at_site: bool,
    /// The back office's id of an open request the resident said may be the
    /// same problem, when they still sent their own.
    #[serde(default)]
    pub earlier_request: Option<String>,
    /// The texts and emails the resident chose (none unless ticked).
    #[serde(default)]
    pub notices: Notices,
}

/// One row of check-your-answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The page Change goes back to.
    pub step: Step,
    /// What the row is.
    pub label: RowLabel,
    /// The answer.
    pub value: Shown,
}

/// The label of a check-your-answers row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowLabel {
    /// A question's label from the catalogue.
    Attribute(String),
    /// A fixed row, by Fluent message id.
    Fixed(&'static str),
}

/// An answer as shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Shown {
    /// Text.
    Text(String),
    /// A date, formatted by the app in the resident's language.
    Date(NaiveDate),
    /// Choice names.
    Choices(Vec<String>),
    /// The contact method chosen.
    Method(ContactMethod),
    /// The texts and emails chosen (the Fluent ids of their labels); none
    /// is "nothing".
    Notices(Vec<&'static str>),
    /// Nothing given (optional question).
    NotGiven,
}

/// What Continue did.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Moved to another page.
    Moved,
    /// Stayed: these problems need putting right.
    Problems,
    /// Everything is answered and checked: submit.
    Submit,
    /// Moved to a page that needs this looked up in the gazetteer: look it
    /// up and hand the answer to [`super::Journey::found`].
    LookUp(super::place::Lookup),
}
