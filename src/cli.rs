//! The bodies of the `frontdoor` command's subcommands, one file per group
//! (`cli/*.rs`). `main.rs` parses the arguments, sets up logging and calls
//! these; each returns `Result<(), CliError>`, and the error's words are
//! what the command prints after `frontdoor: ` before exiting with failure.
//!
//! Everything here writes to standard output and error as the command's
//! users and tests expect: the words and their order are part of the
//! command's contract.

pub mod audit;
pub mod catalogue;
pub mod gazetteer;
pub mod help;
pub mod notify;
pub mod outbox;
pub mod payments;
pub mod receipt;
pub mod staff;
pub mod status;
pub mod sync;

use crate::catalogue::Catalogue;
use crate::config::{BackendKind, Config};
use crate::outbox::Outbox;
use std::path::Path;

/// Why a subcommand failed: the reason for staff, printed as
/// `frontdoor: <reason>` with a failing exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Anything that stops a subcommand, worded for staff.
    #[error("{0}")]
    Failed(String),
    /// The gazetteer could not be read or loaded.
    #[error(transparent)]
    Gazetteer(#[from] crate::gazetteer::GazetteerError),
    /// The appointment diary has a mistake, or does not suit the catalogue.
    #[error(transparent)]
    Diary(#[from] crate::booking::file::DiaryError),
    /// Sending to the back office stopped.
    #[error(transparent)]
    Sync(#[from] crate::sync::SyncError),
}

impl From<String> for CliError {
    fn from(reason: String) -> Self {
        Self::Failed(reason)
    }
}

impl From<&str> for CliError {
    fn from(reason: &str) -> Self {
        Self::Failed(reason.to_string())
    }
}

/// Turns any error into the reason the command prints.
pub fn said(e: impl std::fmt::Display) -> CliError {
    CliError::Failed(e.to_string())
}

/// The config at `path` (or the default one) and the catalogue the kiosk
/// would use with it: the back office's cached catalogue, when there is
/// one, else the council's folder or the bundled one.
pub fn load(path: Option<&Path>) -> Result<(Config, Catalogue), CliError> {
    let config = Config::load(path).map_err(said)?;
    let store = match config.backend.kind {
        BackendKind::Open311 => Outbox::open(&config.database_path()).ok(),
        BackendKind::None => None,
    };
    let (catalogue, _) = crate::sync::catalogue::choose(&config, store.as_ref()).map_err(said)?;
    Ok((config, catalogue))
}

/// This terminal's store, or why it cannot be opened (naming its file).
pub fn open_outbox(config: &Config) -> Result<Outbox, CliError> {
    let path = config.database_path();
    Outbox::open(&path).map_err(|e| CliError::Failed(format!("{}: {e}", path.display())))
}

/// Prints `value` as pretty JSON.
pub fn json(value: &impl serde::Serialize) -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(value).map_err(said)?;
    println!("{text}");
    Ok(())
}

/// Says what came of printing; an error when nothing printed.
pub fn report_print(outcome: &crate::printer::Outcome) -> Result<(), CliError> {
    use crate::printer::Outcome;
    if let Some(staff) = outcome.staff_message() {
        eprintln!("{staff}");
    }
    match outcome {
        Outcome::Printed { .. } => {
            println!("printed");
            Ok(())
        }
        Outcome::Saved { escpos, png } => {
            println!("written to {} and {}", escpos.display(), png.display());
            Ok(())
        }
        Outcome::NoPrinter => Err("printer.kind is \"none\": this terminal has no printer".into()),
        Outcome::Failed(problem) => Err(CliError::Failed(problem.staff_message())),
    }
}
