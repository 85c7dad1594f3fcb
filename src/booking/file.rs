//! `diary.toml`: the hub's opening hours, appointment types and closures,
//! checked with every problem named by file and key.

use super::{AppointmentType, Diary};
use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

/// The demo hub's diary, used when the config names none.
pub const DEMO: &str = include_str!("../../assets/diary.toml");

const DAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    opening: BTreeMap<String, String>,
    #[serde(default)]
    closures: Vec<String>,
    #[serde(default)]
    types: Vec<RawType>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawType {
    code: String,
    name: String,
    minutes: u32,
    #[serde(default)]
    padding: u32,
    #[serde(default)]
    advisers: BTreeMap<String, u32>,
    #[serde(default)]
    bring: Option<String>,
    #[serde(default)]
    translations: BTreeMap<String, RawWords>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWords {
    name: String,
    #[serde(default)]
    bring: Option<String>,
}

fn day_index(day: &str) -> Option<usize> {
    DAYS.iter().position(|d| *d == day)
}

/// What is wrong with a diary file, or with the catalogue's use of it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiaryError {
    /// A key of the file is wrong.
    #[error("{file}: {key}: {what}")]
    Mistake {
        /// The file.
        file: String,
        /// Where in it.
        key: String,
        /// What is wrong, and what to do.
        what: String,
    },
    /// The file could not be read.
    #[error("{file}: cannot read: {why}")]
    Unreadable {
        /// The file.
        file: String,
        /// Why.
        why: String,
    },
    /// An appointment service names a type the diary does not have.
    #[error(
        "overlay.toml: services.{service}.appointment: the diary has no appointment type \"{code}\" (it has: {known})"
    )]
    NoSuchType {
        /// The service's code.
        service: String,
        /// The type it names.
        code: String,
        /// The types the diary has.
        known: String,
    },
}

/// Words for a mistake at a key of the diary file.
type Problem<'a> = dyn Fn(&str, &str) -> DiaryError + 'a;

/// The hub's opening hours per day.
type Opening = [Option<(NaiveTime, NaiveTime)>; 7];

/// Reads a diary; `origin` names the file in messages.
pub fn parse(text: &str, origin: &str) -> Result<Diary, DiaryError> {
    let problem = |key: &str, what: &str| DiaryError::Mistake {
        file: origin.to_string(),
        key: key.to_string(),
        what: what.to_string(),
    };
    let raw: Raw = toml::from_str(text).map_err(|e| problem("(file)", e.message().trim()))?;
    let mut diary = Diary {
        opening: opening(&raw.opening, &problem)?,
        ..Diary::default()
    };
    for (n, day) in raw.closures.iter().enumerate() {
        diary.closures.push(
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_err(|_| problem(&format!("closures[{n}]"), "give the day as YYYY-MM-DD"))?,
        );
    }
    let mut codes = HashSet::new();
    for (n, t) in raw.types.into_iter().enumerate() {
        let key = |k: &str| format!("types[{n}].{k}");
        check_type(&t, &key, &mut codes, &problem)?;
        let advisers = advisers(&t.advisers, &diary.opening, &key, &problem)?;
        let translations = translations(t.translations, &key, &problem)?;
        diary.types.push(AppointmentType {
            code: t.code,
            name: t.name,
            minutes: t.minutes,
            padding: t.padding,
            advisers,
            bring: t.bring.filter(|b| !b.trim().is_empty()),
            translations,
        });
    }
    if diary.types.is_empty() {
        return Err(problem("types", "add at least one appointment type"));
    }
    Ok(diary)
}

/// `[opening]`: each day's hours, `"09:00-17:00"`, opening before closing.
fn opening(raw: &BTreeMap<String, String>, problem: &Problem<'_>) -> Result<Opening, DiaryError> {
    let mut opening: Opening = [None; 7];
    for (day, hours) in raw {
        let i = day_index(day)
            .ok_or_else(|| problem(&format!("opening.{day}"), "not a day: use monday to sunday"))?;
        let parsed = hours.split_once('-').and_then(|(a, b)| {
            Some((
                NaiveTime::parse_from_str(a.trim(), "%H:%M").ok()?,
                NaiveTime::parse_from_str(b.trim(), "%H:%M").ok()?,
            ))
        });
        match parsed {
            Some((open, close)) if open < close => opening[i] = Some((open, close)),
            _ => {
                return Err(problem(
                    &format!("opening.{day}"),
                    "give the hours as \"09:00-17:00\", opening before closing",
                ));
            }
        }
    }
    Ok(opening)
}

