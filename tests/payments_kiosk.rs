//! Paying the council through the kiosk's own pages, by touch and by keypad
//! alone, in English and Welsh, against the GOV.UK Pay and Stripe Terminal
//! look-alikes on loopback, through the production effect path: paid on the
//! phone, paid by card, declined twice then the cash slip, the resident
//! walking away, the network lost mid-payment, and the kiosk killed at every
//! state a payment can be in and started again on its data folder. After
//! each, the books balance: no one charged twice, never "Paid" without the
//! provider's success, every paid payment posted to the back office once and
//! on the reconciliation CSV once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use common::httpd::Fault;
use common::payments::{
    Services, assert_books, council_tax_account, dead_url, open_on_phone, payments, poll,
};
use common::{govukpay, stripe};
use frontdoor::app::Message;
use frontdoor::app::screen::{Message as ScreenMessage, Screen, payment};
use frontdoor::outbox::payments::PaymentState;
use frontdoor::payments::{Amount, Method, Progress};
use iced::keyboard::key::Named;

/// The payment pages' state.
fn pages(k: &Kiosk) -> &payment::State {
    match k.app.screen() {
        Screen::Payment(s) => s,
        other => panic!("not on the payment pages but {}", other.name()),
    }
}

fn paying(k: &Kiosk) -> &payment::Paying {
    pages(k).paying.as_ref().expect("a payment under way")
}

/// Start, Pay the council, garden waste sacks for customer 123456, three
/// of them, stopping on the check page.
fn sacks_to_check(k: &mut Kiosk) {
    k.click("Start");
    k.click("Pay the council");
    k.assert_sees("What do you want to pay for?");
    k.click("Garden waste sacks");
    k.assert_sees("Your garden waste customer number");
    k.type_text("123 456");
    k.click("Continue");
    k.assert_sees("How many do you want?");
    k.click("3: £9.00");
    k.click("Continue");
    k.assert_sees("Check your payment");
}

/// Start, Pay the council, Council Tax for a good account number, this
/// amount, stopping on the check page.
fn council_tax_to_check(k: &mut Kiosk, amount: &str) {
    k.click("Start");
    k.click("Pay the council");
    k.click("Council Tax");
    k.type_text(&council_tax_account());
    k.click("Continue");
    k.assert_sees("How much do you want to pay?");
    k.type_text(amount);
    k.click("Continue");
    k.assert_sees("Check your payment");
}

#[test]
fn there_is_no_pay_entry_on_a_terminal_without_payments() {
    let mut k = Kiosk::new();
    k.click("Start");
    assert!(!k.sees("Pay the council"));
}

#[test]
fn paid_on_the_phone_says_paid_only_on_govuk_pay_success() {
    let s = Services::start();
    let mut k = s.kiosk();
    sacks_to_check(&mut k);
    k.assert_sees("Total to pay: £9.00");
    k.assert_sees("This includes VAT of £1.50.");
    // Nothing is created before the resident chooses how to pay.
    assert!(s.pay.payments().is_empty());
    k.click("Choose how to pay");
    k.assert_sees("Pay on your phone");
    k.assert_sees("Pay by card here");
    // Garden waste sacks cannot be paid with cash.
    assert!(!k.sees("Pay with cash at a Post Office or PayPoint"));
    k.click("Pay on your phone");
    assert!(paying(&k).qr.is_some(), "the QR code shows");
    k.assert_sees("Amount to pay: £9.00");
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-progress-scan"));
    assert!(k.app.screen().polls());
    // The payment page's address is only inside the QR code: never in
    // words on screen, never in what the screen keeps.
    let next_url = s.next_url();
    assert!(!format!("{:?}", k.app.screen()).contains(&next_url));
    assert!(!format!("{:?}", k.app.screen()).contains("/secure/"));
    let spoken = k.app.spoken();
    assert!(!spoken.page.join(" ").contains("/secure/"));
    poll(&mut k);
    assert_eq!(paying(&k).progress, Progress::OnPhone { opened: false });
    assert!(
        paying(&k).qr.is_some(),
        "the code stays until the page is opened"
    );
    // The resident opens the page: the code goes away.
    open_on_phone(&next_url);
    poll(&mut k);
    assert_eq!(paying(&k).progress, Progress::OnPhone { opened: true });
    assert!(paying(&k).qr.is_none(), "the code is hidden once opened");
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-progress-opened"));
    // Card details sent is not paid.
    s.pay.state.lock().unwrap().payments[0].status = "submitted".into();
    poll(&mut k);
    assert!(!k.sees("Paid"), "never Paid before GOV.UK Pay's success");
    assert!(payments(&k)[0].state == PaymentState::AwaitingResident);
    s.pay.state.lock().unwrap().payments[0].status = "success".into();
    poll(&mut k);
    k.assert_sees("Paid");
    k.assert_sees("£9.00");
    assert!(
        !k.app.screen().polls(),
        "a finished payment is not asked about"
    );
    // The receipt printed, and the payment was posted once.
    let p = &payments(&k)[0];
    assert_eq!(p.state, PaymentState::Posted);
    assert!(p.receipted_at.is_some());
    assert!(pages(&k).printed.as_ref().is_some_and(|o| o.printed()));
    let receipt = std::fs::read(
        k.dir
            .path()
            .join("receipts")
            .join(format!("{}.escpos", p.payment_id.as_str())),
    )
    .expect("the receipt was printed");
    let bytes = String::from_utf8_lossy(&receipt);
    assert!(bytes.contains("900") || bytes.contains("9.00"));
    assert!(
        !bytes.contains("/secure/"),
        "the payment page is never printed"
    );
    assert_eq!(k.stored().len(), 1);
    assert_eq!(k.stored()[0].reference, p.payment_id);
    assert_eq!(s.pay.by_reference(p.payment_id.as_str())[0].amount, 900);
    assert_books(&k, &s);
    k.click("Finish");
    assert!(k.is_welcome());
}

#[test]
fn paid_by_card_warns_of_the_pin_above_100_pounds() {
    let s = Services::start();
    let mut k = s.kiosk();
    council_tax_to_check(&mut k, "123.45");
    k.assert_sees("Total to pay: £123.45");
    k.click("Choose how to pay");
    k.assert_sees("Pay with cash at a Post Office or PayPoint");
    k.assert_sees(
        "Use the card reader next to this screen.\nYou will need your PIN for this amount.",
    );
    k.click("Pay by card here");
    assert_eq!(paying(&k).method, Method::Card);
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-progress-reader"));
    k.assert_sees("You will need your PIN for this amount.");
    assert!(!k.sees("Paid"));
    // The reader takes the card at its next look.
    poll(&mut k);
    k.assert_sees("Paid");
    k.assert_sees("£123.45");
    let p = &payments(&k)[0];
    assert_eq!(p.state, PaymentState::Posted);
    assert_eq!(p.card.as_ref().unwrap().last4, "4242");
    let intent = s.stripe.intent_for(p.payment_id.as_str()).unwrap();
    assert_eq!((intent.amount_received, intent.captures), (12_345, 1));
    assert_books(&k, &s);
}

