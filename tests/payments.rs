//! Payments through the till, the API the payment screens and the worker
//! call, against in-suite GOV.UK Pay and Stripe Terminal servers on
//! loopback: paid on the phone, paid by card, declined twice, the resident
//! walking away, the kiosk killed at every state, and the network lost
//! mid-payment. After each, the books must balance: no one charged twice,
//! nothing "Paid" without the provider's success, and every paid payment
//! posted to the back office once and on the reconciliation CSV.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::payments::open_on_phone;
use common::{govukpay, httpd, stripe};

use frontdoor::outbox::Outbox;
use frontdoor::outbox::payments::PaymentState;
use frontdoor::payments::{
    Amount, GovUkPay, Items, Progress, Provider, Settings, StripeTerminal, Till, TillError,
};
use httpd::Fault;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const SACKS: &str = r#"
code = "sacks"
fund = "GW-4410"
vat_rate = 20
price_pence = 250
max_quantity = 10
methods = ["phone", "card", "cash"]
service_code = "order-sacks"
[name]
en-GB = "Garden waste sacks"
cy = "Sachau gwastraff gardd"
[reference]
pattern = "[0-9]{6,10}"
"#;

const TAX: &str = r#"
code = "tax"
fund = "CT-1000"
min_pence = 100
max_pence = 500000
methods = ["phone", "card", "cash"]
service_code = "order-sacks"
[name]
en-GB = "Council Tax"
[reference]
pattern = "[0-9]{8}"
check = "luhn"
"#;

/// A terminal's store and till, with whichever test servers it uses.
struct Rig {
    dir: tempfile::TempDir,
    store: Arc<Mutex<Outbox>>,
    till: Till,
    pay: govukpay::Server,
    stripe: stripe::Server,
}

fn items(dir: &std::path::Path) -> Items {
    let folder = dir.join("items");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("sacks.toml"), SACKS).unwrap();
    std::fs::write(folder.join("tax.toml"), TAX).unwrap();
    Items::load(folder.to_str().unwrap(), None).unwrap()
}

fn govuk(url: &str, key: &str) -> Arc<dyn Provider> {
    Arc::new(
        GovUkPay::new(
            url,
            secrecy::SecretString::from(key.to_string()),
            "https://example.gov.uk/paid",
            Duration::from_secs(2),
            Duration::from_millis(500),
        )
        .unwrap(),
    )
}

fn reader(url: &str, key: &str) -> Arc<dyn Provider> {
    Arc::new(
        StripeTerminal::new(
            url,
            secrecy::SecretString::from(key.to_string()),
            stripe::READER,
            Duration::from_secs(2),
            Duration::from_millis(500),
        )
        .unwrap(),
    )
}

impl Rig {
    fn new() -> Rig {
        let dir = tempfile::tempdir().unwrap();
        let pay = govukpay::Server::start();
        let stripe = stripe::Server::start();
        let store = Arc::new(Mutex::new(
            Outbox::open(&dir.path().join("frontdoor.sqlite3")).unwrap(),
        ));
        let till = Rig::till_over(&dir, store.clone(), &pay, &stripe);
        Rig {
            dir,
            store,
            till,
            pay,
            stripe,
        }
    }

    fn till_over(
        dir: &tempfile::TempDir,
        store: Arc<Mutex<Outbox>>,
        pay: &govukpay::Server,
        stripe: &stripe::Server,
    ) -> Till {
        let mut settings = Settings::new("ACDE", "LIB-TEST-01", "Test Library, Test Council");
        settings.reader_deadline = Duration::from_secs(60);
        Till::new(
            store,
            items(dir.path()),
            Some(govuk(&pay.url(), govukpay::API_KEY)),
            Some(reader(&stripe.url(), stripe::API_KEY)),
            settings,
        )
    }

    /// The kiosk dies (kill -9) and starts again: a new store connection and
    /// till over the same database, with start-up recovery.
    fn restart(&mut self) -> usize {
        let path = self.dir.path().join("frontdoor.sqlite3");
        self.store = Arc::new(Mutex::new(Outbox::open(&path).unwrap()));
        self.till = Rig::till_over(&self.dir, self.store.clone(), &self.pay, &self.stripe);
        self.till.recover().unwrap()
    }

