//! Whole resident journeys through the real app, driven as a resident
//! would: clicking what is on screen, typing, and tapping keys. Each ends by
//! checking what was stored on the terminal.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::NaiveDate;
use common::Kiosk;
use frontdoor::app::Screen;
use frontdoor::journey::Answer;
use frontdoor::reference::Reference;
use iced::keyboard::key::Named;

fn confirmation_reference(k: &Kiosk) -> Reference {
    match k.app.screen() {
        Screen::Confirmation(c) => c.reference.clone(),
        other => panic!("expected the confirmation, got {other:?}"),
    }
}

#[test]
fn missed_bin_with_choices_date_address_and_a_change() {
    let mut k = Kiosk::new();
    k.assert_sees("Welcome to Test Library");
    k.open("Bins and recycling", "Report a missed bin collection");
    k.assert_sees("Which bin was missed?");
    // Six pages, and two more (a phone number or email, and a name) until
    // the resident says how to be contacted.
    k.assert_sees("Question 1 of 8");

    // Continue without an answer: the problem is named at the top and at the field.
    k.click("Continue");
    k.assert_sees("There is a problem");
    k.assert_sees("Choose one of the answers");
    k.click("Recycling (blue bin)");
    k.click("Continue");

    // The date picker starts on today; the future is refused.
    k.assert_sees("Wednesday 18 November 2026");
    k.click("Day after");
    k.click("Continue");
    k.assert_sees("The date must be today or in the past");
    k.click("Yesterday");
    k.click("Day before");
    k.assert_sees("Monday 16 November 2026");
    k.click("Continue");

    k.click("Yes");
    k.click("Continue");

    // Postcode on the on-screen keyboard, a wrong one first.
    k.assert_sees("What is the postcode?");
    for key in ["D", "E", "1"] {
        k.click(key);
    }
    k.click("Continue");
    k.assert_sees("Enter a full UK postcode, like DE1 2AB");
    for key in ["Space", "2", "A", "X"] {
        k.click(key);
    }
    k.assert_sees("DE1 2AX|");
    k.click("Continue");

    // House name on the physical keyboard.
    k.type_text("Rose Cottage");
    k.click("Continue");
    k.click("Do not contact me");
    k.click("Continue");

    k.assert_sees("Check your answers");
    k.assert_sees("Recycling (blue bin)");
    k.assert_sees("Monday 16 November 2026");
    k.assert_sees("DE1 2AX");
    // Change the bin (the first Change): back to the question, then
    // straight back to check answers.
    k.click("Change");
    k.assert_sees("Which bin was missed?");
    k.click("Garden waste (green bin)");
    k.click("Continue");
    k.assert_sees("Check your answers");
    k.assert_sees("Garden waste (green bin)");
    assert!(!k.sees("Recycling (blue bin)"));

    k.click("Send");
    let reference = confirmation_reference(&k);
    k.assert_sees("Request saved");
    k.assert_sees(&reference.grouped());

    let stored = k.stored();
    assert_eq!(stored.len(), 1);
    let s = &stored[0];
    assert_eq!(s.reference, reference);
    assert_eq!(s.service_code, "missed-bin");
    assert_eq!(s.locale, "en-GB");
    assert!(!s.assisted);
    assert_eq!(s.created_at, common::noon());
    assert!(uuid::Uuid::parse_str(&s.idempotency_key).is_ok());
    let sub = s.submission.as_ref().unwrap();
    assert_eq!(sub.attributes["bin_type"], Answer::One("garden".into()));
    assert_eq!(
        sub.attributes["collection_date"],
        Answer::Date(NaiveDate::from_ymd_opt(2026, 11, 16).unwrap())
    );
    assert_eq!(sub.attributes["out_by_7"], Answer::One("yes".into()));
    assert_eq!(sub.address_string.as_deref(), Some("Rose Cottage, DE1 2AX"));
    assert_eq!((sub.phone.as_deref(), sub.email.as_deref()), (None, None));

    // A one-tap rating is stored for the service's measures; Finish wipes.
    k.click("Good");
    k.assert_sees("Thank you for your feedback.");
    k.click("Finish");
    assert!(k.is_welcome());
    let store = frontdoor::outbox::Outbox::open(&k.app.config().database_path()).unwrap();
    assert_eq!(store.ratings().unwrap(), [("missed-bin".to_string(), 4)]);
}

