//! Drawing each screen at 1920x1080 and the largest text size with the
//! tiny-skia renderer: build the view, lay it out, and rasterise the whole
//! frame into a kept pixel buffer, as the kiosk's software compositor does
//! when a new page appears (every pixel damaged: the worst case).
//!
//! `cargo bench --bench render`. The numbers measured are in docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

#[path = "../tests/common/mod.rs"]
mod common;

use common::Kiosk;
use criterion::{Criterion, criterion_group, criterion_main};
use frontdoor::ui::{self, Palette};
use iced::advanced::renderer::{Headless, Style};
use iced::{Pixels, Rectangle, Size, mouse};
use iced_test::renderer::graphics::Viewport;
use iced_test::runtime::UserInterface;
use iced_test::runtime::user_interface::Cache;
use std::hint::black_box;

fn screens() -> Vec<(&'static str, Kiosk)> {
    let mut out = Vec::new();
    let mut k = Kiosk::new();
    k.click("Largest");
    out.push(("welcome", k));

    let at = |steps: &[&str]| {
        let mut k = Kiosk::new();
        k.click("Largest");
        for s in steps {
            if let Some(text) = s.strip_prefix("type:") {
                k.type_text(text);
            } else {
                k.click(s);
            }
        }
        k
    };
    out.push(("services", at(&["Start"])));
    out.push(("group", at(&["Start", "Bins and recycling"])));
    out.push((
        "question-choice",
        at(&[
            "Start",
            "Bins and recycling",
            "Report a missed bin collection",
        ]),
    ));
    out.push((
        "question-date",
        at(&[
            "Start",
            "Bins and recycling",
            "Report a missed bin collection",
            "General waste (black bin)",
            "Continue",
        ]),
    ));
    out.push((
        "question-many-choices",
        at(&[
            "Start",
            "Have your say",
            "Make a complaint or pay a compliment",
            "Make a complaint",
            "Continue",
        ]),
    ));
    out.push((
        "question-text-keyboard",
        at(&[
            "Start",
            "Roads and streets",
            "Report a pothole",
            "In the road",
            "Continue",
            "Wider than a car tyre",
            "Continue",
            "Continue",
            "type:Outside the post office",
        ]),
    ));
    let check = [
        "Start",
        "Roads and streets",
        "Report a pothole",
        "In the road",
        "Continue",
        "Wider than a car tyre",
        "Continue",
        "Continue",
        "type:Mill Lane",
        "Continue",
        "Do not contact me",
        "Continue",
    ];
    out.push(("check-answers", at(&check)));
    let mut done = check.to_vec();
    done.push("Send");
    out.push(("confirmation", at(&done)));
    out
}

fn render(c: &mut Criterion) {
    // Load the shipped fonts into the renderer's font system.
    for font in ui::FONTS {
        iced_test::renderer::graphics::text::font_system()
            .write()
            .expect("font system")
            .load_font(std::borrow::Cow::Borrowed(*font));
    }
    let mut renderer = iced_test::futures::futures::executor::block_on(
        <iced::Renderer as Headless>::new(ui::BODY, Pixels(16.0), Some("tiny-skia")),
    )
    .expect("tiny-skia renderer");
    let theme = Palette::STANDARD.theme();
    let style = Style {
        text_color: Palette::STANDARD.text,
    };
    let size = Size::new(1920.0, 1080.0);
    let mut group = c.benchmark_group("render-1920x1080-largest");
    for (name, kiosk) in screens() {
        let mut cache = Cache::default();
        let mut pixels = vec![0u8; 1920 * 1080 * 4];
        let mut mask = tiny_skia::Mask::new(1920, 1080).expect("mask");
        let viewport = Viewport::with_physical_size(Size::new(1920, 1080), 1.0);
        let damage = [Rectangle::with_size(size)];
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut ui = UserInterface::build(
                    kiosk.app.view(),
                    size,
                    std::mem::take(&mut cache),
                    &mut renderer,
                );
                ui.draw(&mut renderer, &theme, &style, mouse::Cursor::Unavailable);
                cache = ui.into_cache();
                let mut pixmap =
                    tiny_skia::PixmapMut::from_bytes(&mut pixels, 1920, 1080).expect("pixmap");
                renderer.draw(
                    &mut pixmap,
                    &mut mask,
                    &viewport,
                    &damage,
                    Palette::STANDARD.background,
                );
                black_box(pixels[4 * (1920 * 540 + 960)])
            })
        });
    }
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