    fn order(&self, amount: Amount) -> frontdoor::payments::Order {
        self.till
            .order("sacks", "123 456", amount, "en-GB", false)
            .unwrap()
    }

    fn state(&self, id: &str) -> PaymentState {
        self.till.payment(id).unwrap().state
    }

    /// Polls until the payment's progress is final (or `limit` polls).
    async fn poll_to_end(&self, id: &str) -> Progress {
        for _ in 0..20 {
            let p = self.till.poll(id).await.unwrap();
            if p.is_final() {
                return p;
            }
        }
        self.till.poll(id).await.unwrap()
    }

    /// The books balance: what the kiosk recorded as paid is exactly what
    /// the providers took, no payment was taken twice, and every paid
    /// payment is in the outbox once, after a worker pass.
    async fn assert_books(&self) {
        self.till.pass().await.unwrap();
        let store = self.store.lock().unwrap();
        let payments = store.all_payments().unwrap();
        let submissions = store.list().unwrap();
        let mut kiosk_paid = 0;
        for p in &payments {
            let govuk = self.pay.by_reference(p.payment_id.as_str());
            let intent = self.stripe.intent_for(p.payment_id.as_str());
            assert!(
                govuk.len() <= 1,
                "{} created twice at GOV.UK Pay",
                p.payment_id
            );
            let provider_paid = govuk.iter().any(|g| g.status == "success")
                || intent.as_ref().is_some_and(|i| i.status == "succeeded");
            if let Some(i) = &intent {
                assert!(i.captures <= 1, "{} captured twice", p.payment_id);
            }
            assert_eq!(
                p.state.is_paid(),
                provider_paid,
                "{} is {:?} here but paid={provider_paid} at the provider",
                p.payment_id,
                p.state
            );
            if p.state.is_paid() {
                kiosk_paid += p.paid_pence.unwrap();
                assert_eq!(p.state, PaymentState::Posted, "{} not posted", p.payment_id);
                let posted: Vec<_> = submissions
                    .iter()
                    .filter(|s| s.reference == p.payment_id)
                    .collect();
                assert_eq!(
                    posted.len(),
                    1,
                    "{} posted {} times",
                    p.payment_id,
                    posted.len()
                );
            } else {
                assert!(
                    p.state.is_settled(),
                    "{} left {:?} after a pass with providers up",
                    p.payment_id,
                    p.state
                );
            }
        }
        assert_eq!(kiosk_paid, self.pay.taken() + self.stripe.taken());
    }
}

