//! The council's gazetteer: importing AddressBase Core CSV as councils
//! export it (quotes, commas, curly apostrophes, blanks, Welsh letters, bad
//! rows), the atomic swap that keeps the old gazetteer in use when an import
//! fails or is killed, the order addresses are listed in, finding streets and
//! the nearest address, and the `gazetteer` commands.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use frontdoor::gazetteer::{
    Gazetteer, GazetteerError, Lookup, Point, distance_m, import::import, import::prepare,
};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The columns in another order than AddressBase Core's, with columns to
/// ignore among them.
const HEADER: &str = "POSTCODE,UPRN,CLASSIFICATION_CODE,USRN,LATITUDE,LONGITUDE,SINGLE_LINE_ADDRESS,SUB_BUILDING,BUILDING_NAME,BUILDING_NUMBER,STREET_NAME,TOWN_NAME,LOCALITY";

fn demo_csv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/gazetteer/demo.csv")
}

fn target(dir: &Path) -> PathBuf {
    dir.join("gazetteer.db")
}

fn load(dir: &Path, text: &str) -> frontdoor::gazetteer::ImportReport {
    import(text.as_bytes(), "test.csv", &target(dir)).unwrap()
}

fn open(dir: &Path) -> Gazetteer {
    Gazetteer::open(&target(dir)).unwrap().expect("a gazetteer")
}

fn labels(list: &[frontdoor::gazetteer::Address]) -> Vec<String> {
    list.iter().map(|a| a.label()).collect()
}

#[test]
fn awkward_rows_are_read_as_the_council_wrote_them() {
    let dir = tempfile::tempdir().unwrap();
    // A byte order mark, lower-case header names, quoted fields with commas,
    // doubled quotes and a line break inside, curly apostrophes, blanks and
    // Welsh letters.
    let text = format!(
        "\u{feff}{}\n{}",
        HEADER.to_lowercase(),
        r#""DT1 1XJ",100000000001,RD06,47000001,50.7152,-2.4378,"FLAT 2, MILL HOUSE, 14 HIGH WEST STREET, DORCHESTER, DT1 1XJ","FLAT 2","MILL HOUSE",14,"HIGH WEST STREET",DORCHESTER,
dt11xj,100000000002,RD04,47000001,50.7153,-2.4377,"ST MARY’S COURT, 2 HIGH WEST STREET, DORCHESTER, DT1 1XJ",,"ST MARY’S COURT",2,HIGH WEST STREET,DORCHESTER,"Town, centre"
"LL55 4UR",100000000003,RD04,47000002,53.1170,-4.1290,"TŶ GWYN, FFORDD ŴYN, LLANBERIS, LL55 4UR",,"TŶ GWYN",,"FFORDD ŴYN",LLANBERIS,
"LL55 4UR",100000000004,RD04,47000002,53.1171,-4.1291,"5 Ffordd Ŵyn, Llanberis, LL55 4UR",,,5,"Ffordd Ŵyn",Llanberis,"a ""quoted"" word
over two lines"
,100000000005,RD04,,53.1200,-4.1300,"THE BOATHOUSE, LLYN PADARN, LLANBERIS",,"THE BOATHOUSE",,,LLANBERIS,
"LL55 4UR",100000000006,RD04,47000003,53.1175,-4.1280,"1 LÔN Y PLAS, LLANBERIS, LL55 4UR",,,1,"LÔN Y PLAS",LLANBERIS,
"#
    );
    let report = load(dir.path(), &text);
    assert_eq!(report.skipped, []);
    assert_eq!(report.addresses, 6);
    assert_eq!(report.streets, 3);
    let g = open(dir.path());

    let at = g.at_postcode("DT1 1XJ").unwrap();
    assert_eq!(
        labels(&at),
        [
            "St Mary’s Court, 2 High West Street",
            "Flat 2, Mill House, 14 High West Street"
        ]
    );
    let flat = &at[1];
    assert_eq!(flat.uprn, 100000000001);
    assert_eq!(flat.usrn, Some(47000001));
    assert_eq!((flat.lat, flat.long), (50.7152, -2.4378));
    assert_eq!(
        flat.single_line,
        "FLAT 2, MILL HOUSE, 14 HIGH WEST STREET, DORCHESTER, DT1 1XJ"
    );
    assert_eq!(flat.lines, ["Flat 2, Mill House", "14 High West Street"]);
    assert_eq!(flat.town, "Dorchester");
    assert_eq!(flat.postcode.as_deref(), Some("DT1 1XJ"));
    assert_eq!(flat.number.as_deref(), Some("14"));

    let welsh = g.at_postcode("ll554ur").unwrap();
    assert_eq!(
        labels(&welsh),
        ["5 Ffordd Ŵyn", "Tŷ Gwyn, Ffordd Ŵyn", "1 Lôn y Plas"]
    );
    // Typed without the accents, the street is still found.
    let streets = g.streets("ffordd wyn").unwrap();
    assert_eq!(streets.len(), 1);
    assert_eq!(
        (streets[0].name.as_str(), streets[0].usrn),
        ("Ffordd Ŵyn", 47000002)
    );
    assert_eq!(g.streets("lon y").unwrap()[0].name, "Lôn y Plas");
    assert_eq!(g.streets("St Marys").unwrap(), []);
    // Blank postcode and USRN: found by UPRN and by place, not by postcode.
    let boathouse = g.by_uprn(100000000005).unwrap().unwrap();
    assert_eq!(boathouse.postcode, None);
    assert_eq!(boathouse.usrn, None);
    assert_eq!(boathouse.lines, ["The Boathouse"]);
}

