//! The most a catalogue may hold. A back office's catalogue is read from
//! the network, so its shape is bounded as well as its size: a catalogue
//! past any limit is refused as a whole, with a message naming the limit,
//! and the kiosk goes on with the catalogue it had.
//!
//! The limits are far above what a council publishes (the demo catalogue
//! has 14 services, at most 5 questions each and 10 choices a question) and
//! low enough that every page, search and cache of the kiosk stays quick.

use super::CatalogueError;
use super::open311::{ServiceDefinition, ServiceEntry};

/// Services in `services.json`.
pub const MAX_SERVICES: usize = 500;
/// Attributes (questions and information) in one service definition.
pub const MAX_ATTRIBUTES: usize = 50;
/// Choices of one list attribute.
pub const MAX_VALUES: usize = 250;
/// Keywords of one service.
pub const MAX_KEYWORDS: usize = 50;
/// Characters of a code: `service_code`, an attribute's `code`, a value's
/// `key`.
pub const MAX_CODE_CHARS: usize = 100;
/// Characters of a name: `service_name`, `group`, a keyword, a value's
/// `name`.
pub const MAX_NAME_CHARS: usize = 200;
/// Characters of a description: a service's or an attribute's
/// `description`, `datatype_description`.
pub const MAX_TEXT_CHARS: usize = 2000;

fn refuse(file: &str, key: String, problem: String) -> CatalogueError {
    CatalogueError {
        file: file.to_string(),
        key,
        problem,
    }
}

fn count(file: &str, key: &str, n: usize, max: usize, what: &str) -> Result<(), CatalogueError> {
    if n > max {
        return Err(refuse(
            file,
            key.to_string(),
            format!("has {n} {what}, more than the kiosk's limit of {max} {what}"),
        ));
    }
    Ok(())
}

fn chars(
    file: &str,
    key: String,
    text: &str,
    max: usize,
    kind: &str,
) -> Result<(), CatalogueError> {
    let n = text.chars().count();
    if n > max {
        return Err(refuse(
            file,
            key,
            format!(
                "is {n} characters long, more than the kiosk's limit of {max} characters for {kind}"
            ),
        ));
    }
    Ok(())
}

/// Checks `services.json` against the limits, before any service
/// definition is fetched.
pub fn check_services(file: &str, entries: &[ServiceEntry]) -> Result<(), CatalogueError> {
    count(file, "(list)", entries.len(), MAX_SERVICES, "services")?;
    for (i, e) in entries.iter().enumerate() {
        let at = |field: &str| format!("[{i}].{field}");
        chars(
            file,
            at("service_code"),
            &e.service_code,
            MAX_CODE_CHARS,
            "a code",
        )?;
        let at = |field: &str| format!("[{i}] (service_code \"{}\").{field}", e.service_code);
        chars(
            file,
            at("service_name"),
            &e.service_name,
            MAX_NAME_CHARS,
            "a name",
        )?;
        if let Some(g) = &e.group {
            chars(file, at("group"), g, MAX_NAME_CHARS, "a name")?;
        }
        if let Some(d) = &e.description {
            chars(file, at("description"), d, MAX_TEXT_CHARS, "a description")?;
        }
        count(
            file,
            &at("keywords"),
            e.keywords.len(),
            MAX_KEYWORDS,
            "keywords",
        )?;
        for (k, word) in e.keywords.iter().enumerate() {
            chars(
                file,
                at(&format!("keywords[{k}]")),
                word,
                MAX_NAME_CHARS,
                "a name",
            )?;
        }
    }
    Ok(())
}

