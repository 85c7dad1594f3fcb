use super::*;
use crate::catalogue::bundled;

struct Keys {
    pair: minisign::KeyPair,
}

impl Keys {
    fn new() -> Keys {
        Keys {
            pair: minisign::KeyPair::generate_unencrypted_keypair().expect("key pair"),
        }
    }

    fn public(&self) -> PublicKey {
        PublicKey::from_base64(&self.pair.pk.to_base64()).expect("public key")
    }

    fn sign(&self, text: &str) -> String {
        minisign::sign(
            Some(&self.pair.pk),
            &self.pair.sk,
            std::io::Cursor::new(text.as_bytes()),
            None,
            None,
        )
        .expect("signed")
        .to_string()
    }
}

fn config_text(version: u64, site: &str) -> String {
    format!("[kiosk]\nid = \"LIB-01\"\nsite_name = \"{site}\"\n[fleet]\nversion = {version}\n")
}

#[test]
fn a_signed_config_gives_its_version_and_the_config() {
    let keys = Keys::new();
    let text = config_text(3, "New Name Library");
    let (version, payload) = check(
        &keys.public(),
        "LIB-01",
        FileKind::Config,
        text.as_bytes(),
        &keys.sign(&text),
        "https://it.example.gov.uk/LIB-01.toml",
        &SourceFiles::default(),
    )
    .expect("accepted");
    assert_eq!(version, 3);
    match payload {
        Payload::Config(c) => assert_eq!(c.kiosk.site_name, "New Name Library"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn refusals_say_why() {
    let keys = Keys::new();
    let other = Keys::new();
    let text = config_text(3, "New");
    let sig = keys.sign(&text);
    let run = |key: &PublicKey, text: &str, sig: &str| {
        check(
            key,
            "LIB-01",
            FileKind::Config,
            text.as_bytes(),
            sig,
            "u",
            &SourceFiles::default(),
        )
        .map(|(v, _)| v)
    };
    let tampered = text.replace("New", "Evil");
    assert_eq!(
        run(&keys.public(), &tampered, &sig),
        Err(FleetError::Tampered)
    );
    assert_eq!(run(&other.public(), &text, &sig), Err(FleetError::WrongKey));
    assert!(matches!(
        run(&keys.public(), &text, "not a signature"),
        Err(FleetError::BadSignature(_))
    ));
    let elsewhere = config_text(3, "New").replace("LIB-01", "LIB-02");
    assert_eq!(
        run(&keys.public(), &elsewhere, &keys.sign(&elsewhere)),
        Err(FleetError::WrongTerminal("LIB-02".into()))
    );
    let unversioned = "[kiosk]\nid = \"LIB-01\"\nsite_name = \"X\"\n";
    assert!(matches!(
        run(&keys.public(), unversioned, &keys.sign(unversioned)),
        Err(FleetError::NoVersion(_))
    ));
    let invalid = config_text(4, "X") + "[printer]\npaper_width_dots = 500\n";
    match run(&keys.public(), &invalid, &keys.sign(&invalid)) {
        Err(FleetError::Invalid(why)) => assert!(why.contains("printer.paper_width_dots"), "{why}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_version_line_is_blanked_and_lines_keep_their_numbers() {
    let text = "# overlay\nversion = 7\n\n[services.pothole]\nversion_note = 1\n";
    let (v, out) = split_version(text, "o").expect("versioned");
    assert_eq!(v, 7);
    assert_eq!(out, "# overlay\n\n\n[services.pothole]\nversion_note = 1\n");
    assert!(matches!(
        split_version("[services]\n", "o"),
        Err(FleetError::NoVersion(_))
    ));
    assert!(matches!(
        split_version("version = \"7\"\n", "o"),
        Err(FleetError::NoVersion(_))
    ));
}

#[test]
fn an_overlay_must_load_over_the_catalogue_in_use() {
    let keys = Keys::new();
    let base = bundled::files();
    let good = format!(
        "version = 2\n{}",
        base.overlay
            .clone()
            .expect("the bundled catalogue has an overlay")
    );
    let (v, payload) = check(
        &keys.public(),
        "LIB-01",
        FileKind::Overlay,
        good.as_bytes(),
        &keys.sign(&good),
        "https://x/overlay.toml",
        &base,
    )
    .expect("accepted");
    assert_eq!(v, 2);
    assert!(matches!(payload, Payload::Overlay { .. }));
    let bad = "version = 3\n[services.pothole]\nkind = \"teleport\"\n";
    assert!(matches!(
        check(
            &keys.public(),
            "LIB-01",
            FileKind::Overlay,
            bad.as_bytes(),
            &keys.sign(bad),
            "https://x/overlay.toml",
            &base
        ),
        Err(FleetError::Invalid(_))
    ));
}

#[test]
fn a_diary_must_have_every_appointment_type_the_catalogue_books() {
    let keys = Keys::new();
    let base = bundled::files();
    let good = format!("version = 5\n{}", crate::booking::file::DEMO);
    let (v, payload) = check(
        &keys.public(),
        "LIB-01",
        FileKind::Diary,
        good.as_bytes(),
        &keys.sign(&good),
        "https://x/diary.toml",
        &base,
    )
    .expect("accepted");
    assert_eq!(v, 5);
    assert!(matches!(payload, Payload::Diary { .. }));
    let empty = "version = 6\n[opening]\nmonday = \"09:00-17:00\"\n";
    let refused = check(
        &keys.public(),
        "LIB-01",
        FileKind::Diary,
        empty.as_bytes(),
        &keys.sign(empty),
        "https://x/diary.toml",
        &base,
    );
    assert!(
        matches!(refused, Err(FleetError::Invalid(_))),
        "{refused:?}"
    );
}
