//! The local overlay: what Open311 has no words for.
//!
//! `overlay.toml` says, per service code, what kind of journey it is, how the
//! location is asked, whether contact details are needed, help and next-steps
//! text, limits for answers, signpost details and translations. A service with
//! no overlay entry still gets a working journey from its Open311 definition.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The whole overlay file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// Groups in the order the services screen shows them.
    #[serde(default)]
    pub groups: Vec<GroupOverlay>,
    /// Per-service additions, by service code.
    #[serde(default)]
    pub services: BTreeMap<String, ServiceOverlay>,
}

/// A group's display order, icon and translated names.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupOverlay {
    /// The group name as the back office sends it.
    pub name: String,
    /// Icon name.
    #[serde(default)]
    pub icon: Option<String>,
    /// Translated names by locale.
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
}

/// What kind of journey a service is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Report a problem.
    #[default]
    Report,
    /// Apply for or tell the council something.
    Request,
    /// Book an appointment.
    Appointment,
    /// Point to a partner agency or another way to do it; nothing is sent.
    Signpost,
    /// Check the progress of a case.
    Status,
}

/// How the location is asked. Open311 needs a location on every new
/// request, so there is no "none": a service that is not about a place the
/// resident names is about this terminal's own `site`. See
/// `docs/locations.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase", try_from = "String")]
pub enum LocationMode {
    /// A property: the postcode, then the address from the gazetteer (or the
    /// house number or name typed; or a description if the postcode is not
    /// known). The default, also for a back-office service with no overlay.
    #[default]
    Address,
    /// A place in a street: the street, then "near which number?" from the
    /// gazetteer (a description without one).
    Street,
    /// A description of the place.
    Landmark,
    /// This terminal's own site (`kiosk.site_uprn`, or `site_latitude`,
    /// `site_longitude` and `site_address`): nothing is asked.
    Site,
}

impl TryFrom<String> for LocationMode {
    type Error = String;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Ok(match value.as_str() {
            "address" => LocationMode::Address,
            "street" => LocationMode::Street,
            "landmark" => LocationMode::Landmark,
            "site" => LocationMode::Site,
            "none" => {
                return Err("location = \"none\" is not allowed: every request the council gets needs a location. Use \"site\" for a service about this library or hub (or not about a place), or \"address\", \"street\" or \"landmark\"".into());
            }
            other => {
                return Err(format!(
                    "location = \"{other}\" is not one of address, street, landmark or site"
                ));
            }
        })
    }
}

/// Whether contact details are asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactMode {
    /// Offered, and the resident can say no.
    #[default]
    Optional,
    /// The service cannot go ahead without a phone number or email address.
    Required,
    /// The service needs a phone number (such as a call back).
    Phone,
    /// Not asked.
    None,
}

/// Which dates a date question accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateRange {
    /// Today or before.
    Past,
    /// Today or after.
    Future,
    /// Any date.
    #[default]
    Any,
}

/// Additions for one service.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceOverlay {
    /// The kind of journey.
    #[serde(default)]
    pub kind: Kind,
    /// Icon name.
    #[serde(default)]
    pub icon: Option<String>,
    /// How the location is asked.
    #[serde(default)]
    pub location: LocationMode,
    /// Whether contact details are asked.
    #[serde(default)]
    pub contact: ContactMode,
    /// Only a signed-in digital champion can start it.
    #[serde(default)]
    pub champion_only: bool,
    /// For an appointment service: the diary's appointment type it books
    /// (its code). Without it the resident chooses among the diary's types.
    #[serde(default)]
    pub appointment: Option<String>,
    /// Shown under the service's heading before the first question.
    #[serde(default)]
    pub help: Option<String>,
    /// Shown on the confirmation page.
    #[serde(default)]
    pub next_steps: Option<String>,
    /// Extra search words.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Where to go instead, for signposts.
    #[serde(default)]
    pub signpost: Option<Signpost>,
    /// Limits and wording per attribute code.
    #[serde(default)]
    pub attributes: BTreeMap<String, AttributeOverlay>,
    /// Translations by locale.
    #[serde(default)]
    pub translations: BTreeMap<String, ServiceText>,
}

/// Where a signpost sends the resident.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Signpost {
    /// The organisation.
    pub organisation: String,
    /// Telephone.
    #[serde(default)]
    pub phone: Option<String>,
    /// Web address.
    #[serde(default)]
    pub web: Option<String>,
    /// Where to go in person.
    #[serde(default)]
    pub visit: Option<String>,
    /// Opening hours.
    #[serde(default)]
    pub hours: Option<String>,
}

/// Limits for one attribute.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributeOverlay {
    /// Smallest number accepted.
    #[serde(default)]
    pub min: Option<f64>,
    /// Largest number accepted.
    #[serde(default)]
    pub max: Option<f64>,
    /// Whole numbers only.
    #[serde(default)]
    pub whole: bool,
    /// Which dates are accepted.
    #[serde(default)]
    pub dates: DateRange,
    /// Longest answer in characters.
    #[serde(default)]
    pub max_length: Option<usize>,
    /// A short label for check-your-answers.
    #[serde(default)]
    pub label: Option<String>,
}

/// A service's words in one language.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceText {
    /// Name.
    #[serde(default)]
    pub name: Option<String>,
    /// Description.
    #[serde(default)]
    pub description: Option<String>,
    /// Help text.
    #[serde(default)]
    pub help: Option<String>,
    /// What happens next.
    #[serde(default)]
    pub next_steps: Option<String>,
    /// Per attribute code.
    #[serde(default)]
    pub attributes: BTreeMap<String, AttributeText>,
    /// A signpost's "where to go in person".
    #[serde(default)]
    pub visit: Option<String>,
    /// A signpost's opening hours.
    #[serde(default)]
    pub hours: Option<String>,
    /// A signpost's phone line, where it has words ("(free)").
    #[serde(default)]
    pub phone: Option<String>,
}

/// `translations/<locale>.toml`: one language's words for the catalogue,
/// kept apart from the overlay so each can go to its own translator.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationFile {
    /// Group names, by the name the back office sends.
    #[serde(default)]
    pub groups: BTreeMap<String, String>,
    /// Service words, by service code.
    #[serde(default)]
    pub services: BTreeMap<String, ServiceText>,
}

/// An attribute's words in one language.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributeText {
    /// The question.
    #[serde(default)]
    pub question: Option<String>,
    /// The hint.
    #[serde(default)]
    pub hint: Option<String>,
    /// Short label for check-your-answers.
    #[serde(default)]
    pub label: Option<String>,
    /// Choice names by value key.
    #[serde(default)]
    pub values: BTreeMap<String, String>,
}

/// Reads `translations/<locale>.toml`.
pub fn parse_translations(text: &str) -> Result<TranslationFile, toml::de::Error> {
    toml::from_str(text)
}

/// Reads `overlay.toml`.
pub fn parse(text: &str) -> Result<Overlay, toml::de::Error> {
    toml::from_str(text)
}
