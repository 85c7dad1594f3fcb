//! Every request carries a location, against a back office that refuses one
//! without (as the spec says): each bundled and published service answered
//! through its journey with and without the gazetteer, the site's location
//! for `site` services, a local refusal when there is none, and the nearby
//! open reports shown before a duplicate.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::open311::{Listed, Server};
use frontdoor::catalogue::open311::Datatype;
use frontdoor::catalogue::overlay::{ContactMode, LocationMode};
use frontdoor::catalogue::{Catalogue, Service};
use frontdoor::config::{Config, Source};
use frontdoor::gazetteer::Gazetteer;
use frontdoor::journey::{Journey, Outcome, Point, Step, Submission};
use frontdoor::outbox::{NewSubmission, Outbox, State};
use frontdoor::sync::{self, Client, open_requests};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const SITE: &str = "site_uprn = 100040000015\nsite_latitude = 52.20008\nsite_longitude = -1.501\nsite_address = \"Demo Library, 1 Library Walk, Demoford, DM1 1LW\"\n";

struct Terminal {
    _dir: tempfile::TempDir,
    outbox: Arc<Mutex<Outbox>>,
    client: Client,
    runtime: tokio::runtime::Runtime,
    gazetteer: Option<Gazetteer>,
}

impl Terminal {
    /// A terminal on `server`, with these `[kiosk]` lines, and the demo
    /// gazetteer when asked.
    fn new(server: &Server, kiosk: &str, with_gazetteer: bool) -> Terminal {
        let dir = tempfile::tempdir().unwrap();
        let text = format!(
            "[kiosk]\nid = \"LIB-TEST-01\"\nsite_name = \"Test Library\"\nfullscreen = false\ndata_dir = \"{}\"\n{kiosk}{}",
            dir.path().display(),
            server.backend_config()
        );
        let config = Config::parse(&text, Source::Embedded).unwrap();
        let gazetteer = with_gazetteer.then(|| {
            let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/gazetteer/demo.csv");
            frontdoor::gazetteer::import::import(
                std::fs::File::open(csv).unwrap(),
                "demo.csv",
                &config.gazetteer_path(),
            )
            .unwrap();
            Gazetteer::for_config(&config).unwrap().unwrap()
        });
        Terminal {
            outbox: Arc::new(Mutex::new(Outbox::open(&config.database_path()).unwrap())),
            client: Client::from_config(&config)
                .unwrap()
                .with_timeout(Duration::from_millis(500))
                .unwrap(),
            runtime: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap(),
            gazetteer,
            _dir: dir,
        }
    }

    fn store(&self, service: &Service, submission: Submission) -> String {
        self.outbox
            .lock()
            .unwrap()
            .submit(
                &NewSubmission {
                    submission,
                    service_type: service.service_type,
                    locale: "en-GB".into(),
                    assisted: false,
                },
                "ACDE",
                chrono::Utc::now(),
            )
            .unwrap()
            .reference
            .as_str()
            .to_string()
    }

    fn send(&self) -> sync::Report {
        self.runtime
            .block_on(sync::send_waiting(&self.outbox, &self.client, true))
            .unwrap()
    }

    fn row(&self, reference: &str) -> frontdoor::outbox::Stored {
        self.outbox.lock().unwrap().get(reference).unwrap().unwrap()
    }
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 18).unwrap()
}

/// Answers every page as a resident might (the second address or building
/// in a list), looking things up in the gazetteer when the journey asks.
fn answer_all(service: &Service, gazetteer: Option<&mut Gazetteer>) -> Submission {
    let mut j = Journey::new(service.clone(), today());
    j.set_gazetteer(gazetteer.is_some());
    let mut gazetteer = gazetteer;
    for _ in 0..80 {
        match j.step() {
            Step::Info(_) | Step::Check | Step::Notices => {}
            Step::Question(i) => {
                let a = j.service().attributes[i].clone();
                match a.datatype {
                    Datatype::String | Datatype::Text if a.required => j.type_text("By the gate"),
                    Datatype::Number if a.required => {
                        j.type_text(&format!("{}", a.limits.min.unwrap_or(1.0).max(1.0)))
                    }
                    Datatype::Singlevaluelist => j.choose(&a.values[0].key),
                    Datatype::Multivaluelist => j.toggle(&a.values[0].key),
                    _ => {}
                }
            }
            Step::Postcode => j.type_text("dm1 2ml"),
            Step::House => j.type_text("14"),
            Step::Landmark => j.type_text("By the bus stop"),
            Step::Street => j.type_text("mill"),
            Step::Addresses | Step::Near => {
                let uprn = j.addresses()[1].uprn.to_string();
                j.choose(&uprn);
            }
            Step::Streets => {
                let usrn = j.streets()[0].usrn.to_string();
                j.choose(&usrn);
            }
            Step::ContactMethod => j.choose(if service.contact == ContactMode::Optional {
                "none"
            } else {
                "email"
            }),
            Step::ContactDetail => j.type_text(
                if j.field_kind() == Some(frontdoor::journey::FieldKind::Email) {
                    "ann@example.com"
                } else {
                    "07700 900982"
                },
            ),
            Step::ContactName => j.type_text("Ann Jones"),
        }
        match j.continue_on() {
            Outcome::Submit => return j.submission().expect("complete"),
            Outcome::LookUp(lookup) => {
                let g = gazetteer.as_deref_mut().expect("only with a gazetteer");
                let found = g.look_up(&lookup).unwrap();
                j.found(&lookup, found);
            }
            Outcome::Problems => panic!("{}: {:?} on {:?}", service.code, j.problems(), j.step()),
            Outcome::Moved => {}
        }
    }
    panic!("{}: the journey never reached the end", service.code)
}

