//! Services and their questions: Open311 service definitions plus the local
//! overlay, validated, grouped and searchable.
//!
//! Pure: no I/O apart from [`Catalogue::from_dir`], which only reads files.

pub mod bundled;
pub mod limits;
mod load;
pub mod location;
pub mod open311;
pub mod overlay;

use open311::{Datatype, ServiceType};
use overlay::{AttributeOverlay, ContactMode, Kind, LocationMode, ServiceText, Signpost};
use std::collections::BTreeMap;
use std::path::Path;

/// A catalogue problem: the file, the key and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {key}: {problem}")]
pub struct CatalogueError {
    /// The file, such as `services/pothole.json`.
    pub file: String,
    /// Where in the file.
    pub key: String,
    /// What is wrong.
    pub problem: String,
}

fn err(file: &str, key: impl Into<String>, problem: impl Into<String>) -> CatalogueError {
    CatalogueError {
        file: file.to_string(),
        key: key.into(),
        problem: problem.into(),
    }
}

/// The raw files a catalogue is built from.
#[derive(Debug, Clone, Default)]
pub struct SourceFiles {
    /// Where the files came from, prefixed to file names in messages.
    pub origin: String,
    /// `services.json`.
    pub services: String,
    /// `services/<code>.json` by service code.
    pub definitions: BTreeMap<String, String>,
    /// `overlay.toml`, when there is one.
    pub overlay: Option<String>,
    /// `translations/<locale>.toml` by locale.
    pub translations: BTreeMap<String, String>,
}

impl SourceFiles {
    /// The files of a catalogue folder: `services.json`,
    /// `services/<code>.json` for each service with metadata,
    /// `overlay.toml` if present, and `translations/`.
    pub fn from_dir(dir: &Path) -> Result<SourceFiles, CatalogueError> {
        let origin = dir.display().to_string();
        let read = |name: &str| {
            std::fs::read_to_string(dir.join(name)).map_err(|e| {
                err(
                    &format!("{origin}/{name}"),
                    "(file)",
                    format!("cannot read: {e}"),
                )
            })
        };
        let services = read("services.json")?;
        let entries = open311::parse_services(&services).map_err(|e| {
            err(
                &format!("{origin}/services.json"),
                json_at(&e),
                e.to_string(),
            )
        })?;
        let mut definitions = BTreeMap::new();
        for entry in entries.iter().filter(|e| e.metadata) {
            let name = format!("services/{}.json", entry.service_code);
            definitions.insert(entry.service_code.clone(), read(&name)?);
        }
        let overlay = dir
            .join("overlay.toml")
            .exists()
            .then(|| read("overlay.toml"))
            .transpose()?;
        Ok(SourceFiles {
            translations: read_translations(dir)?,
            origin,
            services,
            definitions,
            overlay,
        })
    }

    /// The files of the council's folder (`[catalogue] dir`), else the
    /// bundled demo's.
    pub fn folder_or_bundled(dir: Option<&Path>) -> Result<SourceFiles, CatalogueError> {
        match dir {
            Some(dir) => SourceFiles::from_dir(dir),
            None => Ok(bundled::files()),
        }
    }
}

/// One choice of a list question.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Choice {
    /// Sent to the back office.
    pub key: String,
    /// Shown to the resident.
    pub name: String,
}

/// One attribute of a service: a question, or information when not variable.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Attribute {
    /// False for information shown, not asked.
    pub variable: bool,
    /// Sent back as `attribute[code]`.
    pub code: String,
    /// The kind of answer.
    pub datatype: Datatype,
    /// Whether an answer is needed.
    pub required: bool,
    /// The question, or the information text.
    pub question: String,
    /// A hint under the question.
    pub hint: Option<String>,
    /// A short label for check-your-answers.
    pub label: String,
    /// Position in the form.
    pub order: i64,
    /// Choices of a list.
    pub values: Vec<Choice>,
    /// Limits from the overlay.
    #[serde(skip)]
    pub limits: AttributeOverlay,
}

/// A service, with its overlay applied.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Service {
    /// The back office's code.
    pub code: String,
    /// Plain name.
    pub name: String,
    /// Longer description.
    pub description: Option<String>,
    /// realtime, batch or blackbox.
    pub service_type: ServiceType,
    /// Search words.
    pub keywords: Vec<String>,
    /// Group name.
    pub group: String,
    /// Kind of journey.
    pub kind: Kind,
    /// Icon name.
    pub icon: Option<String>,
    /// How the location is asked.
    pub location: LocationMode,
    /// Whether contact details are asked.
    pub contact: ContactMode,
    /// Needs a digital champion.
    pub champion_only: bool,
    /// For an appointment service, the diary type it books; `None` lets
    /// the resident choose.
    pub appointment: Option<String>,
    /// Help text.
    pub help: Option<String>,
    /// What happens next.
    pub next_steps: Option<String>,
    /// Where a signpost points.
    pub signpost: Option<Signpost>,
    /// Attributes sorted by `order` (then as sent).
    pub attributes: Vec<Attribute>,
    #[serde(skip)]
    translations: BTreeMap<String, ServiceText>,
}

