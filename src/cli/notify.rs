//! `frontdoor notify test`: a sample text or email through GOV.UK Notify.

use super::{CliError, said};
use crate::config::Config;

/// `notify test --sms NUMBER | --email ADDRESS`: sends the sample and
/// prints Notify's answer.
pub fn test(config: &Config, sms: Option<&str>, email: Option<&str>) -> Result<(), CliError> {
    let answer = crate::notify::test_send(config, sms, email).map_err(said)?;
    println!("{answer}");
    Ok(())
}
