//! The hub's weeks filled with figures, and a hub worker signed in to see
//! them.

use super::Kiosk;
use frontdoor::outbox::{JourneyEvent, Rating};
use frontdoor::staff::{Role, hash_pin};

/// What one week holds.
pub struct Week {
    pub monday: chrono::NaiveDate,
    pub started: u64,
    pub finished: u64,
    pub assisted: u64,
    pub good: u64,
    pub ratings: u64,
    pub help: u64,
}

/// Twelve weeks of different figures, recorded at noon on each week's
/// Wednesday (the kiosk's clock is Wednesday 18 November 2026), so every
/// figure falls inside its week in any time zone. Week 0 is this week.
pub fn fill(k: &Kiosk) -> Vec<Week> {
    let store = k.app.store().clone().unwrap();
    let store = store.lock().unwrap();
    let this_monday = chrono::NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
    (0..12u64)
        .map(|back| {
            let at = super::noon() - chrono::Duration::days(7 * back as i64);
            let w = Week {
                monday: this_monday - chrono::Days::new(7 * back),
                started: 3 + back,
                finished: 2 + back,
                assisted: back % 3,
                good: back % 4 + 1,
                // A week with no ratings shows as such.
                ratings: if back == 5 { 0 } else { 4 },
                help: back % 2,
            };
            for _ in 0..w.started {
                store
                    .record_journey("pothole", JourneyEvent::Started, None, "en-GB", false, at)
                    .unwrap();
            }
            for n in 0..w.finished {
                let helped = n < w.assisted;
                store
                    .record_journey(
                        "pothole",
                        JourneyEvent::Completed,
                        None,
                        "en-GB",
                        helped,
                        at,
                    )
                    .unwrap();
            }
            for n in 0..w.ratings {
                let r = if n < w.good {
                    Rating::Good
                } else {
                    Rating::Poor
                };
                store.record_rating("pothole", r, at).unwrap();
            }
            for _ in 0..w.help {
                store.record_help_request("question", None, at).unwrap();
            }
            w
        })
        .collect()
}

/// Signs in a hub worker and opens the hub view.
pub fn open_hub(k: &mut Kiosk) {
    let number = k
        .app
        .store()
        .clone()
        .unwrap()
        .lock()
        .unwrap()
        .add_staff("Pat Lee", Role::Hub, &hash_pin("482915"), super::noon())
        .unwrap();
    super::tour::open_pin_pad(k);
    k.staff_pad_in("en-GB", number, "482915");
    k.click("Hub view");
}
