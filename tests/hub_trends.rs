//! The hub view's last twelve weeks: what the store holds for each week is
//! what the charts' words say, week by week, in every language, for staff
//! who use read-aloud; and the charts themselves are on the page.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::Kiosk;
use common::trends::{Week, fill, open_hub};
use frontdoor::app::Message;
use frontdoor::i18n::{self, t, t_args};
use frontdoor::outbox::JourneyEvent;

/// What the hub view says of a week, in `locale`, from what was recorded.
fn words(locale: &str, w: &Week) -> String {
    let satisfied = match (w.good * 100).checked_div(w.ratings) {
        None => t(locale, "hub-week-no-ratings"),
        Some(percent) => t_args(locale, "hub-week-satisfied", &[("percent", percent.into())]),
    };
    t_args(
        locale,
        "hub-week-line",
        &[
            ("date", i18n::long_date(locale, w.monday).into()),
            ("started", w.started.into()),
            ("finished", w.finished.into()),
            ("satisfied", satisfied.into()),
            ("help", w.help.into()),
            ("assisted", (w.assisted * 100 / w.finished).into()),
        ],
    )
}

#[test]
fn every_week_of_the_last_twelve_is_in_words_in_every_language() {
    let mut k = Kiosk::new();
    let weeks = fill(&k);
    open_hub(&mut k);
    for language in i18n::languages() {
        let locale = language.id;
        k.send(Message::ChooseLanguage(locale.to_string()));
        for id in [
            "hub-trends",
            "hub-chart-journeys",
            "hub-chart-satisfaction",
            "hub-week-by-week",
        ] {
            k.assert_sees(&t(locale, id));
        }
        for w in &weeks {
            k.assert_sees(&words(locale, w));
        }
    }
}

#[test]
fn the_week_before_the_twelve_is_left_out() {
    let mut k = Kiosk::new();
    let weeks = fill(&k);
    // Thirteen weeks back: not on the page.
    let old = Week {
        monday: weeks[11].monday - chrono::Days::new(7),
        started: 40,
        finished: 40,
        assisted: 0,
        good: 0,
        ratings: 0,
        help: 0,
    };
    {
        let store = k.app.store().clone().unwrap();
        let store = store.lock().unwrap();
        let at = common::noon() - chrono::Duration::days(7 * 12);
        for _ in 0..40 {
            for e in [JourneyEvent::Started, JourneyEvent::Completed] {
                store
                    .record_journey("pothole", e, None, "en-GB", false, at)
                    .unwrap();
            }
        }
    }
    open_hub(&mut k);
    k.assert_sees(&words("en-GB", &weeks[11]));
    assert!(!k.sees(&words("en-GB", &old)));
}
