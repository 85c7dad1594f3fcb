//! Receipt printer transports and state. A receipt's bytes go to a USB device
//! file, a raw TCP 9100 network printer, a serial device, a folder (the demo
//! default: the bytes and a PNG preview) or nowhere. Where the transport can
//! read, the printer's real-time status (`DLE EOT`) is asked before and after
//! printing, each answer with a deadline, so a silent or unplugged printer
//! never holds the kiosk. Printing never touches the saved submission.
//!
//! Everything here blocks; the kiosk calls it on a worker thread.

mod link;
pub mod status;
#[cfg(test)]
mod tests;

pub use status::Status;

use crate::config::{Config, PrinterKind};
use crate::receipt::Receipt;
use link::Link;
use std::path::PathBuf;
use std::time::Duration;

/// How long each step may take before the printer counts as not answering.
#[derive(Debug, Clone, Copy)]
pub struct Deadlines {
    /// Opening the device or connecting to the network printer.
    pub connect: Duration,
    /// Each status answer.
    pub status: Duration,
    /// Sending the receipt, without any progress.
    pub write: Duration,
}

impl Default for Deadlines {
    fn default() -> Self {
        Deadlines {
            connect: Duration::from_secs(3),
            status: Duration::from_millis(700),
            write: Duration::from_secs(10),
        }
    }
}

/// Why a receipt did not print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The roll has run out.
    PaperOut,
    /// The cover is open.
    CoverOpen,
    /// The printer says it is offline for another reason (an error).
    Offline,
    /// The device could not be opened or the printer reached.
    Unreachable(String),
    /// The printer stopped taking the receipt part way through.
    Stopped(String),
}

impl Problem {
    /// The Fluent id of what the resident is told.
    pub fn message_id(&self) -> &'static str {
        match self {
            Problem::PaperOut => "printer-out-of-paper",
            Problem::CoverOpen => "printer-cover-open",
            Problem::Offline | Problem::Unreachable(_) => "printer-not-working",
            Problem::Stopped(_) => "printer-stopped",
        }
    }

    /// What staff are told: what is wrong and what to do.
    pub fn staff_message(&self) -> String {
        match self {
            Problem::PaperOut => "Printer out of paper: load a new roll.".to_string(),
            Problem::CoverOpen => "Printer cover open: close it firmly.".to_string(),
            Problem::Offline => {
                "Printer offline with an error: check for a paper jam, then switch it off and on."
                    .to_string()
            }
            Problem::Unreachable(why) => {
                format!("Cannot reach the printer ({why}): check its power and cable.")
            }
            Problem::Stopped(why) => {
                format!("The printer stopped part way through a receipt ({why}).")
            }
        }
    }
}

/// What happened when a receipt was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The printer took the receipt. `paper_low` when its near-end sensor says
    /// a new roll will be needed soon.
    Printed {
        /// The roll is nearly finished.
        paper_low: bool,
    },
    /// Written to the receipts folder: the ESC/POS bytes and a preview.
    Saved {
        /// The ESC/POS file.
        escpos: PathBuf,
        /// The PNG preview.
        png: PathBuf,
    },
    /// Not printed.
    Failed(Problem),
    /// This terminal has no printer.
    NoPrinter,
}

impl Outcome {
    /// The Fluent id of what the resident is told.
    pub fn message_id(&self) -> &'static str {
        match self {
            Outcome::Printed { .. } | Outcome::Saved { .. } => "printer-printed",
            Outcome::Failed(p) => p.message_id(),
            Outcome::NoPrinter => "printer-none",
        }
    }

    /// Whether the resident has a paper receipt.
    pub fn printed(&self) -> bool {
        matches!(self, Outcome::Printed { .. } | Outcome::Saved { .. })
    }

    /// What staff need to know, if anything.
    pub fn staff_message(&self) -> Option<String> {
        match self {
            Outcome::Printed { paper_low: true } => {
                Some("Printer paper is running low: have a new roll ready.".to_string())
            }
            Outcome::Failed(p) => Some(p.staff_message()),
            _ => None,
        }
    }
}

/// The configured receipt printer.
#[derive(Debug, Clone)]
pub struct Printer {
    kind: PrinterKind,
    path: PathBuf,
    address: String,
    width: u32,
    deadlines: Deadlines,
}