fn field<'a>(form: &'a [(String, String)], key: &str) -> Option<&'a str> {
    form.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

fn sends(s: &Service) -> bool {
    frontdoor::catalogue::location::sends(s.kind)
}

#[test]
fn every_bundled_service_reaches_a_strict_back_office_with_a_location() {
    let catalogue = Catalogue::bundled();
    let services: Vec<&Service> = catalogue.services.iter().filter(|s| sends(s)).collect();
    assert_eq!(services.len(), 11);
    for with_gazetteer in [false, true] {
        let server = Server::start();
        let mut t = Terminal::new(&server, SITE, with_gazetteer);
        let mut references = Vec::new();
        for s in &services {
            let sub = answer_all(s, t.gazetteer.as_mut());
            references.push((s.code.clone(), t.store(s, sub)));
        }
        let report = t.send();
        assert_eq!(
            (report.sent, report.refused, report.retrying),
            (services.len(), 0, 0),
            "gazetteer {with_gazetteer}"
        );
        let created = server.created();
        for (code, reference) in &references {
            assert_eq!(t.row(reference).state, State::Sent, "{code}");
            let form = &created
                .iter()
                .find(|c| field(&c.form, "service_code") == Some(code))
                .unwrap()
                .form;
            let location = catalogue.service(code).unwrap().location;
            let (id, lat, text) = (
                field(form, "address_id"),
                field(form, "lat"),
                field(form, "address_string").unwrap_or_default(),
            );
            match (location, with_gazetteer) {
                (LocationMode::Site, _) => {
                    assert_eq!(id, Some("100040000015"), "{code}");
                    assert_eq!(
                        (lat, field(form, "long")),
                        (Some("52.20008"), Some("-1.501"))
                    );
                    assert_eq!(text, "Demo Library, 1 Library Walk, Demoford, DM1 1LW");
                }
                (LocationMode::Address, false) => {
                    assert_eq!((id, lat, text), (None, None, "14, DM1 2ML"), "{code}")
                }
                (LocationMode::Address, true) => {
                    assert_eq!(id, Some("100040000013"), "{code}: 4 Mill Lane");
                    assert_eq!(lat, Some("52.20076"));
                    assert_eq!(text, "4 MILL LANE, DEMOFORD, DM1 2ML");
                }
                (LocationMode::Street, false) => {
                    assert_eq!((id, lat, text), (None, None, "By the bus stop"), "{code}")
                }
                (LocationMode::Street, true) => {
                    // The building it is near, for routing.
                    assert_eq!(id, Some("100040000012"), "{code}");
                    // The second building on Mill Lane, after 1 (DM1 3ML).
                    assert_eq!(
                        (lat, field(form, "long")),
                        (Some("52.20063"), Some("-1.49858"))
                    );
                    assert_eq!(text, "Near 2 Mill Lane, DM1 2ML");
                }
                (LocationMode::Landmark, _) => unreachable!("no bundled landmark service"),
            }
        }
    }
}

#[test]
fn a_service_the_back_office_publishes_without_an_overlay_asks_and_sends_an_address() {
    let server = Server::start();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/open311-spec");
    server.publish(&fixtures);
    let catalogue = Catalogue::from_dir(&fixtures).unwrap();
    let mut t = Terminal::new(&server, "", true);
    for s in &catalogue.services {
        assert_eq!(s.location, LocationMode::Address, "{}", s.code);
        let sub = answer_all(s, t.gazetteer.as_mut());
        t.store(s, sub);
        let typed = answer_all(s, None);
        assert_eq!(typed.address_string.as_deref(), Some("14, DM1 2ML"));
        t.store(s, typed);
    }
    let report = t.send();
    assert_eq!((report.sent, report.refused), (6, 0));
    for c in server.created() {
        assert!(
            field(&c.form, "address_id") == Some("100040000013")
                || field(&c.form, "address_string") == Some("14, DM1 2ML"),
            "{:?}",
            c.form
        );
    }
}

