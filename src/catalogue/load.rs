//! Building a [`Catalogue`] from its files: the Open311 service list, each
//! service's definition, the overlay and its translations, each checked
//! with the file and key of the first thing wrong.

use super::open311::{self, Datatype, RawAttribute, ServiceEntry};
use super::overlay::{self, Kind, Overlay, ServiceOverlay};
use super::{
    Attribute, Catalogue, CatalogueError, Choice, Group, Service, SourceFiles, err, json_at,
    limits, toml_at,
};
use std::collections::{BTreeMap, HashSet};

/// Group names by group, then by locale, from the translation files.
type GroupWords = BTreeMap<String, BTreeMap<String, String>>;

/// The names of the files being read, as messages give them.
struct Names<'a> {
    files: &'a SourceFiles,
    services: String,
    overlay: String,
}

impl Names<'_> {
    /// `name` inside the files' origin.
    fn at(&self, name: &str) -> String {
        if self.files.origin.is_empty() {
            name.to_string()
        } else {
            format!("{}/{name}", self.files.origin)
        }
    }
}

impl Catalogue {
    /// Builds and validates a catalogue from its files.
    pub fn load(files: &SourceFiles) -> Result<Catalogue, CatalogueError> {
        let mut names = Names {
            files,
            services: String::new(),
            overlay: String::new(),
        };
        names.services = names.at("services.json");
        names.overlay = names.at("overlay.toml");
        let entries = open311::parse_services(&files.services)
            .map_err(|e| err(&names.services, json_at(&e), e.to_string()))?;
        if entries.is_empty() {
            return Err(err(&names.services, "(list)", "the service list is empty"));
        }
        limits::check_services(&names.services, &entries)?;
        let mut overlay = read_overlay(&names)?;
        let group_words = apply_translations(&names, &entries, &mut overlay)?;
        let mut seen = HashSet::new();
        let mut services = Vec::new();
        for (index, entry) in entries.into_iter().enumerate() {
            services.push(service(&names, &overlay, &mut seen, index, entry)?);
        }
        for code in overlay.services.keys() {
            if !seen.contains(code) {
                return Err(err(
                    &names.overlay,
                    format!("services.{code}"),
                    "there is no service with this code in services.json",
                ));
            }
        }
        let groups = groups(&overlay, &group_words, &services);
        Ok(Catalogue { groups, services })
    }
}

/// The overlay, or an empty one when there is none.
fn read_overlay(names: &Names) -> Result<Overlay, CatalogueError> {
    Ok(match &names.files.overlay {
        Some(text) => overlay::parse(text).map_err(|e| {
            err(
                &names.overlay,
                toml_at(text, &e),
                e.message().trim().to_string(),
            )
        })?,
        None => Overlay::default(),
    })
}

/// Puts each translation file's service words into the overlay, and
/// returns its group names.
fn apply_translations(
    names: &Names,
    entries: &[ServiceEntry],
    overlay: &mut Overlay,
) -> Result<GroupWords, CatalogueError> {
    let mut group_words = GroupWords::new();
    for (locale, text) in &names.files.translations {
        let file = names.at(&format!("translations/{locale}.toml"));
        let words = overlay::parse_translations(text)
            .map_err(|e| err(&file, toml_at(text, &e), e.message().trim().to_string()))?;
        for (group, name) in words.groups {
            group_words
                .entry(group)
                .or_default()
                .insert(locale.clone(), name);
        }
        for (code, service_words) in words.services {
            if !entries.iter().any(|e| e.service_code == code) {
                return Err(err(
                    &file,
                    format!("services.{code}"),
                    "there is no service with this code in services.json",
                ));
            }
            overlay
                .services
                .entry(code)
                .or_default()
                .translations
                .insert(locale.clone(), service_words);
        }
    }
    Ok(group_words)
}

/// One service of the list, with its questions and overlay, checked.
fn service(
    names: &Names,
    overlay: &Overlay,
    seen: &mut HashSet<String>,
    index: usize,
    entry: ServiceEntry,
) -> Result<Service, CatalogueError> {
    let key = format!("[{index}] (service_code \"{}\")", entry.service_code);
    if entry.service_code.trim().is_empty() {
        return Err(err(
            &names.services,
            format!("[{index}]"),
            "service_code is empty",
        ));
    }
    if !seen.insert(entry.service_code.clone()) {
        return Err(err(&names.services, key, "this service_code appears twice"));
    }
    if entry.service_name.trim().is_empty() {
        return Err(err(&names.services, key, "service_name is empty"));
    }
    let extra = overlay
        .services
        .get(&entry.service_code)
        .cloned()
        .unwrap_or_default();
    let attributes = if entry.metadata {
        definition(names, &entry, &extra)?
    } else {
        Vec::new()
    };
    if extra.kind == Kind::Signpost && extra.signpost.is_none() {
        return Err(err(
            &names.overlay,
            format!("services.{}", entry.service_code),
            "kind is \"signpost\" but there is no [signpost] with where to go",
        ));
    }
    let mut keywords = entry.keywords;
    keywords.extend(extra.keywords.iter().cloned());
    Ok(Service {
        code: entry.service_code,
        name: entry.service_name,
        description: entry.description,
        service_type: entry.service_type,
        keywords,
        group: entry.group.unwrap_or_default(),
        kind: extra.kind,
        icon: extra.icon,
        location: extra.location,
        contact: extra.contact,
        champion_only: extra.champion_only,
        appointment: extra.appointment,
        help: extra.help,
        next_steps: extra.next_steps,
        signpost: extra.signpost,
        attributes,
        translations: extra.translations,
    })
}

