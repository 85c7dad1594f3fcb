//! Today's payments in the hub view: how many are in each state, with the
//! ones staff must look at first (unknown, still under way, paid but not
//! yet handed to the back office) at the top of the list. Nothing about a
//! card is shown.

use super::Message;
use crate::app::effect::HubData;
use crate::app::screen::Env;
use crate::app::widgets::{El, error_box};
use crate::outbox::payments::PaymentState;
use crate::payments::{ListRow, format_pounds};
use crate::ui::Ctx;

/// The most payments listed one by one; the counts cover them all.
const LISTED: usize = 30;

/// The groups staff see, most urgent first: the Fluent ids of the count
/// and of the word in a row.
fn group(state: PaymentState) -> (&'static str, &'static str) {
    match state {
        PaymentState::Unknown => ("hub-pay-count-unknown", "hub-pay-unknown"),
        PaymentState::Created | PaymentState::AwaitingResident => {
            ("hub-pay-count-under-way", "hub-pay-under-way")
        }
        PaymentState::Succeeded | PaymentState::Receipted => {
            ("hub-pay-count-not-posted", "hub-pay-not-posted")
        }
        PaymentState::Posted => ("hub-pay-count-posted", "hub-pay-posted"),
        PaymentState::Failed | PaymentState::Cancelled => {
            ("hub-pay-count-not-paid", "hub-pay-not-paid")
        }
    }
}

/// The order of the groups.
const GROUPS: [PaymentState; 5] = [
    PaymentState::Unknown,
    PaymentState::AwaitingResident,
    PaymentState::Succeeded,
    PaymentState::Posted,
    PaymentState::Failed,
];

/// Draws today's payments, when the terminal takes payments.
pub fn section(ctx: &Ctx<'_, Message>, env: &Env, data: &HubData, body: &mut Vec<El<Message>>) {
    let Some(payments) = &data.payments else {
        return;
    };
    body.push(ctx.subheading(ctx.t("hub-payments")).into());
    let rows = match payments {
        Ok(rows) => rows,
        Err(why) => {
            body.push(error_box(
                ctx,
                &ctx.ta("hub-payments-failed", &[("reason", why.to_string().into())]),
            ));
            return;
        }
    };
    if rows.is_empty() {
        body.push(ctx.body(ctx.t("hub-payments-none")).into());
        return;
    }
    for g in GROUPS {
        let (count_id, _) = group(g);
        let n = rows.iter().filter(|r| group(r.state).0 == count_id).count();
        if n == 0 {
            continue;
        }
        let mut words = ctx.ta(count_id, &[("count", n.into())]);
        if matches!(g, PaymentState::Succeeded | PaymentState::Posted) {
            let taken: u64 = rows
                .iter()
                .filter(|r| group(r.state).0 == count_id)
                .map(|r| r.amount_pence)
                .sum();
            words = format!("{words} ({})", format_pounds(taken));
        }
        if g == PaymentState::Unknown {
            body.push(error_box(ctx, &words));
        } else {
            body.push(ctx.body(words).into());
        }
    }
    for r in rows.iter().take(LISTED) {
        body.push(ctx.fill_text(ctx.body(row_words(ctx, env, r))));
    }
}

/// One payment: time, number, item, amount, state, and why.
fn row_words(ctx: &Ctx<'_, Message>, env: &Env, r: &ListRow) -> String {
    let number = r.id.grouped();
    let item = env
        .payments
        .and_then(|i| i.get(&r.item))
        .map_or_else(|| r.item.clone(), |i| i.name_in(env.locale()).to_string());
    let time: String = r.time.chars().take(5).collect();
    let mut words = format!(
        "{time} · {number} · {item} · {} · {}",
        format_pounds(r.amount_pence),
        ctx.t(group(r.state).1)
    );
    if let Some(why) = r.outcome.as_deref().filter(|_| !r.state.is_paid()) {
        words = format!("{words} · {why}");
    }
    words
}
