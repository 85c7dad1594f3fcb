//! `frontdoor status`: the config in use, the metrics endpoint and the last
//! check of each centrally published file.

use super::{CliError, json};
use crate::config::Config;

/// `status [--json]`: what `fleet::status` finds, as text or JSON.
pub fn show(config: &Config, as_json: bool) -> Result<(), CliError> {
    let status = crate::fleet::status::status(config);
    if as_json {
        return json(&status);
    }
    print!("{status}");
    Ok(())
}