#[test]
fn rows_that_cannot_be_used_are_skipped_with_their_line_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = format!("{HEADER}\n");
    let good = |uprn: u64, n: u32| {
        format!(
            "\"AB1 2CD\",{uprn},RD04,47000001,52.5,-1.9,\"{n} HIGH STREET, TOWN, AB1 2CD\",,,{n},HIGH STREET,TOWN,\n"
        )
    };
    text.push_str(&good(1, 1)); // line 2
    // Line 3 and 4: a quoted field over two lines, still one good row.
    text.push_str("\"AB1 2CD\",2,RD04,47000001,52.5,-1.9,\"2 HIGH STREET,\nTOWN, AB1 2CD\",,,2,HIGH STREET,TOWN,\n");
    text.push_str("\"AB1 2CD\",x7,RD04,47000001,52.5,-1.9,\"A\",,,3,HIGH STREET,TOWN,\n"); // 5
    text.push_str("\"AB1 2CD\",4,RD04,47000001,,-1.9,\"A\",,,4,HIGH STREET,TOWN,\n"); // 6
    text.push_str("\"AB1 2CD\",5,RD04,47000001,-1.9,52.5,\"A\",,,5,HIGH STREET,TOWN,\n"); // 7
    text.push_str("\"NOT A CODE\",6,RD04,47000001,52.5,-1.9,\"A\",,,6,HIGH STREET,TOWN,\n"); // 8
    text.push_str("\"AB1 2CD\",7,RD04,47000001,52.5,-1.9\n"); // 9
    text.push_str(&good(1, 8)); // 10: UPRN 1 again
    text.push_str("\"AB1 2CD\",9,RD04,47000001,52.5,-1.9,,,,9,HIGH STREET,TOWN,\n"); // 11
    text.push_str("\"AB1 2CD\",10,RD04,4700000100,52.5,-1.9,\"A\",,,10,HIGH STREET,TOWN,\n"); // 12
    let mut bytes = text.into_bytes();
    bytes.extend(b"\"AB1 2CD\",11,RD04,47000001,52.5,-1.9,\"\xff\xfe\",,,11,HIGH STREET,TOWN,\n"); // 13
    bytes.extend(good(12, 12).as_bytes()); // 14
    let report = import(&bytes[..], "test.csv", &target(dir.path())).unwrap();
    assert_eq!(report.addresses, 3);
    let lines: Vec<(u64, &str)> = report
        .skipped
        .iter()
        .map(|p| (p.line, p.reason.as_str()))
        .collect();
    assert_eq!(
        lines,
        [
            (5, "UPRN \"x7\" is not a number of 1 to 12 digits"),
            (6, "LATITUDE is blank"),
            (
                7,
                "LATITUDE -1.9 and LONGITUDE 52.5 are not in the United Kingdom (are the columns swapped?)"
            ),
            (8, "POSTCODE \"NOT A CODE\" is not a UK postcode"),
            (
                9,
                "has 6 fields but the header row has 13 (a comma outside quotes?)"
            ),
            (10, "UPRN 1 is already on line 2"),
            (11, "SINGLE_LINE_ADDRESS is blank"),
            (12, "USRN \"4700000100\" is not a number of 1 to 8 digits"),
            (13, "is not UTF-8 text (save the file as UTF-8)"),
        ]
    );
    let g = open(dir.path());
    assert_eq!(
        labels(&g.at_postcode("AB1 2CD").unwrap()),
        ["1 High Street", "2 High Street", "12 High Street"]
    );
}

