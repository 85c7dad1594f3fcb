//! Printing a receipt, and printing one again from the store: blocking
//! work on the blocking pool, with what the printer said recorded for staff.

use super::Context;
use crate::printer::{Outcome, Printer, Problem};
use crate::receipt::Receipt;
use crate::reference::Reference;

/// The outcome when the printing work itself stopped.
pub fn stopped(why: String) -> super::Outcome {
    super::Outcome::Printed(Outcome::Failed(Problem::Stopped(why)))
}

/// Prints a receipt and records what the printer said. Blocks.
pub fn print(cx: &Context, receipt: &Receipt, name: &str) -> Outcome {
    let printer = Printer::from_config(&cx.config);
    let outcome = printer.print(receipt, name);
    let staff = outcome.staff_message();
    if let Some(message) = &staff {
        eprintln!("frontdoor: {message}");
    }
    let now = cx.now();
    let _ = cx.with_store(|s| s.record_printer(outcome.printed(), staff.as_deref(), now));
    outcome
}

/// Prints again the receipt of a submission stored on this terminal, in
/// `locale`. Blocks.
pub fn reprint(cx: &Context, reference: &Reference, locale: &str) -> Outcome {
    let stored = cx.with_store(|s| s.get(reference.as_str())).ok().flatten();
    let Some(stored) = stored else {
        return Outcome::Failed(Problem::Stopped(
            "the submission is no longer in the store".into(),
        ));
    };
    let receipt = Receipt::for_submission(
        &cx.config,
        &cx.catalogue,
        reference,
        &stored.service_code,
        locale,
        stored.created_at,
    )
    .with_notices(
        locale,
        &stored
            .submission
            .map(|s| s.notices.label_ids())
            .unwrap_or_default(),
    );
    print(cx, &receipt, reference.as_str())
}
