//! Receipts as the printer sees them: the bytes are interpreted back into a
//! page, the page's QR code is decoded, and the text, code pages, wrapping and
//! raster text are checked at both paper widths.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::escpos::{Item, decode_qr, interpret};
use frontdoor::receipt::{Appointment, Facts, NARROW, Receipt, WIDE};

fn saved() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 18)
        .unwrap()
        .and_hms_opt(14, 5, 0)
        .unwrap()
}

/// A receipt's secret as the kiosk would print it.
fn secret() -> &'static frontdoor::reference::Secret {
    static SECRET: std::sync::OnceLock<frontdoor::reference::Secret> = std::sync::OnceLock::new();
    SECRET.get_or_init(|| frontdoor::reference::Secret::parse("ACDEFGHJKMNPRTVW").unwrap())
}

fn facts<'a>(service: &'a str, tracking: Option<&'a str>) -> Facts<'a> {
    Facts {
        council: "Demo District Council",
        site: "Demo Library",
        service,
        saved_at: saved(),
        reference: "ACDE34679E",
        reference_grouped: "ACDE 346 79E",
        tracking_url: tracking,
        secret: Some(secret()),
        next_steps: Some("We aim to repair dangerous potholes within 24 hours."),
        queued: false,
        contact: Some("Phone 01234 567890, Monday to Friday, 9am to 5pm"),
        appointment: None,
    }
}

/// With FRONTDOOR_RECEIPT_PNG=1, writes a preview to target/receipts to look at.
fn save_png(name: &str, bitmap: &frontdoor::receipt::Bitmap) {
    if std::env::var_os("FRONTDOOR_RECEIPT_PNG").is_some() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/receipts");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), bitmap.to_png()).unwrap();
    }
}

const TRACK: &str = "https://example.gov.uk/track?ref={reference}";

#[test]
fn an_english_receipt_prints_its_words_reference_and_a_readable_qr_code() {
    let receipt = Receipt::new("en-GB", &facts("Report a pothole", Some(TRACK)));
    for width in [WIDE, NARROW] {
        let page = interpret(&receipt.to_escpos(width));
        save_png(&format!("receipt-en-{width}"), &receipt.preview(width));
        let text = page.lines().join(" ");
        for wanted in [
            "Demo District Council",
            "Demo Library",
            "Report a pothole",
            "Saved on Wednesday 18 November 2026 at 14:05",
            "We aim to repair dangerous potholes within 24 hours.",
            "Contact the council",
            "Phone 01234 567890, Monday to Friday, 9am to 5pm",
            "Keep this receipt.",
        ] {
            assert!(text.contains(wanted), "{wanted:?} not in {text:?}");
        }
        // The reference in large type, grouped, on one line.
        let big: Vec<String> = page
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Text {
                    text, scale, bold, ..
                } if *scale >= 2 && *bold => Some(text.clone()),
                _ => None,
            })
            .collect();
        assert!(big.contains(&"ACDE 346 79E".to_string()), "{big:?}");
        assert_eq!(
            page.qr_codes(width),
            vec!["https://example.gov.uk/track?ref=ACDE34679E#k=ACDEFGHJKMNPRTVW".to_string()]
        );
        assert!(page.cut, "the receipt is cut off the roll");
        // The bytes rebuild exactly the picture the preview shows.
        assert!(
            page.image(width) == receipt.preview(width),
            "preview differs at {width}"
        );
    }
}

#[test]
fn without_a_tracking_address_the_qr_code_holds_the_reference_and_its_secret() {
    let receipt = Receipt::new("en-GB", &facts("Report a pothole", None));
    let page = interpret(&receipt.to_escpos(WIDE));
    assert_eq!(
        page.qr_codes(WIDE),
        vec!["ACDE34679E#k=ACDEFGHJKMNPRTVW".to_string()]
    );
    assert!(
        page.lines().iter().any(|l| l.contains("Check progress")),
        "says how to use the code at a terminal"
    );
}

