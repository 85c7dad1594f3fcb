//! What a finished journey gives: the rows of check-your-answers and the
//! submission to save.

use super::*;

impl Journey {
    /// The rows of check-your-answers.
    pub fn summary(&self) -> Vec<Row> {
        let mut rows = Vec::new();
        for step in self.steps() {
            match step {
                Step::Question(i) => {
                    let Some(a) = self.service.attributes.get(i) else {
                        continue;
                    };
                    let value = match self.answers.attributes.get(&a.code) {
                        Some(Answer::Text(t)) if !t.trim().is_empty() => {
                            Shown::Text(t.trim().to_string())
                        }
                        Some(Answer::Date(d)) => Shown::Date(*d),
                        Some(Answer::One(k)) => Shown::Choices(names(a, std::slice::from_ref(k))),
                        Some(Answer::Many(ks)) if !ks.is_empty() => Shown::Choices(names(a, ks)),
                        _ => Shown::NotGiven,
                    };
                    rows.push(Row {
                        step,
                        label: RowLabel::Attribute(a.label.clone()),
                        value,
                    });
                }
                Step::Postcode | Step::Addresses | Step::Street | Step::Streets | Step::Near => {
                    rows.extend(self.place_row(step));
                }
                Step::House => rows.push(Row {
                    step,
                    label: RowLabel::Fixed("row-house"),
                    value: Shown::Text(self.answers.location.house.trim().to_string()),
                }),
                Step::Landmark => rows.push(Row {
                    step,
                    label: RowLabel::Fixed("row-landmark"),
                    value: Shown::Text(self.answers.location.landmark.trim().to_string()),
                }),
                Step::ContactMethod => rows.push(Row {
                    step,
                    label: RowLabel::Fixed("row-contact-method"),
                    value: self
                        .answers
                        .contact
                        .method
                        .map_or(Shown::NotGiven, Shown::Method),
                }),
                Step::ContactDetail => {
                    let (label, value) = match self.contact_method() {
                        Some(ContactMethod::Email) => ("row-email", &self.answers.contact.email),
                        _ => ("row-phone", &self.answers.contact.phone),
                    };
                    rows.push(Row {
                        step,
                        label: RowLabel::Fixed(label),
                        value: Shown::Text(value.trim().to_string()),
                    });
                }
                Step::ContactName => rows.push(Row {
                    step,
                    label: RowLabel::Fixed("row-name"),
                    value: Shown::Text(self.answers.contact.name.trim().to_string()),
                }),
                Step::Notices => rows.push(Row {
                    step,
                    label: RowLabel::Fixed("row-notices"),
                    value: Shown::Notices(self.notices().label_ids()),
                }),
                Step::Info(_) | Step::Check => {}
            }
        }
        rows
    }

    /// The submission, when every page is answered.
    pub fn submission(&self) -> Option<Submission> {
        if !self.all_answered_before(Step::Check) {
            return None;
        }
        let steps = self.steps();
        let mut attributes = BTreeMap::new();
        for a in self.service.questions() {
            match self.answers.attributes.get(&a.code) {
                Some(Answer::Text(t)) if t.trim().is_empty() => {}
                Some(Answer::Many(k)) if k.is_empty() => {}
                Some(Answer::Text(t)) => {
                    attributes.insert(a.code.clone(), Answer::Text(t.trim().to_string()));
                }
                Some(other) => {
                    attributes.insert(a.code.clone(), other.clone());
                }
                None => {}
            }
        }
        let place = self.place_answer(&steps);
        if let Some(usrn) = place.usrn {
            for a in &self.service.attributes {
                if place::is_usrn_code(&a.code) {
                    attributes.insert(a.code.clone(), Answer::Text(usrn.to_string()));
                }
            }
        }
        let contact = &self.answers.contact;
        let method = self.contact_method();
        let given = |m: ContactMethod, v: &str| (method == Some(m)).then(|| v.trim().to_string());
        let named = matches!(method, Some(ContactMethod::Phone | ContactMethod::Email));
        Some(Submission {
            service_code: self.service.code.clone(),
            attributes,
            address_string: place.address_string,
            postcode: place.postcode,
            phone: given(ContactMethod::Phone, &contact.phone).and_then(|p| validate::phone(&p)),
            email: given(ContactMethod::Email, &contact.email),
            name: named.then(|| contact.name.trim().to_string()),
            address_id: place.address_id,
            lat: place.point.map(|p| p.lat),
            long: place.point.map(|p| p.long),
            at_site: self.service.location == LocationMode::Site,
            earlier_request: self.earlier_request.clone(),
            notices: self.notices(),
        })
    }
}

fn names(a: &Attribute, keys: &[String]) -> Vec<String> {
    keys.iter()
        .filter_map(|k| {
            a.values
                .iter()
                .find(|v| &v.key == k)
                .map(|v| v.name.clone())
        })
        .collect()
}
