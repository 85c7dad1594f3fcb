//! Texts and emails through a real-shaped GOV.UK Notify on loopback:
//! consent, every message kind in two languages, reminders, exactly-once
//! delivery through faults and a crash, refusals parked for staff, and the
//! `notify test` and `sync --once` commands.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use common::notify::{Fault, NotifyServer, StatusServer, template_id};
use frontdoor::booking::Slot;
use frontdoor::config::{Config, Source};
use frontdoor::notify::{
    self, Appointment, Client, Consent, Contact, ContactError, NotifyError, Request,
};
use frontdoor::outbox::{BookingState, MessageState, Outbox};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

/// 2026-11-18 12:00 UTC: the terminal's clock in these tests (its local
/// time is UTC).
fn noon() -> DateTime<Utc> {
    at(2026, 11, 18, 12, 0)
}

struct Terminal {
    _dir: tempfile::TempDir,
    config: Config,
    store: Arc<Mutex<Outbox>>,
    client: Client,
    runtime: tokio::runtime::Runtime,
}

impl Terminal {
    fn new(server: &NotifyServer, extra: &str) -> Terminal {
        Terminal::with_notify(&common::notify::notify_config(&server.url(), ""), extra)
    }

    fn with_notify(notify: &str, extra: &str) -> Terminal {
        let dir = tempfile::tempdir().unwrap();
        let text = format!("{}{extra}\n{notify}", common::config_text(dir.path(), ""));
        let config = Config::parse(&text, Source::Embedded).unwrap();
        let store = Arc::new(Mutex::new(Outbox::open(&config.database_path()).unwrap()));
        let client = Client::from_config(&config)
            .unwrap()
            .with_timeout(Duration::from_millis(500))
            .unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        Terminal {
            _dir: dir,
            config,
            store,
            client,
            runtime,
        }
    }

    fn send(&self, now: DateTime<Utc>) -> notify::SendReport {
        self.runtime
            .block_on(notify::send_due(
                &self.store,
                &self.client,
                &self.config,
                now,
            ))
            .unwrap()
    }

    /// Sends until nothing is pending (backoff cut short each time).
    fn send_until_done(&self, now: DateTime<Utc>) -> usize {
        for pass in 1..=30 {
            self.store.lock().unwrap().make_messages_due().unwrap();
            self.send(now);
            let stats = self.store.lock().unwrap().message_stats().unwrap();
            if stats.pending + stats.sending == 0 {
                return pass;
            }
        }
        panic!("messages still pending after 30 passes");
    }

    fn request(&self, locale: &str) -> Request {
        Request {
            reference: frontdoor::reference::Reference::new("ACDE", 34_679),
            service: "Report a missed bin".into(),
            locale: locale.into(),
        }
    }

    fn submitted(&self, request: &Request, consent: Consent, contact: &Contact) -> Vec<String> {
        notify::enqueue_submitted(
            &mut self.store.lock().unwrap(),
            &self.config,
            request,
            &consent,
            contact,
            &noon(),
        )
        .unwrap()
    }

    fn book(&self, reference: &str, start: NaiveDateTime, locale: &str) -> Appointment {
        self.store
            .lock()
            .unwrap()
            .add_booking(
                &frontdoor::reference::Reference::parse(reference).unwrap(),
                "council-tax",
                &Slot { start, adviser: 1 },
                BookingState::Confirmed,
                None,
                noon(),
            )
            .unwrap();
        Appointment {
            reference: frontdoor::reference::Reference::parse(reference).unwrap(),
            appointment_type: if locale == "cy" {
                "Help gyda'r dreth gyngor".into()
            } else {
                "Council tax help".into()
            },
            start,
            place: "Test Library".into(),
            locale: locale.into(),
        }
    }
}

fn both() -> Contact {
    Contact {
        mobile: Some("07700 900123".into()),
        email: Some("resident@example.com".into()),
    }
}

fn text_only() -> Consent {
    Consent {
        text_reference: true,
        ..Consent::default()
    }
}

