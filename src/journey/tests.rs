//! The step machine, page by page.

use super::location::Found;
use super::*;
use crate::catalogue::{Catalogue, Service};

mod gazetteer;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn journey(code: &str) -> Journey {
    let cat = Catalogue::bundled();
    Journey::new(cat.service(code).expect("service").clone(), today())
}

#[test]
fn missed_bin_from_first_page_to_submission() {
    let mut j = journey("missed-bin");
    // Six pages, and two more for a phone number or email and a name
    // until the resident says how to contact them.
    assert_eq!(j.progress(), (1, 8));
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::ChooseOne]);
    j.choose("recycling");
    assert_eq!(j.continue_on(), Outcome::Moved);
    // The date picker starts on today; a future date is refused.
    assert_eq!(j.date(), Some(today()));
    j.step_date(DateUnit::Day, 1);
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::DateNotFuture]);
    j.step_date(DateUnit::Day, -3);
    assert_eq!(j.continue_on(), Outcome::Moved);
    j.choose("yes");
    j.continue_on();
    assert_eq!(j.step(), Step::Postcode);
    j.type_text("de1 2ax!");
    assert_eq!(j.field_text().as_deref(), Some("de1 2ax"));
    assert_eq!(j.continue_on(), Outcome::Moved);
    j.type_text("14");
    j.continue_on();
    assert_eq!(j.step(), Step::ContactMethod);
    j.choose("none");
    j.continue_on();
    assert_eq!(j.step(), Step::Check);
    assert_eq!(j.continue_on(), Outcome::Submit);
    let s = j.submission().expect("complete");
    assert_eq!(s.service_code, "missed-bin");
    assert_eq!(s.attributes["bin_type"], Answer::One("recycling".into()));
    assert_eq!(
        s.attributes["collection_date"],
        Answer::Date(NaiveDate::from_ymd_opt(2026, 11, 20).expect("date"))
    );
    assert_eq!(s.address_string.as_deref(), Some("14, DE1 2AX"));
    assert_eq!(s.postcode.as_deref(), Some("DE1 2AX"));
    assert_eq!((s.phone, s.email, s.name), (None, None, None));
}

#[test]
fn change_returns_to_check_and_back_keeps_answers() {
    let mut j = journey("call-back");
    j.choose("housing");
    j.continue_on();
    j.toggle("morning");
    j.toggle("evening");
    j.toggle("morning");
    j.continue_on();
    assert_eq!(j.step(), Step::ContactDetail);
    j.type_text("07700 900982");
    j.continue_on();
    // Back and forward again: the phone number is still there.
    assert!(j.back());
    assert_eq!(j.field_text().as_deref(), Some("07700 900982"));
    j.continue_on();
    j.type_text("Ann Jones");
    j.continue_on();
    assert_eq!(j.step(), Step::Check);
    let rows = j.summary();
    assert_eq!(
        rows[1].value,
        Shown::Choices(vec!["Early evening (5pm to 7pm)".into()])
    );

    j.change(Step::Question(0));
    assert!(j.is_changing());
    j.choose("benefits");
    j.continue_on();
    assert_eq!(
        j.step(),
        Step::Check,
        "after a change, back to check answers"
    );
    let s = j.submission().expect("complete");
    assert_eq!(s.attributes["topic"], Answer::One("benefits".into()));
    assert_eq!(s.attributes["times"], Answer::Many(vec!["evening".into()]));
    assert_eq!(s.phone.as_deref(), Some("07700 900982"));
    assert_eq!(s.name.as_deref(), Some("Ann Jones"));
}

#[test]
fn changing_contact_method_asks_for_the_new_detail() {
    let mut j = journey("feedback");
    j.choose("compliment");
    j.continue_on();
    j.choose("libraries");
    j.continue_on();
    j.type_text("Lovely staff");
    j.continue_on();
    j.choose("none");
    j.continue_on();
    assert_eq!(j.step(), Step::Check);
    j.change(Step::ContactMethod);
    j.choose("email");
    j.continue_on();
    assert_eq!(j.step(), Step::ContactDetail, "email is now needed");
    assert_eq!(j.field_kind(), Some(FieldKind::Email));
    j.type_text("ann@example");
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::EmailFormat]);
    j.type_text(".com");
    j.continue_on();
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::EnterName]);
    j.type_text("Ann");
    j.continue_on();
    assert_eq!(j.step(), Step::Check);
    assert_eq!(
        j.submission().expect("complete").email.as_deref(),
        Some("ann@example.com")
    );
}

#[test]
fn numbers_are_checked_against_limits() {
    let mut j = journey("order-sacks");
    j.choose("garden");
    j.continue_on();
    assert_eq!(j.field_kind(), Some(FieldKind::Number));
    j.type_text("abc");
    assert_eq!(
        j.field_text().as_deref(),
        Some(""),
        "letters are not typed into numbers"
    );
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::EnterNumber]);
    j.type_text("4");
    j.continue_on();
    assert_eq!(
        j.problems(),
        [Problem::NumberRange {
            min: "1".into(),
            max: "3".into()
        }]
    );
    j.backspace();
    j.type_text("1.5");
    j.continue_on();
    assert_eq!(j.problems(), [Problem::WholeNumber]);
    j.clear_field();
    j.type_text("2");
    assert_eq!(j.continue_on(), Outcome::Moved);
}