#[test]
fn many_choices_text_number_and_email_contact() {
    let mut k = Kiosk::new();
    k.open("Have your say", "Make a complaint or pay a compliment");
    k.click("Pay a compliment");
    k.click("Continue");
    // Ten choices, shown two to a row, all reachable.
    k.assert_sees("Which service is it about?");
    k.click("Libraries");
    k.click("Continue");
    k.assert_sees("What happened?");
    k.click("Continue");
    k.assert_sees("Type your answer in the box");
    k.type_text("The staff helped me print my form");
    k.click("Continue");
    k.click("By email");
    k.click("Continue");
    k.assert_sees("What is your email address?");
    k.click("@gmail.com");
    k.click("Continue");
    k.assert_sees("Enter an email address with an @ in it, like name@example.com");
    k.click("Clear");
    k.type_text("ann.jones@example.org");
    k.click("Continue");
    k.type_text("Ann Jones");
    k.click("Continue");
    k.assert_sees("ann.jones@example.org");
    k.click("Send");
    confirmation_reference(&k);
    let sub = k.stored()[0].submission.clone().unwrap();
    assert_eq!(
        sub.attributes["service_area"],
        Answer::One("libraries".into())
    );
    assert_eq!(
        sub.attributes["details"],
        Answer::Text("The staff helped me print my form".into())
    );
    assert_eq!(sub.email.as_deref(), Some("ann.jones@example.org"));
    assert_eq!(sub.name.as_deref(), Some("Ann Jones"));
    // About the library itself: the site's address is sent.
    assert!(sub.at_site);
    assert_eq!(
        sub.address_string.as_deref(),
        Some("Test Library, 1 Test Street, Testford, TE1 1ST")
    );
}

#[test]
fn number_keypad_and_multiple_choice() {
    let mut k = Kiosk::new();
    k.open(
        "Bins and recycling",
        "Order recycling or garden waste sacks",
    );
    k.click("Garden waste sacks");
    k.click("Continue");
    k.assert_sees("How many rolls do you need?");
    k.type_text("x9");
    k.assert_sees("9|");
    k.click("Continue");
    k.assert_sees("Enter a number from 1 to 3");
    k.click("Delete");
    k.click("2");
    k.click("Continue");
    k.type_text("DE1 2AX");
    k.click("Continue");
    k.type_text("14");
    k.click("Continue");
    k.click("Do not contact me");
    k.click("Continue");
    k.click("Send");
    let sub = k.stored()[0].submission.clone().unwrap();
    assert_eq!(sub.attributes["rolls"], Answer::Text("2".into()));

    let mut k = Kiosk::new();
    k.open("Contact the council", "Ask for a call back");
    k.click("Housing");
    k.click("Continue");
    k.click("Continue");
    k.assert_sees("Choose at least one of the answers");
    k.click("Morning (9am to 12pm)");
    k.click("Early evening (5pm to 7pm)");
    k.click("Morning (9am to 12pm)");
    k.click("Continue");
    // A call back needs a phone number: no choice of contact method.
    k.assert_sees("What is your phone number?");
    k.type_text("07700 900982");
    k.click("Continue");
    k.type_text("Sam");
    k.click("Continue");
    k.click("Send");
    let sub = k.stored()[0].submission.clone().unwrap();
    assert_eq!(
        sub.attributes["times"],
        Answer::Many(vec!["evening".into()])
    );
    assert_eq!(sub.phone.as_deref(), Some("07700 900982"));
}

#[test]
fn information_landmark_and_optional_string() {
    let mut k = Kiosk::new();
    k.open("Roads and streets", "Report a street light fault");
    k.assert_sees("Before you go on");
    k.assert_sees("If wires are showing or the post has been hit and could fall, call 0300 123 4567 now, day or night.");
    k.click("Continue");
    k.click("It flickers or turns on and off");
    k.click("Continue");
    k.assert_sees("What is the number on the lamp post? (optional)");
    k.type_text("SL 114");
    k.click("Continue");
    k.assert_sees("Where is it?");
    k.type_text("Outside 3 Park Road");
    k.click("Continue");
    k.click("Do not contact me");
    k.click("Continue");
    k.click("Send");
    let stored = k.stored();
    let sub = stored[0].submission.clone().unwrap();
    assert_eq!(
        sub.attributes["column_number"],
        Answer::Text("SL 114".into())
    );
    assert_eq!(sub.address_string.as_deref(), Some("Outside 3 Park Road"));
    assert!(!sub.attributes.contains_key("danger"));
}

