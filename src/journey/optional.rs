//! Optional questions: they start empty (an optional date is not today
//! until the resident says so) and can be skipped in one press ("Skip this
//! question", or "I do not know" for a date), so nothing is sent that the
//! resident did not choose.

use super::{Journey, Outcome, Step};
use crate::catalogue::open311::Datatype;

impl Journey {
    /// Whether the page is a question the resident may leave unanswered.
    pub fn is_optional_question(&self) -> bool {
        matches!(self.step, Step::Question(i)
            if self.service.attributes.get(i).is_some_and(|a| !a.required))
    }

    /// Skip: the optional question on this page is left unanswered (any
    /// answer begun is dropped), and the journey moves on.
    pub fn skip(&mut self) -> Outcome {
        if !self.is_optional_question() {
            return Outcome::Problems;
        }
        if let Step::Question(i) = self.step
            && let Some(a) = self.service.attributes.get(i)
        {
            self.answers.attributes.remove(&a.code);
        }
        self.problems.clear();
        self.continue_on()
    }

    /// Whether a date question needs an answer before the page is done: a
    /// required one always has one (it starts on today), an optional one
    /// may be left empty.
    pub(super) fn date_must_be_given(&self, step: Step) -> bool {
        matches!(step, Step::Question(i) if self.service.attributes.get(i).is_some_and(|a| {
            a.datatype == Datatype::Datetime
                && a.required
                && !self.answers.attributes.contains_key(&a.code)
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;
    use crate::journey::Answer;
    use chrono::NaiveDate;

    /// Fly-tipping with "When did you first see it?" made optional and
    /// asked first.
    fn at_optional_date() -> (Journey, String) {
        let mut service = Catalogue::bundled()
            .service("fly-tipping")
            .expect("service")
            .clone();
        let i = service
            .attributes
            .iter()
            .position(|a| a.datatype == Datatype::Datetime)
            .expect("a date question");
        let mut date = service.attributes.remove(i);
        date.required = false;
        let code = date.code.clone();
        service.attributes.insert(0, date);
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let j = Journey::new(service, today);
        assert_eq!(j.step(), Step::Question(0));
        (j, code)
    }

    #[test]
    fn an_optional_date_starts_empty_and_continue_sends_no_date() {
        let (mut j, code) = at_optional_date();
        assert!(j.is_optional_question());
        assert_eq!(j.date(), None, "nothing is chosen for the resident");
        assert_eq!(j.continue_on(), Outcome::Moved);
        assert!(!j.answers.attributes.contains_key(&code));
    }

    #[test]
    fn skip_drops_a_date_begun_and_moves_on() {
        let (mut j, code) = at_optional_date();
        j.set_date(NaiveDate::from_ymd_opt(2026, 11, 21).expect("date"));
        assert!(j.answers.attributes.contains_key(&code));
        let here = j.step();
        assert_eq!(j.skip(), Outcome::Moved);
        assert_ne!(j.step(), here);
        assert!(!j.answers.attributes.contains_key(&code));
    }

    #[test]
    fn a_chosen_optional_date_is_sent() {
        let (mut j, code) = at_optional_date();
        j.set_date(NaiveDate::from_ymd_opt(2026, 11, 20).expect("date"));
        assert_eq!(j.continue_on(), Outcome::Moved);
        assert_eq!(
            j.answers.attributes.get(&code),
            Some(&Answer::Date(
                NaiveDate::from_ymd_opt(2026, 11, 20).expect("date")
            ))
        );
    }

    #[test]
    fn a_required_question_cannot_be_skipped() {
        let cat = Catalogue::bundled();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
        let mut j = Journey::new(cat.service("missed-bin").expect("service").clone(), today);
        assert!(!j.is_optional_question());
        assert_eq!(j.skip(), Outcome::Problems);
        assert_eq!(j.step(), Step::Question(0));
    }
}