/// A group of services on the services screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Group {
    /// The name as the back office sends it (the key).
    pub name: String,
    /// Icon name.
    pub icon: Option<String>,
    #[serde(skip)]
    translations: BTreeMap<String, String>,
}

/// The services the kiosk offers.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Catalogue {
    /// Groups in display order.
    pub groups: Vec<Group>,
    /// Services in the back office's order.
    pub services: Vec<Service>,
}

/// The group of services the back office put in no group; shown as
/// "Other services" in the resident's language.
pub const NO_GROUP: &str = "";

impl Catalogue {
    /// The bundled demo catalogue.
    pub fn bundled() -> Catalogue {
        // The bundled files are checked by tests, so this cannot fail in a
        // released build; fall back to an empty catalogue rather than abort.
        Catalogue::load(&bundled::files()).unwrap_or(Catalogue {
            groups: Vec::new(),
            services: Vec::new(),
        })
    }

    /// Reads a catalogue folder: `services.json`, `services/<code>.json`
    /// for each service with metadata, and `overlay.toml` if present.
    pub fn from_dir(dir: &Path) -> Result<Catalogue, CatalogueError> {
        Catalogue::load(&SourceFiles::from_dir(dir)?)
    }

    /// The catalogue of the council's own folder (`[catalogue] dir`), or
    /// the bundled demo catalogue when there is none.
    pub fn folder_or_bundled(dir: Option<&Path>) -> Result<Catalogue, CatalogueError> {
        Catalogue::load(&SourceFiles::folder_or_bundled(dir)?)
    }

    /// The service with a code.
    pub fn service(&self, code: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.code == code)
    }

    /// The services of a group, in catalogue order.
    pub fn in_group<'a>(&'a self, group: &'a str) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().filter(move |s| s.group == group)
    }

    /// Services whose name, keywords, group or description contain words
    /// starting with every word of the query; name matches first.
    pub fn search(&self, query: &str, locale: &str) -> Vec<&Service> {
        let wanted: Vec<String> = words(query);
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(u8, usize, &Service)> = Vec::new();
        for (i, s) in self.services.iter().enumerate() {
            let name = words(&s.name_in(locale));
            let mut rest = words(&s.name);
            for k in &s.keywords {
                rest.extend(words(k));
            }
            rest.extend(words(&s.group));
            rest.extend(words(&self.group_name(&s.group, locale)));
            if let Some(d) = s.description_in(locale) {
                rest.extend(words(&d));
            }
            let in_name = wanted.iter().all(|w| name.iter().any(|n| n.starts_with(w)));
            let anywhere = wanted
                .iter()
                .all(|w| name.iter().chain(rest.iter()).any(|n| n.starts_with(w)));
            if in_name {
                hits.push((0, i, s));
            } else if anywhere {
                hits.push((1, i, s));
            }
        }
        hits.sort_by_key(|(rank, i, _)| (*rank, *i));
        hits.into_iter().map(|(_, _, s)| s).collect()
    }

    /// A group's name in a language, falling back to the sent name.
    pub fn group_name(&self, group: &str, locale: &str) -> String {
        self.groups
            .iter()
            .find(|g| g.name == group)
            .and_then(|g| g.translations.get(locale))
            .cloned()
            .unwrap_or_else(|| {
                if group == NO_GROUP {
                    crate::i18n::t(locale, "group-other")
                } else {
                    group.to_string()
                }
            })
    }
}

