//! The hub view's work: reading its figures from the store, a staff retry
//! of a refused submission, and writing a CSV export (a USB stick can be
//! slow, so it runs on the blocking pool like the rest).

use super::{Context, Effect, Outcome};
use crate::outbox::{Measures, Outbox, Stats, StoreError};
use chrono::{DateTime, Datelike, Local, TimeZone, Utc};
use std::sync::Arc;

/// The span of time the measures cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    /// Since midnight.
    #[default]
    Today,
    /// Since Monday.
    Week,
    /// Since the 1st.
    Month,
}

impl Period {
    /// Every period, shortest first.
    pub const ALL: [Period; 3] = [Period::Today, Period::Week, Period::Month];

    /// The Fluent id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Period::Today => "hub-today",
            Period::Week => "hub-week",
            Period::Month => "hub-month",
        }
    }

    /// When the period began, local time, for a clock reading `now`.
    pub fn start(self, now: DateTime<Utc>) -> DateTime<Utc> {
        let local = now.with_timezone(&Local).date_naive();
        let day = match self {
            Period::Today => local,
            Period::Week => {
                local - chrono::Days::new(local.weekday().num_days_from_monday() as u64)
            }
            Period::Month => local.with_day(1).unwrap_or(local),
        };
        let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
        Local
            .from_local_datetime(&midnight)
            .earliest()
            .map_or(now, |t| t.with_timezone(&Utc))
    }
}

/// Everything the hub view shows, read from the store in one go.
#[derive(Debug, Clone, Default)]
pub struct HubData {
    /// Counts by state.
    pub stats: Stats,
    /// Refused by the back office: reference, service code, its words.
    pub refused: Vec<(crate::reference::Reference, String, String)>,
    /// The measures for the period.
    pub measures: Measures,
    /// Today's appointments.
    pub appointments: Vec<crate::outbox::Booking>,
    /// Appointments after today, not cancelled.
    pub upcoming: Vec<crate::outbox::Booking>,
    /// From, to.
    pub span: (DateTime<Utc>, DateTime<Utc>),
    /// The last [`WEEKS`] weeks, oldest first, for the charts.
    pub weeks: Vec<Week>,
    /// How soon help calls were answered, per week, over the same weeks.
    pub answers: Vec<crate::outbox::WeekAnswerTimes>,
    /// Refused submissions whose personal details will be erased within a
    /// week (staff should deal with them first).
    pub erased_soon: u64,
    /// Today's payments, unknown and stuck ones first (or why they could
    /// not be read); `None` when the terminal takes no payments.
    pub payments: Option<Result<Vec<crate::payments::ListRow>, Arc<StoreError>>>,
}

/// How many weeks the hub's charts show.
pub const WEEKS: u32 = 12;

/// One week's figures for the charts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Week {
    /// The Monday it starts on.
    pub starts: chrono::NaiveDate,
    /// What residents did that week.
    pub measures: Measures,
}

impl HubData {
    /// A booking shown in the view, by reference.
    pub fn booking(&self, reference: &str) -> Option<&crate::outbox::Booking> {
        self.appointments
            .iter()
            .chain(&self.upcoming)
            .find(|b| b.reference.as_str() == reference)
    }
}

/// Where a CSV export went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The file written.
    pub path: String,
    /// The export folder is another filesystem than the data folder: a USB
    /// stick mounted there.
    pub on_stick: bool,
}

/// Why an export was not written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The folder or file could not be written.
    #[error("{0}: {1}")]
    Write(std::path::PathBuf, std::io::Error),
    /// The work stopped part way.
    #[error("{0}")]
    Stopped(String),
    /// The CSV could not be made.
    #[error(transparent)]
    Csv(#[from] crate::spreadsheet::CsvError),
}

/// Writes an export into `folder`. Blocks.
pub fn export(folder: &std::path::Path, name: &str, csv: &str) -> Result<Exported, ExportError> {
    use std::os::unix::fs::MetadataExt;
    std::fs::create_dir_all(folder).map_err(|e| ExportError::Write(folder.to_path_buf(), e))?;
    let path = folder.join(name);
    crate::printer::write_whole(&path, csv.as_bytes())
        .map_err(|e| ExportError::Write(path.clone(), e))?;
    let device = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.dev()).ok();
    let on_stick = match (device(folder), folder.parent().and_then(device)) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    };
    Ok(Exported {
        path: path.display().to_string(),
        on_stick,
    })
}

