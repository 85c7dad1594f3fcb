//! `frontdoor payments list` and `payments reconcile`: payments taken on
//! this terminal, for staff and for finance.

use super::{CliError, said};
use crate::config::Config;
use std::path::Path;

/// `payments list [--json]`: today's payments.
pub fn list(config: &Config, as_json: bool) -> Result<(), CliError> {
    crate::payments::print_list(config, as_json).map_err(said)
}

/// `payments reconcile --date DAY --csv FILE`: a day's payments as CSV.
pub fn reconcile(config: &Config, date: &str, csv: &Path) -> Result<(), CliError> {
    crate::payments::reconcile(config, date, csv).map_err(said)
}