#[test]
fn under_100_pounds_the_card_needs_no_pin_warning() {
    let s = Services::start();
    let mut k = s.kiosk();
    council_tax_to_check(&mut k, "99.99");
    k.click("Choose how to pay");
    k.assert_sees("Use the card reader next to this screen.");
    assert!(!k.sees("You will need your PIN for this amount."));
}

#[test]
fn declined_twice_then_another_way_or_staff_and_the_cash_slip() {
    let s = Services::start();
    s.stripe.taps(&[
        stripe::Tap::Decline("card_declined"),
        stripe::Tap::Decline("card_declined"),
    ]);
    let mut k = s.kiosk();
    council_tax_to_check(&mut k, "40");
    k.click("Choose how to pay");
    for n in 1..=2 {
        k.click("Pay by card here");
        poll(&mut k);
        k.assert_sees("Not paid");
        k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-progress-declined"));
        assert_eq!(pages(&k).declines, n);
        k.click("Choose another way to pay");
        k.assert_sees("How do you want to pay?");
    }
    // After two declines: another way, or staff; the card is not offered.
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-declined-twice"));
    assert!(!k.sees("Pay by card here"));
    k.assert_sees("Pay on your phone");
    k.click("Pay with cash at a Post Office or PayPoint");
    k.assert_sees("Pay with cash");
    k.assert_sees("Amount to pay: £40.00");
    k.assert_sees(&council_tax_account());
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-cash-not-paid"));
    assert!(pages(&k).printed.as_ref().is_some_and(|o| o.printed()));
    let slips: Vec<_> = std::fs::read_dir(k.dir.path().join("receipts"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("cash-"))
        .collect();
    assert!(!slips.is_empty(), "the cash slip was printed");
    // Nothing was taken, and the declines are on record.
    assert_eq!(s.stripe.taken(), 0);
    let all = payments(&k);
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|p| p.state == PaymentState::Failed));
    assert_books(&k, &s);
    // Staff can be asked from the declined-twice note too.
    k.click("Back");
    k.assert_sees("How do you want to pay?");
    k.send(Message::Screen(ScreenMessage::Payment(
        payment::Message::Help,
    )));
    assert!(k.app.help_asked());
}

#[test]
fn walking_away_with_the_code_on_screen_cancels_the_payment() {
    let s = Services::start();
    let mut k = s.kiosk();
    sacks_to_check(&mut k);
    k.click("Choose how to pay");
    k.click("Pay on your phone");
    let id = paying(&k).payment_id.clone();
    // No one touches the kiosk: the warning, then the session ends.
    let now = std::time::Instant::now();
    k.send(Message::Tick(now + std::time::Duration::from_secs(100)));
    assert!(k.app.idle_warning());
    k.send(Message::Tick(now + std::time::Duration::from_secs(140)));
    assert!(k.is_welcome());
    assert_eq!(s.pay.by_reference(id.as_str())[0].status, "cancelled");
    assert_eq!(payments(&k)[0].state, PaymentState::Cancelled);
    assert_books(&k, &s);
}

#[test]
fn paying_on_the_phone_or_the_reader_holds_the_session_until_it_ends() {
    let s = Services::start();
    s.stripe.taps(&[stripe::Tap::NoCard]);
    let mut k = s.kiosk();
    sacks_to_check(&mut k);
    k.click("Choose how to pay");
    k.click("Pay on your phone");
    open_on_phone(&s.next_url());
    poll(&mut k);
    // The resident is typing their card details on their phone.
    let now = std::time::Instant::now();
    let at = |secs: u64| Message::Tick(now + std::time::Duration::from_secs(secs));
    k.send(at(1));
    k.send(at(300));
    assert!(!k.app.idle_warning());
    assert!(matches!(k.app.screen(), Screen::Payment(_)));
    s.pay.resident_pays(paying(&k).payment_id.as_str());
    poll(&mut k);
    k.assert_sees("Paid");
    assert_books(&k, &s);
    k.click("Finish");

    // On the reader, no card comes: the hold lasts at most its limit, then
    // the usual warning and timeout stop the payment.
    council_tax_to_check(&mut k, "15.00");
    k.click("Choose how to pay");
    k.click("Pay by card here");
    poll(&mut k);
    assert_eq!(paying(&k).progress, Progress::OnReader);
    let id = paying(&k).payment_id.clone();
    let hold = payment::HOLD_AT_MOST.as_secs();
    k.send(at(1_000));
    k.send(at(1_000 + hold - 1));
    assert!(!k.app.idle_warning());
    k.send(at(1_000 + hold + 100));
    assert!(k.app.idle_warning());
    k.send(at(1_000 + hold + 140));
    assert!(k.is_welcome());
    assert_eq!(
        s.stripe.intent_for(id.as_str()).unwrap().status,
        "canceled",
        "the reader's payment was stopped"
    );
    assert_books(&k, &s);
}

#[test]
fn stopping_a_card_payment_voids_it_and_a_payment_made_before_leaving_stays_paid() {
    let s = Services::start();
    s.stripe.taps(&[stripe::Tap::NoCard]);
    let mut k = s.kiosk();
    council_tax_to_check(&mut k, "25.00");
    k.click("Choose how to pay");
    k.click("Pay by card here");
    poll(&mut k);
    assert_eq!(paying(&k).progress, Progress::OnReader);
    k.click("Stop this payment");
    k.assert_sees("Not paid");
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-progress-cancelled"));
    let first = payments(&k)[0].payment_id.as_str().to_string();
    assert_eq!(s.stripe.intent_for(&first).unwrap().status, "canceled");
    k.click("Choose another way to pay");
    k.click("Pay on your phone");
    let second = paying(&k).payment_id.clone();
    // The resident pays on their phone, then presses Escape (Back stops a
    // payment under way) before the screen has seen it: the payment stays
    // paid and is posted.
    s.pay.resident_pays(second.as_str());
    k.keys(&[Named::Escape]);
    k.assert_sees("Paid");
    assert_eq!(
        payments(&k)
            .iter()
            .find(|p| p.payment_id.as_str() == second.as_str())
            .unwrap()
            .state,
        PaymentState::Posted
    );
    k.click("Finish");
    // And one left mid-payment by Start again from the how-to-pay page
    // leaves nothing under way.
    council_tax_to_check(&mut k, "10");
    k.click("Choose how to pay");
    k.click("Start again");
    assert!(k.is_welcome());
    assert_books(&k, &s);
}

#[test]
fn a_payment_that_starts_after_its_resident_left_is_stopped_at_once() {
    let s = Services::start();
    let mut k = s.kiosk();
    sacks_to_check(&mut k);
    k.click("Choose how to pay");
    // The create is slow; the resident leaves before it answers.
    let held = k.click_held("Pay on your phone");
    k.send(Message::StartAgain);
    assert!(k.is_welcome());
    for m in held {
        k.send(m);
    }
    let p = &payments(&k)[0];
    assert_eq!(p.state, PaymentState::Cancelled);
    assert_eq!(s.pay.payments()[0].status, "cancelled");
    assert_books(&k, &s);
}