/// The questions of a service with metadata, from its definition file, in
/// the order they are asked.
fn definition(
    names: &Names,
    entry: &ServiceEntry,
    extra: &ServiceOverlay,
) -> Result<Vec<Attribute>, CatalogueError> {
    let def_file = names.at(&format!("services/{}.json", entry.service_code));
    let Some(json) = names.files.definitions.get(&entry.service_code) else {
        return Err(err(
            &def_file,
            "(file)",
            "metadata is true but there is no service definition",
        ));
    };
    let def =
        open311::parse_definition(json).map_err(|e| err(&def_file, json_at(&e), e.to_string()))?;
    limits::check_definition(&def_file, &def)?;
    if def.service_code != entry.service_code {
        return Err(err(
            &def_file,
            "service_code",
            format!(
                "says \"{}\", expected \"{}\"",
                def.service_code, entry.service_code
            ),
        ));
    }
    let mut codes = HashSet::new();
    let mut attributes = Vec::new();
    for (i, raw) in def.attributes.into_iter().enumerate() {
        attributes.push(attribute(
            names, &def_file, entry, extra, &mut codes, i, raw,
        )?);
    }
    for code in extra.attributes.keys() {
        if !codes.contains(code) {
            return Err(err(
                &names.overlay,
                format!("services.{}.attributes.{code}", entry.service_code),
                "the service definition has no attribute with this code",
            ));
        }
    }
    // Stable sort: equal orders keep the order they were sent in.
    attributes.sort_by_key(|a| a.order);
    Ok(attributes)
}

/// One question of a definition, with the overlay's limits, checked.
fn attribute(
    names: &Names,
    def_file: &str,
    entry: &ServiceEntry,
    extra: &ServiceOverlay,
    codes: &mut HashSet<String>,
    i: usize,
    raw: RawAttribute,
) -> Result<Attribute, CatalogueError> {
    let akey = format!("attributes[{i}] (code \"{}\")", raw.code);
    if raw.code.trim().is_empty() {
        return Err(err(def_file, format!("attributes[{i}]"), "code is empty"));
    }
    if !codes.insert(raw.code.clone()) {
        return Err(err(def_file, akey, "this code appears twice"));
    }
    check_values(def_file, &akey, &raw)?;
    let question = raw
        .description
        .clone()
        .or_else(|| raw.datatype_description.clone())
        .unwrap_or_default();
    if question.trim().is_empty() {
        return Err(err(
            def_file,
            akey,
            "description is empty: it is the question the resident is asked",
        ));
    }
    let limits = extra.attributes.get(&raw.code).cloned().unwrap_or_default();
    if let (Some(min), Some(max)) = (limits.min, limits.max)
        && min > max
    {
        return Err(err(
            &names.overlay,
            format!("services.{}.attributes.{}", entry.service_code, raw.code),
            "min is larger than max",
        ));
    }
    let hint = if raw.description.is_some() {
        raw.datatype_description.clone()
    } else {
        None
    };
    Ok(Attribute {
        variable: raw.variable,
        label: limits.label.clone().unwrap_or_else(|| question.clone()),
        code: raw.code,
        datatype: raw.datatype,
        required: raw.required,
        question,
        hint,
        order: raw.order,
        values: raw
            .values
            .into_iter()
            .map(|v| Choice {
                key: v.key,
                name: v.name,
            })
            .collect(),
        limits,
    })
}

/// The overlay's groups that have services, in its order, then any other
/// group a service names.
fn groups(overlay: &Overlay, group_words: &GroupWords, services: &[Service]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for g in &overlay.groups {
        if services.iter().any(|s| s.group == g.name) {
            let mut translations = g.translations.clone();
            translations.extend(group_words.get(&g.name).cloned().unwrap_or_default());
            groups.push(Group {
                name: g.name.clone(),
                icon: g.icon.clone(),
                translations,
            });
        }
    }
    for s in services {
        if !groups.iter().any(|g| g.name == s.group) {
            groups.push(Group {
                name: s.group.clone(),
                icon: None,
                translations: group_words.get(&s.group).cloned().unwrap_or_default(),
            });
        }
    }
    groups
}

/// A list question has values, and no value key appears twice.
fn check_values(def_file: &str, akey: &str, raw: &RawAttribute) -> Result<(), CatalogueError> {
    let is_list = matches!(
        raw.datatype,
        Datatype::Singlevaluelist | Datatype::Multivaluelist
    );
    if raw.variable && is_list && raw.values.is_empty() {
        return Err(err(
            def_file,
            akey,
            "a list question needs at least one value",
        ));
    }
    let mut keys = HashSet::new();
    for v in &raw.values {
        if !keys.insert(v.key.clone()) {
            return Err(err(
                def_file,
                akey,
                format!("the value key \"{}\" appears twice", v.key),
            ));
        }
    }
    Ok(())
}
