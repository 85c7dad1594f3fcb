//! Laying a receipt out on paper of a given width, then either encoding the
//! layout as ESC/POS bytes or drawing it as the preview picture. Both follow
//! the same layout, so the preview is what the printer prints.

use super::text::{self, LINE_DOTS, Placement};
use super::{Bitmap, Block, Receipt, qr};
use escpos::driver::Driver;
use escpos::printer::Printer;
use escpos::utils::{JustifyMode, PageCode, Protocol};
use std::cell::RefCell;
use std::rc::Rc;

/// Width in dots of one character of the printer's own font (font A).
const CHAR_DOTS: u32 = 12;
/// Blank paper fed before the cut so the last line clears the cutter.
const FEED_LINES: u8 = 4;

/// A code page the printer holds, in the order they are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CodePage {
    /// Windows 1252: Western European, with £ and €.
    W1252,
    /// Windows 1250: Central European (Polish, Romanian with cedillas).
    W1250,
}

impl CodePage {
    const ALL: [CodePage; 2] = [CodePage::W1252, CodePage::W1250];

    fn escpos(self) -> PageCode {
        match self {
            CodePage::W1252 => PageCode::WPC1252,
            CodePage::W1250 => PageCode::WPC1250,
        }
    }

    fn encoding(self) -> &'static encoding_rs::Encoding {
        match self {
            CodePage::W1252 => encoding_rs::WINDOWS_1252,
            CodePage::W1250 => encoding_rs::WINDOWS_1250,
        }
    }

    /// The first page that holds every character of `text`, control
    /// characters refused.
    pub(crate) fn for_text(text: &str) -> Option<CodePage> {
        if text.chars().any(char::is_control) {
            return None;
        }
        CodePage::ALL
            .into_iter()
            .find(|page| !page.encoding().encode(text).2)
    }
}

/// Where a line sits across the paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// Against the left edge.
    Left,
    /// Centred.
    Centre,
    /// Against the right edge (the reading edge of right-to-left languages).
    Right,
}

/// How text the printer draws itself looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Style {
    /// Character width and height multiplier, 1 to 3.
    pub scale: u32,
    /// Emphasised.
    pub bold: bool,
    /// Where the lines sit.
    pub side: Side,
}

/// One piece of the laid-out receipt.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Piece {
    /// Lines the printer draws in its own font, already wrapped to the paper.
    Text {
        lines: Vec<String>,
        page: CodePage,
        style: Style,
    },
    /// Dots printed as they are, the full paper width.
    Dots(Bitmap),
}

/// Splits `text` into lines of at most `columns` characters, at spaces where
/// it can and inside a word only when the word is longer than a line.
pub(crate) fn wrap(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let mut word: Vec<char> = word.chars().collect();
            let used = line.chars().count();
            if used > 0 && used + 1 + word.len() <= columns {
                line.push(' ');
                line.extend(word.iter());
                continue;
            }
            if used > 0 {
                lines.push(std::mem::take(&mut line));
            }
            while word.len() > columns {
                lines.push(word.drain(..columns).collect());
            }
            line.extend(word.iter());
        }
        lines.push(line);
    }
    lines
}

