//! Text drawn as dots with the application's own fonts, for lines a printer's
//! code pages cannot hold (Arabic, Urdu, Bengali, Gurmukhi, Cyrillic, and the
//! few Latin letters such as Welsh ŵ that no common code page has). Shaping,
//! right-to-left order and wrapping come from `cosmic-text`.

use super::Bitmap;
use cosmic_text::{
    Align, Attrs, Buffer, Family, FontSystem, Metrics, Shaping, SwashCache, Weight, Wrap,
};
use std::sync::{Mutex, OnceLock};

/// Printer-font-sized text: the built-in font is 24 dots tall on a 32-dot line.
pub const LINE_DOTS: u32 = 32;
/// Lines of words printed as dots get more room than the printer's own text:
/// Arabic, Bengali and Gurmukhi stack marks above and below the letters.
pub const RASTER_LINE_DOTS: u32 = 40;
/// Type size that matches the printer's own 24-dot font.
const FONT_DOTS: f32 = 24.0;
/// Ink at or above this coverage (of 255) prints as a black dot.
const THRESHOLD: u8 = 100;

/// How a paragraph sits on the paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Starting at the reading edge: left, or right in right-to-left text.
    Start,
    /// Centred.
    Centre,
}

/// The shipped fonts, loaded once and shared by every receipt.
struct Fonts {
    system: FontSystem,
    cache: SwashCache,
}

fn fonts() -> &'static Mutex<Fonts> {
    static FONTS: OnceLock<Mutex<Fonts>> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut db = cosmic_text::fontdb::Database::new();
        for font in crate::fonts::ALL {
            db.load_font_data(font.to_vec());
        }
        Mutex::new(Fonts {
            system: FontSystem::new_with_locale_and_db("en-GB".to_string(), db),
            cache: SwashCache::new(),
        })
    })
}

/// Draws `text` `width` dots wide at `scale` times the printer's own text
/// size, wrapping at words (and inside a word too long for a line), on lines
/// [`RASTER_LINE_DOTS`] apart. `rtl` is the reading direction of the
/// receipt's language.
pub fn draw(
    text: &str,
    width: u32,
    scale: u32,
    bold: bool,
    placement: Placement,
    rtl: bool,
) -> Bitmap {
    draw_spaced(text, width, scale, bold, placement, rtl, RASTER_LINE_DOTS)
}

/// One line of the printer's own text as the printer shows it, on its
/// [`LINE_DOTS`] line: for the preview.
pub fn printer_line(
    text: &str,
    width: u32,
    scale: u32,
    bold: bool,
    placement: Placement,
    rtl: bool,
) -> Bitmap {
    draw_spaced(text, width, scale, bold, placement, rtl, LINE_DOTS)
}

/// How wide `text` is on one line, in dots.
fn measure(system: &mut FontSystem, text: &str, attrs: &Attrs<'_>, metrics: Metrics) -> f32 {
    let mut buffer = Buffer::new(system, metrics);
    buffer.set_wrap(system, Wrap::None);
    buffer.set_size(system, None, None);
    buffer.set_text(system, text, attrs, Shaping::Advanced, None);
    buffer.shape_until_scroll(system, false);
    buffer
        .layout_runs()
        .map(|run| run.line_w)
        .fold(0.0, f32::max)
}

/// `text` with a line break put in before each word that would run past
/// `width`, paragraph by paragraph. A word wider than a line keeps a line
/// to itself (and is broken inside when drawn).
fn wrap_by_measure(
    system: &mut FontSystem,
    text: &str,
    attrs: &Attrs<'_>,
    metrics: Metrics,
    width: f32,
) -> String {
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if line.is_empty() || measure(system, &candidate, attrs, metrics) <= width {
                line = candidate;
            } else {
                out.push(std::mem::replace(&mut line, word.to_string()));
            }
        }
        out.push(line);
    }
    out.join("\n")
}

fn draw_spaced(
    text: &str,
    width: u32,
    scale: u32,
    bold: bool,
    placement: Placement,
    rtl: bool,
    line_dots: u32,
) -> Bitmap {
    let mut guard = match fonts().lock() {
        Ok(g) => g,
        Err(poisoned) => poisoned.into_inner(),
    };
    let Fonts { system, cache } = &mut *guard;
    let line = (line_dots * scale) as f32;
    let mut buffer = Buffer::new(system, Metrics::new(FONT_DOTS * scale as f32, line));
    buffer.set_wrap(system, Wrap::WordOrGlyph);
    buffer.set_size(system, Some(width as f32), None);
    let attrs = Attrs::new()
        .family(Family::Name(crate::fonts::FAMILY))
        .weight(if bold { Weight::BOLD } else { Weight::NORMAL });
    let align = match (placement, rtl) {
        (Placement::Centre, _) => Align::Center,
        (Placement::Start, true) => Align::Right,
        (Placement::Start, false) => Align::Left,
    };
    buffer.set_text(system, text, &attrs, Shaping::Advanced, Some(align));
    buffer.shape_until_scroll(system, false);
    // cosmic-text leaves some lines that mix directions (Arabic words
    // ending in "12:00") unwrapped and wider than the paper, and their ends
    // would be cut off: wrap those at spaces here, by measuring.
    if buffer
        .layout_runs()
        .any(|run| run.line_w > width as f32 + 0.5)
    {
        let metrics = buffer.metrics();
        let wrapped = wrap_by_measure(system, text, &attrs, metrics, width as f32);
        buffer.set_text(system, &wrapped, &attrs, Shaping::Advanced, Some(align));
        buffer.shape_until_scroll(system, false);
    }
    let lines = buffer.layout_runs().count().max(1) as u32;
    let mut ink = Vec::new();
    buffer.draw(
        system,
        cache,
        cosmic_text::Color::rgb(0, 0, 0),
        |x, y, w, h, colour| {
            if colour.a() >= THRESHOLD && x >= 0 && y >= 0 {
                for dy in 0..h {
                    for dx in 0..w {
                        ink.push((x as u32 + dx, y as u32 + dy));
                    }
                }
            }
        },
    );
    // A mark that reaches below the last line (the dots under a final
    // Arabic yeh) makes the picture taller rather than being cut off.
    let deepest = ink.iter().map(|&(_, y)| y + 1).max().unwrap_or(0);
    let mut bitmap = Bitmap::new(width, (lines * line as u32).max(deepest));
    for (x, y) in ink {
        bitmap.set(x, y, true);
    }
    bitmap
}