#[test]
fn search_finds_the_street_light_by_lamp() {
    let mut k = Kiosk::new();
    k.click("Start");
    k.click("Search for a service");
    for key in ["l", "a", "m", "p"] {
        k.click(key);
    }
    k.assert_sees("1 service found");
    k.click("Report a street light fault");
    k.assert_sees("Before you go on");
    k.click("Back");
    k.assert_sees("Report a street light fault");
}

#[test]
fn signposts_point_elsewhere_and_store_nothing() {
    let mut k = Kiosk::new();
    k.open("Council tax", "Ways to pay a council bill");
    k.assert_sees("You cannot pay at this terminal. Here are the ways you can pay.");
    k.assert_sees("0300 123 4000 (automated, any time)");
    k.click("Very good");
    k.click("Finish");
    assert!(k.is_welcome());
    assert!(k.stored().is_empty());
}

#[test]
fn back_keeps_answers_and_help_is_recorded() {
    let mut k = Kiosk::new();
    k.open("Roads and streets", "Report a pothole");
    k.click("On the pavement");
    k.click("Continue");
    k.click("Back");
    // The answer is still chosen.
    match k.app.screen() {
        Screen::Journey(j) => assert_eq!(
            j.journey.answers().attributes["where"],
            Answer::One("pavement".into())
        ),
        other => panic!("{other:?}"),
    }
    k.click("Get help from staff");
    // No help channel is set up on this kiosk: it says so, and where the
    // desk is, rather than promising someone is coming.
    k.assert_sees("Please ask at the help desk");
    k.assert_sees("Ask at the main desk and a member of staff will help you.");
    assert!(k.app.help_asked());
    k.click("Carry on by myself");
    assert!(!k.app.help_asked());
    k.assert_sees("Where is the hole?");
    let store = frontdoor::outbox::Outbox::open(&k.app.config().database_path()).unwrap();
    assert_eq!(
        store.help_requests().unwrap(),
        [("question".to_string(), Some("pothole".to_string()))]
    );
    k.click("Start again");
    assert!(k.is_welcome());
    let journeys = store.journeys().unwrap();
    assert_eq!(journeys.last().unwrap().1, "abandoned");
    assert_eq!(
        journeys.last().unwrap().2.as_deref(),
        Some("question:where")
    );
}

#[test]
fn keypad_only_completes_a_journey() {
    use Named::{Enter, Space, Tab};
    let mut k = Kiosk::new();
    // Welcome: focus starts on Start, the page's first control.
    k.keys(&[Enter]);
    k.assert_sees("What do you need help with?");
    // Focus starts on search; then check progress, then the groups: three
    // Tabs reach the second group.
    k.keys(&[Tab, Tab, Tab, Enter]);
    k.assert_sees("Report a pothole");
    k.keys(&[Tab, Tab, Enter]);
    k.assert_sees("Where is the hole?");
    // The first choice has focus: Space chooses it, Tab x3 reaches Continue.
    k.keys(&[Space, Tab, Tab, Tab, Enter]);
    k.assert_sees("How wide is it?");
    k.keys(&[Tab, Enter, Tab, Tab, Enter]);
    k.assert_sees("How deep is it, in centimetres? (optional)");
    // The field has focus: Enter continues (optional question).
    k.keys(&[Enter]);
    k.assert_sees("Where is it?");
    k.type_text("By the bus stop");
    k.keys(&[Enter]);
    k.assert_sees("How should we contact you about this?");
    k.keys(&[Tab, Tab, Enter, Tab, Enter]);
    k.assert_sees("Check your answers");
    // Send is the last control on the page: Shift+Tab from the first wraps.
    let (actions, _) = k.app.actions();
    let send = actions
        .iter()
        .position(|a| {
            matches!(
                a,
                frontdoor::app::Message::Screen(frontdoor::app::screen::Message::Journey(
                    frontdoor::app::screen::journey::Message::Continue
                ))
            )
        })
        .expect("Send is focusable");
    while k.app.focus() != Some(send) {
        k.keys(&[Tab]);
    }
    k.keys(&[Enter]);
    confirmation_reference(&k);
    let sub = k.stored()[0].submission.clone().unwrap();
    assert_eq!(sub.attributes["where"], Answer::One("road".into()));
    assert_eq!(sub.attributes["size"], Answer::One("medium".into()));
    assert!(!sub.attributes.contains_key("depth"));
    assert_eq!(sub.address_string.as_deref(), Some("By the bus stop"));
}

