//! `frontdoor audit verify`: checks the audit log of what staff did.

use super::{CliError, open_outbox, said};
use crate::config::Config;

/// `audit verify`: checks the audit log's hash chain and says where it
/// breaks.
pub fn verify(config: &Config) -> Result<(), CliError> {
    let outbox = open_outbox(config)?;
    match outbox.verify_audit().map_err(said)? {
        Ok(n) => {
            println!("The audit log is whole: {n} entries, each following the one before.");
            Ok(())
        }
        Err(broken) => Err(said(broken)),
    }
}