#[test]
fn unknown_postcode_asks_for_a_description() {
    let mut j = journey("missed-bin");
    j.choose("general");
    j.continue_on();
    j.continue_on();
    j.choose("no");
    j.continue_on();
    j.no_postcode();
    assert_eq!(j.step(), Step::Landmark);
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::EnterLandmark]);
    j.type_text("Flats behind the church on Mill Lane");
    j.continue_on();
    j.choose("none");
    j.continue_on();
    let s = j.submission().expect("complete");
    assert_eq!(
        s.address_string.as_deref(),
        Some("Flats behind the church on Mill Lane")
    );
    assert_eq!(s.postcode, None);
}

#[test]
fn information_pages_and_optional_questions() {
    let mut j = journey("street-light");
    assert!(matches!(j.step(), Step::Info(_)));
    assert_eq!(j.continue_on(), Outcome::Moved);
    j.choose("off");
    j.continue_on();
    // The lamp post number is optional.
    assert_eq!(j.continue_on(), Outcome::Moved);
    assert_eq!(j.step(), Step::Landmark);
    j.type_text("Outside 3 Park Road");
    j.continue_on();
    j.choose("none");
    j.continue_on();
    let s = j.submission().expect("complete");
    assert!(!s.attributes.contains_key("column_number"));
    assert!(
        !s.attributes.contains_key("danger"),
        "information is not an answer"
    );
    assert!(j.summary().iter().any(|r| r.value == Shown::NotGiven));
}

#[test]
fn required_contact_has_no_opt_out_and_too_long_text_is_refused() {
    let mut j = journey("assisted-collection");
    j.choose("no");
    j.continue_on();
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::ChooseAtLeastOne]);
    j.toggle("age");
    j.continue_on();
    j.type_text(&"x".repeat(501));
    j.continue_on();
    assert_eq!(
        j.problems(),
        [Problem::TooLong {
            max: 500,
            typed: 501
        }]
    );
    j.backspace();
    j.continue_on();
    j.type_text("DE1 2AX");
    j.continue_on();
    j.type_text("Rose Cottage");
    j.continue_on();
    j.choose("none");
    assert_eq!(j.continue_on(), Outcome::Problems, "contact is required");
    assert_eq!(j.problems(), [Problem::ChooseContact]);
}

#[test]
fn date_steps_keep_the_day_inside_the_month() {
    let mut j = journey("benefit-change");
    j.toggle("hb");
    j.continue_on();
    j.choose("rent");
    j.continue_on();
    j.set_date(NaiveDate::from_ymd_opt(2024, 1, 31).expect("date"));
    j.step_date(DateUnit::Month, 1);
    assert_eq!(j.date(), NaiveDate::from_ymd_opt(2024, 2, 29));
    j.step_date(DateUnit::Year, -1);
    assert_eq!(j.date(), NaiveDate::from_ymd_opt(2023, 2, 28));
    j.step_date(DateUnit::Month, -2);
    assert_eq!(j.date(), NaiveDate::from_ymd_opt(2022, 12, 28));
}

#[test]
fn back_from_the_first_page_leaves() {
    let mut j = journey("pothole");
    assert!(!j.back());
    assert!(j.submission().is_none());
}

/// Along a journey that gives a phone number and ticks texts, the page
/// number goes up by one a page and the total never grows.
#[test]
fn the_number_of_pages_never_grows_as_the_resident_goes_on() {
    let mut j = journey("missed-bin");
    j.set_offer(Notices {
        text_reference: true,
        email_reference: true,
        updates: true,
    });
    let mut seen = vec![j.progress()];
    j.choose("recycling");
    j.continue_on();
    j.continue_on();
    j.choose("yes");
    j.continue_on();
    j.type_text("de1 2ax");
    j.continue_on();
    j.type_text("14");
    j.continue_on();
    assert_eq!(j.step(), Step::ContactMethod);
    seen.push(j.progress());
    j.choose("phone");
    j.continue_on();
    seen.push(j.progress());
    j.type_text("07700 900123");
    j.continue_on();
    seen.push(j.progress());
    j.type_text("Jo");
    j.continue_on();
    assert_eq!(j.step(), Step::Notices);
    seen.push(j.progress());
    assert_eq!(seen, [(1, 9), (6, 9), (7, 9), (8, 9), (9, 9)]);
}

/// Saying "no contact" takes the pages away: the count falls.
#[test]
fn choosing_no_contact_shortens_the_count() {
    let mut j = journey("missed-bin");
    assert_eq!(j.progress().1, 8);
    j.answers.contact.method = Some(ContactMethod::None);
    assert_eq!(j.progress().1, 6);
}
