//! The gazetteer's pages of a journey: the addresses at a postcode, the
//! streets for a name or postcode, and "near which number?", each a list of
//! big choices with a way out ("My address is not listed", "describe the
//! place instead").

use super::Message;
use super::parts::{choices, continue_button, field_error};
use crate::app::widgets::{El, choice};
use crate::journey::place::Lookup;
use crate::journey::{Journey, Step};
use crate::ui::{Ctx, Kind};

/// A list page: Addresses, Streets or Near.
pub fn list(
    ctx: &Ctx<'_, Message>,
    j: &Journey,
    problem: Option<&str>,
    body: &mut Vec<El<Message>>,
) {
    let step = j.step();
    body.push(ctx.heading(heading(ctx, j)).into());
    if step == Step::Near {
        body.push(ctx.hint(ctx.t("near-hint")).into());
    }
    if let Some(p) = problem {
        body.push(field_error(ctx, p));
    }
    if j.wanted().is_some() {
        body.push(ctx.body(ctx.t("places-looking")).into());
    }
    let mut options = options(ctx, j);
    let (way_out, message) = if step == Step::Addresses {
        ("address-not-listed", Message::NotListed)
    } else {
        ("describe-instead", Message::DescribeInstead)
    };
    options.push(ctx.button(ctx.t(way_out), message, Kind::Secondary));
    body.push(choices(ctx, options));
    body.push(continue_button(ctx));
}

/// A list page's heading: the postcode's addresses, the streets found, or
/// the street whose numbers are listed.
fn heading(ctx: &Ctx<'_, Message>, j: &Journey) -> String {
    let loc = &j.answers().location;
    match j.step() {
        Step::Addresses => ctx.ta(
            "addresses-heading",
            &[(
                "postcode",
                crate::journey::validate::postcode(&loc.postcode)
                    .unwrap_or_default()
                    .into(),
            )],
        ),
        Step::Streets => ctx.t("streets-heading"),
        _ => ctx.ta(
            "near-heading",
            &[(
                "street",
                loc.street
                    .as_ref()
                    .map(|s| s.name.clone())
                    .unwrap_or_default()
                    .into(),
            )],
        ),
    }
}

/// One choice per street found, or per address listed.
fn options(ctx: &Ctx<'_, Message>, j: &Journey) -> Vec<El<Message>> {
    let chosen = j.chosen_place();
    match j.step() {
        Step::Streets => j
            .streets()
            .iter()
            .map(|s| {
                let key = s.usrn.to_string();
                let words = ctx.ta(
                    "street-in-town",
                    &[
                        ("street", s.name.clone().into()),
                        ("town", s.town.clone().into()),
                    ],
                );
                choice(
                    ctx,
                    &words,
                    chosen.as_ref() == Some(&key),
                    false,
                    Message::Choose(key),
                )
            })
            .collect(),
        _ => j
            .addresses()
            .iter()
            .map(|a| {
                let key = a.uprn.to_string();
                choice(
                    ctx,
                    &a.label(),
                    chosen.as_ref() == Some(&key),
                    false,
                    Message::Choose(key),
                )
            })
            .collect(),
    }
}

/// What was not found, on the typed page the journey moved to because of
/// it.
pub fn found_nothing(ctx: &Ctx<'_, Message>, j: &Journey) -> Option<String> {
    Some(match j.found_nothing()? {
        Lookup::Postcode(pc) => ctx.ta("addresses-none", &[("postcode", pc.into())]),
        Lookup::Streets(typed) => ctx.ta("streets-none", &[("typed", typed.into())]),
        Lookup::OnStreet(_) => ctx.t("streets-none-buildings"),
    })
}