#[test]
fn nothing_is_posted_without_a_location_and_the_back_office_refuses_one() {
    let server = Server::start();
    // No site in the config: a complaint about the site has nowhere to say.
    let t = Terminal::new(&server, "", false);
    let catalogue = Catalogue::bundled();
    let feedback = catalogue.service("feedback").unwrap();
    let sub = answer_all(feedback, None);
    assert!(sub.at_site);
    let reference = t.store(feedback, sub);
    let report = t.send();
    assert_eq!(report.refused, 1);
    let row = t.row(&reference);
    assert_eq!(row.state, State::NeedsAttention);
    assert!(
        row.last_error.as_deref().unwrap().contains("no location"),
        "{:?}",
        row.last_error
    );
    assert_eq!(server.state.lock().unwrap().posts, 0, "never posted");

    // The test back office refuses one as a real one does.
    let client = reqwest::Client::new();
    let url = format!("{}/requests.json", server.url());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let post = |form: Vec<(&'static str, &'static str)>| {
        runtime.block_on(async {
            let r = client.post(&url).form(&form).send().await.unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        })
    };
    let base = vec![
        ("jurisdiction_id", common::open311::JURISDICTION),
        ("api_key", common::open311::API_KEY),
        ("service_code", "pothole"),
    ];
    let (status, body) = post(base.clone());
    assert_eq!(status, 400);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v[0]["code"], 400);
    assert!(
        v[0]["description"]
            .as_str()
            .unwrap()
            .contains("location is required")
    );
    let mut half = base.clone();
    half.push(("lat", "52.2"));
    assert_eq!(post(half).0, 400, "lat without long");
    let mut blank = base.clone();
    blank.push(("address_string", "  "));
    assert_eq!(post(blank).0, 400, "a blank address");
    let mut by_uprn = base;
    by_uprn.push(("address_id", "100040000015"));
    assert_eq!(post(by_uprn).0, 201);
}

#[test]
fn the_site_comes_from_the_gazetteer_when_the_config_gives_only_its_uprn() {
    let server = Server::start();
    let t = Terminal::new(&server, "site_uprn = 100040000015\n", true);
    let site = t.client.site();
    assert_eq!(site.uprn, Some(100040000015));
    assert_eq!(
        site.point,
        Some(Point {
            lat: 52.20008,
            long: -1.501
        })
    );
    assert_eq!(
        site.address.as_deref(),
        Some("DEMO LIBRARY, 1 LIBRARY WALK, DEMOFORD, DM1 1LW")
    );
    let catalogue = Catalogue::bundled();
    let call_back = catalogue.service("call-back").unwrap();
    let sub = answer_all(call_back, None);
    t.store(call_back, sub);
    assert_eq!(t.send().sent, 1);
    let form = &server.created()[0].form;
    assert_eq!(field(form, "address_id"), Some("100040000015"));
    assert_eq!(field(form, "lat"), Some("52.20008"));
}

fn listed(id: &str, service: &str, status: &'static str, point: Option<(f64, f64)>) -> Listed {
    Listed {
        id: id.into(),
        service_code: service.into(),
        status,
        point,
        address: Some(format!("Somewhere near {id}")),
        description: format!("Light out ({id})"),
        requested: "2026-11-15T09:30:00Z".into(),
    }
}

/// 10 Mill Lane, and points north of it by so many metres.
fn mill_lane_10(north_m: f64) -> (f64, f64) {
    (52.200500 + 10.0 * 0.000065 + north_m / 111_195.0, -1.498580)
}

fn ids(nearby: &open_requests::Nearby) -> Vec<String> {
    nearby
        .requests
        .iter()
        .map(|n| n.request.service_request_id.clone())
        .collect()
}

