//! `frontdoor help test`: a test help call to staff.

use super::{CliError, said};
use crate::config::Config;

/// `help test`: sends a test help call through every configured channel
/// and says what each answered.
pub fn test(config: &Config) -> Result<(), CliError> {
    let outcome = crate::help::test_call(config).map_err(said)?;
    print!("{outcome}");
    Ok(())
}
