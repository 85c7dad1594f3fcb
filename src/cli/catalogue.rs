//! `frontdoor check-config` and `catalogue show`: the config and the
//! services it gives, checked and described.

use super::{CliError, json, open_outbox, said};
use crate::catalogue::Catalogue;
use crate::config::Config;

/// `check-config`: the store opens, the catalogue, gazetteer, diary and
/// payments agree with the config; says what was found, or the first
/// thing wrong.
pub fn check_config(config: &Config, catalogue: &Catalogue) -> Result<(), CliError> {
    // The kiosk cannot keep a submission without its store.
    open_outbox(config)
        .map_err(|e| CliError::Failed(format!("{}: kiosk.data_dir: {e}", config.source)))?;
    let questions: usize = catalogue
        .services
        .iter()
        .map(|s| s.questions().count())
        .sum();
    println!(
        "{}: the config is valid; the catalogue has {} services in {} groups with {} questions.",
        config.source,
        catalogue.services.len(),
        catalogue.groups.len(),
        questions
    );
    for note in crate::gazetteer::check_config(config, catalogue).map_err(said)? {
        println!("{note}");
    }
    check_diary(config, catalogue)?;
    if let Some(payments) = crate::payments::check(config)
        .map_err(|e| CliError::Failed(format!("{}: {e}", config.source)))?
    {
        println!("Payments: {payments}.");
    }
    Ok(())
}

/// The appointment diary, when the config or a service needs one.
fn check_diary(config: &Config, catalogue: &Catalogue) -> Result<(), CliError> {
    let books = catalogue
        .services
        .iter()
        .any(|s| s.kind == crate::catalogue::overlay::Kind::Appointment);
    if config.calendar.is_some() || books {
        let diary = crate::booking::file::for_config(config)?;
        crate::booking::file::check_services(&diary, catalogue)?;
        println!(
            "The appointment diary has {} appointment types.",
            diary.types.len()
        );
        if config.calendar.is_none() {
            println!(
                "Note: [calendar] url is not set, so appointments are held on this terminal only, as provisional, until it names the hub's diary server."
            );
        }
    }
    Ok(())
}

/// `catalogue show [--json]`: the services and their questions.
pub fn show(catalogue: &Catalogue, as_json: bool) -> Result<(), CliError> {
    if as_json {
        return json(catalogue);
    }
    print!("{}", crate::catalogue::describe(catalogue));
    Ok(())
}