#[test]
fn nearby_open_reports_are_the_same_services_within_150_metres() {
    let server = Server::start();
    server.seed(&[
        listed("far", "street-light", "open", Some(mill_lane_10(400.0))),
        listed(
            "near-140",
            "street-light",
            "open",
            Some(mill_lane_10(140.0)),
        ),
        listed("near-40", "street-light", "open", Some(mill_lane_10(-40.0))),
        listed("closed", "street-light", "closed", Some(mill_lane_10(10.0))),
        listed("pothole", "pothole", "open", Some(mill_lane_10(5.0))),
        listed("nowhere", "street-light", "open", None),
    ]);
    let t = Terminal::new(&server, "", false);
    let (lat, long) = mill_lane_10(0.0);
    let here = Point { lat, long };
    let nearby = |client: Option<&Client>| {
        t.runtime
            .block_on(open_requests::nearby(
                &t.outbox,
                client,
                "street-light",
                here,
            ))
            .unwrap()
    };

    let found = nearby(Some(&t.client));
    assert_eq!(ids(&found), ["near-40", "near-140"]);
    assert!(!found.may_be_out_of_date);
    let first = &found.requests[0];
    assert!(
        (first.distance_m - 40.0).abs() < 1.0,
        "{}",
        first.distance_m
    );
    assert_eq!(
        first.request.description.as_deref(),
        Some("Light out (near-40)")
    );
    assert_eq!(
        first.request.address.as_deref(),
        Some("Somewhere near near-40")
    );
    assert_eq!(
        first.request.requested_at.map(|t| t.to_rfc3339()),
        Some("2026-11-15T09:30:00+00:00".into())
    );
    let query = server.state.lock().unwrap().list_queries[0].clone();
    for part in [
        "service_code=street-light",
        "status=open",
        "lat=",
        "long=",
        "radius=150",
    ] {
        assert!(query.contains(part), "{query}");
    }

    // A back office without the lat/long/radius extension answers with
    // everything: the terminal measures the distances itself.
    server.state.lock().unwrap().no_near_search = true;
    assert_eq!(ids(&nearby(Some(&t.client))), ["near-40", "near-140"]);

    // One that refuses the extension is asked again for the whole list.
    {
        let mut s = server.state.lock().unwrap();
        s.no_near_search = false;
        s.refuse_near_search = true;
        s.list_queries.clear();
    }
    assert_eq!(ids(&nearby(Some(&t.client))), ["near-40", "near-140"]);
    let queries = server.state.lock().unwrap().list_queries.clone();
    assert_eq!(queries.len(), 2);
    assert!(!queries[1].contains("lat="), "{queries:?}");

    // Offline: the cached list, said to be possibly out of date.
    server.state.lock().unwrap().unreachable = true;
    let offline = nearby(Some(&t.client));
    assert_eq!(ids(&offline), ["near-40", "near-140"]);
    assert!(offline.may_be_out_of_date);
    assert!(offline.fetched_at.is_some());
    let no_back_office = nearby(None);
    assert_eq!(ids(&no_back_office), ["near-40", "near-140"]);
    assert!(no_back_office.may_be_out_of_date);

    // A report closed since drops out of the cache at the next answer.
    {
        let mut s = server.state.lock().unwrap();
        s.unreachable = false;
        s.refuse_near_search = false;
        s.listed.retain(|l| l.id != "near-40");
    }
    assert_eq!(ids(&nearby(Some(&t.client))), ["near-140"]);
    server.state.lock().unwrap().unreachable = true;
    assert_eq!(ids(&nearby(Some(&t.client))), ["near-140"]);
}

#[test]
fn a_back_office_that_refuses_the_list_means_no_list() {
    let server = Server::start();
    server.seed(&[listed(
        "near",
        "street-light",
        "open",
        Some(mill_lane_10(20.0)),
    )]);
    let t = Terminal::new(&server, "", false);
    let (lat, long) = mill_lane_10(0.0);
    let here = Point { lat, long };
    let catalogue = Catalogue::bundled();
    // The whole lists of the report services, cached for offline use.
    let listed_services = t
        .runtime
        .block_on(open_requests::refresh_all(&t.outbox, &t.client, &catalogue))
        .unwrap();
    assert_eq!(
        listed_services, 4,
        "missed-bin, fly-tipping, street-light, pothole"
    );
    server.state.lock().unwrap().unreachable = true;
    let cached = t
        .runtime
        .block_on(open_requests::nearby(
            &t.outbox,
            Some(&t.client),
            "street-light",
            here,
        ))
        .unwrap();
    assert_eq!(ids(&cached), ["near"]);

    let mut s = server.state.lock().unwrap();
    s.unreachable = false;
    s.refuse_listing = true;
    drop(s);
    let refused = t
        .runtime
        .block_on(open_requests::nearby(
            &t.outbox,
            Some(&t.client),
            "street-light",
            here,
        ))
        .unwrap();
    assert_eq!(refused, open_requests::Nearby::default());
    // And stays so offline: the refusal is remembered, the cache gone.
    server.state.lock().unwrap().unreachable = true;
    let offline = t
        .runtime
        .block_on(open_requests::nearby(
            &t.outbox,
            Some(&t.client),
            "street-light",
            here,
        ))
        .unwrap();
    assert!(offline.requests.is_empty());
}

#[test]
fn a_report_sent_after_seeing_an_earlier_one_names_it() {
    let server = Server::start();
    let t = Terminal::new(&server, "", false);
    let catalogue = Catalogue::bundled();
    let light = catalogue.service("street-light").unwrap();
    let mut sub = answer_all(light, None);
    sub.earlier_request = Some("638344".into());
    t.store(light, sub);
    assert_eq!(t.send().sent, 1);
    let form = &server.created()[0].form;
    assert!(
        field(form, "description")
            .unwrap()
            .contains("open request 638344"),
        "{form:?}"
    );
}
