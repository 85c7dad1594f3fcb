//! The location pages of a journey: how the overlay's `location` becomes
//! pages, what the gazetteer's answers do to them, and what is sent.
//!
//! | `location` | without a gazetteer | with one ([`Journey::set_gazetteer`]) |
//! |---|---|---|
//! | `address` | Postcode → House (or Landmark when the postcode is not known) | Postcode → Addresses (pick one) → House only if "My address is not listed" |
//! | `street` | Landmark | Street → Streets → Near ("near which number?"), or Landmark when the resident would rather describe it |
//! | `landmark` | Landmark | Landmark |
//! | `site` | no page: the terminal's own site | no page |
//!
//! A page that needs the gazetteer makes [`Journey::continue_on`] return
//! [`Outcome::LookUp`]; the app looks it up and calls [`Journey::found`].
//! When nothing is found the journey moves on to the typed page by itself
//! (House, or Landmark), and [`Journey::found_nothing`] says what was not
//! found so the page can say so.

use super::place::{Address, Lookup, Point, Site, Street};
use super::validate::{self, Problem};
use super::{Journey, Outcome, Row, RowLabel, Shown, Step};
use crate::catalogue::overlay::LocationMode;

/// What the gazetteer answered, with the look-up each answer is for.
#[derive(Debug, Clone, Default)]
pub(super) struct Looked {
    /// Addresses at a postcode (standard form).
    addresses: Option<(String, Vec<Address>)>,
    /// Streets for a typed street name or postcode (trimmed).
    streets: Option<(String, Vec<Street>)>,
    /// Buildings on the street with this USRN.
    on_street: Option<(u64, Vec<Address>)>,
}

/// The gazetteer's answer to a [`Lookup`].
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// For [`Lookup::Postcode`] and [`Lookup::OnStreet`]: addresses, in the
    /// order to show them.
    Addresses(Vec<Address>),
    /// For [`Lookup::Streets`]: streets, in the order to show them.
    Streets(Vec<Street>),
}

/// The location fields of a submission.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct PlaceAnswer {
    pub address_string: Option<String>,
    pub postcode: Option<String>,
    pub address_id: Option<String>,
    pub point: Option<Point>,
    pub usrn: Option<u64>,
}

impl Journey {
    /// Says whether the app has a gazetteer to look in. Call it after
    /// [`Journey::new`]; without it (or with `false`) the location pages are
    /// the typed ones. Turning it off part way (the gazetteer failed) moves
    /// a resident on a gazetteer page to the typed page instead.
    pub fn set_gazetteer(&mut self, available: bool) {
        self.gazetteer = available;
        self.settle();
    }

    /// Whether the journey uses the gazetteer.
    pub fn has_gazetteer(&self) -> bool {
        self.gazetteer
    }

    /// Tells the journey where the terminal's site is, for `location =
    /// "site"` services, so the submission carries it. Without it, the
    /// submission is marked `at_site` and the sender fills the site in from
    /// the config.
    pub fn set_site(&mut self, site: Site) {
        self.site = Some(site);
    }

    /// Records that the resident saw an open request (by the back office's
    /// id) that may be the same problem, and still wants to send theirs: the
    /// description sent names it.
    pub fn set_earlier_request(&mut self, service_request_id: Option<String>) {
        self.earlier_request = service_request_id;
    }

    /// What the current page needs looked up in the gazetteer and has not
    /// been given yet.
    pub fn wanted(&self) -> Option<Lookup> {
        if !self.gazetteer {
            return None;
        }
        let loc = &self.answers.location;
        match self.step {
            Step::Addresses => {
                let pc = validate::postcode(&loc.postcode)?;
                let have = self.looked.addresses.as_ref().map(|(k, _)| k);
                (have != Some(&pc)).then_some(Lookup::Postcode(pc))
            }
            Step::Streets => {
                let typed = loc.street_query.trim().to_string();
                let have = self.looked.streets.as_ref().map(|(k, _)| k);
                (!typed.is_empty() && have != Some(&typed)).then_some(Lookup::Streets(typed))
            }
            Step::Near => {
                let usrn = loc.street.as_ref()?.usrn;
                let have = self.looked.on_street.as_ref().map(|(k, _)| *k);
                (have != Some(usrn)).then_some(Lookup::OnStreet(usrn))
            }
            _ => None,
        }
    }

