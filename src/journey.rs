//! The journey through one service: a pure step machine.
//!
//! One question per page, in `order`; information pages for non-variable
//! attributes; the location and contact steps the overlay asks for; then check
//! your answers. Continue validates and keeps what was typed; Back never loses
//! an answer; Change from check-your-answers returns there afterwards. No iced,
//! no I/O: the app turns [`Problem`]s into words and draws the pages.
//!
//! Where the gazetteer comes in (see [`location`] and `docs/locations.md`):
//! the app tells the journey it has one with [`Journey::set_gazetteer`];
//! Continue then returns [`Outcome::LookUp`] when a page needs addresses or
//! streets, the app looks them up and hands them back with
//! [`Journey::found`]. Without that call the pages are exactly the typed ones
//! that worked before the gazetteer existed.

mod check;
pub mod contact;
mod field;
pub mod location;
mod model;
mod notices;
mod optional;
pub mod place;
mod summary;
pub mod validate;

pub use field::{DateUnit, FieldKind, last_day};
pub use model::*;
pub use place::{Address, Lookup, Point, Site, Street};

use crate::catalogue::open311::Datatype;
use crate::catalogue::overlay::{ContactMode, LocationMode};
use crate::catalogue::{Attribute, Service};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};
pub use validate::Problem;

/// A page of the journey.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Information from a non-variable attribute (index into `attributes`).
    Info(usize),
    /// A question (index into `attributes`).
    Question(usize),
    /// The postcode of the address.
    Postcode,
    /// The house number or name.
    House,
    /// A description of the place.
    Landmark,
    /// The addresses at the postcode, to pick one (with a gazetteer).
    Addresses,
    /// A street name or postcode, to find the street (with a gazetteer).
    Street,
    /// The streets found, to pick one (with a gazetteer).
    Streets,
    /// "Near which number?": the street's buildings (with a gazetteer).
    Near,
    /// Phone, email, or no contact.
    ContactMethod,
    /// The phone number or email address.
    ContactDetail,
    /// The resident's name, when they gave contact details.
    ContactName,
    /// What to send them: "Text me my reference", updates (only when the
    /// terminal can send texts or emails).
    Notices,
    /// Check your answers.
    Check,
}

impl Step {
    /// Whether the page asks where the place is.
    pub fn is_location(self) -> bool {
        matches!(
            self,
            Step::Postcode
                | Step::House
                | Step::Landmark
                | Step::Addresses
                | Step::Street
                | Step::Streets
                | Step::Near
        )
    }
}

/// A journey through one service.
#[derive(Debug, Clone)]
pub struct Journey {
    service: Service,
    step: Step,
    answers: Answers,
    problems: Vec<Problem>,
    changing: bool,
    today: NaiveDate,
    /// The app has a gazetteer to look in.
    gazetteer: bool,
    /// The terminal's own site, for `location = "site"` services.
    site: Option<Site>,
    /// What the gazetteer answered for this journey's look-ups.
    looked: location::Looked,
    /// An open request the resident said may be the same problem.
    earlier_request: Option<String>,
    /// The texts and emails this terminal can send (see [`Journey::set_offer`]).
    offer: Notices,
}

impl Journey {
    /// Starts a journey at its first page. `today` bounds date questions.
    pub fn new(service: Service, today: NaiveDate) -> Journey {
        let mut journey = Journey {
            service,
            step: Step::Check,
            answers: Answers::default(),
            problems: Vec::new(),
            changing: false,
            today,
            gazetteer: false,
            site: None,
            looked: location::Looked::default(),
            earlier_request: None,
            offer: Notices::default(),
        };
        journey.step = journey.steps()[0];
        journey.prepare_step();
        journey
    }

    /// The service (in the current language).
    pub fn service(&self) -> &Service {
        &self.service
    }

    /// Replaces the service with the same service in another language;
    /// answers are kept because codes and keys do not change.
    pub fn relocalise(&mut self, service: Service) {
        if service.code == self.service.code {
            self.service = service;
        }
    }

    /// The current page.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The answers so far.
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// Problems found by the last Continue on this page.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Whether the resident came here with Change from check-your-answers.
    pub fn is_changing(&self) -> bool {
        self.changing
    }