/// Reads the hub's figures. Blocks on the store.
pub fn load(
    store: &Outbox,
    period: Period,
    now: DateTime<Utc>,
    attention_days: u64,
) -> Result<HubData, StoreError> {
    let from = period.start(now);
    let stats = store.stats(now)?;
    let refused = store
        .list()?
        .into_iter()
        .filter(|s| s.state == crate::outbox::State::NeedsAttention)
        .map(|s| {
            (
                s.reference,
                s.service_code,
                s.last_error.unwrap_or_default(),
            )
        })
        .collect();
    let measures = store.measures_between(from, now + chrono::Duration::seconds(1))?;
    let today = now.with_timezone(&Local).date_naive();
    let appointments = store.bookings_on(today)?;
    let upcoming = store.bookings_from(today + chrono::Days::new(1))?;
    let weeks = weeks(store, now)?;
    let first = weeks.first().map_or(now, |w| midnight(w.starts, now));
    let answers = store.help_answer_times(first, now)?;
    let attention = chrono::Duration::days(i64::try_from(attention_days).unwrap_or(30) - 7);
    let erased_soon = store.refused_saved_before(now - attention)?;
    Ok(HubData {
        stats,
        refused,
        measures,
        appointments,
        upcoming,
        span: (from, now),
        weeks,
        answers,
        erased_soon,
        payments: None,
    })
}

/// Local midnight at the start of `day`, in UTC.
fn midnight(day: chrono::NaiveDate, now: DateTime<Utc>) -> DateTime<Utc> {
    Local
        .from_local_datetime(&day.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map_or(now, |t| t.with_timezone(&Utc))
}

/// This week and the [`WEEKS`] - 1 before it, oldest first.
fn weeks(store: &Outbox, now: DateTime<Utc>) -> Result<Vec<Week>, StoreError> {
    let monday = Period::Week.start(now).with_timezone(&Local).date_naive();
    (0..WEEKS)
        .rev()
        .map(|back| {
            let starts = monday - chrono::Days::new(7 * u64::from(back));
            let from = midnight(starts, now);
            let to = midnight(starts + chrono::Days::new(7), now)
                .min(now + chrono::Duration::seconds(1));
            Ok(Week {
                starts,
                measures: store.measures_between(from, to)?,
            })
        })
        .collect()
}

/// Carries out a hub effect against the store. Blocks.
pub fn run(cx: &Context, effect: Effect) -> Outcome {
    let now = cx.now();
    let days = cx.config.outbox.attention_retention_days;
    let loaded = match effect {
        Effect::LoadHub { period } => cx.with_store(|s| load(s, period, now, days)),
        Effect::Retry {
            staff,
            reference,
            period,
        } => cx.with_store(|s| {
            // The audit line first: a retry it cannot record does not happen.
            s.audit(Some(&staff), "retry", Some(reference.as_str()), now)?;
            s.retry_needs_attention(reference.as_str(), now)?;
            load(s, period, now, days)
        }),
        _ => Err(Arc::new(StoreError::Damaged("not a hub effect".into()))),
    };
    let loaded = loaded.map(|mut data| {
        if cx.till.is_some() {
            // The till stamps payments on the kiosk's clock, so "today" is
            // the clock's day.
            let today = now.with_timezone(&Local).date_naive();
            data.payments = Some(cx.with_store(|s| {
                crate::payments::list_on(s, today).map_err(|e| StoreError::Damaged(e.to_string()))
            }));
        }
        data
    });
    Outcome::HubLoaded(loaded.map(Box::new))
}

impl Context {
    /// Writes a staff spreadsheet to the chosen folder.
    pub(super) async fn export(
        self,
        folder: std::path::PathBuf,
        name: String,
        csv: Result<String, crate::spreadsheet::CsvError>,
    ) -> Outcome {
        self.blocking(
            move |_| {
                Outcome::Exported(
                    csv.map_err(ExportError::from)
                        .and_then(|csv| export(&folder, &name, &csv))
                        .map_err(Arc::new),
                )
            },
            |why| Outcome::Exported(Err(Arc::new(ExportError::Stopped(why)))),
        )
        .await
    }
}