#[test]
fn nothing_is_kept_or_sent_that_the_resident_did_not_choose() {
    let server = NotifyServer::start();
    let t = Terminal::new(&server, "");
    let request = t.request("en-GB");

    // Nothing chosen, though both details were typed: nothing kept.
    assert!(
        t.submitted(&request, Consent::default(), &both())
            .is_empty()
    );
    let booked = t.book(&bk("BKAA3467"), local(2026, 11, 20, 10, 0), "en-GB");
    let none = notify::enqueue_booked(
        &mut t.store.lock().unwrap(),
        &t.config,
        &booked,
        &Consent::default(),
        &both(),
        &noon(),
    )
    .unwrap();
    assert!(none.is_empty());
    assert!(t.store.lock().unwrap().messages().unwrap().is_empty());
    assert!(
        t.store
            .lock()
            .unwrap()
            .follow_up(request.reference.as_str())
            .unwrap()
            .is_none()
    );
    assert!(
        t.store
            .lock()
            .unwrap()
            .follow_up(&bk("BKAA3467"))
            .unwrap()
            .is_none()
    );
    // No reminder, no news of a move, for a booking without consent.
    let mut store = t.store.lock().unwrap();
    assert_eq!(
        notify::enqueue_due_reminders(&mut store, &t.config, &at(2026, 11, 19, 17, 30)).unwrap(),
        0
    );
    assert!(
        notify::enqueue_moved(
            &mut store,
            &t.config,
            &bk("BKAA3467"),
            local(2026, 11, 21, 9, 0),
            &noon()
        )
        .unwrap()
        .is_empty()
    );
    drop(store);
    t.send_until_done(noon());
    assert_eq!(server.posts(), 0);

    // A text only: one text, no email, and the email address kept nowhere.
    let refs = t.submitted(&request, text_only(), &both());
    assert_eq!(refs.len(), 1);
    t.send_until_done(noon());
    let sent = server.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].channel, "sms");
    assert_eq!(sent[0].to, "447700900123");
    let store = t.store.lock().unwrap();
    for m in store.messages().unwrap() {
        assert_ne!(m.recipient.as_deref(), Some("resident@example.com"));
    }
    assert!(
        store
            .follow_up(request.reference.as_str())
            .unwrap()
            .is_none()
    );
    // What can be offered follows the templates and the config.
    let offer = notify::offer_for_request(&t.config, "pl");
    assert!(offer.text_reference && offer.email_reference && !offer.remind_day_before);
    assert!(!offer.updates, "notify.updates is off");
    let offer = notify::offer_for_appointment(&t.config, "cy");
    assert!(offer.text_reference && offer.email_reference && offer.remind_day_before);
}

#[test]
fn an_invalid_number_never_leaves_the_terminal() {
    let server = NotifyServer::start();
    let t = Terminal::new(&server, "");
    let request = t.request("en-GB");
    for (typed, error) in [
        ("01632 960001", ContactError::MobileInvalid),
        ("+1 202 555 0100", ContactError::MobileInvalid),
        ("0770090012", ContactError::MobileInvalid),
        ("", ContactError::MobileMissing),
    ] {
        let contact = Contact {
            mobile: Some(typed.into()),
            email: None,
        };
        assert_eq!(notify::check_contact(&text_only(), &contact), Err(error));
        let refused = notify::enqueue_submitted(
            &mut t.store.lock().unwrap(),
            &t.config,
            &request,
            &text_only(),
            &contact,
            &noon(),
        );
        assert!(
            matches!(refused, Err(NotifyError::Contact(e)) if e == error),
            "{typed}: {refused:?}"
        );
        assert!(frontdoor::i18n::has(error.message_id()));
    }
    let bad_email = Contact {
        mobile: None,
        email: Some("resident@example".into()),
    };
    let email_only = Consent {
        email_reference: true,
        ..Consent::default()
    };
    assert_eq!(
        notify::check_contact(&email_only, &bad_email),
        Err(ContactError::EmailInvalid)
    );
    assert!(t.store.lock().unwrap().messages().unwrap().is_empty());

    // A row that somehow holds a bad number is parked, not sent.
    t.store
        .lock()
        .unwrap()
        .enqueue_messages(
            &[frontdoor::outbox::NewMessage {
                kind: "submitted_sms".into(),
                channel: notify::Channel::Sms,
                locale: "en-GB".into(),
                template_id: template_id("en-GB", "submitted_sms").into(),
                recipient: "01632960001".into(),
                personalisation: Default::default(),
                about: None,
                not_after: None,
            }],
            None,
            noon(),
            noon().naive_utc(),
        )
        .unwrap();
    let report = t.send(noon());
    assert_eq!(report.parked, 1);
    assert_eq!(server.posts(), 0, "nothing reached Notify");
}