    /// Today's date as the journey sees it.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The attribute behind an Info or Question page.
    pub fn attribute(&self, step: Step) -> Option<&Attribute> {
        match step {
            Step::Info(i) | Step::Question(i) => self.service.attributes.get(i),
            _ => None,
        }
    }

    /// Every page, in order, for the answers given so far.
    pub fn steps(&self) -> Vec<Step> {
        let mut steps: Vec<Step> = self
            .service
            .attributes
            .iter()
            .enumerate()
            // The kiosk fills a USRN attribute itself: never a page.
            .filter(|(_, a)| !place::is_usrn_code(&a.code))
            .map(|(i, a)| {
                if a.variable {
                    Step::Question(i)
                } else {
                    Step::Info(i)
                }
            })
            .collect();
        self.location_steps(&mut steps);
        match self.service.contact {
            ContactMode::None => {}
            ContactMode::Phone => {
                steps.push(Step::ContactDetail);
                steps.push(Step::ContactName);
            }
            ContactMode::Optional | ContactMode::Required => {
                steps.push(Step::ContactMethod);
                if matches!(
                    self.answers.contact.method,
                    Some(ContactMethod::Phone | ContactMethod::Email)
                ) {
                    steps.push(Step::ContactDetail);
                    steps.push(Step::ContactName);
                }
            }
        }
        if !self.notice_choices().is_empty() {
            steps.push(Step::Notices);
        }
        steps.push(Step::Check);
        steps
    }

    /// Page number and number of pages before check-your-answers (1-based).
    /// Until the resident has said how to contact them, the count includes
    /// the pages a phone number or email would add, so the total can fall
    /// but never grows: nobody told they are on the last question is then
    /// given more.
    pub fn progress(&self) -> (usize, usize) {
        let steps = self.steps();
        let at = steps.iter().position(|s| *s == self.step);
        let mut total = steps.len() - 1;
        let undecided = matches!(
            self.service.contact,
            ContactMode::Optional | ContactMode::Required
        ) && self.answers.contact.method.is_none();
        if undecided {
            // The number or email and the name, and the texts and emails
            // page when the council offers any.
            let o = self.offer;
            total += 2 + usize::from(o.text_reference || o.email_reference || o.updates);
        }
        let at = at.unwrap_or(total);
        ((at + 1).min(total), total)
    }

    /// The contact method in force: phone for services that need a phone.
    pub fn contact_method(&self) -> Option<ContactMethod> {
        match self.service.contact {
            ContactMode::Phone => Some(ContactMethod::Phone),
            _ => self.answers.contact.method,
        }
    }

    /// Where the page's text field keeps its text, if the page has one.
    fn field_slot(&self) -> Option<Slot> {
        Some(match self.step {
            Step::Question(i) => {
                let a = self.service.attributes.get(i)?;
                if !matches!(
                    a.datatype,
                    Datatype::String | Datatype::Text | Datatype::Number
                ) {
                    return None;
                }
                Slot::Attribute(a.code.clone())
            }
            Step::Postcode => Slot::Postcode,
            Step::House => Slot::House,
            Step::Landmark => Slot::Landmark,
            Step::Street => Slot::Street,
            Step::ContactDetail => match self.contact_method() {
                Some(ContactMethod::Email) => Slot::Email,
                _ => Slot::Phone,
            },
            Step::ContactName => Slot::Name,
            _ => return None,
        })
    }

    /// The text field on this page, if it has one.
    fn field_mut(&mut self) -> Option<&mut String> {
        Some(match self.field_slot()? {
            Slot::Attribute(code) => {
                match self
                    .answers
                    .attributes
                    .entry(code)
                    .or_insert_with(|| Answer::Text(String::new()))
                {
                    Answer::Text(s) => s,
                    _ => return None,
                }
            }
            Slot::Postcode => &mut self.answers.location.postcode,
            Slot::House => &mut self.answers.location.house,
            Slot::Landmark => &mut self.answers.location.landmark,
            Slot::Street => &mut self.answers.location.street_query,
            Slot::Email => &mut self.answers.contact.email,
            Slot::Phone => &mut self.answers.contact.phone,
            Slot::Name => &mut self.answers.contact.name,
        })
    }

