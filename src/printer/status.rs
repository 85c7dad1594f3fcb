//! The printer's real-time status: the answers to `DLE EOT 1` (printer),
//! `DLE EOT 2` (offline cause) and `DLE EOT 4` (roll paper sensor), read with
//! the `escpos` crate's response parser.

use super::Problem;
use escpos::utils::{RealTimeStatusRequest as Ask, RealTimeStatusResponse as Says};

/// The three status questions, in the order they are asked.
pub const QUESTIONS: [(Ask, u8); 3] = [
    (Ask::Printer, 1),
    (Ask::OfflineCause, 2),
    (Ask::RollPaperSensor, 4),
];

/// What the printer said about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Status {
    /// Not ready to print.
    pub offline: bool,
    /// The cover is open.
    pub cover_open: bool,
    /// No paper.
    pub paper_out: bool,
    /// The roll is nearly finished.
    pub paper_low: bool,
}

impl Status {
    /// Reads the three answers; `None` when any is not a status byte.
    pub fn from_answers(printer: u8, offline_cause: u8, paper: u8) -> Option<Status> {
        let printer = Says::parse(Ask::Printer, printer).ok()?;
        let cause = Says::parse(Ask::OfflineCause, offline_cause).ok()?;
        let paper = Says::parse(Ask::RollPaperSensor, paper).ok()?;
        let is = |map: &std::collections::HashMap<Says, bool>, k| map.get(&k).copied();
        Some(Status {
            offline: is(&printer, Says::Online) == Some(false),
            cover_open: is(&cause, Says::CoverClosed) == Some(false),
            paper_out: is(&paper, Says::RollPaperEndSensorPaperPresent) == Some(false)
                || is(&cause, Says::PrintingStopsDueToPaperEnd) == Some(true),
            paper_low: is(&paper, Says::RollPaperNearEndSensorPaperAdequate) == Some(false),
        })
    }

    /// Why the printer cannot print now, the most useful reason first.
    pub fn problem(&self) -> Option<Problem> {
        if self.cover_open {
            Some(Problem::CoverOpen)
        } else if self.paper_out {
            Some(Problem::PaperOut)
        } else if self.offline {
            Some(Problem::Offline)
        } else {
            None
        }
    }
}