/// The catalogue as text: groups, services, and each question as the kiosk
/// will ask it.
pub fn describe(cat: &Catalogue) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for g in &cat.groups {
        let _ = writeln!(out, "{}", cat.group_name(&g.name, crate::i18n::SOURCE));
        for s in cat.in_group(&g.name) {
            let _ = writeln!(
                out,
                "  {}  {}  ({:?}, {:?}{})",
                s.code,
                s.name,
                s.service_type,
                s.kind,
                if s.champion_only {
                    ", champion only"
                } else {
                    ""
                }
            );
            let mut n = 0;
            for a in &s.attributes {
                if !a.variable {
                    let _ = writeln!(out, "      info: {}", a.question);
                    continue;
                }
                n += 1;
                let _ = writeln!(
                    out,
                    "      {n}. {} [{:?}{}] ({})",
                    a.question,
                    a.datatype,
                    if a.required {
                        ", required"
                    } else {
                        ", optional"
                    },
                    a.code
                );
                if !a.values.is_empty() {
                    let names: Vec<String> = a
                        .values
                        .iter()
                        .map(|v| format!("{}={}", v.key, v.name))
                        .collect();
                    let _ = writeln!(out, "         choices: {}", names.join("; "));
                }
            }
            let _ = writeln!(out, "      location: {:?}", s.location);
            if s.contact != ContactMode::None {
                let _ = writeln!(out, "      contact: {:?}", s.contact);
            }
        }
    }
    out
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

impl Service {
    /// An appointment booked by hub staff from their view rather than
    /// through a catalogue service: only its appointment type is known.
    pub fn appointment_by_staff(type_code: &str) -> Service {
        Service {
            code: String::new(),
            name: type_code.to_string(),
            description: None,
            service_type: Default::default(),
            keywords: Vec::new(),
            group: String::new(),
            kind: Kind::Appointment,
            icon: None,
            location: Default::default(),
            contact: Default::default(),
            champion_only: false,
            appointment: Some(type_code.to_string()),
            help: None,
            next_steps: None,
            signpost: None,
            attributes: Vec::new(),
            translations: Default::default(),
        }
    }

    fn text(&self, locale: &str) -> Option<&ServiceText> {
        self.translations.get(locale)
    }

    /// The name in a language.
    pub fn name_in(&self, locale: &str) -> String {
        self.text(locale)
            .and_then(|t| t.name.clone())
            .unwrap_or_else(|| self.name.clone())
    }

    /// The description in a language.
    pub fn description_in(&self, locale: &str) -> Option<String> {
        self.text(locale)
            .and_then(|t| t.description.clone())
            .or_else(|| self.description.clone())
    }

    /// A copy with every text in the given language where a translation
    /// exists. Codes and keys never change, so answers survive a change of
    /// language.
    pub fn localised(&self, locale: &str) -> Service {
        let mut s = self.clone();
        let Some(t) = self.text(locale) else {
            return s;
        };
        if let Some(v) = &t.name {
            s.name = v.clone();
        }
        if let Some(v) = &t.description {
            s.description = Some(v.clone());
        }
        if let Some(v) = &t.help {
            s.help = Some(v.clone());
        }
        if let Some(v) = &t.next_steps {
            s.next_steps = Some(v.clone());
        }
        if let Some(sp) = &mut s.signpost {
            if let Some(v) = &t.visit {
                sp.visit = Some(v.clone());
            }
            if let Some(v) = &t.hours {
                sp.hours = Some(v.clone());
            }
            if let Some(v) = &t.phone {
                sp.phone = Some(v.clone());
            }
        }
        for a in &mut s.attributes {
            let Some(at) = t.attributes.get(&a.code) else {
                continue;
            };
            if let Some(v) = &at.question {
                a.question = v.clone();
                a.label = v.clone();
            }
            if let Some(v) = &at.hint {
                a.hint = Some(v.clone());
            }
            if let Some(v) = &at.label {
                a.label = v.clone();
            }
            for c in &mut a.values {
                if let Some(v) = at.values.get(&c.key) {
                    c.name = v.clone();
                }
            }
        }
        s
    }

    /// The questions the resident answers (variable attributes), in order.
    pub fn questions(&self) -> impl Iterator<Item = &Attribute> {
        self.attributes.iter().filter(|a| a.variable)
    }
}

/// Every `translations/<locale>.toml` in a catalogue folder.
pub fn read_translations(dir: &Path) -> Result<BTreeMap<String, String>, CatalogueError> {
    let mut out = BTreeMap::new();
    let folder = dir.join("translations");
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Ok(out);
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "toml")
            && let Some(locale) = path.file_stem().and_then(|s| s.to_str())
        {
            let text = std::fs::read_to_string(&path).map_err(|e| {
                err(
                    &path.display().to_string(),
                    "(file)",
                    format!("cannot read: {e}"),
                )
            })?;
            out.insert(locale.to_string(), text);
        }
    }
    Ok(out)
}

fn json_at(e: &serde_json::Error) -> String {
    format!("line {}, column {}", e.line(), e.column())
}

fn toml_at(text: &str, e: &toml::de::Error) -> String {
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            format!("line {}", before.matches('\n').count() + 1)
        }
        None => "(file)".to_string(),
    }
}

#[cfg(test)]
mod tests;