    /// What kind of typing the page's field takes.
    pub fn field_kind(&self) -> Option<FieldKind> {
        match self.step {
            Step::Question(i) => match self.service.attributes.get(i)?.datatype {
                Datatype::String => Some(FieldKind::Line),
                Datatype::Text => Some(FieldKind::Lines),
                Datatype::Number => Some(FieldKind::Number),
                _ => None,
            },
            Step::Postcode => Some(FieldKind::Postcode),
            Step::House | Step::ContactName | Step::Street => Some(FieldKind::Line),
            Step::Landmark => Some(FieldKind::Lines),
            Step::ContactDetail => match self.contact_method() {
                Some(ContactMethod::Email) => Some(FieldKind::Email),
                _ => Some(FieldKind::Phone),
            },
            _ => None,
        }
    }

    /// The text in the page's field.
    pub fn field_text(&self) -> Option<String> {
        let text = match self.field_slot()? {
            Slot::Attribute(code) => match self.answers.attributes.get(&code) {
                Some(Answer::Text(s)) => s.as_str(),
                None => "",
                Some(_) => return None,
            },
            Slot::Postcode => &self.answers.location.postcode,
            Slot::House => &self.answers.location.house,
            Slot::Landmark => &self.answers.location.landmark,
            Slot::Street => &self.answers.location.street_query,
            Slot::Email => &self.answers.contact.email,
            Slot::Phone => &self.answers.contact.phone,
            Slot::Name => &self.answers.contact.name,
        };
        Some(text.to_string())
    }

    /// Types text into the page's field. Characters the field cannot take
    /// (letters in a number) are left out.
    pub fn type_text(&mut self, text: &str) {
        let Some(kind) = self.field_kind() else {
            return;
        };
        if let Some(field) = self.field_mut() {
            for c in text.chars() {
                if kind.accepts(c) {
                    field.push(c);
                }
            }
        }
    }

    /// Deletes the last character of the page's field.
    pub fn backspace(&mut self) {
        if let Some(field) = self.field_mut() {
            field.pop();
        }
    }

    /// Empties the page's field.
    pub fn clear_field(&mut self) {
        if let Some(field) = self.field_mut() {
            field.clear();
        }
    }

    /// Chooses a value of a single-choice question, or a contact method;
    /// on the gazetteer's list pages, an address by its UPRN or a street by
    /// its USRN (as text).
    pub fn choose(&mut self, key: &str) {
        match self.step {
            Step::Addresses | Step::Streets | Step::Near => self.choose_place(key),
            Step::Question(i) => {
                if let Some(a) = self.service.attributes.get(i)
                    && a.values.iter().any(|v| v.key == key)
                {
                    self.answers
                        .attributes
                        .insert(a.code.clone(), Answer::One(key.to_string()));
                }
            }
            Step::ContactMethod => {
                self.answers.contact.method = match key {
                    "phone" => Some(ContactMethod::Phone),
                    "email" => Some(ContactMethod::Email),
                    "none" if self.service.contact == ContactMode::Optional => {
                        Some(ContactMethod::None)
                    }
                    _ => self.answers.contact.method,
                };
            }
            _ => {}
        }
    }

    /// Ticks or unticks a value of a multiple-choice question, or a
    /// choice on the notices page.
    pub fn toggle(&mut self, key: &str) {
        if self.step == Step::Notices {
            self.toggle_notice(key);
            return;
        }
        let Step::Question(i) = self.step else {
            return;
        };
        let Some(a) = self.service.attributes.get(i) else {
            return;
        };
        if !a.values.iter().any(|v| v.key == key) {
            return;
        }
        let mut chosen: BTreeSet<String> = match self.answers.attributes.get(&a.code) {
            Some(Answer::Many(keys)) => keys.iter().cloned().collect(),
            _ => BTreeSet::new(),
        };
        if !chosen.remove(key) {
            chosen.insert(key.to_string());
        }
        let ordered = a
            .values
            .iter()
            .filter(|v| chosen.contains(&v.key))
            .map(|v| v.key.clone())
            .collect();
        self.answers
            .attributes
            .insert(a.code.clone(), Answer::Many(ordered));
    }

    /// The date shown by the page's date picker.
    pub fn date(&self) -> Option<NaiveDate> {
        let a = self.attribute(self.step)?;
        match self.answers.attributes.get(&a.code) {
            Some(Answer::Date(d)) => Some(*d),
            _ => None,
        }
    }

