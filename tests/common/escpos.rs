//! A test-side ESC/POS interpreter for the commands Frontdoor emits. It
//! rebuilds the printed page from the bytes alone: text lines decoded through
//! the selected code page (with `encoding_rs`, independently of the product's
//! encoder) and raster images from `GS v 0`. Any command it does not know is
//! a test failure, so the receipt can never send a printer something odd.

use frontdoor::receipt::Bitmap;
use frontdoor::receipt::text::{self, Placement};

/// One printed thing, top to bottom.
#[derive(Debug, Clone)]
pub enum Item {
    /// A line of the printer's own text.
    Text {
        text: String,
        scale: u32,
        bold: bool,
        /// 0 left, 1 centre, 2 right.
        align: u8,
        /// The `ESC t` code page it was printed in.
        page: u8,
    },
    /// Dots from one `GS v 0` command.
    Dots(Bitmap),
}

/// The printed page.
#[derive(Debug, Default)]
pub struct Page {
    pub items: Vec<Item>,
    pub cut: bool,
    pub feed_lines: u32,
}

impl Page {
    /// Every line of text, in order.
    pub fn lines(&self) -> Vec<String> {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.clone()),
                Item::Dots(_) => None,
            })
            .collect()
    }

    /// The text printed at `scale`.
    pub fn lines_at(&self, scale: u32) -> Vec<String> {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, scale: s, .. } if *s == scale => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    /// The raster images, each band joined to its neighbours.
    pub fn dots(&self) -> Vec<&Bitmap> {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Dots(b) => Some(b),
                Item::Text { .. } => None,
            })
            .collect()
    }

    /// The whole page as a picture `width` dots across: raster bands as sent,
    /// text lines drawn with the application's fonts where the printer would
    /// put them.
    pub fn image(&self, width: u32) -> Bitmap {
        let mut parts = Vec::new();
        for item in &self.items {
            match item {
                Item::Text {
                    text: line,
                    scale,
                    bold,
                    align,
                    ..
                } => {
                    let (placement, rtl) = match align {
                        0 => (Placement::Start, false),
                        1 => (Placement::Centre, false),
                        _ => (Placement::Start, true),
                    };
                    parts.push(text::printer_line(
                        line, width, *scale, *bold, placement, rtl,
                    ));
                }
                Item::Dots(b) => parts.push(b.clone()),
            }
        }
        parts.push(Bitmap::new(width, text::LINE_DOTS * self.feed_lines));
        Bitmap::stack(width, &parts)
    }

    /// Every QR code a decoder finds on the page image.
    pub fn qr_codes(&self, width: u32) -> Vec<String> {
        decode_qr(&self.image(width))
    }
}

/// Every QR code `rqrr` finds in `bitmap`.
pub fn decode_qr(bitmap: &Bitmap) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(
        bitmap.width() as usize,
        bitmap.height() as usize,
        |x, y| {
            if bitmap.get(x as u32, y as u32) {
                0
            } else {
                255
            }
        },
    );
    img.detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, s)| s))
        .collect()
}

fn decode(page: u8, bytes: &[u8]) -> String {
    let encoding = match page {
        16 => encoding_rs::WINDOWS_1252,
        45 => encoding_rs::WINDOWS_1250,
        other => panic!("text sent in code page {other}, which the tests do not expect"),
    };
    let (text, _, bad) = encoding.decode(bytes);
    assert!(!bad, "bytes that are not {}: {bytes:?}", encoding.name());
    text.into_owned()
}

/// Interprets `bytes`, panicking on anything unexpected.
pub fn interpret(bytes: &[u8]) -> Page {
    let mut page = Page::default();
    let (mut scale, mut bold, mut align, mut code_page) = (1u32, false, 0u8, 0u8);
    let mut line: Vec<u8> = Vec::new();
    let mut i = 0;
    let flush = |page: &mut Page, line: &mut Vec<u8>, scale, bold, align, code_page| {
        if !line.is_empty() {
            page.items.push(Item::Text {
                text: decode(code_page, line),
                scale,
                bold,
                align,
                page: code_page,
            });
            line.clear();
            true
        } else {
            false
        }
    };
    while i < bytes.len() {
        let rest = &bytes[i..];
        match rest {
            [0x1b, b'@', ..] => {
                (scale, bold, align, code_page) = (1, false, 0, 0);
                i += 2;
            }
            [0x1b, b'3', _n, ..] => i += 3,
            [0x1b, b't', n, ..] => {
                code_page = *n;
                i += 3;
            }
            [0x1b, b'a', n, ..] => {
                assert!(line.is_empty(), "alignment changed inside a line");
                align = *n;
                i += 3;
            }
            [0x1b, b'E', n, ..] => {
                bold = *n == 1;
                i += 3;
            }
            [0x1d, b'!', n, ..] => {
                let (w, h) = (((n >> 4) & 7) as u32 + 1, (n & 7) as u32 + 1);
                assert_eq!(w, h, "text stretched in one direction only");
                scale = w;
                i += 3;
            }
            [0x1b, b'd', n, ..] => {
                let printed = flush(&mut page, &mut line, scale, bold, align, code_page);
                let blank = if printed { n.saturating_sub(1) } else { *n };
                page.feed_lines += blank as u32;
                i += 3;
            }
            [0x0a, ..] => {
                if !flush(&mut page, &mut line, scale, bold, align, code_page) {
                    page.feed_lines += 1;
                }
                i += 1;
            }
            [0x1d, b'v', b'0', m, xl, xh, yl, yh, ..] => {
                assert_eq!(*m, 0, "raster at other than normal density");
                assert!(line.is_empty(), "raster inside a line of text");
                let row_bytes = u16::from_le_bytes([*xl, *xh]) as usize;
                let rows = u16::from_le_bytes([*yl, *yh]) as usize;
                let data = &rest[8..8 + row_bytes * rows];
                let mut b = Bitmap::new(row_bytes as u32 * 8, rows as u32);
                for y in 0..rows {
                    for x in 0..row_bytes * 8 {
                        if data[y * row_bytes + x / 8] & (0x80 >> (x % 8)) != 0 {
                            b.set(x as u32, y as u32, true);
                        }
                    }
                }
                // Printed blank lines since the last item become white rows.
                if page.feed_lines > 0 {
                    page.items.push(Item::Dots(Bitmap::new(
                        b.width(),
                        text::LINE_DOTS * std::mem::take(&mut page.feed_lines),
                    )));
                }
                page.items.push(Item::Dots(b));
                i += 8 + row_bytes * rows;
            }
            [0x1d, b'V', b'A', _n, ..] => {
                assert!(line.is_empty(), "cut inside a line of text");
                page.cut = true;
                i += 4;
            }
            [b, ..] if *b >= 0x20 => {
                assert!(code_page != 0 || b.is_ascii(), "text before a code page");
                line.push(*b);
                i += 1;
            }
            _ => panic!(
                "unexpected bytes at {i}: {:02x?}",
                &rest[..rest.len().min(8)]
            ),
        }
    }
    assert!(line.is_empty(), "text never printed: {line:?}");
    page
}
