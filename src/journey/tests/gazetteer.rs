//! The gazetteer's pages, with addresses and streets as the app would feed
//! them in from `crate::gazetteer`.

use super::*;

fn address(uprn: u64, lines: &[&str], number: Option<&str>, postcode: &str, lat: f64) -> Address {
    Address {
        uprn,
        usrn: Some(47000102),
        lat,
        long: -1.4985,
        lines: lines.iter().map(|l| l.to_string()).collect(),
        single_line: format!("{}, DEMOFORD, {postcode}", lines.join(", ").to_uppercase()),
        number: number.map(str::to_string),
        street: "Mill Lane".into(),
        town: "Demoford".into(),
        postcode: Some(postcode.into()),
    }
}

fn mill_lane() -> Vec<Address> {
    vec![
        address(
            100040000012,
            &["2 Mill Lane"],
            Some("2"),
            "DM1 2ML",
            52.2006,
        ),
        address(
            100040000019,
            &["14 Mill Lane"],
            Some("14"),
            "DM1 2ML",
            52.2014,
        ),
        address(
            100040000024,
            &["Flat 2, Mill House", "18 Mill Lane"],
            Some("18"),
            "DM1 2ML",
            52.2017,
        ),
    ]
}

fn mill_street() -> Street {
    Street {
        usrn: 47000102,
        name: "Mill Lane".into(),
        town: "Demoford".into(),
        addresses: 25,
    }
}

/// missed-bin, answered up to its postcode page.
fn missed_bin_at_postcode(gazetteer: bool) -> Journey {
    let mut j = journey("missed-bin");
    j.set_gazetteer(gazetteer);
    j.choose("general");
    j.continue_on();
    j.continue_on();
    j.choose("yes");
    j.continue_on();
    assert_eq!(j.step(), Step::Postcode);
    j
}

#[test]
fn an_address_is_picked_from_the_gazetteer_and_sent_with_its_uprn() {
    let mut j = missed_bin_at_postcode(true);
    j.type_text("dm12ml");
    let wanted = Lookup::Postcode("DM1 2ML".into());
    assert_eq!(j.continue_on(), Outcome::LookUp(wanted.clone()));
    assert_eq!(j.step(), Step::Addresses);
    assert_eq!(j.wanted(), Some(wanted.clone()));
    // An answer for another look-up is ignored.
    j.found(
        &Lookup::Postcode("DM1 3ML".into()),
        Found::Addresses(vec![]),
    );
    assert_eq!(j.step(), Step::Addresses);
    assert!(j.addresses().is_empty());
    j.found(&wanted, Found::Addresses(mill_lane()));
    assert_eq!(j.wanted(), None);
    assert_eq!(j.addresses().len(), 3);
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::ChooseAddress]);
    j.choose("999");
    assert_eq!(j.chosen_place(), None, "not one of the list");
    j.choose("100040000024");
    assert_eq!(j.chosen_place().as_deref(), Some("100040000024"));
    assert_eq!(j.continue_on(), Outcome::Moved);
    assert_eq!(j.step(), Step::ContactMethod);
    j.choose("none");
    j.continue_on();
    let s = j.submission().expect("complete");
    assert_eq!(s.address_id.as_deref(), Some("100040000024"));
    assert_eq!((s.lat, s.long), (Some(52.2017), Some(-1.4985)));
    assert_eq!(
        s.address_string.as_deref(),
        Some("FLAT 2, MILL HOUSE, 18 MILL LANE, DEMOFORD, DM1 2ML")
    );
    assert_eq!(s.postcode.as_deref(), Some("DM1 2ML"));
    assert!(!s.at_site);
    assert_eq!(
        j.point(),
        Some(Point {
            lat: 52.2017,
            long: -1.4985
        })
    );
    change_to_another_postcode(&mut j);
}

/// Check your answers says the picked address in words; Change goes back
/// to the postcode, and a new postcode's pick replaces it.
fn change_to_another_postcode(j: &mut Journey) {
    let row = j
        .summary()
        .into_iter()
        .find(|r| r.label == RowLabel::Fixed("row-address"))
        .expect("an address row");
    assert_eq!(
        row.value,
        Shown::Text("Flat 2, Mill House, 18 Mill Lane, Demoford, DM1 2ML".into())
    );
    assert_eq!(row.step, Step::Postcode);
    j.change(Step::Postcode);
    j.clear_field();
    j.type_text("DM1 3ML");
    let other = Lookup::Postcode("DM1 3ML".into());
    assert_eq!(j.continue_on(), Outcome::LookUp(other.clone()));
    assert_eq!(
        j.continue_on(),
        Outcome::Problems,
        "the old pick is not at this postcode"
    );
    j.found(
        &other,
        Found::Addresses(vec![address(
            100040000033,
            &["1 Mill Lane"],
            Some("1"),
            "DM1 3ML",
            52.2005,
        )]),
    );
    j.choose("100040000033");
    j.continue_on();
    assert_eq!(j.step(), Step::Check, "back to check your answers");
    assert_eq!(
        j.submission().expect("complete").address_id.as_deref(),
        Some("100040000033")
    );
}

