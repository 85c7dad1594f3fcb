//! One content column for every page: on every page of a resident's tour,
//! at 1280x800 and 1920x1080, at the standard and the largest text size,
//! in English and in Arabic, the page's words start at the same margin (the
//! left one, or the right one in Arabic), so nothing jumps sideways from
//! page to page.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use frontdoor::ui::TextSize;

/// The edge the page's words start from: the leftmost start of any text in
/// the page, or in a right-to-left language the rightmost end.
fn reading_edge(k: &mut Kiosk, rtl: bool) -> Option<f32> {
    let texts = k.window.as_mut().unwrap().texts(&k.app);
    let edges = texts
        .in_page
        .iter()
        .map(|r| if rtl { r.x + r.width } else { r.x });
    if rtl {
        edges.reduce(f32::max)
    } else {
        edges.reduce(f32::min)
    }
}

#[test]
fn every_page_starts_its_words_at_the_same_margin() {
    let mut failures = Vec::new();
    for (w, h) in [(1280.0, 800.0), (1920.0, 1080.0)] {
        for size in [TextSize::Standard, TextSize::Largest] {
            for (locale, rtl) in [("en-GB", false), ("ar", true)] {
                let mut k = Kiosk::in_window(w, h);
                let mut edges: Vec<(String, f32)> = Vec::new();
                common::tour::every_page(&mut k, size, locale, &mut |k, page| {
                    // Dialogs over the page have their own box.
                    let dialog = ["languages", "help", "idle", "staff", "PIN"]
                        .iter()
                        .any(|d| page.contains(d));
                    if !dialog && let Some(edge) = reading_edge(k, rtl) {
                        edges.push((page.to_string(), edge));
                    }
                });
                let first = edges[0].1;
                for (page, edge) in &edges {
                    if (edge - first).abs() > 1.0 {
                        failures.push(format!(
                            "{w}x{h} {size:?} {locale}: {page} starts at {edge}, the welcome page at {first}"
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
