//! The council's gazetteer at county size: importing 500,000 addresses from
//! an AddressBase Core CSV (target: under a minute), then answering a
//! postcode (target: p99 under 10 ms), a street name and the nearest address.
//!
//! `cargo bench --bench gazetteer` writes the CSV under target/ first (made
//! up: 25,000 postcodes of 20 addresses, 10,000 streets, a flat block in
//! every tenth building, quoted single-line addresses), times one whole
//! import with the atomic swap, then 20,000 postcode look-ups typed in
//! assorted spacing and case, and prints the percentiles; criterion then
//! measures each query. `FRONTDOOR_BENCH_ROWS` changes the size. The numbers
//! measured are in docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use frontdoor::gazetteer::{Gazetteer, Point};
use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const HEADER: &str = "UPRN,PARENT_UPRN,UDPRN,USRN,TOID,CLASSIFICATION_CODE,EASTING,NORTHING,LATITUDE,LONGITUDE,RPC,LAST_UPDATE_DATE,SINGLE_LINE_ADDRESS,PO_BOX,ORGANISATION,SUB_BUILDING,BUILDING_NAME,BUILDING_NUMBER,STREET_NAME,LOCALITY,TOWN_NAME,POST_TOWN,ISLAND,POSTCODE,DELIVERY_POINT_SUFFIX,GSS_CODE,CHANGE_CODE";

const STREETS: &[&str] = &[
    "HIGH STREET",
    "MILL LANE",
    "CHURCH ROAD",
    "STATION ROAD",
    "VICTORIA ROAD",
    "PARK AVENUE",
    "ST MARY’S CLOSE",
    "FFORDD ŴYN",
    "THE GREEN",
    "QUEEN’S DRIVE",
];
const TOWNS: &[&str] = &[
    "DORCHESTER",
    "WEYMOUTH",
    "BRIDPORT",
    "SHERBORNE",
    "BLANDFORD",
];

/// The postcode of the `n`th group of 20 addresses.
fn postcode(n: usize) -> String {
    let letters = b"ABDEFGHJLNPQRSTUWXYZ";
    format!(
        "DT{} {}{}{}",
        n / 2000 + 1,
        n / 400 % 5 + 1,
        letters[n / 20 % 20] as char,
        letters[n % 20] as char
    )
}

fn write_county(path: &Path, rows: usize) -> Vec<String> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(out, "{HEADER}").unwrap();
    let mut postcodes = Vec::new();
    let mut i = 0;
    let mut building = 0;
    while i < rows {
        let street_no = building / 25;
        let street = format!(
            "{} {}",
            STREETS[street_no % STREETS.len()],
            street_no / STREETS.len()
        );
        let town = TOWNS[street_no % TOWNS.len()];
        let number = building % 25 * 2 + 1;
        let flats = if building % 10 == 7 { 6 } else { 0 };
        for flat in 0..=flats {
            if i >= rows {
                break;
            }
            let pc = postcode(i / 20);
            if i % 20 == 0 {
                postcodes.push(pc.clone());
            }
            let (sub, name) = if flat == 0 {
                (String::new(), if flats > 0 { "COURT HOUSE" } else { "" })
            } else {
                (format!("FLAT {flat}"), "COURT HOUSE")
            };
            let parts: Vec<String> = [sub.clone(), name.to_string(), format!("{number} {street}")]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect();
            writeln!(
                out,
                "{},,,{},osgb{:013},RD04,,,{:.6},{:.6},1,2026-10-01,\"{}, {town}, {pc}\",,,{sub},{name},{number},{street},,{town},{town},,{pc},1A,E07000999,I",
                100_000_000_000u64 + i as u64,
                20_000_000 + street_no,
                i,
                50.5 + (building as f64) * 0.00002,
                -2.9 + (street_no % 300) as f64 * 0.003,
                parts.join(", "),
            )
            .unwrap();
            i += 1;
        }
        building += 1;
    }
    out.flush().unwrap();
    postcodes
}

struct County {
    dir: PathBuf,
    postcodes: Vec<String>,
}

fn county() -> County {
    let rows: usize = std::env::var("FRONTDOOR_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500_000);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-gazetteer");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("county.csv");
    let postcodes = write_county(&csv, rows);
    let size = std::fs::metadata(&csv).unwrap().len();

    let started = Instant::now();
    let report = frontdoor::gazetteer::import::import(
        std::fs::File::open(&csv).unwrap(),
        "county.csv",
        &dir.join("gazetteer.db"),
    )
    .unwrap();
    let took = started.elapsed();
    assert_eq!(report.addresses as usize, rows);
    assert!(report.skipped.is_empty());
    println!(
        "gazetteer import: {rows} rows ({:.0} MB of CSV) in {:.2} s, {} streets, database {:.0} MB",
        size as f64 / 1e6,
        took.as_secs_f64(),
        report.streets,
        std::fs::metadata(dir.join("gazetteer.db")).unwrap().len() as f64 / 1e6
    );
    County { dir, postcodes }
}

fn bench(c: &mut Criterion) {
    let county = county();
    let g = Gazetteer::open(&county.dir.join("gazetteer.db"))
        .unwrap()
        .unwrap();
    let mut rng = fastrand::Rng::with_seed(14);
    // Typed as residents type them.
    let typed = |rng: &mut fastrand::Rng, pc: &str| match rng.u8(..3) {
        0 => pc.to_lowercase().replace(' ', ""),
        1 => pc.replace(' ', "  "),
        _ => pc.to_string(),
    };
    let lookups = 20_000;
    let mut times: Vec<Duration> = Vec::with_capacity(lookups);
    let mut found = 0;
    for _ in 0..lookups {
        let which = rng.usize(..county.postcodes.len());
        let pc = typed(&mut rng, &county.postcodes[which]);
        let start = Instant::now();
        let list = g.at_postcode(&pc).unwrap();
        times.push(start.elapsed());
        found += list.len();
    }
    assert!(found >= lookups, "every postcode has addresses");
    times.sort();
    let pct = |p: f64| times[((times.len() as f64 * p).ceil() as usize).clamp(1, times.len()) - 1];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "gazetteer postcode over {lookups} look-ups: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({:.1} addresses each)",
        ms(pct(0.50)),
        ms(pct(0.90)),
        ms(pct(0.99)),
        ms(*times.last().unwrap()),
        found as f64 / lookups as f64
    );

    c.bench_function("gazetteer_postcode", |b| {
        b.iter(|| {
            let pc = &county.postcodes[rng.usize(..county.postcodes.len())];
            black_box(g.at_postcode(pc).unwrap())
        })
    });
    c.bench_function("gazetteer_streets_by_name", |b| {
        b.iter(|| black_box(g.streets("mill lane 12").unwrap()))
    });
    c.bench_function("gazetteer_on_street", |b| {
        b.iter(|| black_box(g.on_street(20_000_000 + rng.u64(..10_000)).unwrap()))
    });
    c.bench_function("gazetteer_nearest", |b| {
        b.iter(|| {
            black_box(
                g.nearest(Point {
                    lat: 50.5 + rng.f64() * 1.0,
                    long: -2.9 + rng.f64() * 0.9,
                })
                .unwrap(),
            )
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = bench
}
criterion_main!(benches);
