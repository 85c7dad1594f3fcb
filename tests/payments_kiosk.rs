//! Paying the council through the kiosk's own pages, by touch and by keypad
//! alone, in English and Welsh, against the GOV.UK Pay and Stripe Terminal
//! look-alikes on loopback, through the production effect path: paid on the
//! phone, paid by card, declined twice then the cash slip, the resident
//! walking away, and the network lost mid-payment. After each, the books
//! balance: no one charged twice, never "Paid" without the provider's
//! success, every paid payment posted to the back office once.
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
            .join(format!("{}.escpos", p.payment_id)),
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
    assert_eq!(s.pay.by_reference(&p.payment_id)[0].amount, 900);
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
    let intent = s.stripe.intent_for(&p.payment_id).unwrap();
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
    assert_eq!(s.pay.by_reference(&id)[0].status, "cancelled");
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
    s.pay.resident_pays(&paying(&k).payment_id.clone());
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
        s.stripe.intent_for(&id).unwrap().status,
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
    let first = payments(&k)[0].payment_id.clone();
    assert_eq!(s.stripe.intent_for(&first).unwrap().status, "canceled");
    k.click("Choose another way to pay");
    k.click("Pay on your phone");
    let second = paying(&k).payment_id.clone();
    // The resident pays on their phone, then presses Escape (Back stops a
    // payment under way) before the screen has seen it: the payment stays
    // paid and is posted.
    s.pay.resident_pays(&second);
    k.keys(&[Named::Escape]);
    k.assert_sees("Paid");
    assert_eq!(
        payments(&k)
            .iter()
            .find(|p| p.payment_id == second)
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
    let id = payments(&k)[0].payment_id.clone();
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
    s.pay.resident_pays(&id);
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
    let sent = &s.pay.by_reference(&id)[0];
    let language = if locale == "cy" { "cy" } else { "en" };
    assert_eq!(sent.language, language);
    open_on_phone(&s.next_url());
    s.pay.resident_pays(&id);
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
    s.pay.resident_pays(&paying(&k).payment_id.clone());
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
        k.rt.block_on(till.walk_away(&started.payment_id)).unwrap(),
        Progress::Checking
    );
    let unknown = started.payment_id.clone();
    assert_eq!(
        payments(&k)
            .iter()
            .find(|p| p.payment_id == unknown)
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
    assert_eq!(rows[0].id, unknown, "unknown first");
    assert_eq!(rows.len(), 2);
    // Once the service answers, the worker settles it: nothing was taken.
    assert_books(&k, &s);
    assert_eq!(
        payments(&k)
            .iter()
            .find(|p| p.payment_id == unknown)
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
    s.pay.resident_pays(&id);
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
