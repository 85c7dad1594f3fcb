//! `[gazetteer]`: where the terminal's addresses come from. A council loads
//! its own with `frontdoor gazetteer import FILE`; the demo can use the
//! bundled made-up addresses of the demo council instead.

use serde::Deserialize;

/// `[gazetteer]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GazetteerConfig {
    /// Load the demo council's made-up addresses
    /// (`assets/gazetteer/demo.csv`) when no gazetteer has been imported.
    #[serde(default)]
    pub bundled_demo: bool,
}

/// The demo council's addresses, made up for the demo.
pub const DEMO_CSV: &str = include_str!("../../assets/gazetteer/demo.csv");
