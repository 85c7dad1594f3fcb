//! Printing a receipt, and printing one again from the store: blocking
//! work on the blocking pool, with what the printer said recorded for staff.

use super::Context;
use crate::printer::{Outcome, Printer, Problem};
use crate::receipt::Receipt;
use crate::reference::{Reference, Secret};

/// The outcome when the printing work itself stopped.
pub fn stopped(why: String) -> super::Outcome {
    super::Outcome::Printed(Outcome::Failed(Problem::Stopped(why)))
}

/// Prints a receipt and records what the printer said; first keeps the
/// hash of the secret in its QR code, when it has one. Blocks.
pub fn print(
    cx: &Context,
    receipt: &Receipt,
    name: &str,
    keep: Option<&(Reference, Secret)>,
) -> Outcome {
    if let Some((reference, secret)) = keep
        && let Err(e) = cx.with_store(|s| s.keep_secret(reference, secret, cx.now()))
    {
        // The receipt still prints: its reference works when typed.
        tracing::error!(error = %e, "a receipt's QR secret could not be kept");
    }
    let printer = Printer::from_config(&cx.config);
    let outcome = printer.print(receipt, name);
    let staff = outcome.staff_message();
    if let Some(message) = &staff {
        tracing::warn!("{message}");
    }
    let now = cx.now();
    let _ = cx.with_store(|s| s.record_printer(outcome.printed(), staff.as_deref(), now));
    outcome
}

/// Prints again the receipt of a submission stored on this terminal, in
/// `locale`, with a new QR secret (the old receipt's code stops working).
/// A reprint for signed-in staff is written in the audit log first, and
/// does not happen if it cannot be. Blocks.
pub fn reprint(
    cx: &Context,
    reference: &Reference,
    locale: &str,
    staff: Option<&crate::staff::Staff>,
) -> Outcome {
    if let Some(staff) = staff
        && cx
            .with_store(|s| s.audit(Some(staff), "reprint", Some(reference.as_str()), cx.now()))
            .is_err()
    {
        return Outcome::Failed(Problem::Stopped(super::NOT_AUDITED.into()));
    }
    let stored = cx.with_store(|s| s.get(reference.as_str())).ok().flatten();
    let Some(stored) = stored else {
        return Outcome::Failed(Problem::Stopped(
            "the submission is no longer in the store".into(),
        ));
    };
    let secret = cx.new_secret();
    let receipt = Receipt::for_submission(
        &cx.config,
        &cx.catalogue,
        reference,
        &stored.service_code,
        locale,
        stored.created_at,
        Some(&secret),
    )
    .with_notices(
        locale,
        &stored
            .submission
            .map(|s| s.notices.label_ids())
            .unwrap_or_default(),
    );
    print(
        cx,
        &receipt,
        reference.as_str(),
        Some(&(reference.clone(), secret)),
    )
}
