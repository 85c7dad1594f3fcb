//! `frontdoor gazetteer import FILE` and `gazetteer find POSTCODE
//! [--json]`: loading the council's addresses and looking them up as the
//! kiosk does.

use super::CliError;
use crate::config::Config;
use crate::gazetteer::{Gazetteer, GazetteerError};
use std::io::Write;
use std::path::Path;

/// `frontdoor gazetteer import FILE`: loads the council's AddressBase Core
/// CSV and swaps it in, with a progress bar on a terminal, then says what
/// was loaded and lists the rows skipped (the first 50).
pub fn import(config: &Config, file: &Path) -> Result<(), CliError> {
    use std::io::IsTerminal;
    let name = file.display().to_string();
    let f = std::fs::File::open(file).map_err(|problem| GazetteerError::Open {
        file: name.clone(),
        problem,
    })?;
    let size = f
        .metadata()
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|m| m.len());
    let progress = if std::io::stderr().is_terminal() {
        let bar = match size {
            Some(len) => indicatif::ProgressBar::new(len),
            None => indicatif::ProgressBar::new_spinner(),
        };
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{spinner} [{bar:40}] {percent:>3}%  {msg}  ({elapsed})",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let target = config.gazetteer_path();
    let prepared = crate::gazetteer::import::prepare(f, &name, size, &target, &progress);
    progress.finish_and_clear();
    let report = prepared?.install()?;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{name}: {} addresses on {} streets are now the gazetteer ({}), loaded in {:.1} s.",
        report.addresses,
        report.streets,
        target.display(),
        report.took.as_secs_f64()
    );
    if !report.skipped.is_empty() {
        let _ = writeln!(out, "{} rows were skipped:", report.skipped.len());
        for p in report.skipped.iter().take(50) {
            let _ = writeln!(out, "  line {}: {}", p.line, p.reason);
        }
        if report.skipped.len() > 50 {
            let _ = writeln!(out, "  and {} more", report.skipped.len() - 50);
        }
    }
    Ok(())
}

/// `frontdoor gazetteer find POSTCODE [--json]`: the addresses at a postcode
/// as the kiosk lists them, each with its UPRN.
pub fn find(config: &Config, postcode: &str, json: bool) -> Result<(), CliError> {
    let standard = crate::journey::validate::postcode(postcode)
        .ok_or_else(|| GazetteerError::NotPostcode(postcode.trim().to_string()))?;
    let path = config.gazetteer_path();
    let g = Gazetteer::open(&path)?.ok_or(GazetteerError::Missing(path))?;
    let found = g.at_postcode(&standard)?;
    let mut out = std::io::stdout().lock();
    if json {
        let text = serde_json::to_string_pretty(&found).unwrap_or_else(|_| "[]".into());
        let _ = writeln!(out, "{text}");
        return Ok(());
    }
    if found.is_empty() {
        let _ = writeln!(out, "{standard}: no addresses in the gazetteer");
        return Ok(());
    }
    let _ = writeln!(
        out,
        "{standard}: {} address{}",
        found.len(),
        if found.len() == 1 { "" } else { "es" }
    );
    for a in &found {
        let _ = writeln!(out, "  {:<12}  {}", a.uprn, a.label());
    }
    Ok(())
}