    /// Sets the date picker's date.
    pub fn set_date(&mut self, date: NaiveDate) {
        if let Step::Question(i) = self.step
            && let Some(a) = self.service.attributes.get(i)
            && a.datatype == Datatype::Datetime
        {
            self.answers
                .attributes
                .insert(a.code.clone(), Answer::Date(date));
        }
    }

    /// Moves the date picker by days, months or years; the day is kept
    /// within the month (31 January plus a month is 28 or 29 February).
    pub fn step_date(&mut self, unit: DateUnit, delta: i32) {
        let Some(current) = self.date() else {
            return;
        };
        let next = match unit {
            DateUnit::Day => current.checked_add_signed(chrono::Duration::days(i64::from(delta))),
            DateUnit::Month => field::add_months(current, delta),
            DateUnit::Year => field::add_months(current, delta * 12),
        };
        if let Some(d) = next {
            self.set_date(d);
        }
    }

    /// Says the resident does not know the postcode: ask for a description.
    pub fn no_postcode(&mut self) {
        if self.step == Step::Postcode {
            self.answers.location.no_postcode = true;
            self.problems.clear();
            self.step = Step::Landmark;
            self.prepare_step();
        }
    }

    /// Fills what a page needs before it is shown (a required date starts
    /// on today; an optional one starts empty), and clears stale problems.
    fn prepare_step(&mut self) {
        self.problems.clear();
        if let Step::Question(i) = self.step
            && let Some(a) = self.service.attributes.get(i)
            && a.datatype == Datatype::Datetime
            && a.required
            && !self.answers.attributes.contains_key(&a.code)
        {
            self.answers
                .attributes
                .insert(a.code.clone(), Answer::Date(self.today));
        }
        if self.step == Step::Postcode {
            self.answers.location.no_postcode = false;
        }
    }

    /// Continue: checks this page, and moves on when it is right. After a
    /// Change, moves back to check-your-answers unless a new page is now
    /// needed (such as the phone number after choosing phone).
    pub fn continue_on(&mut self) -> Outcome {
        if self.step == Step::Check {
            return Outcome::Submit;
        }
        let problems = self.check_step();
        if !problems.is_empty() {
            self.problems = problems;
            return Outcome::Problems;
        }
        self.place_continued();
        let steps = self.steps();
        let here = steps.iter().position(|s| *s == self.step).unwrap_or(0);
        let next = steps.get(here + 1).copied().unwrap_or(Step::Check);
        self.step = if self.changing && self.all_answered_before(Step::Check) {
            Step::Check
        } else {
            next
        };
        if self.step == Step::Check {
            self.changing = false;
        }
        self.prepare_step();
        match self.wanted() {
            Some(lookup) => Outcome::LookUp(lookup),
            None => Outcome::Moved,
        }
    }

    /// Whether every page before `until` passes its checks.
    fn all_answered_before(&self, until: Step) -> bool {
        let mut probe = self.clone();
        for step in self.steps() {
            if step == until {
                return true;
            }
            probe.step = step;
            if !probe.check_step().is_empty() || probe.date_must_be_given(step) {
                return false;
            }
        }
        true
    }

    /// Back: the previous page. Returns false on the first page (the app
    /// then leaves the journey). Answers are kept.
    pub fn back(&mut self) -> bool {
        let steps = self.steps();
        let here = steps.iter().position(|s| *s == self.step).unwrap_or(0);
        if self.changing {
            self.changing = false;
            self.step = Step::Check;
            self.prepare_step();
            return true;
        }
        if here == 0 {
            return false;
        }
        self.step = steps[here - 1];
        self.problems.clear();
        true
    }

    /// Change: from check-your-answers to a page, returning afterwards.
    pub fn change(&mut self, step: Step) {
        if self.step == Step::Check && self.steps().contains(&step) {
            self.step = step;
            self.changing = true;
            self.prepare_step();
        }
    }
}

/// Where a page's text field keeps its text.
enum Slot {
    /// An attribute's answer, by code.
    Attribute(String),
    Postcode,
    House,
    Landmark,
    Street,
    Email,
    Phone,
    Name,
}

#[cfg(test)]
mod tests;