#[test]
fn with_the_network_down_only_the_cash_slip_is_offered() {
    let s = Services::start();
    let mut k = Kiosk::with_config(&s.config_at(&dead_url(), &dead_url()));
    council_tax_to_check(&mut k, "12.50");
    k.click("Choose how to pay");
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-cash-only"));
    assert!(!k.sees("Pay on your phone"));
    assert!(!k.sees("Pay by card here"));
    k.click("Pay with cash at a Post Office or PayPoint");
    k.assert_sees("Amount to pay: £12.50");
    assert!(payments(&k).is_empty(), "nothing is queued offline");
    // Sacks cannot be paid with cash: nothing can be paid now.
    k.click("Finish");
    sacks_to_check(&mut k);
    k.click("Choose how to pay");
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-none-now"));
}

#[test]
fn an_answer_lost_mid_payment_is_settled_by_asking_never_by_paying_again() {
    let s = Services::start();
    let mut k = s.kiosk();
    // The card's capture is done, but its answer is lost.
    s.stripe.fault(stripe::Route::Capture, &[Fault::DoThenDrop]);
    council_tax_to_check(&mut k, "60.00");
    k.click("Choose how to pay");
    k.click("Pay by card here");
    poll(&mut k);
    assert_eq!(paying(&k).progress, Progress::Checking);
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-progress-checking"));
    assert!(!k.sees("Paid"));
    // The network is back: the kiosk asks, and the capture stands.
    poll(&mut k);
    k.assert_sees("Paid");
    let id = payments(&k)[0].payment_id.as_str().to_string();
    assert_eq!(s.stripe.intent_for(&id).unwrap().captures, 1);
    k.click("Finish");

    // The phone payment's create answer is lost: the kiosk finds it by its
    // reference, and shows it only as checking (no code, never created
    // twice).
    sacks_to_check(&mut k);
    k.click("Choose how to pay");
    s.pay.fault(govukpay::Route::Create, &[Fault::DoThenDrop]);
    s.pay.fault(govukpay::Route::Search, &[Fault::ServerError]);
    k.click("Pay on your phone");
    assert_eq!(paying(&k).progress, Progress::Checking);
    assert!(paying(&k).qr.is_none());
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-progress-checking"));
    poll(&mut k);
    assert!(paying(&k).progress.is_final());
    assert!(!k.sees("Paid"));
    assert_eq!(s.pay.payments().len(), 1);

    // The connection drops while the resident pays on their phone: the
    // page keeps waiting, and says Paid once GOV.UK Pay answers.
    k.click("Choose another way to pay");
    k.click("Pay on your phone");
    let id = paying(&k).payment_id.clone();
    s.pay
        .fault(govukpay::Route::Get, &[Fault::Refuse, Fault::ServerError]);
    s.pay.resident_pays(id.as_str());
    poll(&mut k);
    poll(&mut k);
    assert!(!k.sees("Paid"));
    poll(&mut k);
    k.assert_sees("Paid");
    assert_books(&k, &s);
}

#[test]
fn a_wrong_check_digit_or_amount_gets_a_plain_message_at_the_field() {
    let s = Services::start();
    let mut k = s.kiosk();
    k.click("Start");
    k.click("Pay the council");
    k.click("Council Tax");
    let good = council_tax_account();
    let last = good.chars().last().unwrap().to_digit(10).unwrap();
    let typo = format!("{}{}", &good[..7], (last + 1) % 10);
    k.type_text(&typo);
    k.click("Continue");
    k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-error-reference-check"));
    k.keys(&[Named::Backspace]);
    k.type_text(&good[7..]);
    k.click("Continue");
    k.type_text("6000");
    k.click("Continue");
    k.assert_sees("Enter no more than £5,000.00.");
    k.send(Message::Field(frontdoor::app::widgets::Input::Clear));
    k.type_text("0.50");
    k.click("Continue");
    k.assert_sees("Enter at least £1.00.");
    k.send(Message::Field(frontdoor::app::widgets::Input::Clear));
    k.type_text("12.5");
    k.click("Continue");
    k.assert_sees("Total to pay: £12.50");
    // Change the reference from the check page; the amount is kept.
    k.click("Change");
    k.assert_sees("Your Council Tax account number (8 digits, on your bill)");
    k.click("Continue");
    k.click("Continue");
    k.assert_sees("Total to pay: £12.50");
}

#[test]
fn the_check_page_reads_the_total_aloud() {
    let s = Services::start();
    let mut k = s.kiosk();
    let recorder = frontdoor::speech::Recorder::new();
    k.app.set_speaker(Box::new(recorder.clone()));
    k.keys(&[Named::F2]);
    sacks_to_check(&mut k);
    let said = recorder.words().join(" ");
    assert!(said.contains("Check your payment"), "{said}");
    assert!(said.contains("Total to pay: £9.00"), "{said}");
    assert!(said.contains("This includes VAT of £1.50."), "{said}");
}

/// Tabs until the focused control would send `wanted`, then presses Enter.
fn press(k: &mut Kiosk, wanted: &payment::Message) {
    for _ in 0..60 {
        let (actions, _) = k.app.actions();
        let focused = k.app.focus().and_then(|i| actions.get(i)).cloned();
        if let Some(Message::Screen(ScreenMessage::Payment(m))) = focused
            && &m == wanted
        {
            k.keys(&[Named::Enter]);
            return;
        }
        k.keys(&[Named::Tab]);
    }
    panic!("{wanted:?} cannot be reached by the keypad");
}

/// Garden waste sacks paid on the phone by keypad alone, in `locale`.
fn keypad_alone(locale: &str) {
    let l = |id: &str| frontdoor::i18n::t(locale, id);
    let s = Services::start();
    let mut k = s.kiosk();
    k.send(Message::ChooseLanguage(locale.into()));
    // Welcome: focus starts on Start.
    k.keys(&[Named::Enter]);
    k.assert_sees(&l("pay-open"));
    for _ in 0..10 {
        let (actions, _) = k.app.actions();
        let focused = k.app.focus().and_then(|i| actions.get(i)).cloned();
        if matches!(
            focused,
            Some(Message::Screen(ScreenMessage::Services(
                frontdoor::app::screen::services::Message::OpenPay
            )))
        ) {
            break;
        }
        k.keys(&[Named::Tab]);
    }
    k.keys(&[Named::Enter]);
    k.assert_sees(&l("pay-what-heading"));
    press(&mut k, &payment::Message::Item("garden_sacks".into()));
    // The field has focus: typing goes in, Enter continues.
    k.type_text("123456");
    k.keys(&[Named::Enter]);
    k.assert_sees(&l("pay-quantity-heading"));
    press(&mut k, &payment::Message::Quantity(2));
    press(&mut k, &payment::Message::Continue);
    k.assert_sees(&frontdoor::i18n::t_args(
        locale,
        "pay-total",
        &[("amount", "£6.00".into())],
    ));
    press(&mut k, &payment::Message::ChooseHow);
    k.assert_sees(&l("pay-how-heading"));
    press(&mut k, &payment::Message::Method(Method::Phone));
    assert!(paying(&k).qr.is_some());
    let id = paying(&k).payment_id.clone();
    let sent = &s.pay.by_reference(id.as_str())[0];
    let language = if locale == "cy" { "cy" } else { "en" };
    assert_eq!(sent.language, language);
    open_on_phone(&s.next_url());
    s.pay.resident_pays(id.as_str());
    poll(&mut k);
    k.assert_sees(&l("pay-progress-paid"));
    assert_eq!(payments(&k)[0].locale, locale);
    press(&mut k, &payment::Message::Finish);
    assert!(k.is_welcome());
    assert_books(&k, &s);
}