#[test]
fn every_message_kind_in_two_languages_with_english_templates_where_welsh_has_none() {
    let status = StatusServer::start();
    let server = NotifyServer::start();
    let t = Terminal::with_notify(
        &common::notify::notify_config(&server.url(), "updates = true"),
        &status.backend_config(),
    );
    // cy has its own submitted_sms, booked_sms, reminder_sms and update_sms;
    // every other message falls back to en-GB's template.
    let own = |locale: &str, key: &str| {
        if locale == "cy"
            && !["submitted_sms", "booked_sms", "reminder_sms", "update_sms"].contains(&key)
        {
            template_id("en-GB", key)
        } else {
            template_id(locale, key)
        }
    };
    for (n, locale) in ["en-GB", "cy"].into_iter().enumerate() {
        let before = server.sent().len();
        let mut request = t.request(locale);
        request.reference = frontdoor::reference::Reference::new("ACDE", 40_000 + n as u64);
        // (a) a saved request, by text and email, with updates.
        let submission = frontdoor::outbox::NewSubmission {
            submission: frontdoor::journey::Submission {
                service_code: "missed-bin".into(),
                attributes: Default::default(),
                address_string: Some("3 Park Road".into()),
                postcode: None,
                phone: None,
                email: None,
                name: None,
                ..Default::default()
            },
            service_type: frontdoor::catalogue::open311::ServiceType::Realtime,
            locale: locale.into(),
            assisted: false,
        };
        let stored = t
            .store
            .lock()
            .unwrap()
            .submit(&submission, "ACDE", noon())
            .unwrap();
        request.reference = stored.reference.clone();
        let id = format!("70{n}");
        t.store
            .lock()
            .unwrap()
            .mark_sent(stored.reference.as_str(), Some(&id), None, noon())
            .unwrap();
        status.set(&id, "open");
        let everything = Consent {
            text_reference: true,
            email_reference: true,
            remind_day_before: false,
            updates: true,
        };
        assert_eq!(t.submitted(&request, everything, &both()).len(), 2);
        // (b) booked (text and email, with a reminder), moved, cancelled.
        let booking = bk(&format!("BK{n}A3467"));
        let start = local(2026, 11, 20, 10, 0);
        let appointment = t.book(&booking, start, locale);
        let consent = Consent {
            text_reference: true,
            email_reference: true,
            remind_day_before: true,
            updates: false,
        };
        let mut store = t.store.lock().unwrap();
        notify::enqueue_booked(
            &mut store,
            &t.config,
            &appointment,
            &consent,
            &both(),
            &noon(),
        )
        .unwrap();
        // (c) the reminder, the day before at 17:00.
        assert_eq!(
            notify::enqueue_due_reminders(&mut store, &t.config, &at(2026, 11, 19, 17, 0)).unwrap(),
            1
        );
        let moved_to = local(2026, 11, 24, 11, 30);
        store
            .place_booking(
                &booking,
                &Slot {
                    start: moved_to,
                    adviser: 1,
                },
                BookingState::Confirmed,
                None,
            )
            .unwrap();
        notify::enqueue_moved(&mut store, &t.config, &booking, moved_to, &noon()).unwrap();
        store.cancel_booking(&booking).unwrap();
        notify::enqueue_cancelled(&mut store, &t.config, &booking, moved_to, &noon()).unwrap();
        assert_eq!(
            store.follow_up(&booking).unwrap().unwrap().phone,
            None,
            "erased on cancel"
        );
        drop(store);
        // (d) the status changes to closed.
        status.set(&id, "closed");
        let queued = t
            .runtime
            .block_on(notify::poll_updates(
                &t.store,
                &frontdoor::sync::Client::from_config(&t.config).unwrap(),
                &t.config,
                noon() + chrono::Duration::hours(2),
            ))
            .unwrap();
        assert_eq!(queued, 1);
        t.send_until_done(noon() + chrono::Duration::hours(2));

        let sent: Vec<_> = server.sent()[before..].to_vec();
        let kinds = [
            ("submitted_sms", "sms"),
            ("submitted_email", "email"),
            ("booked_sms", "sms"),
            ("booked_email", "email"),
            ("reminder_sms", "sms"),
            ("moved_sms", "sms"),
            ("cancelled_sms", "sms"),
            ("update_sms", "sms"),
        ];
        assert_eq!(sent.len(), kinds.len(), "{locale}: {sent:#?}");
        for ((key, channel), s) in kinds.iter().zip(&sent) {
            assert_eq!(s.template_id, own(locale, key), "{locale} {key}");
            assert_eq!(&s.channel, channel);
            assert!(!s.body.contains("(("), "{locale} {key}: {}", s.body);
        }
        let date = |d: NaiveDate| frontdoor::i18n::long_date(locale, d);
        assert_eq!(sent[2].personalisation["date"], date(start.date()));
        assert_eq!(sent[2].personalisation["time"], "10:00");
        assert_eq!(sent[2].personalisation["place"], "Test Library");
        assert_eq!(
            sent[2].personalisation["appointment_type"],
            appointment.appointment_type
        );
        assert_eq!(sent[5].personalisation["date"], date(moved_to.date()));
        assert_eq!(sent[5].personalisation["time"], "11:30");
        assert_eq!(
            sent[7].personalisation["status"],
            frontdoor::i18n::t(locale, "progress-closed-status")
        );
        assert_eq!(
            sent[0].personalisation["tracking_link"],
            format!(
                "https://council.example/track?ref={}",
                request.reference.as_str()
            )
        );
        // Only the documented fields, and nothing personal.
        for s in &sent {
            for field in s.personalisation.keys() {
                assert!(
                    [
                        "reference",
                        "service",
                        "tracking_link",
                        "appointment_type",
                        "date",
                        "time",
                        "place",
                        "status"
                    ]
                    .contains(&field.as_str()),
                    "{field}"
                );
            }
            for v in s.personalisation.values() {
                assert!(!v.contains("7700") && !v.contains("resident@"), "{v}");
            }
        }
    }
    // The Welsh date is in Welsh.
    let welsh = frontdoor::i18n::long_date("cy", NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    assert_ne!(
        welsh,
        frontdoor::i18n::long_date("en-GB", NaiveDate::from_ymd_opt(2026, 11, 20).unwrap())
    );
}

#[test]
fn a_reminder_is_queued_once_at_the_hour_and_never_after_the_appointment() {
    let server = NotifyServer::start();
    let t = Terminal::new(&server, "");
    let remind = Consent {
        remind_day_before: true,
        ..Consent::default()
    };
    let contact = Contact {
        mobile: Some("07700900123".into()),
        email: None,
    };
    let book = |reference: &str, start: NaiveDateTime, now: DateTime<Utc>| {
        let appointment = t.book(reference, start, "en-GB");
        notify::enqueue_booked(
            &mut t.store.lock().unwrap(),
            &t.config,
            &appointment,
            &remind,
            &contact,
            &now,
        )
        .unwrap();
    };
    let due = |now: DateTime<Utc>| {
        notify::enqueue_due_reminders(&mut t.store.lock().unwrap(), &t.config, &now).unwrap()
    };
    // Friday 20 November at 10:00, booked on the 18th.
    book(&bk("BKAC3467"), local(2026, 11, 20, 10, 0), noon());
    assert_eq!(due(at(2026, 11, 18, 17, 0)), 0, "two days before");
    assert_eq!(due(at(2026, 11, 19, 16, 59)), 0, "a minute early");
    assert_eq!(due(at(2026, 11, 19, 17, 0)), 1, "at the hour");
    assert_eq!(due(at(2026, 11, 19, 17, 1)), 0, "only once");
    assert_eq!(due(at(2026, 11, 19, 23, 0)), 0, "only once");
    t.send_until_done(at(2026, 11, 19, 17, 0)); // the reminder goes
    assert_eq!(server.sent().len(), 1);
    // Booked after that evening's reminder time: no reminder at all.
    book(
        &bk("BKAD3467"),
        local(2026, 11, 20, 15, 0),
        at(2026, 11, 19, 18, 0),
    );
    assert_eq!(due(at(2026, 11, 19, 18, 30)), 0);
    // The terminal was off at the hour and the appointment has begun.
    book(&bk("BKAE3467"), local(2026, 11, 21, 9, 0), noon());
    assert_eq!(due(at(2026, 11, 21, 9, 0)), 0, "not after the appointment");
    // Queued but not sent before the appointment: given up, never sent.
    book(&bk("BKAF3467"), local(2026, 11, 22, 9, 0), noon());
    assert_eq!(due(at(2026, 11, 21, 17, 0)), 1);
    let report = t.send(at(2026, 11, 22, 9, 0));
    assert_eq!(report.given_up, 1);
    assert_eq!(server.sent().len(), 1);
    // A moved booking gets one reminder for its new time.
    let store = t.store.lock().unwrap();
    let moved_to = local(2026, 11, 25, 14, 0);
    store
        .place_booking(
            &bk("BKAC3467"),
            &Slot {
                start: moved_to,
                adviser: 1,
            },
            BookingState::Confirmed,
            None,
        )
        .unwrap();
    drop(store);
    assert_eq!(due(at(2026, 11, 24, 16, 0)), 0);
    assert_eq!(due(at(2026, 11, 24, 17, 0)), 1);
    assert_eq!(due(at(2026, 11, 24, 18, 0)), 0);
    // A cancelled booking gets none.
    book(&bk("BKAG3467"), local(2026, 11, 27, 9, 0), noon());
    t.store
        .lock()
        .unwrap()
        .cancel_booking(&bk("BKAG3467"))
        .unwrap();
    assert_eq!(due(at(2026, 11, 26, 17, 0)), 0);
    let reminders: Vec<_> = t
        .store
        .lock()
        .unwrap()
        .messages()
        .unwrap()
        .into_iter()
        .filter(|m| m.kind == "reminder_sms")
        .collect();
    assert_eq!(reminders.len(), 3);
    assert_eq!(
        reminders[0].personalisation["date"],
        "Friday 20 November 2026"
    );
    assert_eq!(
        reminders[2].personalisation["date"],
        "Wednesday 25 November 2026"
    );
}

#[test]
fn a_faulty_notify_still_delivers_exactly_one_text() {
    let server = NotifyServer::start();
    let t = Terminal::new(&server, "");
    server.fault(&[
        Fault::ServerError,
        Fault::AcceptThenDrop,
        Fault::TooMany(0),
        Fault::AcceptSlow(Duration::from_secs(2)),
        Fault::ServerError,
    ]);
    let request = t.request("en-GB");
    let consent = Consent {
        text_reference: true,
        email_reference: true,
        ..Consent::default()
    };
    let refs = t.submitted(&request, consent, &both());
    assert_eq!(refs.len(), 2);
    t.send_until_done(noon());
    for r in &refs {
        assert_eq!(server.sent_with_reference(r), 1, "{r}");
        let m = t.store.lock().unwrap().message(r).unwrap().unwrap();
        assert_eq!(m.state, MessageState::Sent);
        assert_eq!(
            Some(m.notify_id.unwrap()),
            server
                .sent()
                .iter()
                .find(|s| s.reference.as_deref() == Some(r))
                .map(|s| s.id.clone())
        );
    }
    assert!(server.posts() > 2, "the faults were met");
    assert!(server.lookups() >= 2, "lost answers were looked up");
}

#[test]
fn a_crash_while_sending_sends_no_second_copy() {
    let server = NotifyServer::start();
    let t = Terminal::new(&server, "");
    let request = t.request("en-GB");
    let refs = t.submitted(&request, text_only(), &both());
    let path = t.config.database_path();
    // The worker claims the message, Notify accepts it, and the terminal
    // dies before it can note the answer.
    {
        let mut store = Outbox::open(&path).unwrap();
        let claimed = store.claim_due_messages(noon(), 10).unwrap();
        assert_eq!(claimed.len(), 1);
        let m = &claimed[0];
        let answer = t.runtime.block_on(t.client.send(
            m.channel,
            m.recipient.as_deref().unwrap(),
            &m.template_id,
            &m.personalisation,
            &m.reference,
        ));
        assert!(matches!(answer, notify::Answer::Accepted { .. }));
        let left = store.message(&refs[0]).unwrap().unwrap();
        assert_eq!(left.state, MessageState::Sending);
    }
    // Restart: the row left in sending is asked about, not sent again.
    let t2 = Terminal {
        store: Arc::new(Mutex::new(Outbox::open(&path).unwrap())),
        ..t
    };
    let m = t2.store.lock().unwrap().message(&refs[0]).unwrap().unwrap();
    assert_eq!(m.state, MessageState::Pending);
    assert!(m.uncertain);
    let report = t2.send(noon());
    assert_eq!((report.found, report.sent), (1, 0));
    assert_eq!(server.sent_with_reference(&refs[0]), 1);
    assert_eq!(server.posts(), 1);
}

#[test]
fn refusals_are_parked_with_notifys_words_clipped_and_never_retried() {
    // A template Notify does not have.
    let server = NotifyServer::start();
    let unknown = "11111111-2222-4333-8444-555555555555";
    let config = common::notify::notify_config(&server.url(), "")
        .replace(template_id("en-GB", "submitted_sms"), unknown);
    let t = Terminal::with_notify(&config, "");
    let refs = t.submitted(&t.request("en-GB"), text_only(), &both());
    assert_eq!(t.send(noon()).parked, 1);
    let m = t.store.lock().unwrap().message(&refs[0]).unwrap().unwrap();
    assert_eq!(m.state, MessageState::Parked);
    assert!(
        m.last_error
            .as_deref()
            .unwrap()
            .contains("BadRequestError: Template not found")
    );
    t.store.lock().unwrap().make_messages_due().unwrap();
    t.send(noon());
    assert_eq!(server.posts(), 1, "a parked message is not tried again");

    // A wrong key: 403 from Notify.
    let server = NotifyServer::start();
    let wrong = common::notify::notify_config(&server.url(), "").replace(
        common::notify::SECRET,
        "99999999-8d35-48ac-975b-e847b4f122b0",
    );
    let t = Terminal::with_notify(&wrong, "");
    let refs = t.submitted(&t.request("en-GB"), text_only(), &both());
    assert_eq!(t.send(noon()).parked, 1);
    let m = t.store.lock().unwrap().message(&refs[0]).unwrap().unwrap();
    assert!(m.last_error.as_deref().unwrap().contains("(403)"));
    assert!(
        m.last_error
            .as_deref()
            .unwrap()
            .contains("Invalid token: API key not found")
    );

    // A number a team-only key may not text; and a long error, clipped.
    let server = NotifyServer::start();
    server.state.lock().unwrap().guest_list = Some(vec!["447700900999".into()]);
    let t = Terminal::new(&server, "");
    let refs = t.submitted(&t.request("en-GB"), text_only(), &both());
    assert_eq!(t.send(noon()).parked, 1);
    let m = t.store.lock().unwrap().message(&refs[0]).unwrap().unwrap();
    assert!(m.last_error.unwrap().contains("team-only API key"));
    let long = common::notify::Template {
        id: "00000000-0000-4000-8000-000000000999",
        kind: "sms",
        body: "((a_very_long_field_name_number_one)) ((a_very_long_field_name_number_two)) ((a_very_long_field_name_number_three)) ((a_very_long_field_name_number_four)) ((a_very_long_field_name_number_five)) ((a_very_long_field_name_number_six))",
    };
    server
        .state
        .lock()
        .unwrap()
        .templates
        .insert(long.id.into(), long.clone());
    let config = common::notify::notify_config(&server.url(), "")
        .replace(template_id("en-GB", "submitted_sms"), long.id);
    let t = Terminal::with_notify(&config, "");
    server.state.lock().unwrap().guest_list = None;
    let refs = t.submitted(&t.request("en-GB"), text_only(), &both());
    t.send(noon());
    let reason = t
        .store
        .lock()
        .unwrap()
        .message(&refs[0])
        .unwrap()
        .unwrap()
        .last_error
        .unwrap();
    let words = reason
        .strip_prefix("GOV.UK Notify refused it (400): ")
        .unwrap_or_else(|| panic!("{reason}"));
    assert!(
        words.starts_with("BadRequestError: Missing personalisation"),
        "{words}"
    );
    assert_eq!(words.chars().count(), notify::client::CLIP);
    assert!(words.ends_with('…'));
    let (status, full) = server
        .state
        .lock()
        .unwrap()
        .refused
        .last()
        .cloned()
        .unwrap();
    assert_eq!(status, 400);
    assert!(
        full.chars().count() > notify::client::CLIP,
        "Notify's words were longer"
    );
}

#[test]
fn messages_not_sent_in_time_are_given_up_and_contacts_are_erased_after_retention() {
    // Notify cannot be reached at all.
    let closed = common::notify::HookServer::closed_url().replace("/hook", "");
    let t = Terminal::with_notify(
        &common::notify::notify_config(&closed, "give_up_hours = 48"),
        "",
    );
    let refs = t.submitted(&t.request("en-GB"), text_only(), &both());
    let report = t.send(noon());
    assert_eq!(report.retrying, 1);
    let m = t.store.lock().unwrap().message(&refs[0]).unwrap().unwrap();
    assert!(
        !m.uncertain,
        "a refused connection certainly did not reach Notify"
    );
    assert_eq!(t.send(noon() + chrono::Duration::hours(47)).given_up, 0);
    assert_eq!(t.send(noon() + chrono::Duration::hours(49)).given_up, 1);
    assert_eq!(
        t.store
            .lock()
            .unwrap()
            .message(&refs[0])
            .unwrap()
            .unwrap()
            .state,
        MessageState::GivenUp
    );

    // Sent, then erased after outbox.retention_hours (24).
    let server = NotifyServer::start();
    let t = Terminal::new(&server, "");
    let refs = t.submitted(&t.request("en-GB"), text_only(), &both());
    t.send_until_done(noon());
    let erase = |hours: i64| {
        notify::erase_expired(
            &t.store.lock().unwrap(),
            &t.config,
            &(noon() + chrono::Duration::hours(hours)),
        )
        .unwrap()
    };
    assert_eq!(erase(23), 0);
    assert!(
        t.store
            .lock()
            .unwrap()
            .message(&refs[0])
            .unwrap()
            .unwrap()
            .recipient
            .is_some()
    );
    assert_eq!(erase(25), 1);
    let m = t.store.lock().unwrap().message(&refs[0]).unwrap().unwrap();
    assert_eq!(m.recipient, None);
    assert_eq!(m.state, MessageState::Sent);

    // An appointment's number is kept until it has passed, then erased.
    let appointment = t.book(&bk("BKAH3467"), local(2026, 11, 20, 10, 0), "en-GB");
    let remind = Consent {
        remind_day_before: true,
        ..Consent::default()
    };
    notify::enqueue_booked(
        &mut t.store.lock().unwrap(),
        &t.config,
        &appointment,
        &remind,
        &both(),
        &noon(),
    )
    .unwrap();
    assert_eq!(erase(30), 0);
    assert!(
        t.store
            .lock()
            .unwrap()
            .follow_up(&bk("BKAH3467"))
            .unwrap()
            .unwrap()
            .phone
            .is_some()
    );
    notify::erase_expired(
        &t.store.lock().unwrap(),
        &t.config,
        &at(2026, 11, 21, 11, 0),
    )
    .unwrap();
    assert_eq!(
        t.store
            .lock()
            .unwrap()
            .follow_up(&bk("BKAH3467"))
            .unwrap()
            .unwrap()
            .phone,
        None
    );
}

#[test]
fn status_updates_are_a_bounded_poll_of_requests_whose_resident_asked() {
    let status = StatusServer::start();
    let server = NotifyServer::start();
    let t = Terminal::with_notify(
        &common::notify::notify_config(&server.url(), "updates = true\nupdates_days = 30"),
        &status.backend_config(),
    );
    let open311 = frontdoor::sync::Client::from_config(&t.config).unwrap();
    let mut asked = Vec::new();
    for (i, wants) in [true, false, true].into_iter().enumerate() {
        let stored = t
            .store
            .lock()
            .unwrap()
            .submit(
                &frontdoor::outbox::NewSubmission {
                    submission: frontdoor::journey::Submission {
                        service_code: "missed-bin".into(),
                        attributes: Default::default(),
                        address_string: Some("3 Park Road".into()),
                        postcode: None,
                        phone: None,
                        email: None,
                        name: None,
                        ..Default::default()
                    },
                    service_type: frontdoor::catalogue::open311::ServiceType::Realtime,
                    locale: "en-GB".into(),
                    assisted: false,
                },
                "ACDE",
                noon(),
            )
            .unwrap();
        let id = format!("90{i}");
        t.store
            .lock()
            .unwrap()
            .mark_sent(stored.reference.as_str(), Some(&id), None, noon())
            .unwrap();
        status.set(&id, "open");
        let mut request = t.request("en-GB");
        request.reference = stored.reference.clone();
        let consent = Consent {
            updates: wants,
            ..Consent::default()
        };
        let contact = Contact {
            mobile: None,
            email: Some("resident@example.com".into()),
        };
        t.submitted(&request, consent, &contact);
        if wants {
            asked.push((stored.reference, id));
        }
    }
    let poll = |hours: i64| {
        t.runtime
            .block_on(notify::poll_updates(
                &t.store,
                &open311,
                &t.config,
                noon() + chrono::Duration::minutes(hours * 60),
            ))
            .unwrap()
    };
    assert_eq!(poll(0), 0);
    assert_eq!(
        status.lookups(),
        2,
        "only the requests whose residents asked"
    );
    assert_eq!(poll(0), 0);
    assert_eq!(status.lookups(), 2, "not looked up again within the hour");
    status.set(&asked[0].1, "closed");
    assert_eq!(poll(2), 1);
    assert_eq!(status.lookups(), 4);
    t.send_until_done(noon() + chrono::Duration::hours(2));
    let sent = server.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].channel, "email");
    assert_eq!(sent[0].template_id, template_id("en-GB", "update_email"));
    assert_eq!(
        sent[0].personalisation["status"],
        frontdoor::i18n::t("en-GB", "progress-closed-status")
    );
    // A closed request is not looked at again; after updates_days, none is.
    assert_eq!(poll(4), 0);
    assert_eq!(status.lookups(), 5);
    assert_eq!(poll(24 * 31), 0);
    assert_eq!(status.lookups(), 5);
}

