//! `check-config`'s gazetteer checks: what the gazetteer on this terminal
//! holds, and whether every service that sends can say where.

use super::{Gazetteer, GazetteerError};
use crate::catalogue::Catalogue;
use crate::config::Config;

/// `check-config`'s location checks: every service that sends can say
/// where, and `location = "site"` services have a site to send. Returns
/// lines to show about the gazetteer.
pub fn check_config(config: &Config, catalogue: &Catalogue) -> Result<Vec<String>, GazetteerError> {
    let gazetteer = Gazetteer::for_config(config)?;
    let mut notes = Vec::new();
    let mut uprn_found = false;
    match &gazetteer {
        Some(g) => {
            let info = g.info()?;
            notes.push(format!(
                "The gazetteer has {} addresses on {} streets (imported {} from {}).",
                info.addresses, info.streets, info.imported_at, info.source
            ));
            if let Some(uprn) = config.kiosk.site_uprn {
                uprn_found = g.by_uprn(uprn)?.is_some();
            }
        }
        None => notes.push(
            "There is no gazetteer on this terminal, so residents type addresses and describe places; `frontdoor gazetteer import FILE` loads the council's."
                .into(),
        ),
    }
    let configured = config.site();
    let site_known = uprn_found || configured.point.is_some() || configured.address.is_some();
    // The first problem is the one reported: check-config says one thing
    // at a time.
    if let Some(problem) = crate::catalogue::location::check(catalogue, site_known)
        .into_iter()
        .next()
    {
        use crate::catalogue::location::Problem;
        let words = match problem {
            Problem::NoSite(codes) => {
                let why = match (config.kiosk.site_uprn, &gazetteer) {
                    (Some(uprn), Some(_)) => format!(
                        "kiosk.site_uprn {uprn} is not in the gazetteer, and site_latitude/site_longitude and site_address are not set"
                    ),
                    (Some(uprn), None) => format!(
                        "kiosk.site_uprn {uprn} cannot be looked up (there is no gazetteer: `frontdoor gazetteer import FILE`), and site_latitude/site_longitude and site_address are not set"
                    ),
                    (None, _) => {
                        "kiosk.site_uprn, site_latitude/site_longitude and site_address are not set"
                            .into()
                    }
                };
                format!(
                    "{}: kiosk.site_uprn: the services {} are about this site (location = \"site\") but the config does not say where it is: {why}",
                    config.source,
                    codes.join(", ")
                )
            }
            Problem::UsrnNotKnown { service, attribute } => format!(
                "overlay: services.{service}: attribute \"{attribute}\" needs the street's USRN, which only a street or an address picked from the gazetteer gives; set location = \"street\" or \"address\""
            ),
        };
        return Err(GazetteerError::Locations(words));
    }
    Ok(notes)
}