impl Printer {
    /// The printer `config` describes. A file printer with no folder writes
    /// into `receipts` under the data folder.
    pub fn from_config(config: &Config) -> Printer {
        let p = &config.printer;
        Printer {
            kind: p.kind,
            path: p
                .path
                .clone()
                .unwrap_or_else(|| config.data_dir().join("receipts")),
            address: p.address.clone().unwrap_or_default(),
            width: p.paper_width_dots,
            deadlines: Deadlines::default(),
        }
    }

    /// The same printer with other deadlines.
    pub fn with_deadlines(mut self, deadlines: Deadlines) -> Printer {
        self.deadlines = deadlines;
        self
    }

    /// The paper width in dots.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Which transport this is.
    pub fn kind(&self) -> PrinterKind {
        self.kind
    }

    fn open(&self) -> Result<Link, Problem> {
        let opened = match self.kind {
            PrinterKind::Usb => Link::device(&self.path, false, self.deadlines),
            PrinterKind::Serial => Link::device(&self.path, true, self.deadlines),
            PrinterKind::Network => Link::network(&self.address, self.deadlines),
            PrinterKind::File | PrinterKind::None => unreachable!("no link for {:?}", self.kind),
        };
        opened.map_err(|e| Problem::Unreachable(e.to_string()))
    }

    /// The printer's state now: `Ok(None)` when it cannot say (a file or a
    /// silent printer), an error when it cannot be reached.
    pub fn status(&self) -> Result<Option<Status>, Problem> {
        match self.kind {
            PrinterKind::File | PrinterKind::None => Ok(None),
            _ => self
                .open()?
                .status()
                .map_err(|e| Problem::Stopped(e.to_string())),
        }
    }

    /// Prints `receipt`. `name` names the files of a file printer (the
    /// reference).
    pub fn print(&self, receipt: &Receipt, name: &str) -> Outcome {
        match self.kind {
            PrinterKind::None => Outcome::NoPrinter,
            PrinterKind::File => self.save(receipt, name),
            _ => self.send(&receipt.to_escpos(self.width)),
        }
    }

    /// Sends ready-made ESC/POS bytes, checking the printer before and after.
    pub fn send(&self, bytes: &[u8]) -> Outcome {
        let mut link = match self.open() {
            Ok(link) => link,
            Err(p) => return Outcome::Failed(p),
        };
        let before = match link.status() {
            Ok(s) => s,
            Err(e) => return Outcome::Failed(Problem::Stopped(e.to_string())),
        };
        if let Some(problem) = before.and_then(|s| s.problem()) {
            return Outcome::Failed(problem);
        }
        if let Err(e) = link.send(bytes) {
            return Outcome::Failed(Problem::Stopped(e.to_string()));
        }
        let after = match link.status() {
            Ok(s) => s,
            Err(e) => return Outcome::Failed(Problem::Stopped(e.to_string())),
        };
        if let Some(problem) = after.and_then(|s| s.problem()) {
            return Outcome::Failed(problem);
        }
        Outcome::Printed {
            paper_low: [before, after].iter().flatten().any(|s| s.paper_low),
        }
    }

    fn save(&self, receipt: &Receipt, name: &str) -> Outcome {
        let safe: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        let escpos = self.path.join(format!("{safe}.escpos"));
        let png = self.path.join(format!("{safe}.png"));
        let written = std::fs::create_dir_all(&self.path)
            .and_then(|()| write_whole(&escpos, &receipt.to_escpos(self.width)))
            .and_then(|()| write_whole(&png, &receipt.preview(self.width).to_png()));
        match written {
            Ok(()) => Outcome::Saved { escpos, png },
            Err(e) => Outcome::Failed(Problem::Unreachable(format!(
                "{}: {e}",
                self.path.display()
            ))),
        }
    }
}

/// Writes a file whole or not at all: a temporary file renamed into place.
/// The file is readable by the kiosk's own user only (0600): receipts and
/// exports stay between the kiosk and staff.
pub fn write_whole(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = path.with_extension("part");
    let _ = std::fs::remove_file(&tmp);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)?;
    file.write_all(bytes)?;
    drop(file);
    std::fs::rename(&tmp, path)
}