#[test]
fn the_qr_code_has_at_least_four_dots_a_module_at_both_widths() {
    let long =
        "https://example.gov.uk/a/rather/long/path/to/the/tracking/page?ref={reference}&from=kiosk";
    for width in [WIDE, NARROW] {
        for tracking in [Some(TRACK), Some(long), None] {
            let receipt = Receipt::new("en-GB", &facts("Report a pothole", tracking));
            let payload = frontdoor::receipt::qr::payload(tracking, "ACDE34679E", Some(secret()));
            let code = frontdoor::receipt::qr::bitmap(&payload, width).unwrap();
            // Dark modules are squares: the narrowest black run across the
            // code is one module wide.
            let mut narrowest = u32::MAX;
            for y in 0..code.height() {
                let mut run = 0;
                for x in 0..=code.width() {
                    if code.get(x, y) {
                        run += 1;
                    } else if run > 0 {
                        narrowest = narrowest.min(run);
                        run = 0;
                    }
                }
            }
            assert!(narrowest >= 4, "{narrowest} dots a module at {width}");
            assert_eq!(decode_qr(&code), vec![payload.clone()]);
            let page = interpret(&receipt.to_escpos(width));
            assert_eq!(page.qr_codes(width), vec![payload]);
        }
    }
}

#[test]
fn the_pound_sign_and_accented_letters_print_as_text_in_a_code_page() {
    let bytes = Receipt::test_page(
        "en-GB",
        "Demo District Council",
        "Demo Library",
        saved(),
        WIDE,
    )
    .to_escpos(WIDE);
    let page = interpret(&bytes);
    save_png("test-page-576", &page.image(WIDE));
    let lines = page.lines();
    assert!(
        lines.contains(&"The pound sign: £5.00".to_string()),
        "{lines:?}"
    );
    // £ is 0xA3 in Windows 1252, selected with ESC t 16 before it.
    let pound = bytes.windows(5).position(|w| w == b"\xa35.00").unwrap();
    let page_select = bytes[..pound]
        .windows(3)
        .rposition(|w| w[..2] == [0x1b, b't'])
        .unwrap();
    assert_eq!(bytes[page_select + 2], 16);
    assert!(
        lines.iter().any(|l| l.contains("á é í ó ú ñ ã õ ç")),
        "{lines:?}"
    );
    let polish = page
        .items
        .iter()
        .find_map(|i| match i {
            Item::Text { text, page, .. } if text.contains('ł') => Some(*page),
            _ => None,
        })
        .unwrap();
    assert_eq!(polish, 45, "Polish letters go in Windows 1250");
    // Welsh ŵ, Romanian ș and other scripts are in no code page: that line
    // is dots, never question marks.
    assert!(
        !lines.iter().any(|l| l.contains('?') || l.contains('ŵ')),
        "{lines:?}"
    );
    assert!(page.dots().len() >= 3, "raster line, rules and QR code");
    assert_eq!(page.qr_codes(WIDE), vec!["ACDE34679E".to_string()]);
}

#[test]
fn long_words_and_long_service_names_wrap_inside_the_paper() {
    let name = "Report a problem with an overgrown hedge or a tree hanging over the pavement outside Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch station";
    let receipt = Receipt::new("en-GB", &facts(name, Some(TRACK)));
    for width in [WIDE, NARROW] {
        let page = interpret(&receipt.to_escpos(width));
        for item in &page.items {
            match item {
                Item::Text { text, scale, .. } => assert!(
                    text.chars().count() as u32 * 12 * scale <= width,
                    "{text:?} overflows {width} dots"
                ),
                Item::Dots(b) => assert_eq!(b.width(), width),
            }
        }
        // Every word survives, in order, with the long word split.
        let printed: String = page.lines().concat().split_whitespace().collect();
        let wanted: String = name.split_whitespace().collect();
        assert!(printed.contains(&wanted), "{printed}");
        let columns = (width / 12) as usize;
        assert!(page.lines().iter().filter(|l| l.len() == columns).count() >= 1);
    }
}

#[test]
fn an_appointment_slip_says_when_where_and_what_to_bring() {
    let mut f = facts("Housing options appointment", Some(TRACK));
    f.appointment = Some(Appointment {
        starts: chrono::NaiveDate::from_ymd_opt(2026, 11, 24)
            .unwrap()
            .and_hms_opt(10, 30, 0)
            .unwrap(),
        place: "Demo Library, first floor, room 2".to_string(),
        bring: Some("proof of address and photo ID".to_string()),
        provisional: true,
    });
    let page = interpret(&Receipt::new("en-GB", &f).to_escpos(WIDE));
    let text = page.lines().join(" ");
    assert!(text.contains("Tuesday 24 November 2026 at 10:30"), "{text}");
    assert!(
        text.contains("Where: Demo Library, first floor, room 2"),
        "{text}"
    );
    assert!(
        text.contains("Bring: proof of address and photo ID"),
        "{text}"
    );
    assert!(text.contains("not confirmed yet"), "{text}");
}

