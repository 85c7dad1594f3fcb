//! Checking a journey page's answer before Continue moves on: required
//! answers, each question's type and the overlay's limits, the location
//! and contact pages.

use super::*;

impl Journey {
    /// Checks the current page's answer.
    pub fn check_step(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        match self.step {
            Step::Question(i) => {
                if let Some(a) = self.service.attributes.get(i) {
                    problems.extend(self.check_attribute(a));
                }
            }
            Step::Postcode => {
                let pc = self.answers.location.postcode.trim();
                if self.answers.location.no_postcode {
                    // The resident said they do not know it: a description follows.
                } else if pc.is_empty() {
                    problems.push(Problem::EnterPostcode);
                } else if validate::postcode(pc).is_none() {
                    problems.push(Problem::PostcodeFormat);
                }
            }
            Step::House => {
                if self.answers.location.house.trim().is_empty() {
                    problems.push(Problem::EnterHouse);
                }
            }
            Step::Landmark => {
                if self.answers.location.landmark.trim().is_empty() {
                    problems.push(Problem::EnterLandmark);
                }
            }
            Step::Addresses | Step::Street | Step::Streets | Step::Near => {
                problems.extend(self.check_place());
            }
            Step::ContactMethod => {
                if self.answers.contact.method.is_none() {
                    problems.push(Problem::ChooseContact);
                }
            }
            Step::ContactDetail => match self.contact_method() {
                Some(ContactMethod::Email) => {
                    let e = self.answers.contact.email.trim();
                    if e.is_empty() {
                        problems.push(Problem::EnterEmail);
                    } else if validate::email(e).is_none() {
                        problems.push(Problem::EmailFormat);
                    }
                }
                _ => {
                    let p = self.answers.contact.phone.trim();
                    if p.is_empty() {
                        problems.push(Problem::EnterPhone);
                    } else if validate::phone(p).is_none() {
                        problems.push(Problem::PhoneFormat);
                    }
                }
            },
            Step::ContactName => {
                if self.answers.contact.name.trim().is_empty() {
                    problems.push(Problem::EnterName);
                }
            }
            Step::Notices => problems.extend(self.check_notices()),
            Step::Info(_) | Step::Check => {}
        }
        problems
    }

    fn check_attribute(&self, a: &Attribute) -> Option<Problem> {
        let answer = self.answers.attributes.get(&a.code);
        match a.datatype {
            Datatype::String | Datatype::Text => {
                let text = match answer {
                    Some(Answer::Text(t)) => t.trim(),
                    _ => "",
                };
                let count = text.chars().count();
                let max = a
                    .limits
                    .max_length
                    .unwrap_or(if a.datatype == Datatype::String {
                        200
                    } else {
                        2000
                    });
                if text.is_empty() && a.required {
                    Some(Problem::EnterText)
                } else if count > max {
                    Some(Problem::TooLong { max, typed: count })
                } else {
                    None
                }
            }
            Datatype::Number => {
                let text = match answer {
                    Some(Answer::Text(t)) => t.trim(),
                    _ => "",
                };
                if text.is_empty() {
                    return a.required.then_some(Problem::EnterNumber);
                }
                let Some(n) = validate::number(text) else {
                    return Some(Problem::EnterNumber);
                };
                if a.limits.whole && n.fract() != 0.0 {
                    return Some(Problem::WholeNumber);
                }
                let below = a.limits.min.is_some_and(|m| n < m);
                let above = a.limits.max.is_some_and(|m| n > m);
                if below || above {
                    return Some(Problem::NumberRange {
                        min: a
                            .limits
                            .min
                            .map_or_else(|| "0".into(), validate::show_number),
                        max: a
                            .limits
                            .max
                            .map_or_else(|| "any".into(), validate::show_number),
                    });
                }
                None
            }
            Datatype::Datetime => match answer {
                Some(Answer::Date(d)) => validate::date_problem(*d, a.limits.dates, self.today),
                _ => None,
            },
            Datatype::Singlevaluelist => match answer {
                Some(Answer::One(_)) => None,
                _ => a.required.then_some(Problem::ChooseOne),
            },
            Datatype::Multivaluelist => match answer {
                Some(Answer::Many(keys)) if !keys.is_empty() => None,
                _ => a.required.then_some(Problem::ChooseAtLeastOne),
            },
        }
    }
}
