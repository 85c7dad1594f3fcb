//! The receipt's QR code, made with the `qrcode` crate at error correction M
//! and drawn as dots, so every printer prints the same readable code
//! (printers' own QR commands differ, and some print the obsolete Model 1).

use super::Bitmap;
use qrcode::{Color, EcLevel, QrCode};

/// Fewest dots a module: smaller codes blur on thermal paper.
pub const MIN_MODULE_DOTS: u32 = 4;
/// Most dots a module: larger codes waste paper.
const MAX_MODULE_DOTS: u32 = 10;
/// The quiet zone around the code, in modules, as the QR standard asks.
const QUIET_MODULES: u32 = 4;

/// What the QR code holds: the tracking address with the reference in place
/// of `{reference}`, or the bare reference when there is no tracking
/// address; then, when there is one, the receipt's secret after
/// [`crate::reference::secret::MARK`] (a URL fragment, which a browser keeps
/// to itself).
pub fn payload(
    tracking_url: Option<&str>,
    reference: &str,
    secret: Option<&crate::reference::Secret>,
) -> String {
    let mut payload = match tracking_url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) if url.contains("{reference}") => url.replace("{reference}", reference),
        Some(url) => format!("{url}{reference}"),
        None => reference.to_string(),
    };
    if let Some(secret) = secret {
        payload.push_str(crate::reference::secret::MARK);
        payload.push_str(secret.as_str());
    }
    payload
}

/// The code's modules, row by row, dark as `true`, and how many across.
pub fn modules(payload: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(payload.as_bytes(), EcLevel::M).ok()?;
    let dark = code.to_colors().iter().map(|c| *c == Color::Dark).collect();
    Some((code.width(), dark))
}

/// The code for `payload`, centred on a strip `width` dots wide and no more
/// than about three fifths of it across. `None` when the payload is too long
/// for a code that fits the paper at four dots a module.
pub fn bitmap(payload: &str, width: u32) -> Option<Bitmap> {
    let (modules, dark) = modules(payload)?;
    let modules = modules as u32;
    let across = modules + 2 * QUIET_MODULES;
    let module = (width * 3 / 5 / across).clamp(MIN_MODULE_DOTS, MAX_MODULE_DOTS);
    let size = across * module;
    if size > width {
        return None;
    }
    let mut strip = Bitmap::new(width, size);
    let left = (width - size) / 2 + QUIET_MODULES * module;
    let top = QUIET_MODULES * module;
    for (i, is_dark) in dark.iter().enumerate() {
        if *is_dark {
            let (x, y) = (i as u32 % modules, i as u32 / modules);
            strip.fill(left + x * module, top + y * module, module, module);
        }
    }
    Some(strip)
}