#[test]
fn not_listed_and_nothing_found_fall_back_to_typing_the_house() {
    let mut j = missed_bin_at_postcode(true);
    j.type_text("DM1 2ML");
    let wanted = j.continue_on().lookup().cloned().expect("a look-up");
    j.found(&wanted, Found::Addresses(mill_lane()));
    j.choose("100040000012");
    j.not_listed();
    assert_eq!(j.step(), Step::House);
    assert_eq!(j.found_nothing(), None);
    // Back from the typed house is the list again; Continue there goes on
    // to the typed house while nothing is picked.
    assert!(j.back());
    assert_eq!(j.step(), Step::Addresses);
    assert_eq!(j.chosen_place(), None);
    j.continue_on();
    assert_eq!(j.step(), Step::House);
    j.type_text("2B");
    j.continue_on();
    j.choose("none");
    j.continue_on();
    let s = j.submission().expect("complete");
    assert_eq!(s.address_string.as_deref(), Some("2B, DM1 2ML"));
    assert_eq!((s.address_id, s.lat), (None, None));

    // A postcode the gazetteer does not have goes straight to the house.
    let mut j = missed_bin_at_postcode(true);
    j.type_text("DM9 9ZZ");
    let wanted = j.continue_on().lookup().cloned().expect("a look-up");
    j.found(&wanted, Found::Addresses(Vec::new()));
    assert_eq!(j.step(), Step::House);
    assert_eq!(j.found_nothing(), Some(wanted));
    j.type_text("Rose Cottage");
    assert!(j.back());
    assert_eq!(j.step(), Step::Postcode, "no empty list to go back to");

    // The gazetteer fails: the typed page takes over.
    let mut j = missed_bin_at_postcode(true);
    j.type_text("DM1 2ML");
    j.continue_on();
    assert_eq!(j.step(), Step::Addresses);
    j.set_gazetteer(false);
    assert_eq!(j.step(), Step::House);
}

#[test]
fn without_a_gazetteer_the_pages_are_the_typed_ones() {
    let mut j = missed_bin_at_postcode(false);
    j.type_text("DM1 2ML");
    assert_eq!(j.continue_on(), Outcome::Moved);
    assert_eq!(j.step(), Step::House);
    let mut light = journey("street-light");
    assert!(!light.has_gazetteer());
    assert!(!light.steps().iter().any(|s| matches!(
        s,
        Step::Street | Step::Streets | Step::Near | Step::Addresses
    )));
    assert!(light.steps().contains(&Step::Landmark));
    light.continue_on();
    assert_eq!(light.wanted(), None);
}

fn street_light_at_street(service: Service) -> Journey {
    let mut j = Journey::new(service, today());
    j.set_gazetteer(true);
    j.continue_on();
    j.choose("off");
    j.continue_on();
    j.continue_on();
    assert_eq!(j.step(), Step::Street);
    j
}

#[test]
fn a_street_then_near_which_number_sends_the_nearest_address_and_the_usrn() {
    // A council whose service has a USRN attribute: filled, never asked.
    let mut service = Catalogue::bundled()
        .service("street-light")
        .expect("service")
        .clone();
    let mut usrn = service.attributes[1].clone();
    usrn.code = "street_usrn".into();
    usrn.datatype = crate::catalogue::open311::Datatype::String;
    usrn.required = true;
    usrn.values.clear();
    service.attributes.push(usrn);
    let mut j = street_light_at_street(service);
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::EnterStreet]);
    assert_eq!(j.field_kind(), Some(FieldKind::Line));
    j.type_text("mill");
    let streets = Lookup::Streets("mill".into());
    assert_eq!(j.continue_on(), Outcome::LookUp(streets.clone()));
    j.found(&streets, Found::Streets(vec![mill_street()]));
    assert_eq!(j.streets().len(), 1);
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::ChooseStreet]);
    j.choose("47000102");
    let buildings = Lookup::OnStreet(47000102);
    assert_eq!(j.continue_on(), Outcome::LookUp(buildings.clone()));
    assert_eq!(j.step(), Step::Near);
    j.found(&buildings, Found::Addresses(mill_lane()));
    assert_eq!(j.continue_on(), Outcome::Problems);
    assert_eq!(j.problems(), [Problem::ChooseNear]);
    j.choose("100040000019");
    j.continue_on();
    assert_eq!(j.step(), Step::ContactMethod, "the USRN is not a page");
    j.choose("none");
    j.continue_on();
    let s = j.submission().expect("complete");
    assert_eq!(
        s.address_string.as_deref(),
        Some("Near 14 Mill Lane, DM1 2ML")
    );
    assert_eq!((s.lat, s.long), (Some(52.2014), Some(-1.4985)));
    assert_eq!(
        s.address_id.as_deref(),
        Some("100040000019"),
        "the building it is near, for routing"
    );
    assert_eq!(
        s.attributes.get("street_usrn"),
        Some(&Answer::Text("47000102".into()))
    );
    let row = j
        .summary()
        .into_iter()
        .find(|r| r.label == RowLabel::Fixed("row-near"))
        .expect("a near row");
    assert_eq!(row.value, Shown::Text("14 Mill Lane, Demoford".into()));
    assert_eq!(row.step, Step::Street);
}

