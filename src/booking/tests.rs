//! Slot arithmetic.

use super::*;

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn diary() -> Diary {
    let weekday = Some((t(9, 0), t(12, 0)));
    Diary {
        opening: [weekday, weekday, weekday, weekday, weekday, None, None],
        types: vec![AppointmentType {
            code: "housing".into(),
            name: "Housing options".into(),
            minutes: 45,
            padding: 15,
            advisers: [2, 2, 1, 1, 1, 0, 0],
            bring: None,
            translations: Default::default(),
        }],
        closures: vec![NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()],
    }
}

#[test]
fn starts_are_an_appointment_and_its_padding_apart_and_end_by_closing() {
    let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let starts: Vec<String> = diary()
        .starts("housing", monday)
        .iter()
        .map(|s| s.format("%H:%M").to_string())
        .collect();
    assert_eq!(starts, vec!["09:00", "10:00", "11:00"]);
    // Two advisers on Mondays, one on Wednesdays.
    assert_eq!(diary().slots("housing", monday).len(), 6);
    let wednesday = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    assert_eq!(diary().slots("housing", wednesday).len(), 3);
    // Shut at weekends and on closures.
    assert!(
        diary()
            .slots("housing", NaiveDate::from_ymd_opt(2026, 11, 28).unwrap())
            .is_empty()
    );
    assert!(
        diary()
            .slots("housing", NaiveDate::from_ymd_opt(2026, 12, 25).unwrap())
            .is_empty()
    );
    assert!(diary().slots("nothing", monday).is_empty());
}

#[test]
fn the_next_free_slot_skips_taken_ones_and_closed_days() {
    let friday = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let taken = |d: NaiveDate| {
        diary()
            .slots("housing", d)
            .into_iter()
            .filter(|s| s.start.date() == friday)
            .collect()
    };
    let next = diary()
        .next_free("housing", friday.and_time(t(9, 0)), 7, &taken)
        .unwrap();
    // Friday is full and the weekend shut: Monday at nine.
    assert_eq!(
        next.start,
        NaiveDate::from_ymd_opt(2026, 11, 30)
            .unwrap()
            .and_time(t(9, 0))
    );
    assert_eq!(next.adviser, 1);
}

#[test]
fn a_slot_always_has_the_same_event_name() {
    let slot = Slot {
        start: NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_time(t(10, 0)),
        adviser: 2,
    };
    assert_eq!(event_name(&slot), "20261123T1000-2.ics");
    assert_eq!(slot_of("/hub/housing/20261123T1000-2.ics"), Some(slot));
    assert_eq!(slot_of("other.ics"), None);
}

#[test]
fn the_demo_diary_reads_and_bad_ones_are_named_by_key() {
    let demo = file::parse(file::DEMO, "diary.toml").unwrap();
    assert_eq!(demo.types.len(), 4);
    assert!(demo.opening[6].is_none(), "shut on Sundays");
    let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    assert_eq!(demo.slots("housing-options", monday).len(), 16);
    for (text, key) in [
        (
            "[opening]\nmonday = \"17:00-09:00\"\n[[types]]\ncode=\"a\"\nname=\"A\"\nminutes=30\n",
            "opening.monday",
        ),
        ("[opening]\nfunday = \"09:00-17:00\"\n", "opening.funday"),
        (
            "closures = [\"25/12/2026\"]\n[[types]]\ncode=\"a\"\nname=\"A\"\nminutes=30\n",
            "closures[0]",
        ),
        (
            "[[types]]\ncode=\"A B\"\nname=\"A\"\nminutes=30\n",
            "types[0].code",
        ),
        (
            "[[types]]\ncode=\"a\"\nname=\"A\"\nminutes=0\n",
            "types[0].minutes",
        ),
        (
            "[[types]]\ncode=\"a\"\nname=\"A\"\nminutes=30\nadvisers={sunday=1}\n",
            "types[0].advisers.sunday",
        ),
        (
            "[[types]]\ncode=\"a\"\nname=\"A\"\nminutes=30\n[[types]]\ncode=\"a\"\nname=\"B\"\nminutes=30\n",
            "types[1].code",
        ),
        ("", "types"),
    ] {
        let e = file::parse(text, "diary.toml").unwrap_err();
        let e = e.to_string();
        assert!(e.starts_with(&format!("diary.toml: {key}: ")), "{e}");
    }
}

#[test]
fn an_advisers_own_events_take_one_column_at_each_time_they_overlap() {
    let d = diary();
    let monday = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let at = |h| monday.and_time(t(h, 0));
    let slot = |h, adviser| Slot {
        start: at(h),
        adviser,
    };
    // Training from 9:00 to just past 10:00, with 9:00 already booked in
    // the first column.
    let busy = Busy {
        start: at(9),
        end: at(10) + chrono::Duration::minutes(1),
    };
    let mut taken = d.occupied("housing", monday, &[slot(9, 1)], &[busy]);
    taken.sort();
    assert_eq!(taken, vec![slot(9, 1), slot(9, 2), slot(10, 1)]);
    // With both columns at 9:00 booked, the training takes nothing more then.
    let mut full = d.occupied("housing", monday, &[slot(9, 1), slot(9, 2)], &[busy]);
    full.sort();
    assert_eq!(full, vec![slot(9, 1), slot(9, 2), slot(10, 1)]);
    // An event that ends as a slot begins does not take it; nor does one on
    // another day.
    let before = Busy {
        start: at(8),
        end: at(9),
    };
    assert!(d.occupied("housing", monday, &[], &[before]).is_empty());
    let tuesday = Busy {
        start: at(9) + chrono::Duration::days(1),
        end: at(12) + chrono::Duration::days(1),
    };
    assert!(d.occupied("housing", monday, &[], &[tuesday]).is_empty());
}
