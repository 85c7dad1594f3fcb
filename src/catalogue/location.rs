//! Whether every service that sends can say where: Open311 needs a location
//! (`lat`/`long`, `address_string` or `address_id`) on every new request.
//!
//! Pure: the caller says whether the terminal's site is known (from the
//! config and the gazetteer); see `crate::gazetteer::check_config`.

use super::Catalogue;
use super::overlay::{Kind, LocationMode};

/// A way a service could be sent without what the back office needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// These services are about the site, and the site is not known.
    NoSite(Vec<String>),
    /// A required USRN attribute on a service whose location can never
    /// give a USRN.
    UsrnNotKnown {
        /// The service code.
        service: String,
        /// The attribute code.
        attribute: String,
    },
}

/// Whether a kind of service is sent to the back office as a request (the
/// others book, point elsewhere or look up, and send nothing).
pub fn sends(kind: Kind) -> bool {
    matches!(kind, Kind::Report | Kind::Request)
}

/// The location problems of a catalogue, given whether the site is known.
/// Every location mode but `site` always gives an `address_string` (typed
/// or from the gazetteer), so only `site` depends on the config.
pub fn check(catalogue: &Catalogue, site_known: bool) -> Vec<Problem> {
    let mut problems = Vec::new();
    let on_site: Vec<String> = catalogue
        .services
        .iter()
        .filter(|s| sends(s.kind) && s.location == LocationMode::Site)
        .map(|s| s.code.clone())
        .collect();
    if !on_site.is_empty() && !site_known {
        problems.push(Problem::NoSite(on_site));
    }
    for s in catalogue.services.iter().filter(|s| sends(s.kind)) {
        if matches!(s.location, LocationMode::Landmark | LocationMode::Site) {
            for a in &s.attributes {
                if a.required && crate::journey::place::is_usrn_code(&a.code) {
                    problems.push(Problem::UsrnNotKnown {
                        service: s.code.clone(),
                        attribute: a.code.clone(),
                    });
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_catalogue_needs_the_site_for_its_site_services() {
        let cat = Catalogue::bundled();
        assert_eq!(check(&cat, true), []);
        assert_eq!(
            check(&cat, false),
            [Problem::NoSite(vec!["feedback".into(), "call-back".into()])]
        );
    }

    #[test]
    fn location_none_is_refused_with_what_to_use() {
        let e = super::super::overlay::parse("[services.x]\nlocation = \"none\"\n").unwrap_err();
        assert!(e.message().contains("\"site\""), "{e}");
    }
}