#[test]
fn no_usable_row_or_a_missing_column_is_refused_and_the_old_gazetteer_stays() {
    let dir = tempfile::tempdir().unwrap();
    let demo = std::fs::read_to_string(demo_csv()).unwrap();
    load(dir.path(), &demo);
    let before = std::fs::read(target(dir.path())).unwrap();

    let no_town = HEADER.replace(",TOWN_NAME", "");
    let e = import(
        format!("{no_town}\n").as_bytes(),
        "export.csv",
        &target(dir.path()),
    )
    .unwrap_err();
    assert!(
        matches!(&e, GazetteerError::MissingColumns { missing, .. } if missing == &["TOWN_NAME"])
    );
    assert_eq!(
        e.to_string(),
        "export.csv: the first row must be the AddressBase Core header, and it has no TOWN_NAME column; the gazetteer in use was not changed"
    );
    let e = import(&b""[..], "empty.csv", &target(dir.path())).unwrap_err();
    assert!(e.to_string().contains("it has no UPRN, USRN"), "{e}");

    let bad = format!("{HEADER}\n,,,,,,,,,,,,\n\"AB1 2CD\",1,RD04,1,0,0,A,,,,,,\n");
    let e = import(bad.as_bytes(), "export.csv", &target(dir.path())).unwrap_err();
    assert_eq!(
        e.to_string(),
        "export.csv: no row could be used (line 2: UPRN is blank; line 3: LATITUDE 0 and LONGITUDE 0 are not in the United Kingdom (are the columns swapped?)); the gazetteer in use was not changed"
    );
    let e = import(
        format!("{HEADER}\n").as_bytes(),
        "h.csv",
        &target(dir.path()),
    )
    .unwrap_err();
    assert!(
        e.to_string().contains("a header row and nothing else"),
        "{e}"
    );

    assert_eq!(std::fs::read(target(dir.path())).unwrap(), before);
    assert_eq!(open(dir.path()).at_postcode("DM1 1LW").unwrap().len(), 12);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no leftover files"
    );
}

/// Gives its bytes, then fails, as a file on a stick pulled out would.
struct FailsPartWay {
    data: Vec<u8>,
    at: usize,
    fail_at: usize,
}