#[test]
fn the_journey_by_keypad_alone_in_english() {
    keypad_alone("en-GB");
}

#[test]
fn the_journey_by_keypad_alone_in_welsh() {
    keypad_alone("cy");
}

#[test]
fn the_hub_lists_todays_payments_unknown_ones_first() {
    let s = Services::start();
    let mut k = s.kiosk();
    // One paid on the phone.
    sacks_to_check(&mut k);
    k.click("Choose how to pay");
    k.click("Pay on your phone");
    s.pay.resident_pays(paying(&k).payment_id.as_str());
    poll(&mut k);
    k.click("Finish");
    // One left on the reader whose service could not answer when it was
    // stopped: unknown, until the worker asks again.
    let till = k.app.context().till.clone().unwrap();
    s.stripe.taps(&[stripe::Tap::NoCard]);
    let order = till
        .order(
            "council_tax",
            &council_tax_account(),
            Amount::Pence(2_000),
            "en-GB",
            false,
        )
        .unwrap();
    let started = k.rt.block_on(till.pay_by_card(&order)).unwrap();
    s.stripe.fault(stripe::Route::Get, &[Fault::ServerError]);
    assert_eq!(
        k.rt.block_on(till.walk_away(started.payment_id.as_str()))
            .unwrap(),
        Progress::Checking
    );
    let unknown = started.payment_id.clone();
    assert_eq!(
        payments(&k)
            .iter()
            .find(|p| p.payment_id.as_str() == unknown.as_str())
            .unwrap()
            .state,
        PaymentState::Unknown
    );
    common::tour::sign_in_hub(&mut k);
    k.assert_sees("Today's payments");
    k.assert_sees("Unknown, being checked with the payment service: 1");
    k.assert_sees("Paid and passed on to the council: 1 (£9.00)");
    let data = match k.app.screen() {
        Screen::Hub(h) => h.data.clone().unwrap(),
        _ => panic!("not the hub"),
    };
    let rows = data.payments.unwrap().unwrap();
    assert_eq!(rows[0].id.as_str(), unknown.as_str(), "unknown first");
    assert_eq!(rows.len(), 2);
    // Once the service answers, the worker settles it: nothing was taken.
    assert_books(&k, &s);
    assert_eq!(
        payments(&k)
            .iter()
            .find(|p| p.payment_id.as_str() == unknown.as_str())
            .unwrap()
            .state,
        PaymentState::Cancelled
    );
}

#[test]
fn the_walk_away_effect_is_tagged_with_the_session_that_paid() {
    // Leaving mid-payment sends the walk-away for the session that made
    // the payment; its answer is not shown to the next resident.
    let s = Services::start();
    let mut k = s.kiosk();
    sacks_to_check(&mut k);
    k.click("Choose how to pay");
    k.click("Pay on your phone");
    let before = k.app.session().id;
    let task = k.app.update(Message::StartAgain);
    let produced = common::run_task(&k.rt, task);
    assert!(k.is_welcome());
    let done: Vec<_> = produced
        .iter()
        .filter_map(|m| match m {
            Message::Done(d) => Some(d),
            _ => None,
        })
        .collect();
    assert!(
        done.iter()
            .any(|d| d.session == before && matches!(d.outcome, frontdoor::app::Outcome::Pay(_))),
        "{done:?}"
    );
    assert_eq!(payments(&k)[0].state, PaymentState::Cancelled);
}

#[test]
fn the_worker_recovers_payments_left_under_way_and_settles_and_posts_them() {
    let s = Services::start();
    let mut k = s.kiosk();
    // A resident pays on their phone; the kiosk stops before it sees it.
    sacks_to_check(&mut k);
    k.click("Choose how to pay");
    k.click("Pay on your phone");
    let id = paying(&k).payment_id.clone();
    s.pay.resident_pays(id.as_str());
    assert_eq!(payments(&k)[0].state, PaymentState::AwaitingResident);
    // The kiosk starts again: its worker recovers the payment at once (it
    // becomes unknown, its resident gone) ...
    let worker = frontdoor::app::worker::Worker::for_context(k.app.context()).unwrap();
    frontdoor::app::worker::recover(&worker);
    assert!(worker.till.is_some());
    assert_eq!(payments(&k)[0].state, PaymentState::Unknown);
    // ... and its next pass asks GOV.UK Pay, finds it paid, and posts it.
    k.rt.block_on(frontdoor::app::worker::pass(&worker));
    assert_eq!(payments(&k)[0].state, PaymentState::Posted);
    assert_eq!(k.stored().len(), 1);
    // Another pass changes nothing: posted once.
    k.rt.block_on(frontdoor::app::worker::pass(&worker));
    assert_eq!(k.stored().len(), 1);
    assert_books(&k, &s);
}

// The kiosk killed at every state a payment can be in. Each case drives a
// resident's payment through the kiosk's own pages up to one state, kills
// the kiosk as kill -9 would (the App forgotten, never dropped; its work
// under way stopped; no Start again, no walk-away), starts a new kiosk on
// the same data folder and config as the kiosk starts (its worker recovers
// payments left under way once, then passes), and checks the books: the
// provider asked to charge at most once, the right end at the provider and
// in the store, "Paid" never said without the provider's success, every
// taken payment posted once, sent to the back office once, and on the
// reconciliation CSV once.

