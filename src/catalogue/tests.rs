//! Catalogue parsing, validation and search.

use super::*;
use std::collections::BTreeSet;

fn spec_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/open311-spec")
}

#[test]
fn bundled_catalogue_loads_with_every_datatype() {
    let files = bundled::files();
    let cat = Catalogue::load(&files).expect("bundled catalogue is valid");
    assert!(cat.services.len() >= 12, "{} services", cat.services.len());
    let types: BTreeSet<String> = cat
        .services
        .iter()
        .flat_map(|s| s.questions())
        .map(|a| format!("{:?}", a.datatype))
        .collect();
    assert_eq!(types.len(), 6, "{types:?}");
    // Every services.json entry with metadata has a compiled-in definition.
    let on_disk =
        Catalogue::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/catalogue"))
            .expect("the catalogue folder reads");
    assert_eq!(on_disk, cat);
    assert!(
        cat.services
            .iter()
            .any(|s| s.service_type == ServiceType::Batch)
    );
    assert!(
        cat.services
            .iter()
            .any(|s| s.service_type == ServiceType::Blackbox)
    );
    assert!(cat.services.iter().any(|s| s.kind == Kind::Signpost));
    assert!(
        cat.services
            .iter()
            .any(|s| s.attributes.iter().any(|a| !a.variable))
    );
    assert!(
        cat.services
            .iter()
            .flat_map(|s| s.questions())
            .any(|a| a.datatype == Datatype::Singlevaluelist && a.values.len() > 6)
    );
    assert_eq!(cat.groups[0].name, "Bins and recycling");
}

#[test]
fn spec_examples_parse_leniently_and_sort_by_order() {
    let cat = Catalogue::from_dir(&spec_dir()).expect("spec examples parse");
    assert_eq!(cat.services.len(), 3);
    let cans = cat.service("001").expect("001");
    assert_eq!(cans.service_type, ServiceType::Realtime);
    assert_eq!(cans.keywords, ["lorem", "ipsum", "dolor"]);
    assert_eq!(cans.attributes[0].code, "NOTE");
    assert!(!cans.attributes[0].variable);
    assert_eq!(cans.attributes[1].values[0].key, "123");
    let plate = cat.service("2").expect("numeric code read as text");
    assert_eq!(plate.service_type, ServiceType::Batch);
    assert!(plate.attributes.is_empty());
    let curb = cat.service("003").expect("003");
    assert_eq!(curb.service_type, ServiceType::Blackbox);
    let order: Vec<&str> = curb.attributes.iter().map(|a| a.code.as_str()).collect();
    assert_eq!(order, ["COUNT", "KINDS", "WHEN", "MORE"]);
    assert_eq!(curb.attributes[0].hint.as_deref(), Some("Whole number"));
    // Without an overlay every service still gets a journey: an address is
    // asked (Open311 needs a location), contact optional, grouped by the
    // back office's groups.
    assert_eq!(curb.kind, Kind::Report);
    assert_eq!(
        curb.location,
        crate::catalogue::overlay::LocationMode::Address
    );
    let groups: Vec<&str> = cat.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(groups, ["sanitation", "street"]);
}

#[test]
fn services_without_a_group_are_shown_as_other_services() {
    let cat = Catalogue::load(&SourceFiles {
        origin: String::new(),
        services: r#"[{"service_code":"x","service_name":"X"}]"#.into(),
        definitions: BTreeMap::new(),
        overlay: None,
        translations: BTreeMap::new(),
    })
    .expect("loads");
    assert_eq!(cat.services[0].group, NO_GROUP);
    assert_eq!(cat.group_name(NO_GROUP, "en-GB"), "Other services");
}

#[test]
fn pothole_attributes_sent_out_of_order_are_asked_in_order() {
    let cat = Catalogue::bundled();
    let codes: Vec<&str> = cat
        .service("pothole")
        .expect("pothole")
        .questions()
        .map(|a| a.code.as_str())
        .collect();
    assert_eq!(codes, ["where", "size", "depth"]);
}

#[test]
fn search_finds_by_keyword_prefix() {
    let cat = Catalogue::bundled();
    let codes = |q: &str| -> Vec<String> {
        cat.search(q, "en-GB")
            .iter()
            .map(|s| s.code.clone())
            .collect()
    };
    assert_eq!(codes("lamp"), ["street-light"]);
    assert_eq!(codes("LAMP post"), ["street-light"]);
    assert!(codes("bin").contains(&"missed-bin".to_string()));
    assert_eq!(codes("pothole")[0], "pothole");
    assert!(codes("").is_empty());
    assert!(codes("zebra crossing").is_empty());
}

fn with_definition(def: &str) -> SourceFiles {
    SourceFiles {
        origin: String::new(),
        services: r#"[{"service_code":"x","service_name":"X","metadata":true}]"#.into(),
        definitions: [("x".to_string(), def.to_string())].into(),
        overlay: None,
        translations: BTreeMap::new(),
    }
}

#[test]
fn bad_catalogues_name_the_file_and_key() {
    let e = Catalogue::load(&with_definition(
        r#"{"service_code":"x","attributes":[{"code":"a","datatype":"singlevaluelist","description":"Q","values":[]}]}"#,
    ))
    .unwrap_err();
    assert_eq!(e.file, "services/x.json");
    assert!(e.key.contains("attributes[0]"), "{e}");
    assert!(e.problem.contains("at least one value"), "{e}");

    let e = Catalogue::load(&with_definition(
        r#"{"service_code":"x","attributes":[{"code":"a","datatype":"colour","description":"Q"}]}"#,
    ))
    .unwrap_err();
    assert!(e.problem.contains("colour"), "{e}");

    let mut files = with_definition(r#"{"service_code":"x","attributes":[]}"#);
    files.definitions.clear();
    let e = Catalogue::load(&files).unwrap_err();
    assert!(e.problem.contains("no service definition"), "{e}");

    let mut files = with_definition(r#"{"service_code":"x","attributes":[]}"#);
    files.overlay = Some("[services.y]\nkind = \"report\"\n".into());
    let e = Catalogue::load(&files).unwrap_err();
    assert_eq!(e.file, "overlay.toml");
    assert_eq!(e.key, "services.y");

    let mut files = with_definition(r#"{"service_code":"x","attributes":[]}"#);
    files.services = "[{\"service_code\":\"x\"".into();
    let e = Catalogue::load(&files).unwrap_err();
    assert_eq!(e.file, "services.json");
    assert!(e.key.starts_with("line 1"), "{e}");
}
