//! Every page of the tour as PNG files under `target/gallery`, at both
//! screen sizes, every text size, in English, Welsh, Arabic and Bengali,
//! drawn as the kiosk shows them (scrolled to the focused control), for a
//! person to look at. Run with `cargo test --test gallery -- --ignored`;
//! `GALLERY=en-GB:Largest:1280` narrows it to one language, size and width.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use frontdoor::ui::TextSize;

fn save(path: &std::path::Path, rgba: &[u8], w: u32, h: u32) {
    let file = std::fs::File::create(path).unwrap();
    let mut e = png::Encoder::new(file, w, h);
    e.set_color(png::ColorType::Rgba);
    e.write_header().unwrap().write_image_data(rgba).unwrap();
}

#[test]
#[ignore = "writes PNGs for a person to look at"]
fn every_page_as_a_picture() {
    let only = std::env::var("GALLERY").ok();
    let dir = std::path::Path::new("target/gallery");
    std::fs::create_dir_all(dir).unwrap();
    for (w, h) in [(1280.0, 800.0), (1920.0, 1080.0)] {
        for size in TextSize::ALL {
            for locale in ["en-GB", "cy", "ar", "bn"] {
                let tag = format!("{locale}:{size:?}:{w}");
                if only.as_ref().is_some_and(|o| !tag.starts_with(o.as_str())) {
                    continue;
                }
                let mut k = Kiosk::in_window(w, h);
                k.window.as_mut().unwrap().scale = 1.0;
                let mut n = 0;
                common::tour::every_page(&mut k, size, locale, &mut |k, page| {
                    n += 1;
                    let (rgba, pw, ph) = k.window.as_mut().unwrap().screenshot(&k.app);
                    let name = format!(
                        "{w}-{}-{locale}-{n:02}-{}.png",
                        format!("{size:?}").to_lowercase(),
                        page.replace(' ', "-")
                    );
                    save(&dir.join(name), &rgba, pw, ph);
                });
            }
        }
    }
}