/// Where a payment is when the kiosk's process dies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DiesAt {
    /// Written to the store; the call to the provider never got there.
    WrittenNotSent,
    /// The provider made the payment; its answer died with the kiosk.
    MadeAnswerLost,
    /// Card: the PaymentIntent made and the reader asked to take the card;
    /// the reader's answer died with the kiosk.
    ReaderAskedAnswerLost,
    /// A create's answer was lost and the provider could not be asked yet:
    /// the screen says the kiosk is checking.
    Checking,
    /// Phone: the QR code on screen.
    CodeOnScreen,
    /// Phone: the resident has opened the payment page.
    PageOpened,
    /// Phone: the resident has sent their card details.
    DetailsSent,
    /// Phone: the resident has sent their card details, and their payment
    /// goes through just as the new kiosk asks GOV.UK Pay to stop it.
    PaysWhileStopped,
    /// The card or the payment page declined the payment; the kiosk has
    /// not looked yet.
    DeclinedUnseen,
    /// The resident pressed Stop this payment; the kiosk's call to stop it
    /// was done, and its answer died with the kiosk.
    Stopping,
    /// Card: the reader waits for a card.
    ReaderWaiting,
    /// Card: the card presented and approved on the reader; the kiosk has
    /// not looked yet.
    CardApprovedUnseen,
    /// Card: the reader asked to take the card; the card is tapped and
    /// approved only as the new kiosk looks.
    CardTappedAfterDeath,
    /// Card: the kiosk recorded the approval; its capture never got to
    /// Stripe.
    ApprovalRecorded,
    /// The provider took the money; the kiosk has not seen it.
    SucceededUnseen,
    /// The kiosk saw the success (the screen says Paid); the receipt was
    /// not printed.
    SucceededSeen,
    /// The receipt printed; the payment not yet handed to the back office.
    Receipted,
    /// Handed to the outbox; not yet sent to the back office.
    PostedNotSent,
    /// Sent to the back office, which took it; its answer died with the
    /// kiosk.
    SendingToBackOffice,
}

/// What the payment must come to once the new kiosk has settled it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ends {
    /// Never made at the provider: failed, nothing taken.
    Failed,
    /// Stopped at the provider: cancelled, nothing taken.
    Cancelled,
    /// Taken once, posted once, sent to the back office once.
    Posted,
}

/// Phone payments: where the kiosk dies, what the payment comes to, and
/// how many times GOV.UK Pay is asked to create it.
const PHONE_DEATHS: &[(DiesAt, Ends, usize)] = &[
    (DiesAt::WrittenNotSent, Ends::Failed, 0),
    (DiesAt::MadeAnswerLost, Ends::Cancelled, 1),
    (DiesAt::Checking, Ends::Cancelled, 1),
    (DiesAt::CodeOnScreen, Ends::Cancelled, 1),
    (DiesAt::PageOpened, Ends::Cancelled, 1),
    (DiesAt::DetailsSent, Ends::Cancelled, 1),
    (DiesAt::PaysWhileStopped, Ends::Posted, 1),
    (DiesAt::DeclinedUnseen, Ends::Failed, 1),
    (DiesAt::Stopping, Ends::Cancelled, 1),
    (DiesAt::SucceededUnseen, Ends::Posted, 1),
    (DiesAt::SucceededSeen, Ends::Posted, 1),
    (DiesAt::Receipted, Ends::Posted, 1),
    (DiesAt::PostedNotSent, Ends::Posted, 1),
    (DiesAt::SendingToBackOffice, Ends::Posted, 1),
];

/// Card payments on the reader: where the kiosk dies, what the payment
/// comes to, and how many times Stripe is asked to create its
/// PaymentIntent. An approval the kiosk had recorded is captured; one it
/// had not seen is voided.
const CARD_DEATHS: &[(DiesAt, Ends, usize)] = &[
    (DiesAt::WrittenNotSent, Ends::Failed, 0),
    (DiesAt::MadeAnswerLost, Ends::Cancelled, 1),
    (DiesAt::ReaderAskedAnswerLost, Ends::Cancelled, 1),
    (DiesAt::Checking, Ends::Cancelled, 1),
    (DiesAt::ReaderWaiting, Ends::Cancelled, 1),
    // Stripe keeps a declined intent open for another card: the new
    // kiosk cancels it.
    (DiesAt::DeclinedUnseen, Ends::Cancelled, 1),
    (DiesAt::Stopping, Ends::Cancelled, 1),
    (DiesAt::CardApprovedUnseen, Ends::Cancelled, 1),
    (DiesAt::CardTappedAfterDeath, Ends::Cancelled, 1),
    (DiesAt::ApprovalRecorded, Ends::Posted, 1),
    (DiesAt::SucceededUnseen, Ends::Posted, 1),
    (DiesAt::SucceededSeen, Ends::Posted, 1),
    (DiesAt::Receipted, Ends::Posted, 1),
    (DiesAt::PostedNotSent, Ends::Posted, 1),
    (DiesAt::SendingToBackOffice, Ends::Posted, 1),
];

/// A call the kiosk sent that waits at the provider's door, nothing done,
/// while the kiosk dies; once it is dead the call goes in with its fault:
/// `Refuse`, it never arrived; `DoThenDrop`, done, and the answer lost
/// with the kiosk.
enum Door {
    /// No call waits.
    Shut,
    /// A call to GOV.UK Pay.
    Pay(govukpay::Route, Fault),
    /// A call to Stripe.
    Stripe(stripe::Route, Fault),
}

fn stripe_calls(s: &Services, route: stripe::Route) -> usize {
    let st = s.stripe.state.lock().unwrap();
    match route {
        stripe::Route::Create => st.create_calls,
        stripe::Route::Process => st.process_calls,
        stripe::Route::Capture => st.capture_calls,
        stripe::Route::Cancel => st.intents.iter().filter(|i| i.status == "canceled").count(),
        other => panic!("calls on {other:?} are not counted"),
    }
}

impl Door {
    fn waiting(&self, s: &Services) -> usize {
        match self {
            Door::Shut => 0,
            Door::Pay(..) => s.pay.waiting(),
            Door::Stripe(..) => s.stripe.waiting(),
        }
    }

    /// Lets the waiting call in with its fault, and waits until the
    /// provider is done with it.
    fn open(self, s: &Services, case: &str) {
        let done =
            |what: &str, ready: &dyn Fn() -> bool| wait_until(&format!("{case}: {what}"), ready);
        match self {
            Door::Shut => {}
            Door::Pay(route, fault) => {
                let does = matches!(fault, Fault::DoThenDrop);
                s.pay.fault(route, &[fault]);
                s.pay.release(route);
                done("the held call to go in", &|| s.pay.waiting() == 0);
                if does {
                    done("GOV.UK Pay to do the held call", &|| match route {
                        govukpay::Route::Create => s.pay.state.lock().unwrap().create_calls == 1,
                        govukpay::Route::Cancel => s.pay.payments()[0].status == "cancelled",
                        other => panic!("{other:?} is not held"),
                    });
                }
            }
            Door::Stripe(route, fault) => {
                let does = matches!(fault, Fault::DoThenDrop);
                s.stripe.fault(route, &[fault]);
                s.stripe.release(route);
                done("the held call to go in", &|| s.stripe.waiting() == 0);
                if does {
                    done("Stripe to do the held call", &|| {
                        stripe_calls(s, route) == 1
                    });
                }
            }
        }
    }
}