#[test]
fn a_street_place_can_be_described_instead() {
    let service = Catalogue::bundled()
        .service("pothole")
        .expect("service")
        .clone();
    let mut j = Journey::new(service, today());
    j.set_gazetteer(true);
    j.choose("road");
    j.continue_on();
    j.choose("small");
    j.continue_on();
    j.continue_on();
    assert_eq!(j.step(), Step::Street);
    j.type_text("mill");
    let streets = j.continue_on().lookup().cloned().expect("a look-up");
    j.found(&streets, Found::Streets(vec![mill_street()]));
    j.choose("47000102");
    let buildings = j.continue_on().lookup().cloned().expect("a look-up");
    j.found(&buildings, Found::Addresses(mill_lane()));
    j.describe_instead();
    assert_eq!(j.step(), Step::Landmark);
    j.type_text("By the bus stop");
    j.continue_on();
    j.choose("none");
    j.continue_on();
    let s = j.submission().expect("complete");
    assert_eq!(
        s.address_string.as_deref(),
        Some("By the bus stop, Mill Lane, Demoford")
    );
    assert_eq!(s.lat, None);

    // No street matches: straight to describing it, saying so.
    let service = Catalogue::bundled()
        .service("fly-tipping")
        .expect("service")
        .clone();
    let mut j = Journey::new(service, today());
    j.set_gazetteer(true);
    assert!(matches!(j.step(), Step::Info(_)));
    j.continue_on();
    j.toggle("bags");
    j.continue_on();
    j.choose("van");
    j.continue_on();
    j.continue_on();
    j.continue_on();
    assert_eq!(j.step(), Step::Street);
    j.type_text("Nowhere Road");
    let streets = j.continue_on().lookup().cloned().expect("a look-up");
    j.found(&streets, Found::Streets(Vec::new()));
    assert_eq!(j.step(), Step::Landmark);
    assert_eq!(j.found_nothing(), Some(streets));
}

#[test]
fn a_site_service_asks_nothing_and_sends_the_site() {
    let mut j = journey("call-back");
    assert!(!j.steps().iter().any(|s| matches!(
        s,
        Step::Postcode | Step::House | Step::Landmark | Step::Addresses | Step::Street
    )));
    j.choose("housing");
    j.continue_on();
    j.toggle("morning");
    j.continue_on();
    j.type_text("07700 900982");
    j.continue_on();
    j.type_text("Ann Jones");
    j.continue_on();
    let s = j.submission().expect("complete");
    assert!(s.at_site);
    assert_eq!(
        (s.address_id.clone(), s.address_string.clone()),
        (None, None)
    );
    j.set_site(Site {
        uprn: Some(100040000015),
        point: Some(Point {
            lat: 52.20008,
            long: -1.501,
        }),
        address: Some("Demo Library, 1 Library Walk, Demoford, DM1 1LW".into()),
    });
    j.set_earlier_request(Some("638344".into()));
    let s = j.submission().expect("complete");
    assert_eq!(s.address_id.as_deref(), Some("100040000015"));
    assert_eq!((s.lat, s.long), (Some(52.20008), Some(-1.501)));
    assert_eq!(
        s.address_string.as_deref(),
        Some("Demo Library, 1 Library Walk, Demoford, DM1 1LW")
    );
    assert_eq!(s.earlier_request.as_deref(), Some("638344"));
}

#[test]
fn a_back_office_service_without_an_overlay_asks_for_an_address() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/open311-spec");
    let cat = Catalogue::from_dir(&dir).expect("fixtures");
    let mut j = Journey::new(cat.service("2").expect("service").clone(), today());
    assert_eq!(j.step(), Step::Postcode);
    j.type_text("DM1 2ML");
    j.continue_on();
    j.type_text("14");
    j.continue_on();
    j.choose("none");
    j.continue_on();
    let s = j.submission().expect("complete");
    assert_eq!(s.address_string.as_deref(), Some("14, DM1 2ML"));
}