fn write_config(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    let path = dir.join("config.toml");
    std::fs::write(&path, format!("{}{text}", common::config_text(dir, ""))).unwrap();
    path
}

fn frontdoor(config: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .arg("--config")
        .arg(config)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn notify_test_sends_the_submitted_template_and_prints_notifys_answer() {
    let server = NotifyServer::start();
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(
        dir.path(),
        &common::notify::notify_config(&server.url(), ""),
    );
    let out = frontdoor(&config, &["notify", "test", "--sms", "07700 900123"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let sent = server.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].template_id, template_id("en-GB", "submitted_sms"));
    assert!(stdout.contains(&sent[0].id), "{stdout}");
    let out = frontdoor(
        &config,
        &["notify", "test", "--email", "staff@council.example"],
    );
    assert!(out.status.success());
    assert_eq!(
        server.sent()[1].template_id,
        template_id("en-GB", "submitted_email")
    );
    // Refused by Notify: its words, and a failure.
    server.state.lock().unwrap().guest_list = Some(Vec::new());
    let out = frontdoor(&config, &["notify", "test", "--sms", "07700900123"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("team-only API key"));
    // Not a mobile: refused before anything is sent.
    let out = frontdoor(&config, &["notify", "test", "--sms", "01632 960001"]);
    assert!(!out.status.success());
    assert_eq!(server.posts(), 3);
}

#[test]
fn killed_with_sigkill_during_sending_the_next_sync_sends_no_second_copy() {
    let server = NotifyServer::start();
    let dir = tempfile::tempdir().unwrap();
    let config_path = write_config(
        dir.path(),
        &common::notify::notify_config(&server.url(), ""),
    );
    let config = Config::from_file(&config_path).unwrap();
    let reference = {
        let mut store = Outbox::open(&config.database_path()).unwrap();
        let request = Request {
            reference: frontdoor::reference::Reference::new("ACDE", 34_679),
            service: "Report a missed bin".into(),
            locale: "en-GB".into(),
        };
        notify::enqueue_submitted(
            &mut store,
            &config,
            &request,
            &text_only(),
            &both(),
            &Utc::now(),
        )
        .unwrap()
        .remove(0)
    };
    // Notify takes the text and answers only after a minute: the terminal
    // is killed in between.
    server.fault(&[Fault::AcceptSlow(Duration::from_secs(60))]);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .arg("--config")
        .arg(&config_path)
        .args(["sync", "--once"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    server.wait_for_sent(1);
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let out = frontdoor(&config_path, &["sync", "--once"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("found already sent 1"), "{stdout}");
    assert_eq!(server.sent_with_reference(&reference), 1);
    assert_eq!(server.posts(), 1);
    let store = Outbox::open(&config.database_path()).unwrap();
    assert_eq!(
        store.message(&reference).unwrap().unwrap().state,
        MessageState::Sent
    );
}

#[test]
fn config_keys_are_checked_and_named() {
    let base = "[kiosk]\nid = \"A\"\nsite_name = \"B\"\n";
    let key = common::notify::api_key();
    let cases = [
        ("[notify]\n".to_string(), "notify.api_key"),
        (
            "[notify]\napi_key = \"secret\"\n".to_string(),
            "notify.api_key",
        ),
        (
            format!("[notify]\napi_key = \"{key}\"\nbase_url = \"http://notify.example\"\n"),
            "notify.base_url",
        ),
        (
            format!("[notify]\napi_key = \"{key}\"\nreminder_hour = 24\n"),
            "notify.reminder_hour",
        ),
        (
            format!("[notify]\napi_key = \"{key}\"\nupdates_days = 0\n"),
            "notify.updates_days",
        ),
        (
            format!("[notify]\napi_key = \"{key}\"\ngive_up_hours = 0\n"),
            "notify.give_up_hours",
        ),
        (
            format!(
                "[notify]\napi_key = \"{key}\"\n[notify.templates.xx]\nsubmitted_sms = \"00000000-0000-4000-8000-000000000101\"\n"
            ),
            "notify.templates.xx",
        ),
        (
            format!(
                "[notify]\napi_key = \"{key}\"\n[notify.templates.cy]\nbooked_sms = \"not-a-uuid\"\n"
            ),
            "notify.templates.cy.booked_sms",
        ),
        (
            format!("[notify]\napi_key = \"{key}\"\napi_key_file = \"/k\"\n"),
            "notify.api_key_file",
        ),
        (
            "[help]\nwebhook_url = \"http://hooks.example/x\"\n".to_string(),
            "help.webhook_url",
        ),
        (
            "[help]\nsms_to = [\"01632960001\"]\n".to_string(),
            "help.sms_to[0]",
        ),
        (
            "[help]\nsms_to = [\"07700900001\"]\n".to_string(),
            "help.sms_to",
        ),
        (
            format!("[help]\nsms_to = [\"07700900001\"]\n[notify]\napi_key = \"{key}\"\n"),
            "notify.templates.en-GB.help_sms",
        ),
        (
            "[help]\nanswer_within_s = 5\n".to_string(),
            "help.answer_within_s",
        ),
        (
            "[help]\nformat = \"teams\"\n[help.desk_directions]\ncy = \"Wrth y drws\"\n"
                .to_string(),
            "help.desk_directions.en-GB",
        ),
        (
            "[help.desk_directions]\nen-GB = \" \"\n".to_string(),
            "help.desk_directions.en-GB",
        ),
    ];
    for (extra, wanted) in cases {
        let e =
            Config::parse(&format!("{base}{extra}"), Source::File("t.toml".into())).unwrap_err();
        assert_eq!(e.key, wanted, "{extra}: {e}");
        assert!(
            !e.to_string().contains(common::notify::SECRET),
            "the secret is never shown"
        );
    }
    let ok = format!(
        "{base}[help]\nwebhook_url = \"https://council.webhook.office.com/x\"\nformat = \"teams\"\nsms_to = [\"07700 900001\"]\n[help.desk_directions]\nen-GB = \"By the door\"\n[notify]\napi_key = \"{key}\"\n[notify.templates.en-GB]\nhelp_sms = \"00000000-0000-4000-8000-000000000110\"\n"
    );
    let c = Config::parse(&ok, Source::Embedded).unwrap();
    let n = c.notify.as_ref().unwrap();
    assert_eq!(
        (n.reminder_hour, n.updates, n.updates_days, n.give_up_hours),
        (17, false, 30, 48)
    );
    assert_eq!(n.base_url, "https://api.notifications.service.gov.uk");
    assert_eq!(c.help.answer_within_s, 180);
    assert!(
        !format!("{c:?}").contains(common::notify::SECRET),
        "Debug hides the key"
    );
}

#[test]
fn a_whole_worker_pass_runs_as_a_spawned_task_on_local_time() {
    let server = NotifyServer::start();
    let t = Terminal::new(&server, "");
    let now = Utc::now();
    notify::enqueue_submitted(
        &mut t.store.lock().unwrap(),
        &t.config,
        &t.request("en-GB"),
        &text_only(),
        &both(),
        &now,
    )
    .unwrap();
    let (store, client, config) = (t.store.clone(), t.client.clone(), t.config.clone());
    // Send + 'static: what the kiosk's background worker needs.
    let task = t.runtime.spawn(async move {
        notify::pass(&store, &client, None, &config, &chrono::Local::now()).await
    });
    let report = t.runtime.block_on(task).unwrap().unwrap();
    assert_eq!(report.send.sent, 1);
    assert_eq!(server.sent().len(), 1);
}

/// A booking's reference for a label in these tests: a real reference, as
/// every stored booking holds, the same for the same label.
fn bk(label: &str) -> String {
    frontdoor::reference::Reference::new(&frontdoor::reference::terminal_part(label), 3467)
        .as_str()
        .to_string()
}