/// An appointment type's code (new, and lower-case letters, digits and
/// dashes), name, length and padding.
fn check_type(
    t: &RawType,
    key: &dyn Fn(&str) -> String,
    codes: &mut HashSet<String>,
    problem: &Problem<'_>,
) -> Result<(), DiaryError> {
    let code_ok = !t.code.is_empty()
        && t.code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !code_ok {
        return Err(problem(
            &key("code"),
            "use lower-case letters, digits and dashes",
        ));
    }
    if !codes.insert(t.code.clone()) {
        return Err(problem(&key("code"), "this code appears twice"));
    }
    if t.name.trim().is_empty() {
        return Err(problem(&key("name"), "give the name residents see"));
    }
    if !(5..=480).contains(&t.minutes) {
        return Err(problem(
            &key("minutes"),
            "an appointment lasts 5 to 480 minutes",
        ));
    }
    if t.padding > 120 {
        return Err(problem(&key("padding"), "padding is at most 120 minutes"));
    }
    Ok(())
}

/// A type's advisers per day: at most 50, and none on a day the hub is
/// shut.
fn advisers(
    raw: &BTreeMap<String, u32>,
    opening: &Opening,
    key: &dyn Fn(&str) -> String,
    problem: &Problem<'_>,
) -> Result<[u32; 7], DiaryError> {
    let mut advisers = [0u32; 7];
    for (day, count) in raw {
        let i = day_index(day).ok_or_else(|| {
            problem(
                &key(&format!("advisers.{day}")),
                "not a day: use monday to sunday",
            )
        })?;
        if *count > 50 {
            return Err(problem(
                &key(&format!("advisers.{day}")),
                "at most 50 advisers",
            ));
        }
        if *count > 0 && opening[i].is_none() {
            return Err(problem(
                &key(&format!("advisers.{day}")),
                "the hub is shut that day: add its opening hours",
            ));
        }
        advisers[i] = *count;
    }
    Ok(advisers)
}

/// A type's name (and what to bring) in other languages; a name must not
/// be blank.
fn translations(
    raw: BTreeMap<String, RawWords>,
    key: &dyn Fn(&str) -> String,
    problem: &Problem<'_>,
) -> Result<BTreeMap<String, super::TypeWords>, DiaryError> {
    let mut translations = BTreeMap::new();
    for (locale, words) in raw {
        if words.name.trim().is_empty() {
            return Err(problem(
                &key(&format!("translations.{locale}.name")),
                "give the name in that language",
            ));
        }
        translations.insert(
            locale,
            super::TypeWords {
                name: words.name,
                bring: words.bring,
            },
        );
    }
    Ok(translations)
}

/// The diary `[calendar] diary` names, or the demo hub's.
pub fn for_config(config: &crate::config::Config) -> Result<Diary, DiaryError> {
    match config.calendar.as_ref().and_then(|c| c.diary.as_ref()) {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| DiaryError::Unreadable {
                file: path.display().to_string(),
                why: e.to_string(),
            })?;
            parse(&text, &path.display().to_string())
        }
        None => parse(DEMO, "assets/diary.toml"),
    }
}

/// Checks that every appointment service in `catalogue` that names an
/// appointment type names one the diary has.
pub fn check_services(
    diary: &Diary,
    catalogue: &crate::catalogue::Catalogue,
) -> Result<(), DiaryError> {
    for s in &catalogue.services {
        if let Some(code) = &s.appointment
            && diary.kind(code).is_none()
        {
            let known: Vec<&str> = diary.types.iter().map(|t| t.code.as_str()).collect();
            return Err(DiaryError::NoSuchType {
                service: s.code.clone(),
                code: code.clone(),
                known: known.join(", "),
            });
        }
    }
    Ok(())
}
