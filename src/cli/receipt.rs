//! `frontdoor receipt render`, `receipt print` and `printer test`: a saved
//! submission's receipt, and the receipt printer.

use super::{CliError, open_outbox, report_print, said};
use crate::catalogue::Catalogue;
use crate::config::Config;
use crate::receipt::Receipt;
use crate::reference::{Reference, Secret};
use std::path::PathBuf;

/// The receipt of the submission with `reference` on this terminal. With
/// `secret`, its QR code carries a new secret, kept as a hash in place of
/// the last one (a receipt to print); without, the reference only (a
/// preview, which leaves the printed receipt's code working).
fn stored(
    config: &Config,
    catalogue: &Catalogue,
    reference: &str,
    secret: bool,
) -> Result<(Reference, Receipt), CliError> {
    let reference =
        Reference::parse(reference).map_err(|e| CliError::Failed(format!("{reference}: {e}")))?;
    let outbox = open_outbox(config)?;
    let stored = outbox
        .get(reference.as_str())
        .map_err(said)?
        .ok_or_else(|| {
            CliError::Failed(format!(
                "no submission with reference {} on this terminal",
                reference.grouped()
            ))
        })?;
    let secret = secret.then(Secret::new);
    if let Some(secret) = &secret {
        outbox
            .keep_secret(&reference, secret, chrono::Utc::now())
            .map_err(said)?;
    }
    let receipt = Receipt::for_submission(
        config,
        catalogue,
        &reference,
        &stored.service_code,
        &stored.locale,
        stored.created_at,
        secret.as_ref(),
    )
    .with_notices(
        &stored.locale,
        &stored
            .submission
            .as_ref()
            .map(|s| s.notices.label_ids())
            .unwrap_or_default(),
    );
    Ok((reference, receipt))
}

/// `receipt render --reference REF [--escpos FILE] [--png FILE]`: writes
/// the receipt as ESC/POS bytes and as the printer's picture; with
/// neither, shows its words.
pub fn render(
    config: &Config,
    catalogue: &Catalogue,
    reference: &str,
    escpos: Option<PathBuf>,
    png: Option<PathBuf>,
) -> Result<(), CliError> {
    let width = config.printer.paper_width_dots;
    let (_, receipt) = stored(config, catalogue, reference, false)?;
    if escpos.is_none() && png.is_none() {
        for line in receipt.lines() {
            println!("{line}");
        }
    }
    if let Some(path) = escpos {
        crate::printer::write_whole(&path, &receipt.to_escpos(width))
            .map_err(|e| CliError::Failed(format!("{}: {e}", path.display())))?;
        println!("ESC/POS written to {}", path.display());
    }
    if let Some(path) = png {
        crate::printer::write_whole(&path, &receipt.preview(width).to_png())
            .map_err(|e| CliError::Failed(format!("{}: {e}", path.display())))?;
        println!("preview written to {}", path.display());
    }
    Ok(())
}

/// `receipt print --reference REF`: prints the receipt again.
pub fn print(config: &Config, catalogue: &Catalogue, reference: &str) -> Result<(), CliError> {
    let (reference, receipt) = stored(config, catalogue, reference, true)?;
    let printer = crate::printer::Printer::from_config(config);
    report_print(&printer.print(&receipt, reference.as_str()))
}

/// `printer test`: the printer's state, then a test receipt.
pub fn printer_test(config: &Config) -> Result<(), CliError> {
    let printer = crate::printer::Printer::from_config(config);
    match printer.status() {
        Ok(Some(status)) => println!(
            "printer status: {}{}",
            match status.problem() {
                Some(p) => p.staff_message(),
                None => "ready".to_string(),
            },
            if status.paper_low {
                " (paper running low)"
            } else {
                ""
            }
        ),
        Ok(None) => println!("printer status: not reported by this printer"),
        Err(problem) => return Err(CliError::Failed(problem.staff_message())),
    }
    let receipt = Receipt::test_page(
        "en-GB",
        config.kiosk.council_name.as_deref().unwrap_or_default(),
        &config.kiosk.site_name,
        chrono::Local::now().naive_local(),
        printer.width(),
    );
    report_print(&printer.print(&receipt, "printer-test"))
}