    /// Hands the journey the gazetteer's answer to `lookup`. An answer to a
    /// look-up the page no longer wants (the resident moved on) is ignored.
    /// When nothing was found, the journey moves on to the typed page.
    pub fn found(&mut self, lookup: &Lookup, answer: Found) {
        if self.wanted().as_ref() != Some(lookup) {
            return;
        }
        match (lookup, answer) {
            (Lookup::Postcode(pc), Found::Addresses(list)) => {
                self.looked.addresses = Some((pc.clone(), list));
            }
            (Lookup::Streets(typed), Found::Streets(list)) => {
                self.looked.streets = Some((typed.clone(), list));
            }
            (Lookup::OnStreet(usrn), Found::Addresses(list)) => {
                self.looked.on_street = Some((*usrn, list));
            }
            _ => return,
        }
        self.settle();
    }

    /// The look-up that found nothing, when the page is the typed one shown
    /// because of it ("We could not find any addresses at DT1 1XJ").
    pub fn found_nothing(&self) -> Option<Lookup> {
        let loc = &self.answers.location;
        match self.step {
            Step::House if self.addresses_missing() => {
                validate::postcode(&loc.postcode).map(Lookup::Postcode)
            }
            Step::Landmark if self.streets_missing() => {
                Some(Lookup::Streets(loc.street_query.trim().to_string()))
            }
            Step::Landmark if self.street_empty() => {
                loc.street.as_ref().map(|s| Lookup::OnStreet(s.usrn))
            }
            _ => None,
        }
    }

