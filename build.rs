//! Embeds every `i18n/<locale>/frontdoor.ftl` present, so adding a locale
//! folder is all it takes for the language picker to offer it.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<String> = std::fs::read_dir(&root)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().join("frontdoor.ftl").is_file())
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    locales.sort();
    let mut out = String::from(
        "/// Every locale shipped, with its Fluent source.\npub const LOCALES: &[(&str, &str)] = &[\n",
    );
    for locale in &locales {
        let file = root.join(locale).join("frontdoor.ftl");
        println!("cargo:rerun-if-changed={}", file.display());
        // The path is built by the compiler from the crate's own folder, so
        // two checkouts sharing one target folder never read each other's
        // words.
        let _ = writeln!(
            out,
            "    ({locale:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/i18n/{locale}/frontdoor.ftl\"))),"
        );
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