/// Compares a page with its reviewed golden picture in tests/golden. With
/// FRONTDOOR_GOLDEN_WRITE=1 the picture is written instead, to be looked at
/// and committed.
fn matches_golden(name: &str, page: &frontdoor::receipt::Bitmap) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.png"));
    if std::env::var_os("FRONTDOOR_GOLDEN_WRITE").is_some() {
        std::fs::write(&path, page.to_png()).unwrap();
        return;
    }
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; run with FRONTDOOR_GOLDEN_WRITE=1, look at it, commit it",
                path.display()
            )
        }),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(
        (info.width, info.height),
        (page.width(), page.height()),
        "{name}: size differs"
    );
    let differing = (0..info.height)
        .flat_map(|y| (0..info.width).map(move |x| (x, y)))
        .filter(|&(x, y)| (buf[(y * info.width + x) as usize] < 128) != page.get(x, y))
        .count();
    // Rounding in the rasteriser may move a few dots; a wrong glyph, order
    // or line moves thousands.
    assert!(
        differing * 1000 < (info.width * info.height) as usize,
        "{name}: {differing} dots differ from the reviewed picture"
    );
}

/// The dots of the first raster band drawn for a line of words.
fn ink_span(b: &frontdoor::receipt::Bitmap) -> (u32, u32) {
    let xs: Vec<u32> = (0..b.width())
        .filter(|&x| (0..b.height()).any(|y| b.get(x, y)))
        .collect();
    (*xs.first().unwrap(), *xs.last().unwrap())
}

#[test]
fn an_arabic_receipt_is_drawn_right_to_left_with_the_reference_kept_in_order() {
    let mut f = facts("الإبلاغ عن حفرة في الطريق", Some(TRACK));
    f.next_steps = Some("نحاول إصلاح الحفر الخطرة خلال 24 ساعة.");
    f.contact = Some("اتصل على 01234 567890، من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً");
    let receipt = Receipt::new("ar", &f);
    assert!(receipt.rtl);
    for width in [WIDE, NARROW] {
        let page = interpret(&receipt.to_escpos(width));
        save_png(&format!("receipt-ar-{width}"), &page.image(width));
        // Latin names and the reference are text; every Arabic line is dots.
        let lines = page.lines();
        assert!(lines.contains(&"ACDE 346 79E".to_string()), "{lines:?}");
        for line in &lines {
            assert!(line.is_ascii(), "Arabic sent as text: {line:?}");
            assert!(!line.contains('?'), "{line:?}");
        }
        // A short heading sits against the right edge.
        let what_next = frontdoor::receipt::text::draw(
            &frontdoor::i18n::t("ar", "what-next"),
            width,
            1,
            true,
            frontdoor::receipt::text::Placement::Start,
            true,
        );
        let (left, right) = ink_span(&what_next);
        assert!(
            right > width - 12 && left > width / 3,
            "{left}..{right} of {width}"
        );
        assert!(
            page.dots().contains(&&what_next),
            "the heading is printed as drawn"
        );
        assert_eq!(
            page.qr_codes(width),
            vec!["https://example.gov.uk/track?ref=ACDE34679E#k=ACDEFGHJKMNPRTVW".to_string()]
        );
        matches_golden(&format!("receipt-ar-{width}"), &page.image(width));
    }
}

#[test]
fn a_bengali_receipt_is_drawn_with_shaped_bengali_text() {
    let mut f = facts("রাস্তার গর্তের কথা জানান", None);
    f.next_steps = Some("আমরা বিপজ্জনক গর্ত 24 ঘণ্টার মধ্যে মেরামত করার চেষ্টা করি।");
    f.contact = Some("ফোন করুন 01234 567890, সোমবার থেকে শুক্রবার, সকাল 9টা থেকে বিকেল 5টা");
    let receipt = Receipt::new("bn", &f);
    for width in [WIDE, NARROW] {
        let page = interpret(&receipt.to_escpos(width));
        save_png(&format!("receipt-bn-{width}"), &page.image(width));
        for line in page.lines() {
            assert!(line.is_ascii() && !line.contains('?'), "{line:?}");
        }
        assert_eq!(
            page.qr_codes(width),
            vec!["ACDE34679E#k=ACDEFGHJKMNPRTVW".to_string()]
        );
        matches_golden(&format!("receipt-bn-{width}"), &page.image(width));
    }
}
