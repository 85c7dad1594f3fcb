//! Open311 GeoReport v2 service lists and service definitions, read leniently.
//!
//! Real back offices disagree on details the spec leaves loose: booleans sent
//! as `"true"`, `order` as a string, value keys as numbers, `keywords` as a
//! comma-separated string or an array. All of those are accepted here; what
//! cannot be understood is an error naming the field.

use serde::{Deserialize, Deserializer};

/// The Open311 service type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceType {
    /// The back office answers with a `service_request_id` at once.
    #[default]
    Realtime,
    /// The back office answers with a `token` resolved later.
    Batch,
    /// The back office gives no id at all.
    Blackbox,
}

/// One entry of `services.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct ServiceEntry {
    /// The back office's code.
    #[serde(deserialize_with = "string_like")]
    pub service_code: String,
    /// The service's name.
    pub service_name: String,
    /// A longer description.
    #[serde(default, deserialize_with = "opt_string")]
    pub description: Option<String>,
    /// Whether a service definition exists.
    #[serde(default, deserialize_with = "bool_like")]
    pub metadata: bool,
    /// realtime, batch or blackbox.
    #[serde(rename = "type", default, deserialize_with = "service_type")]
    pub service_type: ServiceType,
    /// Search words.
    #[serde(default, deserialize_with = "keywords")]
    pub keywords: Vec<String>,
    /// The group the service belongs to.
    #[serde(default, deserialize_with = "opt_string")]
    pub group: Option<String>,
}

/// `services/<code>.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct ServiceDefinition {
    /// The service this defines.
    #[serde(deserialize_with = "string_like")]
    pub service_code: String,
    /// Its attributes, in any order.
    #[serde(default)]
    pub attributes: Vec<RawAttribute>,
}

/// The Open311 attribute datatypes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Datatype {
    /// One line of text.
    String,
    /// A number.
    Number,
    /// A date (and time).
    Datetime,
    /// Several lines of text.
    Text,
    /// One choice from a list.
    Singlevaluelist,
    /// Any number of choices from a list.
    Multivaluelist,
}

/// One attribute of a service definition, as sent.
#[derive(Debug, Clone, Deserialize)]
pub struct RawAttribute {
    /// False for information shown to the resident, not asked.
    #[serde(default = "yes", deserialize_with = "bool_like")]
    pub variable: bool,
    /// The attribute's code, sent back as `attribute[code]`.
    #[serde(deserialize_with = "string_like")]
    pub code: String,
    /// What kind of answer.
    pub datatype: Datatype,
    /// Whether an answer is needed.
    #[serde(default, deserialize_with = "bool_like")]
    pub required: bool,
    /// A hint on how to answer.
    #[serde(default, deserialize_with = "opt_string")]
    pub datatype_description: Option<String>,
    /// Position in the form.
    #[serde(default, deserialize_with = "order")]
    pub order: i64,
    /// The question (or the information, when not variable).
    #[serde(default, deserialize_with = "opt_string")]
    pub description: Option<String>,
    /// The choices of a list.
    #[serde(default, deserialize_with = "values")]
    pub values: Vec<RawValue>,
}

/// One choice of a list attribute.
#[derive(Debug, Clone, Deserialize)]
pub struct RawValue {
    /// Sent to the back office.
    #[serde(deserialize_with = "string_like")]
    pub key: String,
    /// Shown to the resident.
    #[serde(deserialize_with = "string_like")]
    pub name: String,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Loose {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Null,
}

fn bool_like<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    match Loose::deserialize(d)? {
        Loose::Bool(b) => Ok(b),
        Loose::Int(i) => Ok(i != 0),
        Loose::Str(s) => match s.trim().to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" => Ok(true),
            "false" | "0" | "no" | "" => Ok(false),
            other => Err(serde::de::Error::custom(format!(
                "expected true or false, found \"{other}\""
            ))),
        },
        Loose::Null => Ok(false),
        Loose::Float(_) => Err(serde::de::Error::custom("expected true or false")),
    }
}

fn string_like<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match Loose::deserialize(d)? {
        Loose::Str(s) => Ok(s),
        Loose::Int(i) => Ok(i.to_string()),
        Loose::Float(f) => Ok(f.to_string()),
        Loose::Bool(b) => Ok(b.to_string()),
        Loose::Null => Err(serde::de::Error::custom("expected text, found null")),
    }
}

fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Loose::deserialize(d)? {
        Loose::Str(s) if s.trim().is_empty() => None,
        Loose::Str(s) => Some(s),
        Loose::Int(i) => Some(i.to_string()),
        Loose::Float(f) => Some(f.to_string()),
        Loose::Bool(b) => Some(b.to_string()),
        Loose::Null => None,
    })
}

fn order<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
    match Loose::deserialize(d)? {
        Loose::Int(i) => Ok(i),
        Loose::Float(f) => Ok(f as i64),
        Loose::Str(s) => s
            .trim()
            .parse()
            .map_err(|_| serde::de::Error::custom(format!("order \"{s}\" is not a number"))),
        Loose::Null => Ok(0),
        Loose::Bool(_) => Err(serde::de::Error::custom("order must be a number")),
    }
}

fn service_type<'de, D: Deserializer<'de>>(d: D) -> Result<ServiceType, D::Error> {
    let s: Option<String> = Option::deserialize(d)?;
    match s
        .as_deref()
        .map(str::trim)
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("") | Some("realtime") => Ok(ServiceType::Realtime),
        Some("batch") => Ok(ServiceType::Batch),
        Some("blackbox") => Ok(ServiceType::Blackbox),
        Some(other) => Err(serde::de::Error::custom(format!(
            "type \"{other}\" is not realtime, batch or blackbox"
        ))),
    }
}

fn keywords<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Words {
        One(String),
        Many(Vec<String>),
        Null,
    }
    let words = match Words::deserialize(d)? {
        Words::One(s) => s.split(',').map(str::to_string).collect(),
        Words::Many(v) => v,
        Words::Null => Vec::new(),
    };
    Ok(words
        .into_iter()
        .map(|w| w.trim().to_string())
        .filter(|w| !w.is_empty())
        .collect())
}

fn values<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<RawValue>, D::Error> {
    Ok(Option::<Vec<RawValue>>::deserialize(d)?.unwrap_or_default())
}

/// Reads `services.json`.
pub fn parse_services(json: &str) -> Result<Vec<ServiceEntry>, serde_json::Error> {
    serde_json::from_str(json)
}

/// Reads `services/<code>.json`. Some servers wrap the definition in a
/// one-element array; both forms are accepted.
pub fn parse_definition(json: &str) -> Result<ServiceDefinition, serde_json::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(ServiceDefinition),
        Many(Vec<ServiceDefinition>),
    }
    match serde_json::from_str::<OneOrMany>(json) {
        Ok(OneOrMany::One(def)) => Ok(def),
        Ok(OneOrMany::Many(mut defs)) if defs.len() == 1 => Ok(defs.remove(0)),
        Ok(OneOrMany::Many(_)) => Err(serde::de::Error::custom(
            "expected one service definition, found a list",
        )),
        // Re-parse as the plain form to get its precise error message.
        Err(_) => serde_json::from_str::<ServiceDefinition>(json),
    }
}