#[tokio::test]
async fn paid_on_the_phone_only_on_govuk_pay_success() {
    let rig = Rig::new();
    let methods = rig.till.methods("sacks").await.unwrap();
    assert!(methods.phone && methods.card && methods.cash);
    let order = rig.order(Amount::Quantity(3));
    assert_eq!(order.amount_pence, 750);
    assert_eq!(order.vat_pence, 125);
    let started = rig.till.pay_on_phone(&order).await.unwrap();
    assert_eq!(started.amount_pence, 750);
    // The URL stays hidden from logs.
    assert!(!format!("{started:?}").contains("secure"));
    let sent = &rig.pay.by_reference(started.payment_id.as_str())[0];
    assert_eq!(sent.amount, 750);
    assert_eq!(sent.language, "en");
    assert_eq!(sent.metadata["ledger_code"], "GW-4410");
    assert_eq!(
        rig.till.poll(started.payment_id.as_str()).await.unwrap(),
        Progress::OnPhone { opened: false }
    );
    open_on_phone(&rig.pay.phone(started.next_url.expose_for_qr()));
    assert_eq!(
        rig.till.poll(started.payment_id.as_str()).await.unwrap(),
        Progress::OnPhone { opened: true }
    );
    // Card details submitted is not paid.
    {
        let mut s = rig.pay.state.lock().unwrap();
        s.payments[0].status = "submitted".into();
    }
    assert_eq!(
        rig.till.poll(started.payment_id.as_str()).await.unwrap(),
        Progress::OnPhone { opened: true }
    );
    rig.pay.resident_pays(started.payment_id.as_str());
    assert_eq!(
        rig.till.poll(started.payment_id.as_str()).await.unwrap(),
        Progress::Paid { amount_pence: 750 }
    );
    rig.till
        .receipt_printed(started.payment_id.as_str())
        .unwrap();
    let p = rig.till.payment(started.payment_id.as_str()).unwrap();
    assert_eq!(p.state, PaymentState::Posted);
    assert!(p.receipted_at.is_some());
    rig.assert_books().await;

    // The back office gets it once, with the payment's facts, at the site.
    let back = common::open311::Server::start();
    let config = frontdoor::config::Config::parse(
        &common::config_text(rig.dir.path(), &back.backend_config()),
        frontdoor::config::Source::Embedded,
    )
    .unwrap();
    let client = frontdoor::sync::Client::from_config(&config).unwrap();
    frontdoor::sync::send_due(&rig.store, &client)
        .await
        .unwrap();
    frontdoor::sync::send_due(&rig.store, &client)
        .await
        .unwrap();
    let created = back.created();
    assert_eq!(created.len(), 1);
    let field = |k: &str| {
        created[0]
            .form
            .iter()
            .find(|(f, _)| f == k)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(field("service_code").as_deref(), Some("order-sacks"));
    assert_eq!(
        field("attribute[payment_id]"),
        Some(started.payment_id.as_str().to_string())
    );
    assert_eq!(field("attribute[provider_id]"), Some(sent.id.clone()));
    assert_eq!(field("attribute[fund]").as_deref(), Some("GW-4410"));
    assert_eq!(field("attribute[amount_pence]").as_deref(), Some("750"));
    assert_eq!(field("attribute[vat_pence]").as_deref(), Some("125"));
    assert_eq!(
        field("address_string").as_deref(),
        Some("Test Library, Test Council")
    );
}

#[tokio::test]
async fn welsh_residents_get_the_welsh_payment_page() {
    let rig = Rig::new();
    let order = rig
        .till
        .order("sacks", "123456", Amount::Quantity(1), "cy", false)
        .unwrap();
    let started = rig.till.pay_on_phone(&order).await.unwrap();
    let sent = &rig.pay.by_reference(started.payment_id.as_str())[0];
    assert_eq!(sent.language, "cy");
    assert!(sent.description.starts_with("Sachau gwastraff gardd"));
    rig.till
        .walk_away(started.payment_id.as_str())
        .await
        .unwrap();
}

#[tokio::test]
async fn paid_by_card_authorised_recorded_then_captured() {
    let rig = Rig::new();
    // At the moment of capture, the approval must already be in the store.
    let db = rig.dir.path().join("frontdoor.sqlite3");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let seen_hook = seen.clone();
    rig.stripe.on_capture(Box::new(move |intent| {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let recorded: Option<String> = conn
            .query_row(
                "SELECT authorised_at FROM payments WHERE provider_id = ?1",
                [&intent.id],
                |r| r.get(0),
            )
            .unwrap();
        seen_hook.lock().unwrap().push(recorded.is_some());
    }));
    let good = frontdoor::payments::check::complete(
        "7992739",
        frontdoor::payments::check::Scheme::Luhn,
        &[],
    )
    .unwrap();
    let last = good.chars().last().unwrap().to_digit(10).unwrap();
    let typo = format!("{}{}", &good[..7], (last + 1) % 10);
    let e = rig
        .till
        .order("tax", &typo, Amount::Pence(12_345), "en-GB", false)
        .unwrap_err();
    let TillError::Entry(entry) = e else {
        panic!("{e}")
    };
    assert_eq!(entry.message_id(), "pay-error-reference-check");
    let order = rig
        .till
        .order("tax", &good, Amount::Pence(12_345), "en-GB", false)
        .unwrap();
    assert!(order.pin_needed());
    let started = rig.till.pay_by_card(&order).await.unwrap();
    assert!(started.pin_needed);
    let intent = rig.stripe.intent_for(started.payment_id.as_str()).unwrap();
    assert_eq!(intent.amount, 12_345);
    assert_eq!(intent.metadata["fund_code"], "CT-1000");
    assert_eq!(
        rig.poll_to_end(started.payment_id.as_str()).await,
        Progress::Paid {
            amount_pence: 12_345
        }
    );
    assert_eq!(*seen.lock().unwrap(), vec![true]);
    let p = rig.till.payment(started.payment_id.as_str()).unwrap();
    let card = p.card.clone().unwrap();
    assert_eq!((card.brand.as_str(), card.last4.as_str()), ("visa", "4242"));
    assert_eq!(card.application_id.as_deref(), Some("A0000000031010"));
    assert_eq!(card.authorisation_code.as_deref(), Some("123456"));
    assert_eq!(card.verification.as_deref(), Some("online_pin"));
    let config = frontdoor::config::Config::parse(
        &common::config_text(
            rig.dir.path(),
            "[payments]\nitems = \"bundled:demo\"\nvat_number = \"GB 123 4567 89\"\ncouncil_address = \"Civic Centre\"\n",
        ),
        frontdoor::config::Source::Embedded,
    )
    .unwrap();
    let receipt = frontdoor::payments::receipt(&config, rig.till.items(), &p);
    let words: Vec<&str> = receipt.lines().collect();
    let words = words.join("\n");
    for want in [
        "Test Council",
        "Civic Centre",
        "Council Tax",
        "£123.45",
        "VISA ending 4242",
        "A0000000031010",
        "123456",
        "Verified by PIN",
        &intent.id,
    ] {
        assert!(words.contains(want), "{want} missing from\n{words}");
    }
    rig.assert_books().await;
}

#[tokio::test]
async fn declined_twice_then_the_cash_slip() {
    let rig = Rig::new();
    rig.stripe.taps(&[
        stripe::Tap::Decline("card_declined"),
        stripe::Tap::Decline("card_declined"),
    ]);
    let order = rig.order(Amount::Quantity(2));
    for _ in 0..2 {
        let started = rig.till.pay_by_card(&order).await.unwrap();
        assert_eq!(
            rig.poll_to_end(started.payment_id.as_str()).await,
            Progress::Declined
        );
        let intent = rig.stripe.intent_for(started.payment_id.as_str()).unwrap();
        assert_eq!(
            intent.status, "canceled",
            "a declined intent cannot be reused"
        );
    }
    let config = frontdoor::config::Config::parse(
        &common::config_text(rig.dir.path(), "[payments]\nitems = \"bundled:demo\"\n"),
        frontdoor::config::Source::Embedded,
    )
    .unwrap();
    let slip = frontdoor::payments::cash_slip(&config, rig.till.items(), &order);
    let words: Vec<&str> = slip.lines().collect();
    let words = words.join("\n");
    assert!(
        words.contains("123456") && words.contains("Post Office") && words.contains("£5.00"),
        "{words}"
    );
    assert_eq!(rig.stripe.taken(), 0);
    rig.assert_books().await;
}

#[tokio::test]
async fn a_resident_walking_away_cancels_what_can_be_cancelled_and_settles_the_rest() {
    let rig = Rig::new();
    let order = rig.order(Amount::Quantity(1));
    // On the phone, not yet paid: cancelled at GOV.UK Pay.
    let phone = rig.till.pay_on_phone(&order).await.unwrap();
    open_on_phone(&rig.pay.phone(phone.next_url.expose_for_qr()));
    assert_eq!(
        rig.till.walk_away(phone.payment_id.as_str()).await.unwrap(),
        Progress::Cancelled
    );
    assert_eq!(
        rig.pay.by_reference(phone.payment_id.as_str())[0].status,
        "cancelled"
    );
    // Paid on the phone, then walked off before the screen saw it: paid.
    let paid = rig.till.pay_on_phone(&order).await.unwrap();
    rig.pay.resident_pays(paid.payment_id.as_str());
    assert_eq!(
        rig.till.walk_away(paid.payment_id.as_str()).await.unwrap(),
        Progress::Paid { amount_pence: 250 }
    );
    // On the reader, no card yet: the reader stops and the intent is voided.
    rig.stripe.taps(&[stripe::Tap::NoCard]);
    let card = rig.till.pay_by_card(&order).await.unwrap();
    assert_eq!(
        rig.till.poll(card.payment_id.as_str()).await.unwrap(),
        Progress::OnReader
    );
    assert_eq!(
        rig.till.walk_away(card.payment_id.as_str()).await.unwrap(),
        Progress::Cancelled
    );
    assert_eq!(rig.stripe.action().unwrap().status, "failed");
    assert_eq!(
        rig.stripe
            .intent_for(card.payment_id.as_str())
            .unwrap()
            .status,
        "canceled"
    );
    // Approved on the reader but the kiosk never recorded it: voided.
    let late = rig.till.pay_by_card(&order).await.unwrap();
    rig.stripe.present_card();
    assert_eq!(
        rig.till.walk_away(late.payment_id.as_str()).await.unwrap(),
        Progress::Cancelled
    );
    assert_eq!(
        rig.stripe
            .intent_for(late.payment_id.as_str())
            .unwrap()
            .status,
        "canceled"
    );
    rig.assert_books().await;
}

/// Waits (up to 10 s) until `ready` holds; panics otherwise.
async fn until(mut ready: impl FnMut() -> bool) {
    for _ in 0..1000 {
        if ready() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the server never got there");
}

#[tokio::test]
async fn killed_at_every_state_the_restarted_kiosk_settles_by_asking() {
    let mut rig = Rig::new();
    let order = rig.order(Amount::Quantity(2));

    // 1. Killed while GOV.UK Pay was creating the payment (created, no
    // answer): found by reference and cancelled.
    rig.pay.fault(
        govukpay::Route::Create,
        &[Fault::Slow(Duration::from_secs(3))],
    );
    let (till, o) = (rig.till.clone(), order.clone());
    let task = tokio::spawn(async move { till.pay_on_phone(&o).await });
    let pay = &rig.pay;
    until(|| !pay.payments().is_empty()).await;
    task.abort();
    let _ = task.await;
    let created = rig.store.lock().unwrap().all_payments().unwrap();
    assert_eq!(created[0].state, PaymentState::Created);
    assert_eq!(rig.restart(), 1);
    let report = rig.till.pass().await.unwrap();
    assert_eq!(report.settled, 1);
    assert_eq!(
        rig.state(created[0].payment_id.as_str()),
        PaymentState::Cancelled
    );
    assert_eq!(rig.pay.payments()[0].status, "cancelled");

    // 2. Killed while the resident was on the payment page, who then paid
    // on their phone: paid and posted.
    let paid = rig.till.pay_on_phone(&order).await.unwrap();
    rig.pay.resident_pays(paid.payment_id.as_str());
    assert_eq!(rig.restart(), 1);
    assert_eq!(rig.state(paid.payment_id.as_str()), PaymentState::Unknown);
    rig.till.pass().await.unwrap();
    assert_eq!(rig.state(paid.payment_id.as_str()), PaymentState::Posted);

    // 3. Killed while the resident was on the payment page and had not paid:
    // cancelled.
    let unpaid = rig.till.pay_on_phone(&order).await.unwrap();
    rig.restart();
    rig.till.pass().await.unwrap();
    assert_eq!(
        rig.state(unpaid.payment_id.as_str()),
        PaymentState::Cancelled
    );

    // 4. Killed with the reader waiting for a card: reader stopped, voided.
    rig.stripe.taps(&[stripe::Tap::NoCard]);
    let waiting = rig.till.pay_by_card(&order).await.unwrap();
    rig.restart();
    rig.till.pass().await.unwrap();
    assert_eq!(
        rig.state(waiting.payment_id.as_str()),
        PaymentState::Cancelled
    );
    assert_eq!(
        rig.stripe
            .intent_for(waiting.payment_id.as_str())
            .unwrap()
            .status,
        "canceled"
    );

    // 5. Killed after the reader approved but before the kiosk recorded it:
    // the approval was not recorded in time, so it is voided.
    let approved = rig.till.pay_by_card(&order).await.unwrap();
    rig.stripe.present_card();
    rig.restart();
    rig.till.pass().await.unwrap();
    assert_eq!(
        rig.state(approved.payment_id.as_str()),
        PaymentState::Cancelled
    );
    assert_eq!(
        rig.stripe
            .intent_for(approved.payment_id.as_str())
            .unwrap()
            .amount_received,
        0
    );

    // 6. Killed after recording the approval, before the capture reached
    // Stripe: the recorded approval is captured on restart, once.
    rig.stripe.fault(stripe::Route::Capture, &[Fault::Refuse]);
    let recorded = rig.till.pay_by_card(&order).await.unwrap();
    assert_eq!(
        rig.till.poll(recorded.payment_id.as_str()).await.unwrap(),
        Progress::Checking
    );
    assert!(
        rig.till
            .payment(recorded.payment_id.as_str())
            .unwrap()
            .authorised_at
            .is_some()
    );
    rig.restart();
    rig.till.pass().await.unwrap();
    assert_eq!(
        rig.state(recorded.payment_id.as_str()),
        PaymentState::Posted
    );
    assert_eq!(
        rig.stripe
            .intent_for(recorded.payment_id.as_str())
            .unwrap()
            .captures,
        1
    );

    // 7. Killed after success, before the receipt and posting: posted.
    let done = rig.till.pay_by_card(&order).await.unwrap();
    assert!(matches!(
        rig.poll_to_end(done.payment_id.as_str()).await,
        Progress::Paid { .. }
    ));
    assert_eq!(rig.state(done.payment_id.as_str()), PaymentState::Succeeded);
    assert_eq!(rig.restart(), 0);
    rig.till.pass().await.unwrap();
    assert_eq!(rig.state(done.payment_id.as_str()), PaymentState::Posted);

    // 8. Killed after posting: nothing more happens, nothing twice.
    rig.restart();
    let report = rig.till.pass().await.unwrap();
    assert_eq!(report, frontdoor::payments::PassReport::default());
    rig.assert_books().await;
}

#[tokio::test]
async fn network_lost_mid_payment_never_charges_twice_or_says_paid_without_success() {
    let rig = Rig::new();
    let order = rig.order(Amount::Quantity(4));

    // The create's answer is dropped after GOV.UK Pay made the payment: the
    // orphan is found by its reference and cancelled; nothing is retried.
    rig.pay.fault(govukpay::Route::Create, &[Fault::DoThenDrop]);
    let e = rig.till.pay_on_phone(&order).await.unwrap_err();
    assert!(matches!(e, TillError::Unavailable(_)), "{e}");
    assert_eq!(rig.pay.state.lock().unwrap().create_calls, 1);
    assert_eq!(rig.pay.payments()[0].status, "cancelled");

    // A 500 on create (nothing made): failed, found by no search.
    rig.pay
        .fault(govukpay::Route::Create, &[Fault::ServerError]);
    assert!(matches!(
        rig.till.pay_on_phone(&order).await,
        Err(TillError::Unavailable(_))
    ));

    // Slower than the kiosk waits: the same as a lost answer.
    rig.pay.fault(
        govukpay::Route::Create,
        &[Fault::Slow(Duration::from_secs(3))],
    );
    assert!(matches!(
        rig.till.pay_on_phone(&order).await,
        Err(TillError::Unavailable(_))
    ));
    assert!(rig.pay.payments().iter().all(|p| p.status == "cancelled"));

    // The kiosk cannot reach GOV.UK Pay while the resident pays on their own
    // phone: it keeps waiting, and says paid only once it can ask.
    let started = rig.till.pay_on_phone(&order).await.unwrap();
    rig.pay.resident_pays(started.payment_id.as_str());
    rig.pay
        .fault(govukpay::Route::Get, &[Fault::ServerError, Fault::Refuse]);
    for _ in 0..2 {
        let p = rig.till.poll(started.payment_id.as_str()).await.unwrap();
        assert!(matches!(p, Progress::OnPhone { .. }), "{p:?}");
    }
    assert_eq!(
        rig.till.poll(started.payment_id.as_str()).await.unwrap(),
        Progress::Paid { amount_pence: 1000 }
    );

    // The reader's answer is lost: the reader may be waiting, so it is
    // stopped and the intent voided; the resident may start again.
    rig.stripe
        .fault(stripe::Route::Process, &[Fault::DoThenDrop]);
    rig.stripe.taps(&[stripe::Tap::NoCard]);
    assert!(matches!(
        rig.till.pay_by_card(&order).await,
        Err(TillError::Unavailable(_))
    ));
    assert!(rig.stripe.intents().iter().all(|i| i.status == "canceled"));

    // The capture's answer is lost after Stripe captured: asking settles it
    // as paid, and it is never captured again.
    rig.stripe
        .fault(stripe::Route::Capture, &[Fault::DoThenDrop]);
    let card = rig.till.pay_by_card(&order).await.unwrap();
    assert_eq!(
        rig.till.poll(card.payment_id.as_str()).await.unwrap(),
        Progress::Checking
    );
    assert_eq!(
        rig.till.poll(card.payment_id.as_str()).await.unwrap(),
        Progress::Paid { amount_pence: 1000 }
    );
    assert_eq!(
        rig.stripe
            .intent_for(card.payment_id.as_str())
            .unwrap()
            .captures,
        1
    );

    // GOV.UK Pay answers 500 to every look-up: the unknown payment stays
    // unknown (never failed, never retried) until it can ask.
    rig.pay.fault(govukpay::Route::Create, &[Fault::DoThenDrop]);
    rig.pay.fault(
        govukpay::Route::Search,
        &[Fault::ServerError, Fault::ServerError],
    );
    let e = rig.till.pay_on_phone(&order).await.unwrap_err();
    let TillError::Checking(id) = e else {
        panic!("{e}")
    };
    assert_eq!(rig.till.pass().await.unwrap().still_unknown, 1);
    assert_eq!(rig.state(id.as_str()), PaymentState::Unknown);
    assert_eq!(rig.till.pass().await.unwrap().settled, 1);
    assert_eq!(rig.state(id.as_str()), PaymentState::Cancelled);
    rig.assert_books().await;
}

#[tokio::test]
async fn offline_or_refused_the_kiosk_offers_the_cash_slip_only() {
    let dir = tempfile::tempdir().unwrap();
    let pay = govukpay::Server::start();
    let stripe = stripe::Server::start();
    let store = Arc::new(Mutex::new(
        Outbox::open(&dir.path().join("frontdoor.sqlite3")).unwrap(),
    ));
    // Wrong keys: both providers answer 401.
    let till = Till::new(
        store.clone(),
        items(dir.path()),
        Some(govuk(&pay.url(), "api_test_wrong")),
        Some(reader(&stripe.url(), "sk_test_wrong")),
        Settings::new("ACDE", "LIB-TEST-01", "Test Library"),
    );
    let methods = till.methods("sacks").await.unwrap();
    assert_eq!(
        (methods.phone, methods.card, methods.cash),
        (false, false, true)
    );
    assert_eq!(methods.cash_only_message(), Some("pay-cash-only"));
    assert!(pay.state.lock().unwrap().unauthorised >= 1);
    assert!(stripe.state.lock().unwrap().unauthorised >= 1);
    let order = till
        .order("sacks", "123456", Amount::Quantity(1), "en-GB", false)
        .unwrap();
    assert!(matches!(
        till.pay_on_phone(&order).await,
        Err(TillError::Unavailable(_))
    ));
    assert!(pay.payments().is_empty());

    // No network at all (nothing listens): nothing offered but cash, and
    // nothing queued.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let gone = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let till = Till::new(
        store.clone(),
        items(dir.path()),
        Some(govuk(&gone, govukpay::API_KEY)),
        Some(reader(&gone, stripe::API_KEY)),
        Settings::new("ACDE", "LIB-TEST-01", "Test Library"),
    );
    let methods = till.methods("sacks").await.unwrap();
    assert_eq!(
        (methods.phone, methods.card, methods.cash),
        (false, false, true)
    );
    assert!(matches!(
        till.pay_by_card(&order).await,
        Err(TillError::Unavailable(_))
    ));
    // A reader that is offline, or busy, is not offered either.
    stripe.state.lock().unwrap().online = false;
    let till = Till::new(
        store.clone(),
        items(dir.path()),
        None,
        Some(reader(&stripe.url(), stripe::API_KEY)),
        Settings::new("ACDE", "LIB-TEST-01", "Test Library"),
    );
    assert!(!till.methods("sacks").await.unwrap().card);
    // A health check slower than the short timeout: not offered.
    pay.fault(
        govukpay::Route::Search,
        &[Fault::Slow(Duration::from_secs(2))],
    );
    let till = Till::new(
        store.clone(),
        items(dir.path()),
        Some(govuk(&pay.url(), govukpay::API_KEY)),
        None,
        Settings::new("ACDE", "LIB-TEST-01", "Test Library"),
    );
    assert!(!till.methods("sacks").await.unwrap().phone);
    let all = store.lock().unwrap().all_payments().unwrap();
    assert!(
        all.iter().all(|p| p.state == PaymentState::Failed),
        "{all:?}"
    );
}

fn frontdoor_cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .args(args)
        .env_remove("FRONTDOOR_CONFIG")
        .output()
        .unwrap()
}

