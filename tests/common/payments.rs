//! A kiosk that takes payments: the bundled demo items, the GOV.UK Pay and
//! Stripe Terminal look-alikes on loopback with their keys in files, the
//! resident's phone opening the payment page, and the books checked
//! afterwards against what the look-alikes took.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use super::{Kiosk, govukpay, stripe};
use frontdoor::app::Message;
use frontdoor::outbox::payments::PaymentState;

/// The payment services a kiosk pays through, and its key files.
pub struct Services {
    /// GOV.UK Pay.
    pub pay: govukpay::Server,
    /// Stripe Terminal with its reader.
    pub stripe: stripe::Server,
    /// The folder holding the API key files.
    pub keys: tempfile::TempDir,
}

impl Services {
    /// Both services, up.
    pub fn start() -> Services {
        let keys = tempfile::tempdir().unwrap();
        std::fs::write(keys.path().join("govuk-pay-key"), govukpay::API_KEY).unwrap();
        std::fs::write(keys.path().join("stripe-key"), stripe::API_KEY).unwrap();
        Services {
            pay: govukpay::Server::start(),
            stripe: stripe::Server::start(),
            keys,
        }
    }

    /// The `[payments]` config lines: the bundled demo items, paid through
    /// both services.
    pub fn config(&self) -> String {
        self.config_at(&self.pay.url(), &self.stripe.url())
    }

    /// The same config with the services at these addresses (a dead port
    /// is a network that is down).
    pub fn config_at(&self, pay_url: &str, stripe_url: &str) -> String {
        format!(
            "[payments]\nitems = \"bundled:demo\"\ngovuk_pay_url = \"{pay_url}\"\ngovuk_pay_api_key_file = \"{}\"\nreturn_url = \"https://example.gov.uk/paid\"\ncouncil_address = \"Civic Centre, Test Road, Testford TE1 1AA\"\nvat_number = \"GB 123 4567 89\"\n[payments.reader]\nkind = \"stripe-terminal\"\nurl = \"{stripe_url}\"\napi_key_file = \"{}\"\nreader_id = \"{}\"\n",
            self.keys.path().join("govuk-pay-key").display(),
            self.keys.path().join("stripe-key").display(),
            stripe::READER,
        )
    }

    /// A kiosk paying through these services.
    pub fn kiosk(&self) -> Kiosk {
        Kiosk::with_config(&self.config())
    }

    /// The payment page's address GOV.UK Pay gave for the kiosk's only (or
    /// last) payment.
    pub fn next_url(&self) -> String {
        let p = self
            .pay
            .payments()
            .last()
            .cloned()
            .expect("no GOV.UK Pay payment");
        format!("{}/secure/{}", self.pay.url(), p.token)
    }
}

/// A port nothing listens on: a payment service the network cannot reach.
pub fn dead_url() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    drop(l);
    format!("http://{addr}")
}

/// Opens the payment page as the resident's phone would.
pub fn open_on_phone(url: &str) {
    let (host, path) = url.trim_start_matches("http://").split_once('/').unwrap();
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(host).unwrap();
    write!(
        s,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 200"), "{out}");
}

/// A Council Tax account number with a good Luhn check digit.
pub fn council_tax_account() -> String {
    frontdoor::payments::check::complete("1234567", frontdoor::payments::check::Scheme::Luhn, &[])
        .unwrap()
}

/// The kiosk's payments, oldest first.
pub fn payments(k: &Kiosk) -> Vec<frontdoor::outbox::payments::Payment> {
    k.app
        .store()
        .as_ref()
        .unwrap()
        .lock()
        .unwrap()
        .all_payments()
        .unwrap()
}

/// Asks about the payment on screen, as the two-second clock would.
pub fn poll(k: &mut Kiosk) {
    k.send(Message::Poll);
}

/// The books balance after a worker pass: what the kiosk recorded as paid
/// is exactly what the services took, nothing was created or captured
/// twice, nothing is "paid" here that the service did not take, nothing is
/// left unsettled, and every paid payment is in the outbox once.
pub fn assert_books(k: &Kiosk, s: &Services) {
    let till = k.app.context().till.clone().expect("payments are set up");
    k.rt.block_on(till.pass()).unwrap();
    let list = k.stored();
    let mut kiosk_paid = 0;
    for p in payments(k) {
        let govuk = s.pay.by_reference(p.payment_id.as_str());
        let intent = s.stripe.intent_for(p.payment_id.as_str());
        assert!(
            govuk.len() <= 1,
            "{} created twice at GOV.UK Pay",
            p.payment_id
        );
        if let Some(i) = &intent {
            assert!(i.captures <= 1, "{} captured twice", p.payment_id);
        }
        let taken = govuk.iter().any(|g| g.status == "success")
            || intent.as_ref().is_some_and(|i| i.status == "succeeded");
        assert_eq!(
            p.state.is_paid(),
            taken,
            "{} is {:?} here but taken={taken} at the service",
            p.payment_id,
            p.state
        );
        if p.state.is_paid() {
            kiosk_paid += p.paid_pence.unwrap();
            assert_eq!(p.state, PaymentState::Posted, "{} not posted", p.payment_id);
            let posted = list.iter().filter(|x| x.reference == p.payment_id).count();
            assert_eq!(posted, 1, "{} posted {posted} times", p.payment_id);
        } else {
            assert!(
                p.state.is_settled(),
                "{} left {:?} after a pass",
                p.payment_id,
                p.state
            );
        }
    }
    assert_eq!(kiosk_paid, s.pay.taken() + s.stripe.taken());
}