    /// The addresses to choose from on this page: at the postcode on the
    /// Addresses page, the street's buildings on the Near page.
    pub fn addresses(&self) -> &[Address] {
        match self.step {
            Step::Addresses => self.current_addresses().unwrap_or(&[]),
            Step::Near => self.current_buildings().unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The streets to choose from on the Streets page.
    pub fn streets(&self) -> &[Street] {
        match self.step {
            Step::Streets => self.current_streets().unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The choice made on this list page, as the key [`Journey::choose`]
    /// takes (a UPRN or a USRN as text), to show it selected.
    pub fn chosen_place(&self) -> Option<String> {
        let loc = &self.answers.location;
        match self.step {
            Step::Addresses => loc.picked.as_ref().map(|a| a.uprn.to_string()),
            Step::Streets => loc.street.as_ref().map(|s| s.usrn.to_string()),
            Step::Near => loc.near.as_ref().map(|a| a.uprn.to_string()),
            _ => None,
        }
    }

    /// "My address is not listed": from the Addresses page to the typed
    /// house number or name.
    pub fn not_listed(&mut self) {
        if self.step == Step::Addresses {
            let loc = &mut self.answers.location;
            loc.not_listed = true;
            loc.picked = None;
            self.step = Step::House;
            self.prepare_step();
        }
    }

    /// "Describe the place instead": from a street page to the typed
    /// description. From "near which number?" the street is kept and sent
    /// with the description.
    pub fn describe_instead(&mut self) {
        if !matches!(self.step, Step::Street | Step::Streets | Step::Near) {
            return;
        }
        let loc = &mut self.answers.location;
        loc.describe = true;
        loc.near = None;
        if self.step != Step::Near {
            loc.street = None;
        }
        self.step = Step::Landmark;
        self.prepare_step();
    }

    /// Where the place is on the map, as far as the answers so far say: the
    /// picked property, the building it is near, or the site. This is the
    /// point to look for nearby open reports around.
    pub fn point(&self) -> Option<Point> {
        let steps = self.steps();
        self.place_answer(&steps).point
    }

    /// The location pages for the answers so far.
    pub(super) fn location_steps(&self, steps: &mut Vec<Step>) {
        let loc = &self.answers.location;
        match self.service.location {
            LocationMode::Address => {
                steps.push(Step::Postcode);
                if loc.no_postcode {
                    steps.push(Step::Landmark);
                } else if self.gazetteer && !self.addresses_missing() {
                    steps.push(Step::Addresses);
                    if loc.not_listed {
                        steps.push(Step::House);
                    }
                } else {
                    steps.push(Step::House);
                }
            }
            LocationMode::Street if self.gazetteer => {
                steps.push(Step::Street);
                if loc.describe || self.streets_missing() {
                    if loc.street.is_some() {
                        steps.push(Step::Streets);
                    }
                    steps.push(Step::Landmark);
                } else {
                    steps.push(Step::Streets);
                    if self.street_empty() {
                        steps.push(Step::Landmark);
                    } else {
                        steps.push(Step::Near);
                    }
                }
            }
            LocationMode::Street | LocationMode::Landmark => steps.push(Step::Landmark),
            LocationMode::Site => {}
        }
    }

    /// After an answer from the gazetteer or a change of mind, a page that
    /// is no longer in the journey gives way to the typed page.
    fn settle(&mut self) {
        let steps = self.steps();
        if steps.contains(&self.step) {
            return;
        }
        let instead = match self.step {
            Step::Addresses => Step::House,
            Step::Street | Step::Streets | Step::Near => Step::Landmark,
            _ => return,
        };
        if steps.contains(&instead) {
            self.step = instead;
            self.prepare_step();
        }
    }

    fn current_addresses(&self) -> Option<&[Address]> {
        let pc = validate::postcode(&self.answers.location.postcode)?;
        match &self.looked.addresses {
            Some((k, list)) if *k == pc => Some(list),
            _ => None,
        }
    }

    fn current_streets(&self) -> Option<&[Street]> {
        let typed = self.answers.location.street_query.trim();
        match &self.looked.streets {
            Some((k, list)) if k == typed => Some(list),
            _ => None,
        }
    }

    fn current_buildings(&self) -> Option<&[Address]> {
        let usrn = self.answers.location.street.as_ref()?.usrn;
        match &self.looked.on_street {
            Some((k, list)) if *k == usrn => Some(list),
            _ => None,
        }
    }

    /// The gazetteer has no addresses at the postcode typed.
    fn addresses_missing(&self) -> bool {
        self.current_addresses().is_some_and(<[Address]>::is_empty)
    }

    /// The gazetteer found no street for what was typed.
    fn streets_missing(&self) -> bool {
        self.current_streets().is_some_and(<[Street]>::is_empty)
    }

    /// The gazetteer has no buildings on the picked street.
    fn street_empty(&self) -> bool {
        self.current_buildings().is_some_and(<[Address]>::is_empty)
    }

    /// `choose` on a list page.
    pub(super) fn choose_place(&mut self, key: &str) {
        let Ok(id) = key.parse::<u64>() else {
            return;
        };
        match self.step {
            Step::Addresses => {
                if let Some(a) = self.addresses().iter().find(|a| a.uprn == id) {
                    self.answers.location.picked = Some(a.clone());
                }
            }
            Step::Streets => {
                if let Some(s) = self.streets().iter().find(|s| s.usrn == id).cloned() {
                    let loc = &mut self.answers.location;
                    if loc.street.as_ref().map(|s| s.usrn) != Some(id) {
                        loc.near = None;
                    }
                    loc.street = Some(s);
                }
            }
            Step::Near => {
                if let Some(a) = self.addresses().iter().find(|a| a.uprn == id) {
                    self.answers.location.near = Some(a.clone());
                }
            }
            _ => {}
        }
    }

    /// The checks of the gazetteer's pages: a pick must be one of the
    /// addresses or streets found for what is typed now.
    pub(super) fn check_place(&self) -> Option<Problem> {
        let loc = &self.answers.location;
        match self.step {
            Step::Addresses => {
                let listed = |a: &Address| self.addresses().iter().any(|b| b.uprn == a.uprn);
                (!loc.not_listed && !loc.picked.as_ref().is_some_and(listed))
                    .then_some(Problem::ChooseAddress)
            }
            Step::Street => loc
                .street_query
                .trim()
                .is_empty()
                .then_some(Problem::EnterStreet),
            Step::Streets => {
                let listed = |s: &Street| self.streets().iter().any(|t| t.usrn == s.usrn);
                (!loc.street.as_ref().is_some_and(listed)).then_some(Problem::ChooseStreet)
            }
            Step::Near => {
                let listed = |a: &Address| self.addresses().iter().any(|b| b.uprn == a.uprn);
                (!loc.near.as_ref().is_some_and(listed)).then_some(Problem::ChooseNear)
            }
            _ => None,
        }
    }

    /// A Continue on a search or list page takes back an earlier "not
    /// listed" or "describe instead": the resident is using the list again.
    pub(super) fn place_continued(&mut self) {
        let loc = &mut self.answers.location;
        match self.step {
            Step::Addresses if loc.picked.is_some() => loc.not_listed = false,
            Step::Street | Step::Streets => loc.describe = false,
            _ => {}
        }
    }

    /// The check-your-answers row for a location page, if it has one.
    pub(super) fn place_row(&self, step: Step) -> Option<Row> {
        let loc = &self.answers.location;
        let steps = self.steps();
        match step {
            Step::Postcode => {
                let picked = steps.contains(&Step::Addresses) && !loc.not_listed;
                Some(match (&loc.picked, picked) {
                    (Some(a), true) => Row {
                        step,
                        label: RowLabel::Fixed("row-address"),
                        value: Shown::Text(in_words(a)),
                    },
                    _ => Row {
                        step,
                        label: RowLabel::Fixed("row-postcode"),
                        value: validate::postcode(&loc.postcode)
                            .map_or(Shown::NotGiven, Shown::Text),
                    },
                })
            }
            Step::Streets if !steps.contains(&Step::Near) => loc.street.as_ref().map(|s| Row {
                step: Step::Street,
                label: RowLabel::Fixed("row-street"),
                value: Shown::Text(format!("{}, {}", s.name, s.town)),
            }),
            Step::Near => loc.near.as_ref().map(|a| Row {
                step: Step::Street,
                label: RowLabel::Fixed("row-near"),
                value: Shown::Text(join(&[a.label(), a.town.clone()])),
            }),
            _ => None,
        }
    }

    /// The location fields to send, for the pages in `steps`.
    pub(super) fn place_answer(&self, steps: &[Step]) -> PlaceAnswer {
        let loc = &self.answers.location;
        let typed_postcode = steps
            .contains(&Step::Postcode)
            .then(|| validate::postcode(&loc.postcode))
            .flatten();
        if self.service.location == LocationMode::Site {
            let site = self.site.clone().unwrap_or_default();
            return PlaceAnswer {
                address_string: site.address,
                address_id: site.uprn.map(|u| u.to_string()),
                point: site.point,
                ..PlaceAnswer::default()
            };
        }
        if steps.contains(&Step::Addresses)
            && !steps.contains(&Step::House)
            && let Some(a) = &loc.picked
        {
            return PlaceAnswer {
                address_string: Some(a.single_line.clone()),
                postcode: a.postcode.clone().or(typed_postcode),
                address_id: Some(a.uprn.to_string()),
                point: Some(a.point()),
                usrn: a.usrn,
            };
        }
        if steps.contains(&Step::Near)
            && let (Some(street), Some(a)) = (&loc.street, &loc.near)
        {
            let area = a.postcode.clone().unwrap_or_else(|| a.town.clone());
            return PlaceAnswer {
                address_string: Some(format!("Near {}", join(&[a.label(), area]))),
                postcode: a.postcode.clone(),
                // The building it is near: what the back office routes on.
                address_id: Some(a.uprn.to_string()),
                point: Some(a.point()),
                usrn: Some(street.usrn),
            };
        }
        let address_string = if steps.contains(&Step::House) {
            typed_postcode
                .as_ref()
                .map(|pc| format!("{}, {pc}", loc.house.trim()))
        } else if steps.contains(&Step::Landmark) {
            let described = loc.landmark.trim().to_string();
            match (&loc.street, steps.contains(&Step::Streets)) {
                (Some(s), true) => Some(join(&[described, s.name.clone(), s.town.clone()])),
                _ => Some(described),
            }
        } else {
            None
        };
        PlaceAnswer {
            address_string,
            postcode: typed_postcode,
            usrn: loc
                .street
                .as_ref()
                .filter(|_| steps.contains(&Step::Streets))
                .map(|s| s.usrn),
            ..PlaceAnswer::default()
        }
    }
}

/// An address in words for check-your-answers: its lines, town and postcode.
pub fn in_words(a: &Address) -> String {
    let mut parts = a.lines.clone();
    parts.push(a.town.clone());
    parts.extend(a.postcode.clone());
    join(&parts)
}

/// Joins the parts that are not blank with ", ".
fn join(parts: &[String]) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Outcome {
    /// The look-up the app must do, when Continue asked for one.
    pub fn lookup(&self) -> Option<&Lookup> {
        match self {
            Outcome::LookUp(l) => Some(l),
            _ => None,
        }
    }
}
