//! The fonts Frontdoor ships in `assets/fonts` (Noto families, SIL Open Font
//! Licence), embedded in the binary so that no glyph depends on what the host
//! has installed. The screen and the receipt printer's raster text both draw
//! with these.

/// Every shipped font file: Latin, Greek and Cyrillic first, then the fonts
/// for Arabic script (Arabic and Urdu), Bengali and Gurmukhi (Punjabi).
pub const ALL: &[&[u8]] = &[
    include_bytes!("../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../assets/fonts/NotoSansBengali-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSansBengali-Bold.ttf"),
    include_bytes!("../assets/fonts/NotoSansGurmukhi-Regular.ttf"),
    include_bytes!("../assets/fonts/NotoSansGurmukhi-Bold.ttf"),
];

/// The family every screen and receipt asks for first; the others are found
/// by script fallback.
pub const FAMILY: &str = "Noto Sans";