impl Read for FailsPartWay {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at >= self.fail_at {
            return Err(std::io::Error::other("the USB stick was removed"));
        }
        let n = buf.len().min(self.fail_at - self.at).min(4096);
        buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[test]
fn an_import_that_fails_part_way_leaves_the_old_gazetteer_answering() {
    let dir = tempfile::tempdir().unwrap();
    load(dir.path(), &std::fs::read_to_string(demo_csv()).unwrap());
    let mut g = open(dir.path());

    // A new county file that breaks off half way.
    let new = county(2000);
    let half = new.len() / 2;
    let e = import(
        FailsPartWay {
            data: new.into_bytes(),
            at: 0,
            fail_at: half,
        },
        "county.csv",
        &target(dir.path()),
    )
    .unwrap_err();
    assert!(
        e.to_string().starts_with("county.csv: line ")
            && e.to_string().contains("the USB stick was removed")
            && e.to_string()
                .ends_with("the gazetteer in use was not changed"),
        "{e}"
    );
    assert!(
        !g.reopen_if_replaced().unwrap(),
        "the file was not replaced"
    );
    assert_eq!(g.at_postcode("DM1 2ML").unwrap().len(), 21);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    // Built completely but the machine stops before the rename: the old one
    // is still in use, and the next import clears the leftover.
    let prepared = prepare(
        county(300).as_bytes(),
        "county.csv",
        None,
        &target(dir.path()),
        &indicatif::ProgressBar::hidden(),
    )
    .unwrap();
    let leftover = prepared.path().to_path_buf();
    std::mem::forget(prepared);
    assert!(leftover.exists());
    assert!(!g.reopen_if_replaced().unwrap());
    assert_eq!(open(dir.path()).at_postcode("DM1 2ML").unwrap().len(), 21);
    assert_eq!(open(dir.path()).at_postcode("AA1 0AA").unwrap(), []);

    let report = load(dir.path(), &county(300));
    assert_eq!(report.addresses, 300);
    assert!(!leftover.exists(), "the leftover file is removed");
    // A kiosk that had the old one open reads the new one from now on.
    assert!(g.reopen_if_replaced().unwrap());
    assert_eq!(g.at_postcode("DM1 2ML").unwrap(), []);
    assert!(!g.at_postcode("AA1 0AA").unwrap().is_empty());
}

/// `rows` made-up addresses, 20 to a postcode, along streets of 100.
fn county(rows: usize) -> String {
    let mut out = format!("{HEADER}\n");
    for i in 0..rows {
        let street = i / 100;
        let pc = i / 20;
        let postcode = format!(
            "AA{} {}{}{}",
            pc / 260 % 100 + 1,
            pc / 26 % 10,
            (b'A' + (pc % 26) as u8) as char,
            (b'A' + (street % 26) as u8) as char
        );
        let n = i % 100 + 1;
        out.push_str(&format!(
            "\"{postcode}\",{},RD04,{},{},{},\"{n} STREET {street}, TOWN, {postcode}\",,,{n},STREET {street},TOWN,\n",
            200_000_000_000u64 + i as u64,
            30_000_000 + street,
            51.0 + (i as f64) * 0.00001,
            -1.0 - (street as f64) * 0.001,
        ));
    }
    out
}

fn config_file(dir: &Path, extra_kiosk: &str) -> PathBuf {
    let path = dir.join("config.toml");
    std::fs::write(
        &path,
        format!(
            "[kiosk]\nid = \"LIB-TEST-01\"\nsite_name = \"Test Library\"\nfullscreen = false\ndata_dir = \"{}\"\n{extra_kiosk}",
            dir.display()
        ),
    )
    .unwrap();
    path
}

fn frontdoor(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .args(args)
        .env_remove("FRONTDOOR_CONFIG")
        .output()
        .unwrap()
}

#[test]
fn killed_in_the_middle_of_an_import_the_old_gazetteer_stays_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let config = config_file(dir.path(), "");
    load(dir.path(), &std::fs::read_to_string(demo_csv()).unwrap());
    let before = std::fs::read(target(dir.path())).unwrap();