#[tokio::test]
async fn payments_list_and_reconcile_on_the_command_line() {
    let rig = Rig::new();
    // A terminal whose config sets up the same servers, keys in files.
    let pay_key = rig.dir.path().join("govuk-pay-key");
    std::fs::write(&pay_key, format!("{}\n", govukpay::API_KEY)).unwrap();
    let stripe_key = rig.dir.path().join("stripe-key");
    std::fs::write(&stripe_key, stripe::API_KEY).unwrap();
    let extra = format!(
        "[payments]\nitems = \"items\"\ngovuk_pay_url = \"{}\"\ngovuk_pay_api_key_file = \"{}\"\nreturn_url = \"https://example.gov.uk/paid\"\n[payments.reader]\nkind = \"stripe-terminal\"\nurl = \"{}\"\napi_key_file = \"{}\"\nreader_id = \"{}\"\n",
        rig.pay.url(),
        pay_key.display(),
        rig.stripe.url(),
        stripe_key.display(),
        stripe::READER
    );
    let config_path = rig.dir.path().join("config.toml");
    std::fs::write(&config_path, common::config_text(rig.dir.path(), &extra)).unwrap();
    let config = frontdoor::config::Config::from_file(&config_path).unwrap();
    let till = frontdoor::payments::till(&config, rig.store.clone())
        .unwrap()
        .unwrap();

    let order = till
        .order("sacks", "123456", Amount::Quantity(2), "en-GB", false)
        .unwrap();
    let phone = till.pay_on_phone(&order).await.unwrap();
    rig.pay.resident_pays(phone.payment_id.as_str());
    assert!(matches!(
        till.poll(phone.payment_id.as_str()).await.unwrap(),
        Progress::Paid { .. }
    ));
    let card = till.pay_by_card(&order).await.unwrap();
    assert!(matches!(
        till.poll(card.payment_id.as_str()).await.unwrap(),
        Progress::Paid { .. }
    ));
    rig.stripe.taps(&[stripe::Tap::Decline("card_declined")]);
    let declined = till.pay_by_card(&order).await.unwrap();
    assert_eq!(
        till.poll(declined.payment_id.as_str()).await.unwrap(),
        Progress::Declined
    );
    till.pass().await.unwrap();

    let cfg = config_path.to_str().unwrap();
    let out = frontdoor_cli(&["check-config", "--config", cfg]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("2 payable items") && text.contains("GOV.UK Pay"),
        "{text}"
    );

    let out = frontdoor_cli(&["payments", "list", "--json", "--config", cfg]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    let row = rows
        .iter()
        .find(|r| r["id"] == phone.payment_id.as_str())
        .unwrap();
    assert_eq!(row["state"], "posted");
    assert_eq!(row["amount_pence"], 500);
    assert_eq!(
        row["provider_id"],
        rig.pay.by_reference(phone.payment_id.as_str())[0]
            .id
            .as_str()
    );
    let out = frontdoor_cli(&["payments", "list", "--config", cfg]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(card.payment_id.as_str()) && text.contains("£5.00"),
        "{text}"
    );

    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    let csv_path = rig.dir.path().join("day.csv");
    let out = frontdoor_cli(&[
        "payments",
        "reconcile",
        "--date",
        &today,
        "--csv",
        csv_path.to_str().unwrap(),
        "--config",
        cfg,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 3);
    let paid: Vec<&csv::StringRecord> = records
        .iter()
        .filter(|r| &r[col("paid")] == "yes")
        .collect();
    assert_eq!(paid.len(), 2);
    for r in &paid {
        assert_eq!(&r[col("fund")], "GW-4410");
        assert_eq!(&r[col("amount_pence")], "500");
        assert_eq!(&r[col("vat_pence")], "83");
        assert_eq!(&r[col("net_pence")], "417");
        assert_eq!(&r[col("posted_to_back_office")], "yes");
        assert!(!r[col("provider_id")].is_empty());
    }
    let intent = rig.stripe.intent_for(card.payment_id.as_str()).unwrap();
    assert!(records.iter().any(|r| r[col("provider_id")] == intent.id));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(
        summary.contains("fund GW-4410: £10.00 (VAT £1.66)"),
        "{summary}"
    );

    let out = frontdoor_cli(&[
        "payments",
        "reconcile",
        "--date",
        "18/11/2026",
        "--csv",
        "x.csv",
        "--config",
        cfg,
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    rig.assert_books().await;
}