fn wait_until(what: &str, ready: &dyn Fn() -> bool) {
    let start = std::time::Instant::now();
    while !ready() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "waited too long for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Runs a Task the app returned in the background, as the kiosk's
/// executor does, without waiting for it: the kiosk can die while the
/// work is under way. Its outcomes are never delivered.
fn in_background(k: &Kiosk, task: iced::Task<Message>) {
    use iced::futures::StreamExt;
    if let Some(stream) = iced_runtime::task::into_stream(task) {
        k.rt.spawn(stream.for_each(|_| async {}));
    }
}

/// Clicks the control showing `label`, and starts what it asked for in the
/// background.
fn click_in_background(k: &mut Kiosk, label: &str) {
    let messages: Vec<Message> = {
        let mut ui = k.sim();
        ui.click(label)
            .unwrap_or_else(|e| panic!("no \"{label}\" to click: {e}"));
        ui.into_messages().collect()
    };
    for m in messages {
        let task = k.app.update(m);
        in_background(k, task);
    }
}

/// The kiosk's one payment.
fn only_payment(k: &Kiosk) -> frontdoor::outbox::payments::Payment {
    let all = payments(k);
    assert_eq!(all.len(), 1, "{all:?}");
    all[0].clone()
}

/// The provider took the money for this kiosk payment.
fn taken(s: &Services, id: &str) -> bool {
    s.pay.by_reference(id).iter().any(|p| p.status == "success")
        || s.stripe
            .intent_for(id)
            .is_some_and(|i| i.status == "succeeded")
}

/// Looks at the screen as the resident would: it may say "Paid" only for a
/// payment the provider has said it took. Whether it says Paid.
fn look(k: &mut Kiosk, s: &Services, case: &str) -> bool {
    let shown = match k.app.screen() {
        Screen::Payment(p) => p
            .paying
            .as_ref()
            .map(|p| (p.payment_id.clone(), p.progress)),
        _ => None,
    };
    let says = k.sees("Paid")
        || shown
            .as_ref()
            .is_some_and(|(_, p)| matches!(p, Progress::Paid { .. }));
    if says {
        let (id, _) = shown.unwrap_or_else(|| panic!("{case}: Paid with no payment on screen"));
        assert!(
            taken(s, id.as_str()),
            "{case}: the screen says Paid for {id}, which the provider did not take"
        );
    }
    says
}

/// Kills the kiosk as kill -9 would: the App is never dropped (no Start
/// again, no walk-away, no clean-up of any kind) and its work under way
/// just stops. What is left is its data folder.
fn kill(k: Kiosk) -> tempfile::TempDir {
    let Kiosk { app, dir, rt, .. } = k;
    std::mem::forget(app);
    rt.shutdown_timeout(std::time::Duration::from_secs(5));
    dir
}

/// A new kiosk on the dead one's data folder and config, started as the
/// kiosk starts: its worker recovers the payments left under way once,
/// before any screen.
fn restart(dir: tempfile::TempDir, extra: &str) -> Kiosk {
    use frontdoor::config::{Config, Source};
    let config = Config::parse(&common::config_text(dir.path(), extra), Source::Embedded).unwrap();
    let outbox = frontdoor::outbox::Outbox::open(&config.database_path());
    let mut app =
        frontdoor::app::App::new(config, frontdoor::catalogue::Catalogue::bundled(), outbox);
    app.set_clock(common::noon());
    app.set_secret(frontdoor::reference::Secret::parse(common::SECRET).unwrap());
    app.start_sync();
    Kiosk {
        app,
        dir,
        size: common::TALL,
        rt: common::runtime(),
        window: None,
    }
}

/// The reconciliation CSV `frontdoor payments reconcile` writes for the
/// day of this payment: its rows, column to value.
fn reconciliation(
    k: &Kiosk,
    p: &frontdoor::outbox::payments::Payment,
) -> Vec<std::collections::HashMap<String, String>> {
    let date = p
        .created_at
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d")
        .to_string();
    let path = k.dir.path().join("reconcile.csv");
    frontdoor::payments::reconcile(k.app.config(), &date, &path).unwrap();
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// Drives the resident's payment, from the how-to-pay page, through the
/// kiosk's pages up to `at`, looking at every screen on the way; returns
/// the call left waiting at the provider's door.
fn drive(k: &mut Kiosk, s: &Services, method: Method, at: DiesAt, case: &str) -> Door {
    let label = match method {
        Method::Phone => "Pay on your phone",
        _ => "Pay by card here",
    };
    // The resident pays: on the phone, they open the page and pay; on the
    // reader, the card is approved at the kiosk's next look.
    let pay = |k: &mut Kiosk| {
        k.click(label);
        look(k, s, case);
        if method == Method::Phone {
            open_on_phone(&s.next_url());
            let id = only_payment(k).payment_id.as_str().to_string();
            s.pay.resident_pays(&id);
        }
    };
    let state = |k: &Kiosk| only_payment(k).state;
    let door = match (method, at) {
        (_, DiesAt::WrittenNotSent | DiesAt::MadeAnswerLost) => {
            let fault = if at == DiesAt::WrittenNotSent {
                Fault::Refuse
            } else {
                Fault::DoThenDrop
            };
            let door = if method == Method::Phone {
                s.pay.hold(govukpay::Route::Create);
                Door::Pay(govukpay::Route::Create, fault)
            } else {
                s.stripe.hold(stripe::Route::Create);
                Door::Stripe(stripe::Route::Create, fault)
            };
            click_in_background(k, label);
            wait_until(case, &|| door.waiting(s) == 1);
            let p = only_payment(k);
            assert_eq!(p.state, PaymentState::Created, "{case}");
            assert!(p.provider_id.is_none(), "{case}");
            door
        }
        (Method::Card, DiesAt::ReaderAskedAnswerLost) => {
            s.stripe.taps(&[stripe::Tap::NoCard]);
            s.stripe.hold(stripe::Route::Process);
            let door = Door::Stripe(stripe::Route::Process, Fault::DoThenDrop);
            click_in_background(k, label);
            wait_until(case, &|| door.waiting(s) == 1);
            let p = only_payment(k);
            assert_eq!(p.state, PaymentState::Created, "{case}");
            assert!(p.provider_id.is_some(), "{case}");
            door
        }
        (_, DiesAt::Checking) => {
            if method == Method::Phone {
                s.pay.fault(govukpay::Route::Create, &[Fault::DoThenDrop]);
                s.pay.fault(govukpay::Route::Search, &[Fault::ServerError]);
            } else {
                s.stripe.fault(stripe::Route::Create, &[Fault::DoThenDrop]);
                s.stripe.fault(stripe::Route::Search, &[Fault::ServerError]);
            }
            k.click(label);
            assert_eq!(paying(k).progress, Progress::Checking, "{case}");
            k.assert_sees(&frontdoor::i18n::t("en-GB", "pay-progress-checking"));
            assert_eq!(state(k), PaymentState::Unknown, "{case}");
            Door::Shut
        }
        (Method::Phone, DiesAt::CodeOnScreen) => {
            k.click(label);
            poll(k);
            assert!(paying(k).qr.is_some(), "{case}");
            assert_eq!(state(k), PaymentState::AwaitingResident, "{case}");
            Door::Shut
        }
        (Method::Phone, DiesAt::PageOpened | DiesAt::DetailsSent | DiesAt::PaysWhileStopped) => {
            k.click(label);
            open_on_phone(&s.next_url());
            if at != DiesAt::PageOpened {
                s.pay.state.lock().unwrap().payments[0].status = "submitted".into();
            }
            poll(k);
            assert_eq!(
                paying(k).progress,
                Progress::OnPhone { opened: true },
                "{case}"
            );
            assert_eq!(state(k), PaymentState::AwaitingResident, "{case}");
            Door::Shut
        }
        (_, DiesAt::DeclinedUnseen) => {
            if method == Method::Phone {
                k.click(label);
                open_on_phone(&s.next_url());
                poll(k);
                s.pay.resident_declined(only_payment(k).payment_id.as_str());
            } else {
                s.stripe.taps(&[stripe::Tap::Decline("card_declined")]);
                k.click(label);
                s.stripe.present_card();
            }
            assert_eq!(state(k), PaymentState::AwaitingResident, "{case}");
            Door::Shut
        }
        (_, DiesAt::Stopping) => {
            if method == Method::Card {
                s.stripe.taps(&[stripe::Tap::NoCard]);
            }
            k.click(label);
            poll(k);
            look(k, s, case);
            let door = if method == Method::Phone {
                s.pay.hold(govukpay::Route::Cancel);
                Door::Pay(govukpay::Route::Cancel, Fault::DoThenDrop)
            } else {
                s.stripe.hold(stripe::Route::Cancel);
                Door::Stripe(stripe::Route::Cancel, Fault::DoThenDrop)
            };
            click_in_background(k, &frontdoor::i18n::t("en-GB", "pay-stop"));
            wait_until(case, &|| door.waiting(s) == 1);
            assert_eq!(state(k), PaymentState::Unknown, "{case}");
            door
        }
        (Method::Card, DiesAt::CardTappedAfterDeath) => {
            k.click(label);
            assert_eq!(state(k), PaymentState::AwaitingResident, "{case}");
            Door::Shut
        }
        (Method::Card, DiesAt::ReaderWaiting) => {
            s.stripe.taps(&[stripe::Tap::NoCard]);
            k.click(label);
            poll(k);
            assert_eq!(paying(k).progress, Progress::OnReader, "{case}");
            assert_eq!(state(k), PaymentState::AwaitingResident, "{case}");
            Door::Shut
        }
        (Method::Card, DiesAt::CardApprovedUnseen) => {
            k.click(label);
            s.stripe.present_card();
            let p = only_payment(k);
            assert_eq!(
                s.stripe.intent_for(p.payment_id.as_str()).unwrap().status,
                "requires_capture",
                "{case}"
            );
            assert_eq!(p.state, PaymentState::AwaitingResident, "{case}");
            assert!(p.authorised_at.is_none(), "{case}");
            Door::Shut
        }
        (Method::Card, DiesAt::ApprovalRecorded | DiesAt::SucceededUnseen) => {
            k.click(label);
            look(k, s, case);
            s.stripe.hold(stripe::Route::Capture);
            let fault = if at == DiesAt::ApprovalRecorded {
                Fault::Refuse
            } else {
                Fault::DoThenDrop
            };
            let door = Door::Stripe(stripe::Route::Capture, fault);
            // The kiosk looks, finds the card approved, records it, and
            // asks Stripe to capture it.
            let task = k.app.update(Message::Poll);
            in_background(k, task);
            wait_until(case, &|| door.waiting(s) == 1);
            let p = only_payment(k);
            assert_eq!(p.state, PaymentState::AwaitingResident, "{case}");
            assert!(p.authorised_at.is_some(), "{case}");
            door
        }
        (Method::Phone, DiesAt::SucceededUnseen) => {
            pay(k);
            assert_eq!(state(k), PaymentState::AwaitingResident, "{case}");
            Door::Shut
        }
        (_, DiesAt::SucceededSeen) => {
            pay(k);
            // The kiosk asks and is told it is paid; it dies before the
            // receipt is printed.
            for m in k.send_held(Message::Poll) {
                drop(k.app.update(m));
            }
            assert!(look(k, s, case), "{case}: the screen says Paid");
            let p = only_payment(k);
            assert_eq!(p.state, PaymentState::Succeeded, "{case}");
            assert!(p.receipted_at.is_none(), "{case}");
            Door::Shut
        }
        (_, DiesAt::Receipted) => {
            pay(k);
            // The kiosk dies between printing the receipt and handing the
            // payment to the back office: nothing gets into the outbox.
            let db = k.app.config().database_path();
            rusqlite::Connection::open(&db)
                .unwrap()
                .execute_batch(
                    "CREATE TRIGGER dies_before_posting BEFORE INSERT ON submissions
                     BEGIN SELECT RAISE(ABORT, 'the kiosk died'); END;",
                )
                .unwrap();
            poll(k);
            assert!(look(k, s, case), "{case}: the screen says Paid");
            let p = only_payment(k);
            assert_eq!(p.state, PaymentState::Receipted, "{case}");
            assert!(p.posted_at.is_none(), "{case}");
            Door::Shut
        }
        (_, DiesAt::PostedNotSent | DiesAt::SendingToBackOffice) => {
            pay(k);
            poll(k);
            assert!(look(k, s, case), "{case}: the screen says Paid");
            assert_eq!(state(k), PaymentState::Posted, "{case}");
            Door::Shut
        }
        _ => panic!("{case}: no such state for this way of paying"),
    };
    look(k, s, case);
    door
}

/// A resident pays for three garden waste sacks (£9.00) this way; the kiosk
/// dies at `at`; a new kiosk starts on its data folder; the payment must end
/// as `ends`, the provider asked to create it `creates` times.
fn kiosk_dies(method: Method, at: DiesAt, ends: Ends, creates: usize) {
    let case = format!("paying by {} and killed at {at:?}", method.as_str());
    let s = Services::start();
    let back = common::open311::Server::start();
    let extra = format!("{}{}", s.config(), back.backend_config());
    let mut k = Kiosk::with_config(&extra);
    sacks_to_check(&mut k);
    k.click("Choose how to pay");
    let door = drive(&mut k, &s, method, at, &case);
    let id = only_payment(&k).payment_id.as_str().to_string();
    if at == DiesAt::SendingToBackOffice {
        // The kiosk's worker sends the payment; the back office takes it,
        // and the kiosk dies before its answer comes.
        back.fault(&[common::open311::Fault::Slow(
            std::time::Duration::from_secs(60),
        )]);
        let worker = frontdoor::app::worker::Worker::for_context(k.app.context()).unwrap();
        k.rt.spawn(async move { frontdoor::app::worker::pass(&worker).await });
        wait_until(&case, &|| back.created().len() == 1);
    }
    if at == DiesAt::Receipted {
        let db = k.app.config().database_path();
        let dir = kill(k);
        rusqlite::Connection::open(&db)
            .unwrap()
            .execute_batch("DROP TRIGGER dies_before_posting;")
            .unwrap();
        door.open(&s, &case);
        k = restart(dir, &extra);
    } else {
        let dir = kill(k);
        door.open(&s, &case);
        k = restart(dir, &extra);
    }
    // The resident's payment goes through while GOV.UK Pay is asked to stop
    // it: the stop comes too late.
    let resident = (at == DiesAt::PaysWhileStopped).then(|| {
        s.pay.hold(govukpay::Route::Cancel);
        let pay = govukpay::Server {
            addr: s.pay.addr,
            state: s.pay.state.clone(),
        };
        let id = id.clone();
        std::thread::spawn(move || {
            wait_until("the new kiosk to stop the payment", &|| pay.waiting() == 1);
            pay.resident_pays(&id);
            pay.release(govukpay::Route::Cancel);
        })
    });

    // Started again: no payment is left as if its resident were still
    // there, and nothing says Paid.
    let p = only_payment(&k);
    assert!(
        !matches!(
            p.state,
            PaymentState::Created | PaymentState::AwaitingResident
        ),
        "{case}: recovered as {:?}",
        p.state
    );
    assert!(k.is_welcome(), "{case}");
    assert!(!k.sees("Paid"), "{case}");
    let worker = k.app.worker().expect("the kiosk has a worker").clone();
    for _ in 0..3 {
        let event = k.rt.block_on(frontdoor::app::worker::pass(&worker));
        k.send(event);
    }
    if let Some(resident) = resident {
        resident.join().unwrap();
    }
    if at == DiesAt::CardTappedAfterDeath {
        let action = s.stripe.action().unwrap();
        assert_eq!(action.status, "succeeded", "{case}: the card was approved");
    }

    // The store's end.
    let p = only_payment(&k);
    let want = match ends {
        Ends::Failed => PaymentState::Failed,
        Ends::Cancelled => PaymentState::Cancelled,
        Ends::Posted => PaymentState::Posted,
    };
    assert_eq!(p.state, want, "{case}: {:?}", p.outcome);
    // The provider asked to charge at most once, and its end.
    match method {
        Method::Phone => {
            let asked = s.pay.state.lock().unwrap().create_calls;
            assert_eq!(asked, creates, "{case}: creates asked of GOV.UK Pay");
            let made = s.pay.by_reference(&id);
            assert_eq!(made.len(), creates, "{case}");
            for m in &made {
                let end = match ends {
                    Ends::Posted => "success",
                    Ends::Cancelled => "cancelled",
                    Ends::Failed => "failed",
                };
                assert_eq!(m.status, end, "{case}");
            }
        }
        _ => {
            let (asked, readers, captures) = {
                let st = s.stripe.state.lock().unwrap();
                (st.create_calls, st.process_calls, st.capture_calls)
            };
            assert_eq!(asked, creates, "{case}: creates asked of Stripe");
            assert!(readers <= 1, "{case}: the reader asked {readers} times");
            assert!(captures <= 1, "{case}: capture asked {captures} times");
            let intents = s.stripe.intents();
            assert_eq!(intents.len(), creates, "{case}");
            for i in &intents {
                assert!(i.captures <= 1, "{case}: captured twice");
                if ends == Ends::Posted {
                    assert_eq!((i.status.as_str(), i.captures), ("succeeded", 1), "{case}");
                } else {
                    assert_eq!(i.status, "canceled", "{case}: nothing held or taken");
                    assert_eq!((i.amount_capturable, i.amount_received), (0, 0), "{case}");
                }
            }
            assert!(
                s.stripe.action().is_none_or(|a| a.status != "in_progress"),
                "{case}: the reader is left waiting for a card"
            );
        }
    }
    let pence = s.pay.taken() + s.stripe.taken();
    if ends == Ends::Posted {
        assert_eq!(pence, 900, "{case}");
        assert_eq!(p.paid_pence, Some(900), "{case}");
    } else {
        assert_eq!(pence, 0, "{case}: money taken");
        assert_eq!(p.paid_pence, None, "{case}");
    }
    // Posted once: one submission in the outbox, sent once to the back
    // office.
    let once = usize::from(ends == Ends::Posted);
    let outbox: Vec<_> = k
        .stored()
        .into_iter()
        .filter(|x| x.reference.as_str() == id)
        .collect();
    assert_eq!(outbox.len(), once, "{case}: in the outbox");
    if let Some(x) = outbox.first() {
        assert_eq!(x.state, frontdoor::outbox::State::Sent, "{case}");
    }
    let about = |form: &[(String, String)]| {
        form.iter()
            .any(|(k, v)| k == "attribute[payment_id]" && v == &id)
    };
    let created: Vec<_> = back
        .created()
        .into_iter()
        .filter(|c| about(&c.form))
        .collect();
    assert_eq!(
        created.len(),
        once,
        "{case}: requests the back office holds"
    );
    let posts = back
        .state
        .lock()
        .unwrap()
        .bodies
        .iter()
        .filter(|b| about(&common::open311::parse_form(b)))
        .count();
    let tries = if at == DiesAt::SendingToBackOffice {
        2
    } else {
        once
    };
    assert_eq!(posts, tries, "{case}: sent to the back office");
    if let (Some(c), Some(x)) = (created.first(), outbox.first()) {
        assert_eq!(c.key.as_ref(), Some(&x.idempotency_key), "{case}");
    }
    // The reconciliation lists it once, paid only if taken.
    let rows = reconciliation(&k, &p);
    let mine: Vec<_> = rows.iter().filter(|r| r["payment_id"] == id).collect();
    assert_eq!(mine.len(), 1, "{case}: {rows:?}");
    let yes = |b: bool| if b { "yes" } else { "no" };
    assert_eq!(mine[0]["state"], want.as_str(), "{case}");
    assert_eq!(mine[0]["paid"], yes(ends == Ends::Posted), "{case}");
    assert_eq!(
        mine[0]["posted_to_back_office"],
        yes(ends == Ends::Posted),
        "{case}"
    );
    if ends == Ends::Posted {
        assert_eq!(mine[0]["amount_pence"], "900", "{case}");
    }
    assert_eq!(
        rows.iter().filter(|r| r["paid"] == "yes").count(),
        once,
        "{case}"
    );
    assert_books(&k, &s);
}

#[test]
fn a_phone_payment_is_never_taken_twice_nor_lost_wherever_the_kiosk_dies() {
    for &(at, ends, creates) in PHONE_DEATHS {
        kiosk_dies(Method::Phone, at, ends, creates);
    }
}

#[test]
fn a_card_payment_is_never_taken_twice_nor_lost_wherever_the_kiosk_dies() {
    for &(at, ends, creates) in CARD_DEATHS {
        kiosk_dies(Method::Card, at, ends, creates);
    }
}