    // The import reads from a pipe that never ends, so it is certainly
    // part way through when it is killed.
    let fifo = dir.path().join("county.csv");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_frontdoor"))
        .args(["gazetteer", "import"])
        .arg(&fifo)
        .arg("--config")
        .arg(&config)
        .env_remove("FRONTDOOR_CONFIG")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Opened for reading too, so opening never waits for the other end.
    let mut pipe = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&fifo)
        .unwrap();
    pipe.write_all(county(500).as_bytes()).unwrap();
    pipe.flush().unwrap();
    let leftover = dir
        .path()
        .join(format!("gazetteer.db.import-{}", child.id()));
    let waited = std::time::Instant::now();
    while !leftover.exists() {
        assert!(
            waited.elapsed() < std::time::Duration::from_secs(60),
            "the import never started"
        );
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the import stopped by itself: {status}");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    drop(pipe);

    assert_eq!(std::fs::read(target(dir.path())).unwrap(), before);
    let out = frontdoor(&[
        "gazetteer",
        "find",
        "DM1 2ML",
        "--config",
        config.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("21 addresses"));

    // The next import finishes and clears what the killed one left.
    std::fs::remove_file(&fifo).unwrap();
    std::fs::write(&fifo, county(100)).unwrap();
    let out = frontdoor(&[
        "gazetteer",
        "import",
        fifo.to_str().unwrap(),
        "--config",
        config.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!leftover.exists());
}

#[test]
fn addresses_come_in_the_order_a_person_expects() {
    let dir = tempfile::tempdir().unwrap();
    load(dir.path(), &std::fs::read_to_string(demo_csv()).unwrap());
    let g = open(dir.path());
    let mill_lane = g.at_postcode("DM1 2ML").unwrap();
    let mut expected: Vec<String> = [2, 4, 6, 8, 10, 12, 14]
        .iter()
        .map(|n| format!("{n} Mill Lane"))
        .collect();
    expected.push("14A Mill Lane".into());
    expected.push("16 Mill Lane".into());
    expected.push("Mill House, 18 Mill Lane".into());
    for f in 1..=10 {
        expected.push(format!("Flat {f}, Mill House, 18 Mill Lane"));
    }
    expected.push("Rose Cottage, Mill Lane".into());
    assert_eq!(labels(&mill_lane), expected);

    // Two streets at one postcode; flats with no row for their building;
    // numbers written in the building name.
    let text = format!(
        "{HEADER}\n{}",
        [
            (1, "", "", "10", "HIGH STREET"),
            (2, "", "", "2", "HIGH STREET"),
            (3, "", "14A", "", "HIGH STREET"),
            (4, "", "", "14", "HIGH STREET"),
            (5, "FLAT 10", "THE MALTINGS", "5", "HIGH STREET"),
            (6, "FLAT 2", "THE MALTINGS", "5", "HIGH STREET"),
            (7, "FLAT 1", "THE MALTINGS", "5", "HIGH STREET"),
            (8, "", "ROSE COTTAGE", "", "HIGH STREET"),
            (9, "", "", "3", "ACORN LANE"),
            (10, "", "", "1", "HIGH STREET"),
        ]
        .iter()
        .map(|(uprn, sub, name, number, street)| format!(
            "AB1 2CD,{uprn},RD04,{},52.5,-1.9,\"{sub} {name} {number} {street}, TOWN, AB1 2CD\",{sub},{name},{number},{street},TOWN,\n",
            if *street == "ACORN LANE" { 2 } else { 1 }
        ))
        .collect::<String>()
    );
    load(dir.path(), &text);
    let mut g = g;
    assert!(g.reopen_if_replaced().unwrap());
    assert_eq!(
        labels(&g.at_postcode("AB1 2CD").unwrap()),
        [
            "3 Acorn Lane",
            "1 High Street",
            "2 High Street",
            "Flat 1, The Maltings, 5 High Street",
            "Flat 2, The Maltings, 5 High Street",
            "Flat 10, The Maltings, 5 High Street",
            "10 High Street",
            "14 High Street",
            "14A High Street",
            "Rose Cottage, High Street",
        ]
    );
    // "Near which number?" lists each building once, without the flats.
    assert_eq!(
        labels(&g.on_street(1).unwrap()),
        [
            "1 High Street",
            "2 High Street",
            "The Maltings, 5 High Street",
            "10 High Street",
            "14 High Street",
            "14A High Street",
            "Rose Cottage, High Street",
        ]
    );
}

#[test]
fn a_postcode_is_found_in_any_spacing_or_case() {
    let dir = tempfile::tempdir().unwrap();
    load(dir.path(), &std::fs::read_to_string(demo_csv()).unwrap());
    let g = open(dir.path());
    let want = g.at_postcode("DM1 2ML").unwrap();
    assert_eq!(want.len(), 21);
    for typed in ["dm12ml", "DM1  2ML", " Dm1 2mL ", "d m 1 2 m l"] {
        assert_eq!(g.at_postcode(typed).unwrap(), want, "{typed:?}");
    }
    assert_eq!(g.at_postcode("DM9 9ZZ").unwrap(), []);
    assert!(matches!(
        g.at_postcode("DM1"),
        Err(GazetteerError::NotPostcode(p)) if p == "DM1"
    ));
}

#[test]
fn streets_nearest_and_uprn() {
    let dir = tempfile::tempdir().unwrap();
    load(dir.path(), &std::fs::read_to_string(demo_csv()).unwrap());
    let mut g = open(dir.path());
    let info = g.info().unwrap();
    assert_eq!((info.addresses, info.streets), (45, 3));

    let mill = g.streets("mill").unwrap();
    assert_eq!(mill.len(), 1);
    assert_eq!(
        (mill[0].name.as_str(), mill[0].town.as_str()),
        ("Mill Lane", "Demoford")
    );
    assert_eq!(mill[0].addresses, 25);
    assert_eq!(g.streets("LANE MILL").unwrap(), mill, "words in any order");
    assert_eq!(g.streets("mil la").unwrap(), mill, "starts of words");
    assert_eq!(g.streets("ill").unwrap(), [], "not the middle of a word");
    assert_eq!(g.streets("  ").unwrap(), []);
    // A postcode finds the streets with addresses at it.
    let at = g.streets("dm1 4cs").unwrap();
    assert_eq!(at.len(), 1);
    assert_eq!(at[0].name, "Church Street");
    assert_eq!(g.streets("DM1 1LW").unwrap()[0].usrn, 47000101);

    let library = g.by_uprn(100040000015).unwrap().unwrap();
    assert_eq!(library.lines, ["Demo Library", "1 Library Walk"]);
    assert_eq!(g.by_uprn(1).unwrap(), None);

    // A point 5 m from 10 Mill Lane is nearest to it.
    let ten = g
        .at_postcode("DM1 2ML")
        .unwrap()
        .into_iter()
        .find(|a| a.label() == "10 Mill Lane")
        .unwrap();
    let here = Point {
        lat: ten.lat + 0.000045,
        long: ten.long,
    };
    assert!((distance_m(here, ten.point()) - 5.0).abs() < 0.1);
    assert_eq!(g.nearest(here).unwrap().unwrap().uprn, ten.uprn);
    // Far from anything: none.
    assert_eq!(
        g.nearest(Point {
            lat: 55.0,
            long: -3.0
        })
        .unwrap(),
        None
    );
    // The look-ups the journey asks for.
    assert!(matches!(
        g.look_up(&Lookup::Streets("church".into())).unwrap(),
        frontdoor::gazetteer::Found::Streets(s) if s[0].usrn == 47000103
    ));
}

#[test]
fn random_rows_never_panic_and_every_refusal_says_why() {
    let seed = std::env::var("FRONTDOOR_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    println!("gazetteer fuzz seed {seed}");
    let mut rng = fastrand::Rng::with_seed(seed);
    let pieces: &[&str] = &[
        "",
        "100000000123",
        "0",
        "-5",
        "9999999999999",
        "52.5",
        "-1.9",
        "NaN",
        "inf",
        "1e400",
        "DT1 1XJ",
        "dt11xj",
        "ZZZ",
        "FLAT 2",
        "MILL HOUSE",
        "14A",
        "1-3",
        "ST MARY’S",
        "TŶ GWYN",
        "Ffordd Ŵyn",
        "Bryn Hâf",
        "\"",
        "\"\"",
        ",",
        "\n",
        "\"a,b\"",
        "\"line\nbreak\"",
        "\u{feff}",
        "مرحبا",
        "🏠",
        "%_",
        " ",
    ];
    for round in 0..60 {
        let dir = tempfile::tempdir().unwrap();
        let mut text: Vec<u8> = Vec::new();
        let mut header: Vec<&str> = frontdoor::gazetteer::REQUIRED_COLUMNS.to_vec();
        header.push("EXTRA");
        if rng.u8(..10) == 0 {
            header.remove(rng.usize(..header.len()));
        }
        rng.shuffle(&mut header);
        text.extend(header.join(",").as_bytes());
        text.push(b'\n');
        for _ in 0..rng.usize(0..40) {
            let fields = if rng.u8(..8) == 0 {
                rng.usize(0..15)
            } else {
                header.len()
            };
            let row: Vec<String> = (0..fields)
                .map(|_| {
                    let mut f = String::new();
                    for _ in 0..rng.usize(0..3) {
                        f.push_str(pieces[rng.usize(..pieces.len())]);
                    }
                    f
                })
                .collect();
            text.extend(row.join(",").as_bytes());
            if rng.u8(..30) == 0 {
                text.push(0xff);
            }
            text.push(b'\n');
        }
        match import(&text[..], "fuzz.csv", &target(dir.path())) {
            Ok(report) => {
                let g = open(dir.path());
                assert_eq!(g.info().unwrap().addresses, report.addresses);
                for pc in ["DT1 1XJ", "AB1 2CD"] {
                    for a in g.at_postcode(pc).unwrap() {
                        assert!(!a.lines.is_empty() && !a.single_line.is_empty());
                    }
                }
                for typed in ["mill", "ŵyn", "st mary’s", "\"", "%"] {
                    g.streets(typed).unwrap();
                }
                assert!(
                    report
                        .skipped
                        .iter()
                        .all(|p| p.line >= 2 && !p.reason.is_empty())
                );
            }
            Err(
                e @ (GazetteerError::MissingColumns { .. } | GazetteerError::NoUsableRows { .. }),
            ) => {
                assert!(e.to_string().contains("fuzz.csv"), "round {round}: {e}");
                assert!(!target(dir.path()).exists());
            }
            Err(other) => panic!("round {round} (seed {seed}): {other}"),
        }
    }
}

#[test]
fn the_gazetteer_commands() {
    let dir = tempfile::tempdir().unwrap();
    let config = config_file(dir.path(), "");
    let c = config.to_str().unwrap();

    let out = frontdoor(&["gazetteer", "find", "DM1 2ML", "--config", c]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("there is no gazetteer on this terminal"),
        "{err}"
    );

    let csv = dir.path().join("export.csv");
    let mut text = std::fs::read_to_string(demo_csv()).unwrap();
    text.push_str("100040009999,,,47000102,,,,,,,,,\n");
    std::fs::write(&csv, &text).unwrap();
    let out = frontdoor(&["gazetteer", "import", csv.to_str().unwrap(), "--config", c]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("45 addresses on 3 streets are now the gazetteer"),
        "{said}"
    );
    assert!(said.contains("1 rows were skipped:"), "{said}");
    assert!(
        said.contains("line 47: has 13 fields but the header row has 27"),
        "{said}"
    );

    let out = frontdoor(&["gazetteer", "find", "dm12ml", "--config", c]);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines[0], "DM1 2ML: 21 addresses");
    assert_eq!(lines[1], "  100040000012  2 Mill Lane");
    assert_eq!(
        lines[11],
        "  100040000023  Flat 1, Mill House, 18 Mill Lane"
    );

    let out = frontdoor(&["gazetteer", "find", "DM1 1LW", "--json", "--config", c]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let first = &v[0];
    assert_eq!(first["uprn"], 100040000015u64);
    assert_eq!(first["usrn"], 47000101);
    assert_eq!(first["lat"], 52.20008);
    assert_eq!(first["lines"][1], "1 Library Walk");
    assert_eq!(
        first["single_line"],
        "DEMO LIBRARY, 1 LIBRARY WALK, DEMOFORD, DM1 1LW"
    );
    assert_eq!(first["postcode"], "DM1 1LW");

    let out = frontdoor(&["gazetteer", "find", "DM9 9ZZ", "--config", c]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "DM9 9ZZ: no addresses in the gazetteer"
    );
    let out = frontdoor(&["gazetteer", "find", "nonsense", "--config", c]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"nonsense\" is not a UK postcode"));

    let out = frontdoor(&["gazetteer", "import", "/nonexistent/x.csv", "--config", c]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.csv: cannot open it"));
}

#[test]
fn check_config_refuses_site_services_with_nowhere_for_the_site() {
    let dir = tempfile::tempdir().unwrap();
    let check = |config: &Path| frontdoor(&["check-config", "--config", config.to_str().unwrap()]);

    let out = check(&config_file(dir.path(), ""));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("kiosk.site_uprn: the services feedback, call-back are about this site"),
        "{err}"
    );

    // A UPRN alone needs the gazetteer to say where it is.
    let config = config_file(dir.path(), "site_uprn = 100040000015\n");
    let err = String::from_utf8_lossy(&check(&config).stderr).to_string();
    assert!(err.contains("there is no gazetteer"), "{err}");
    load(dir.path(), &std::fs::read_to_string(demo_csv()).unwrap());
    let out = check(&config);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("The gazetteer has 45 addresses on 3 streets"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let wrong = config_file(dir.path(), "site_uprn = 100040009999\n");
    let err = String::from_utf8_lossy(&check(&wrong).stderr).to_string();
    assert!(
        err.contains("100040009999 is not in the gazetteer"),
        "{err}"
    );

    // Coordinates or an address are enough without it.
    std::fs::remove_file(target(dir.path())).unwrap();
    let config = config_file(
        dir.path(),
        "site_address = \"Test Library, 1 Library Walk\"\n",
    );
    assert!(check(&config).status.success());

    // An overlay still saying location = "none" is refused, with what to use.
    let cat = dir.path().join("catalogue");
    std::fs::create_dir_all(&cat).unwrap();
    std::fs::write(
        cat.join("services.json"),
        r#"[{"service_code":"x","service_name":"X","metadata":false}]"#,
    )
    .unwrap();
    std::fs::write(
        cat.join("overlay.toml"),
        "[services.x]\nlocation = \"none\"\n",
    )
    .unwrap();
    let config = config_file(
        dir.path(),
        &format!(
            "site_address = \"T\"\n[catalogue]\ndir = \"{}\"\n",
            cat.display()
        ),
    );
    let err = String::from_utf8_lossy(&check(&config).stderr).to_string();
    assert!(
        err.contains("overlay.toml") && err.contains("location = \"none\" is not allowed"),
        "{err}"
    );
}