/// Lays `receipt` out on paper `width` dots across.
pub(crate) fn layout(receipt: &Receipt, width: u32) -> Vec<Piece> {
    let rtl = receipt.rtl;
    let mut pieces = Vec::new();
    let words = |s: &str, scale: u32, bold: bool, centre: bool| match CodePage::for_text(s) {
        Some(page) => Piece::Text {
            lines: wrap(s, (width / (CHAR_DOTS * scale)) as usize),
            page,
            style: Style {
                scale,
                bold,
                side: match (centre, rtl) {
                    (true, _) => Side::Centre,
                    (false, true) => Side::Right,
                    (false, false) => Side::Left,
                },
            },
        },
        None => {
            let place = if centre {
                Placement::Centre
            } else {
                Placement::Start
            };
            Piece::Dots(text::draw(s, width, scale, bold, place, rtl))
        }
    };
    for block in &receipt.blocks {
        match block {
            Block::Title(s) => pieces.push(words(s, 2, true, true)),
            Block::Centre(s) => pieces.push(words(s, 1, false, true)),
            Block::Heading(s) => pieces.push(words(s, 1, true, false)),
            Block::Para(s) => pieces.push(words(s, 1, false, false)),
            Block::Reference(s) => {
                // As large as fits on one line: three times on 80 mm paper.
                let chars = s.chars().count().max(1) as u32;
                let scale = (width / (CHAR_DOTS * chars)).clamp(1, 3);
                pieces.push(words(s, scale, true, true));
            }
            Block::Qr(payload) => {
                let code = qr::bitmap(payload, width);
                match code {
                    Some(code) => pieces.push(Piece::Dots(code)),
                    None => pieces.push(words(payload, 1, false, true)),
                }
            }
            Block::Rule => {
                let mut rule = Bitmap::new(width, 16);
                rule.fill(0, 7, width, 2);
                pieces.push(Piece::Dots(rule));
            }
        }
    }
    pieces
}

/// Collects what the `escpos` printer would send, instead of sending it.
#[derive(Clone, Default)]
struct Collect(Rc<RefCell<Vec<u8>>>);

impl Driver for Collect {
    fn name(&self) -> String {
        "collect".to_string()
    }

    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        self.0.borrow_mut().extend_from_slice(data);
        Ok(())
    }

    fn read(&self, _buf: &mut [u8]) -> escpos::errors::Result<usize> {
        Ok(0)
    }

    fn flush(&self) -> escpos::errors::Result<()> {
        Ok(())
    }
}

/// The ESC/POS bytes for laid-out pieces: initialise, fixed line spacing,
/// each piece, feed and a partial cut.
pub(crate) fn escpos(pieces: &[Piece]) -> Vec<u8> {
    let out = Collect::default();
    let mut printer = Printer::new(out.clone(), Protocol::default(), None);
    // Every command below only adds to a list in memory; the collecting
    // driver cannot fail, and each piece was checked to fit its code page.
    let _ = build(&mut printer, pieces);
    out.0.take()
}

fn build(printer: &mut Printer<Collect>, pieces: &[Piece]) -> escpos::errors::Result<()> {
    printer.init()?.line_spacing(LINE_DOTS as u8)?;
    for piece in pieces {
        match piece {
            Piece::Text { lines, page, style } => {
                printer
                    .page_code(page.escpos())?
                    .justify(match style.side {
                        Side::Left => JustifyMode::LEFT,
                        Side::Centre => JustifyMode::CENTER,
                        Side::Right => JustifyMode::RIGHT,
                    })?
                    .bold(style.bold)?
                    .size(style.scale as u8, style.scale as u8)?;
                for line in lines {
                    printer.writeln(line)?;
                }
                printer.reset_size()?.bold(false)?;
            }
            Piece::Dots(bitmap) => {
                printer
                    .justify(JustifyMode::LEFT)?
                    .custom(&bitmap.raster_commands())?;
            }
        }
    }
    printer.feeds(FEED_LINES)?.partial_cut()?.print()?;
    Ok(())
}

/// The picture the printer prints for laid-out pieces.
pub(crate) fn preview(pieces: &[Piece], width: u32) -> Bitmap {
    let mut parts = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Text { lines, style, .. } => {
                let (placement, rtl) = match style.side {
                    Side::Left => (Placement::Start, false),
                    Side::Centre => (Placement::Centre, false),
                    Side::Right => (Placement::Start, true),
                };
                for line in lines {
                    parts.push(text::printer_line(
                        line,
                        width,
                        style.scale,
                        style.bold,
                        placement,
                        rtl,
                    ));
                }
            }
            Piece::Dots(bitmap) => parts.push(bitmap.clone()),
        }
    }
    parts.push(Bitmap::new(width, LINE_DOTS * FEED_LINES as u32));
    Bitmap::stack(width, &parts)
}
