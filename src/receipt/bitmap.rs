//! A one-bit picture the width of the paper: what a thermal printer's dots
//! will be. Raster text, the QR code and the whole-receipt preview are all
//! bitmaps; [`Bitmap::raster_commands`] turns one into ESC/POS `GS v 0`.

/// Rows sent in one `GS v 0` command. Printers take far more, but short bands
/// keep every printer's input buffer comfortable.
const BAND_ROWS: u32 = 128;

/// Black or white dots, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    width: u32,
    height: u32,
    dots: Vec<bool>,
}

impl Bitmap {
    /// A white bitmap.
    pub fn new(width: u32, height: u32) -> Bitmap {
        Bitmap {
            width,
            height,
            dots: vec![false; (width * height) as usize],
        }
    }

    /// Width in dots.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in dots.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// Whether the dot at `x`, `y` is black; dots outside are white.
    pub fn get(&self, x: u32, y: u32) -> bool {
        x < self.width && y < self.height && self.dots[(y * self.width + x) as usize]
    }

    /// Blackens or whitens one dot; dots outside the bitmap are ignored.
    pub fn set(&mut self, x: u32, y: u32, black: bool) {
        if x < self.width && y < self.height {
            self.dots[(y * self.width + x) as usize] = black;
        }
    }

    /// Fills a rectangle with black, clipped to the bitmap.
    pub fn fill(&mut self, x: u32, y: u32, width: u32, height: u32) {
        for row in y..(y + height).min(self.height) {
            for col in x..(x + width).min(self.width) {
                self.set(col, row, true);
            }
        }
    }

    /// Copies the black dots of `other` with its top-left corner at `x`, `y`.
    pub fn draw(&mut self, other: &Bitmap, x: u32, y: u32) {
        for row in 0..other.height {
            for col in 0..other.width {
                if other.get(col, row) {
                    self.set(x + col, y + row, true);
                }
            }
        }
    }

    /// Puts bitmaps one under the other, left-aligned, on a page `width` wide.
    pub fn stack(width: u32, parts: &[Bitmap]) -> Bitmap {
        let height = parts.iter().map(|p| p.height).sum();
        let mut page = Bitmap::new(width, height);
        let mut y = 0;
        for part in parts {
            page.draw(part, 0, y);
            y += part.height;
        }
        page
    }

    /// How many dots are black.
    pub fn black_dots(&self) -> usize {
        self.dots.iter().filter(|&&d| d).count()
    }

    /// The ESC/POS raster commands (`GS v 0`, normal density) that print this
    /// bitmap, one command per band of rows.
    pub fn raster_commands(&self) -> Vec<u8> {
        let bytes_per_row = self.width.div_ceil(8);
        let mut out = Vec::with_capacity((bytes_per_row * self.height) as usize + 16);
        let mut top = 0;
        while top < self.height {
            let rows = BAND_ROWS.min(self.height - top);
            out.extend_from_slice(&[0x1d, b'v', b'0', 0]);
            out.extend_from_slice(&(bytes_per_row as u16).to_le_bytes());
            out.extend_from_slice(&(rows as u16).to_le_bytes());
            for y in top..top + rows {
                for byte in 0..bytes_per_row {
                    let mut b = 0u8;
                    for bit in 0..8 {
                        if self.get(byte * 8 + bit, y) {
                            b |= 0x80 >> bit;
                        }
                    }
                    out.push(b);
                }
            }
            top += rows;
        }
        out
    }

    /// The bitmap as a black-on-white PNG image, one pixel a dot.
    pub fn to_png(&self) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut out, self.width.max(1), self.height.max(1));
            encoder.set_color(png::ColorType::Grayscale);
            encoder.set_depth(png::BitDepth::Eight);
            let pixels: Vec<u8> = if self.width == 0 || self.height == 0 {
                vec![255]
            } else {
                self.dots.iter().map(|&d| if d { 0 } else { 255 }).collect()
            };
            // Writing to a Vec cannot fail for a well-formed header.
            if let Ok(mut writer) = encoder.write_header() {
                let _ = writer.write_image_data(&pixels);
            }
        }
        out
    }
}