#[test]
fn escape_goes_back_and_f1_asks_for_help() {
    let mut k = Kiosk::new();
    k.click("Start");
    k.click("Housing");
    k.keys(&[Named::Escape]);
    k.assert_sees("What do you need help with?");
    k.keys(&[Named::F1]);
    assert!(k.app.help_asked());
    k.keys(&[Named::Escape]);
    assert!(!k.app.help_asked());
}

#[test]
fn idle_warning_then_wipe_leaves_no_trace() {
    use std::time::{Duration, Instant};
    let mut k = Kiosk::new();
    k.click("Largest");
    k.click("Start");
    k.click("Roads and streets");
    k.click("Report a pothole");
    k.click("In the road");
    k.click("Continue");

    let start = Instant::now();
    k.send(frontdoor::app::Message::Tick(
        start + Duration::from_secs(60),
    ));
    assert!(!k.app.idle_warning());
    k.send(frontdoor::app::Message::Tick(
        start + Duration::from_secs(91),
    ));
    assert!(k.app.idle_warning());
    k.assert_sees("Are you still there?");
    k.assert_sees("30 seconds");
    // Carry on: the answers are all there.
    k.click("I am still here");
    assert!(!k.app.idle_warning());
    k.assert_sees("How wide is it?");

    let later = Instant::now();
    k.send(frontdoor::app::Message::Tick(
        later + Duration::from_secs(95),
    ));
    k.send(frontdoor::app::Message::Tick(
        later + Duration::from_secs(110),
    ));
    k.assert_sees("15 seconds");
    // Touching the page behind the warning does not dismiss it: only the
    // warning's own button is reachable.
    k.send(frontdoor::app::Message::Activity);
    assert!(k.app.idle_warning());
    let (actions, _) = k.app.actions();
    assert_eq!(actions.len(), 1, "only \"I am still here\" can be reached");
    k.send(frontdoor::app::Message::Tick(
        later + Duration::from_secs(126),
    ));
    assert!(k.is_welcome());
    assert_eq!(k.app.text_size(), frontdoor::ui::TextSize::Standard);
    assert_eq!(k.app.locale(), "en-GB");
    assert!(!k.app.idle_warning());
    k.assert_sees("Welcome to Test Library");
    assert!(!k.sees("Report a pothole"));
    assert!(!k.sees("In the road"));
    // Nothing was stored, and the abandoned step was measured.
    assert!(k.stored().is_empty());
    let store = frontdoor::outbox::Outbox::open(&k.app.config().database_path()).unwrap();
    assert_eq!(
        store.journeys().unwrap().last().unwrap().2.as_deref(),
        Some("question:size")
    );
}

#[test]
fn a_failed_disk_write_keeps_the_answers_and_says_so() {
    let mut k = Kiosk::new();
    k.pothole_to_check_answers("Wider than a car tyre", "Mill Lane");
    // The disk refuses the write.
    let store = k.app.store().clone().unwrap();
    store.lock().unwrap().set_read_only(true).unwrap();
    k.click("Send");
    k.assert_sees("Your request could not be saved");
    assert!(k.stored().is_empty(), "nothing half-written");
    // The disk works again: Try again saves the same answers.
    store.lock().unwrap().set_read_only(false).unwrap();
    k.click("Try again");
    confirmation_reference(&k);
    let sub = k.stored()[0].submission.clone().unwrap();
    assert_eq!(sub.attributes["size"], Answer::One("large".into()));
}

