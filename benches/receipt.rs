//! Building a receipt's ESC/POS bytes: layout, code page encoding, the QR
//! code drawn as dots, and any words drawn as dots with the shipped fonts
//! (all of them in Arabic), at 80 mm. The fonts are loaded once per process,
//! before measuring, as in the running kiosk.
//!
//! `cargo bench --bench receipt`. The numbers measured are in docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use frontdoor::receipt::{Facts, Receipt, WIDE};
use std::hint::black_box;

/// The secret a kiosk prints beside the reference in the QR code.
fn secret() -> &'static frontdoor::reference::Secret {
    static SECRET: std::sync::OnceLock<frontdoor::reference::Secret> = std::sync::OnceLock::new();
    SECRET.get_or_init(frontdoor::reference::Secret::new)
}

fn facts<'a>(service: &'a str, next: &'a str, contact: &'a str) -> Facts<'a> {
    Facts {
        council: "Demo District Council",
        site: "Demo Library",
        service,
        saved_at: chrono::NaiveDate::from_ymd_opt(2026, 11, 18)
            .unwrap()
            .and_hms_opt(14, 5, 0)
            .unwrap(),
        reference: "ACDE34679E",
        reference_grouped: "ACDE 346 79E",
        tracking_url: Some("https://example.gov.uk/track?ref={reference}"),
        secret: Some(secret()),
        next_steps: Some(next),
        queued: false,
        contact: Some(contact),
        appointment: None,
    }
}

fn bench(c: &mut Criterion) {
    let english = facts(
        "Report a pothole",
        "We aim to repair dangerous potholes within 24 hours.",
        "Phone 01234 567890, Monday to Friday, 9am to 5pm",
    );
    let arabic = facts(
        "الإبلاغ عن حفرة في الطريق",
        "نحاول إصلاح الحفر الخطرة خلال 24 ساعة.",
        "اتصل على 01234 567890، من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً",
    );
    // Load the fonts before measuring.
    black_box(Receipt::new("ar", &arabic).to_escpos(WIDE));
    c.bench_function("receipt_escpos_english_576", |b| {
        b.iter(|| black_box(Receipt::new("en-GB", &english).to_escpos(WIDE)))
    });
    c.bench_function("receipt_escpos_arabic_576", |b| {
        b.iter(|| black_box(Receipt::new("ar", &arabic).to_escpos(WIDE)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