/// Checks one service definition against the limits.
pub fn check_definition(file: &str, def: &ServiceDefinition) -> Result<(), CatalogueError> {
    chars(
        file,
        "service_code".into(),
        &def.service_code,
        MAX_CODE_CHARS,
        "a code",
    )?;
    count(
        file,
        "attributes",
        def.attributes.len(),
        MAX_ATTRIBUTES,
        "attributes",
    )?;
    for (i, a) in def.attributes.iter().enumerate() {
        chars(
            file,
            format!("attributes[{i}].code"),
            &a.code,
            MAX_CODE_CHARS,
            "a code",
        )?;
        let at = |field: &str| format!("attributes[{i}] (code \"{}\").{field}", a.code);
        if let Some(d) = &a.description {
            chars(file, at("description"), d, MAX_TEXT_CHARS, "a description")?;
        }
        if let Some(d) = &a.datatype_description {
            chars(
                file,
                at("datatype_description"),
                d,
                MAX_TEXT_CHARS,
                "a description",
            )?;
        }
        count(file, &at("values"), a.values.len(), MAX_VALUES, "choices")?;
        for (v, value) in a.values.iter().enumerate() {
            chars(
                file,
                at(&format!("values[{v}].key")),
                &value.key,
                MAX_CODE_CHARS,
                "a code",
            )?;
            chars(
                file,
                at(&format!("values[{v}].name")),
                &value.name,
                MAX_NAME_CHARS,
                "a name",
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::open311::{parse_definition, parse_services};

    fn services(n: usize, name: &str) -> String {
        let list: Vec<String> = (0..n)
            .map(|i| {
                format!(r#"{{"service_code":"s{i}","service_name":"{name}","metadata":false}}"#)
            })
            .collect();
        format!("[{}]", list.join(","))
    }

    #[test]
    fn services_past_a_limit_are_refused_naming_it() {
        let ok = parse_services(&services(MAX_SERVICES, "Pothole")).expect("parses");
        assert!(check_services("services.json", &ok).is_ok());
        let many = parse_services(&services(MAX_SERVICES + 1, "Pothole")).expect("parses");
        let e = check_services("services.json", &many).expect_err("refused");
        assert_eq!(
            e.to_string(),
            "services.json: (list): has 501 services, more than the kiosk's limit of 500 services"
        );
        let long = parse_services(&services(1, &"n".repeat(MAX_NAME_CHARS + 1))).expect("parses");
        let e = check_services("services.json", &long).expect_err("refused");
        assert_eq!(e.key, "[0] (service_code \"s0\").service_name");
        assert!(
            e.problem
                .contains("201 characters long, more than the kiosk's limit of 200 characters"),
            "{e}"
        );
    }

    #[test]
    fn definitions_past_a_limit_are_refused_naming_it() {
        let def = |attrs: usize, values: usize, name_len: usize| {
            let values: Vec<String> = (0..values)
                .map(|v| format!(r#"{{"key":"k{v}","name":"{}"}}"#, "n".repeat(name_len)))
                .collect();
            let attrs: Vec<String> = (0..attrs)
                .map(|a| {
                    format!(
                        r#"{{"code":"a{a}","datatype":"singlevaluelist","values":[{}]}}"#,
                        values.join(",")
                    )
                })
                .collect();
            parse_definition(&format!(
                r#"{{"service_code":"s","attributes":[{}]}}"#,
                attrs.join(",")
            ))
            .expect("parses")
        };
        assert!(check_definition("d", &def(MAX_ATTRIBUTES, MAX_VALUES, 10)).is_ok());
        let e = check_definition("d", &def(MAX_ATTRIBUTES + 1, 1, 10)).expect_err("refused");
        assert_eq!(
            e.to_string(),
            "d: attributes: has 51 attributes, more than the kiosk's limit of 50 attributes"
        );
        let e = check_definition("d", &def(1, MAX_VALUES + 1, 10)).expect_err("refused");
        assert_eq!(e.key, "attributes[0] (code \"a0\").values");
        assert!(e.problem.contains("limit of 250 choices"), "{e}");
        let e = check_definition("d", &def(1, 1, MAX_NAME_CHARS + 1)).expect_err("refused");
        assert_eq!(e.key, "attributes[0] (code \"a0\").values[0].name");
    }
}