#[test]
fn the_language_can_be_changed_on_any_screen_without_losing_answers() {
    let mut k = Kiosk::new();
    k.open("Roads and streets", "Report a pothole");
    k.click("In the road");
    k.click("Continue");
    // The picker opens over the page from the header on every screen.
    k.click("Language");
    k.assert_sees("Choose your language");
    k.click("العربية");
    k.assert_sees("متابعة");
    assert!(!k.sees("Choose your language"));
    // Escape closes the picker without changing anything.
    k.click("اللغة");
    k.keys(&[Named::Escape]);
    k.assert_sees("متابعة");
    k.click("اللغة");
    k.click("English");
    k.click("Smaller than a dinner plate");
    k.click("Continue");
    k.click("Continue");
    k.type_text("Mill Lane");
    k.click("Continue");
    k.click("Do not contact me");
    k.click("Continue");
    k.click("Send");
    let sub = k.stored()[0].submission.clone().unwrap();
    assert_eq!(sub.attributes["where"], Answer::One("road".into()));
    assert_eq!(k.stored()[0].locale, "en-GB");
}

#[test]
fn the_on_screen_keyboard_offers_the_languages_letters_and_latin() {
    let mut k = Kiosk::new();
    k.pothole_to_place("Smaller than a dinner plate");
    // The place question, in Arabic.
    k.send(frontdoor::app::Message::ChooseLanguage("ar".into()));
    k.click("ض");
    k.click("ص");
    k.click("مسافة");
    // Switch to Latin letters for a street name, and back.
    k.click("ABC");
    k.click("q");
    k.click("أ ب ت");
    k.assert_sees("ضص q|");
    // Bengali has a second page of vowels and signs.
    k.send(frontdoor::app::Message::ChooseLanguage("bn".into()));
    k.send(frontdoor::app::Message::Field(
        frontdoor::app::widgets::Input::Clear,
    ));
    k.click("ক");
    k.click("আরও অক্ষর");
    k.click("া");
    k.assert_sees("কা|");
}

#[test]
fn an_optional_question_is_skipped_in_one_press_and_sends_nothing() {
    let mut k = Kiosk::new();
    k.open("Roads and streets", "Report a pothole");
    k.click("In the road");
    k.click("Continue");
    k.click("Smaller than a dinner plate");
    k.click("Continue");
    k.assert_sees("How deep is it, in centimetres? (optional)");
    k.type_text("12");
    // Skipping drops what was begun: the resident chose to leave it.
    k.click("Skip this question");
    k.assert_sees("Where is it?");
    k.type_text("By the bus stop");
    k.click("Continue");
    k.click("Do not contact me");
    k.click("Continue");
    k.assert_sees("Check your answers");
    k.click("Send");
    confirmation_reference(&k);
    let sub = k.stored()[0].submission.clone().unwrap();
    assert!(!sub.attributes.contains_key("depth"));
}

#[test]
fn the_keyboards_continue_key_does_what_enter_does() {
    let mut k = Kiosk::new();
    k.pothole_to_place("Smaller than a dinner plate");
    k.assert_sees("Where is it?");
    k.type_text("By the bus stop");
    k.send(frontdoor::app::Message::Keyboard(
        frontdoor::app::KeyboardKey::Done,
    ));
    k.assert_sees("How should we contact you about this?");
}

/// The on-screen keyboard's key for Enter has the page button's words:
/// "Check progress" on the check-progress page, not a second name for the
/// same action.
#[test]
fn the_keyboards_enter_key_says_what_the_page_button_says() {
    let mut k = Kiosk::new();
    k.click("Start");
    k.click("Check the progress of a request");
    k.assert_sees("Check progress");
    assert!(!k.sees("Continue"), "a Continue key beside Check progress");
    k.click("Back");
    k.open("Bins and recycling", "Report a missed bin collection");
    k.click("General waste (black bin)");
    k.click("Continue");
    k.click("Continue");
    k.click("No");
    k.click("Continue");
    // The postcode page: its button and the keyboard's key both Continue.
    k.assert_sees("What is the postcode?");
    k.type_text("DE1 2AX");
    k.click("Continue");
    k.assert_sees("What is the house number or name?");
}
