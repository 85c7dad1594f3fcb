//! The demo council's catalogue, compiled into the program so a fresh
//! terminal works before it has ever reached a back office.

use super::SourceFiles;

const SERVICES: &str = include_str!("../../assets/catalogue/services.json");
const OVERLAY: &str = include_str!("../../assets/catalogue/overlay.toml");

/// Service definitions by code. Each file is `assets/catalogue/services/<code>.json`.
const DEFINITIONS: &[(&str, &str)] = &[
    (
        "missed-bin",
        include_str!("../../assets/catalogue/services/missed-bin.json"),
    ),
    (
        "assisted-collection",
        include_str!("../../assets/catalogue/services/assisted-collection.json"),
    ),
    (
        "order-sacks",
        include_str!("../../assets/catalogue/services/order-sacks.json"),
    ),
    (
        "fly-tipping",
        include_str!("../../assets/catalogue/services/fly-tipping.json"),
    ),
    (
        "street-light",
        include_str!("../../assets/catalogue/services/street-light.json"),
    ),
    (
        "pothole",
        include_str!("../../assets/catalogue/services/pothole.json"),
    ),
    (
        "council-tax-move",
        include_str!("../../assets/catalogue/services/council-tax-move.json"),
    ),
    (
        "housing-register",
        include_str!("../../assets/catalogue/services/housing-register.json"),
    ),
    (
        "benefit-change",
        include_str!("../../assets/catalogue/services/benefit-change.json"),
    ),
    (
        "feedback",
        include_str!("../../assets/catalogue/services/feedback.json"),
    ),
    (
        "call-back",
        include_str!("../../assets/catalogue/services/call-back.json"),
    ),
];

/// The catalogue's words in each shipped language but English:
/// `assets/catalogue/translations/<locale>.toml`.
const TRANSLATIONS: &[(&str, &str)] = &[
    (
        "ar",
        include_str!("../../assets/catalogue/translations/ar.toml"),
    ),
    (
        "bn",
        include_str!("../../assets/catalogue/translations/bn.toml"),
    ),
    (
        "cy",
        include_str!("../../assets/catalogue/translations/cy.toml"),
    ),
    (
        "es",
        include_str!("../../assets/catalogue/translations/es.toml"),
    ),
    (
        "pa",
        include_str!("../../assets/catalogue/translations/pa.toml"),
    ),
    (
        "pl",
        include_str!("../../assets/catalogue/translations/pl.toml"),
    ),
    (
        "pt",
        include_str!("../../assets/catalogue/translations/pt.toml"),
    ),
    (
        "ro",
        include_str!("../../assets/catalogue/translations/ro.toml"),
    ),
    (
        "uk",
        include_str!("../../assets/catalogue/translations/uk.toml"),
    ),
    (
        "ur",
        include_str!("../../assets/catalogue/translations/ur.toml"),
    ),
];

/// The bundled catalogue's files.
pub fn files() -> SourceFiles {
    SourceFiles {
        origin: "assets/catalogue".to_string(),
        services: SERVICES.to_string(),
        definitions: DEFINITIONS
            .iter()
            .map(|(code, json)| (code.to_string(), json.to_string()))
            .collect(),
        overlay: Some(OVERLAY.to_string()),
        translations: TRANSLATIONS
            .iter()
            .map(|(locale, text)| (locale.to_string(), text.to_string()))
            .collect(),
    }
}
