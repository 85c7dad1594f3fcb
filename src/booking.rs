//! The hub's appointment diary: opening hours, appointment types with their
//! length and padding, how many advisers take each type, and closed days.
//! Pure slot arithmetic; the shared diary itself lives on the council's
//! CalDAV server.

pub mod file;
pub mod ical;
pub mod multistatus;
#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

/// A kind of appointment the hub offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentType {
    /// Short code, also the calendar's name on the server.
    pub code: String,
    /// What residents see.
    pub name: String,
    /// How long it lasts, in minutes.
    pub minutes: u32,
    /// Minutes left free after each one.
    pub padding: u32,
    /// Advisers seeing this type at once, by weekday (Monday first).
    pub advisers: [u32; 7],
    /// What to bring, printed on the slip.
    pub bring: Option<String>,
    /// The name and what to bring in other languages, by locale.
    pub translations: std::collections::BTreeMap<String, TypeWords>,
}

/// An appointment type's words in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TypeWords {
    /// The name.
    pub name: String,
    /// What to bring.
    pub bring: Option<String>,
}

impl AppointmentType {
    fn words(&self, locale: &str) -> Option<&TypeWords> {
        let language = locale.split('-').next().unwrap_or(locale);
        self.translations
            .get(locale)
            .or_else(|| self.translations.get(language))
    }

    /// The name in `locale`, or the diary's own.
    pub fn name_in(&self, locale: &str) -> String {
        self.words(locale)
            .map_or_else(|| self.name.clone(), |w| w.name.clone())
    }

    /// What to bring in `locale`, or the diary's own words.
    pub fn bring_in(&self, locale: &str) -> Option<String> {
        self.words(locale)
            .and_then(|w| w.bring.clone())
            .or_else(|| self.bring.clone())
    }
}

/// The hub's diary rules.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diary {
    /// Opening and closing time by weekday (Monday first); `None` when shut.
    pub opening: [Option<(NaiveTime, NaiveTime)>; 7],
    /// The appointment types.
    pub types: Vec<AppointmentType>,
    /// Days the hub is shut (bank holidays, training days).
    pub closures: Vec<NaiveDate>,
}

/// One bookable place: a start time and which adviser's column it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Slot {
    /// When it starts, local time.
    pub start: NaiveDateTime,
    /// Which adviser (1 to the number of advisers that day).
    pub adviser: u32,
}

impl Diary {
    /// An appointment type by code.
    pub fn kind(&self, code: &str) -> Option<&AppointmentType> {
        self.types.iter().find(|t| t.code == code)
    }

    /// Every start time for `code` on `date`: from opening, one appointment
    /// plus padding apart, each ending by closing time. None on a closed day.
    pub fn starts(&self, code: &str, date: NaiveDate) -> Vec<NaiveDateTime> {
        let Some(kind) = self.kind(code) else {
            return Vec::new();
        };
        let day = date.weekday().num_days_from_monday() as usize;
        let Some((open, close)) = self.opening[day] else {
            return Vec::new();
        };
        if self.closures.contains(&date) || kind.minutes == 0 || kind.advisers[day] == 0 {
            return Vec::new();
        }
        let length = chrono::Duration::minutes(kind.minutes as i64);
        let step = chrono::Duration::minutes((kind.minutes + kind.padding) as i64);
        let mut out = Vec::new();
        let mut at = date.and_time(open);
        let end = date.and_time(close);
        while at + length <= end {
            out.push(at);
            at += step;
        }
        out
    }

    /// Every slot for `code` on `date`: each start time in each adviser's
    /// column.
    pub fn slots(&self, code: &str, date: NaiveDate) -> Vec<Slot> {
        let day = date.weekday().num_days_from_monday() as usize;
        let advisers = self.kind(code).map_or(0, |k| k.advisers[day]);
        self.starts(code, date)
            .into_iter()
            .flat_map(|start| (1..=advisers).map(move |adviser| Slot { start, adviser }))
            .collect()
    }

    /// The first slot from `after` on (up to `days` days ahead) not in
    /// `taken`.
    pub fn next_free(
        &self,
        code: &str,
        after: NaiveDateTime,
        days: u32,
        taken: &dyn Fn(NaiveDate) -> Vec<Slot>,
    ) -> Option<Slot> {
        (0..days)
            .filter_map(|d| after.date().checked_add_days(chrono::Days::new(d as u64)))
            .find_map(|date| {
                let booked = taken(date);
                self.slots(code, date)
                    .into_iter()
                    .find(|s| s.start >= after && !booked.contains(s))
            })
    }
}

/// Time on the shared diary that is not a kiosk booking, such as an
/// adviser's training or leave put in from their own calendar: local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy {
    /// When it starts.
    pub start: NaiveDateTime,
    /// When it ends.
    pub end: NaiveDateTime,
}

impl Diary {
    /// The slots for `code` on `date` that cannot be booked: the bookings
    /// in `named`, and for each busy period, one adviser's column at every
    /// start time it overlaps (the lowest column still free there). A busy
    /// period that overlaps a time when every column is taken takes none.
    pub fn occupied(
        &self,
        code: &str,
        date: NaiveDate,
        named: &[Slot],
        busy: &[Busy],
    ) -> Vec<Slot> {
        let mut out: Vec<Slot> = named
            .iter()
            .filter(|s| s.start.date() == date)
            .copied()
            .collect();
        let Some(kind) = self.kind(code) else {
            return out;
        };
        let length = chrono::Duration::minutes(kind.minutes as i64);
        let slots = self.slots(code, date);
        for b in busy {
            for start in self.starts(code, date) {
                if !(start < b.end && b.start < start + length) {
                    continue;
                }
                if let Some(free) = slots.iter().find(|s| s.start == start && !out.contains(s)) {
                    out.push(*free);
                }
            }
        }
        out
    }
}

/// The name of a slot's event on the calendar server: the same slot always
/// has the same name, so two terminals cannot both create it.
pub fn event_name(slot: &Slot) -> String {
    format!("{}-{}.ics", slot.start.format("%Y%m%dT%H%M"), slot.adviser)
}

/// Reads an event name back into its slot.
pub fn slot_of(name: &str) -> Option<Slot> {
    let stem = name.rsplit('/').next()?.strip_suffix(".ics")?;
    let (start, adviser) = stem.rsplit_once('-')?;
    Some(Slot {
        start: NaiveDateTime::parse_from_str(start, "%Y%m%dT%H%M").ok()?,
        adviser: adviser.parse().ok()?,
    })
}
