//! The one effect runner. Screens never touch the disk, the printer or the
//! network: they ask for an [`Effect`], and [`Context::perform`] carries it
//! out off the UI thread (store and printer work on tokio's blocking pool,
//! network work as futures) and gives back an [`Outcome`]. The live kiosk
//! runs `perform` inside an iced Task; the tests run the very same Tasks, so
//! every journey test drives the production path.

mod book;
mod hub;
mod lookup;
mod pay;
mod place;
mod print;
mod save;

pub use book::{BookedTexts, DeskWorkError};
pub use hub::{ExportError, Exported, HubData, Period, WEEKS, Week};
pub use lookup::{Arrival, Asked, Found, Glimpse, Glimpsed, Word};
pub use pay::{Paid, Pay, Started};
pub use place::PlaceError;

use crate::booking::Diary;
use crate::caldav::CalDav;
use crate::catalogue::Catalogue;
use crate::config::Config;
use crate::desk::{self, Free};
use crate::outbox::{JourneyEvent, NewSubmission, Outbox, Rating, StoreError, Stored};
use crate::reference::Reference;
use crate::staff::{SignIn, Staff};
use chrono::{DateTime, NaiveDateTime, Utc};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// How many days with free times the appointment pages offer.
pub const DAYS_SHOWN: usize = 10;

/// The terminal's store, or why it could not be opened.
pub type Store = Result<Arc<Mutex<Outbox>>, Arc<StoreError>>;

/// Work a screen asks for, carried out off the UI thread.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Store a submission (and count its journey finished).
    Save {
        /// What the resident answered, with its language and help.
        submission: Box<NewSubmission>,
    },
    /// Print a receipt.
    Print {
        /// The receipt.
        receipt: Box<crate::receipt::Receipt>,
        /// Its name, for a file printer: the reference.
        name: String,
        /// The reference and the secret in the receipt's QR code, whose
        /// hash is kept before printing.
        keep: Option<Box<(Reference, crate::reference::Secret)>>,
    },
    /// Print again the receipt of a submission stored on this terminal.
    Reprint {
        /// The submission.
        reference: Reference,
        /// In this language.
        locale: String,
        /// Signed-in staff asking for it: the audit line comes first.
        staff: Option<crate::staff::Staff>,
    },
    /// Look a reference up for check progress.
    LookUp(lookup::Asked),
    /// Read the free times of an appointment type.
    FreeTimes {
        /// The appointment type.
        kind: String,
        /// From this time on.
        after: NaiveDateTime,
        /// A booking being moved, whose own slot counts as free.
        moving: Option<String>,
    },
    /// Book an appointment.
    Book {
        /// The appointment type.
        kind: String,
        /// When it starts.
        start: NaiveDateTime,
        /// The texts the resident ticked, if any.
        texts: Option<Box<BookedTexts>>,
        /// The member of staff booking, if one is signed in: the audit line
        /// comes first.
        staff: Option<crate::staff::Staff>,
    },
    /// Move a booking to another time.
    Move {
        /// The booking's reference.
        reference: crate::reference::Reference,
        /// The new start.
        start: NaiveDateTime,
        /// The member of staff moving it, if one is signed in: the audit
        /// line comes first.
        staff: Option<crate::staff::Staff>,
    },
    /// Begin an assisted session: the audit line first, and the session is
    /// assisted only once it is written.
    StartAssisted {
        /// The digital champion or hub worker assisting.
        staff: crate::staff::Staff,
    },
    /// Cancel a booking: staff do, and the audit line comes first.
    Cancel {
        /// The booking's reference.
        reference: crate::reference::Reference,
        /// Who cancels it.
        staff: Option<crate::staff::Staff>,
    },
    /// Read the hub's figures for a period.
    LoadHub {
        /// The period.
        period: Period,
    },
    /// Staff send a refused submission again; then the figures are read.
    Retry {
        /// Who asked, for the audit log.
        staff: Staff,
        /// The submission.
        reference: crate::reference::Reference,
        /// The period the hub view shows.
        period: Period,
    },
    /// Write a CSV export.
    Export {
        /// The export folder.
        folder: PathBuf,
        /// The file's name.
        name: String,
        /// Its contents, or why they could not be made.
        csv: Result<String, crate::spreadsheet::CsvError>,
    },
    /// Check a staff PIN (slow on purpose: argon2id).
    SignIn {
        /// The staff number typed.
        number: i64,
        /// The PIN typed.
        pin: String,
    },
    /// Look a postcode, street or street's buildings up in the gazetteer.
    LookUpPlace {
        /// What the journey's page needs.
        lookup: crate::journey::place::Lookup,
    },
    /// The open requests of a service near a point, before a duplicate is
    /// sent.
    Nearby {
        /// The service.
        service: String,
        /// Where the problem is.
        point: crate::journey::place::Point,
    },
    /// Follow a report already open with the back office: a reference on
    /// this terminal that stands for it.
    Follow {
        /// The back office's id of the request.
        service_request_id: String,
        /// Its service.
        service: String,
        /// The resident's language.
        locale: String,
    },
    /// Call a member of staff over, through every configured channel.
    CallHelp {
        /// The call: terminal, screen, service, language; nothing personal.
        call: Box<crate::help::HelpCall>,
    },
    /// Payment work: ways to pay, starting, following and stopping a
    /// payment, its receipt or a cash slip.
    Pay(Pay),
    /// Record something for staff and the council; nothing comes back.
    Record(Record),
}

/// Something recorded in the store, best effort: a failed measure never
/// troubles the resident.
#[derive(Debug, Clone)]
pub enum Record {
    /// A journey started, finished or was left.
    Journey {
        /// The service.
        service: String,
        /// What happened.
        event: JourneyEvent,
        /// Where it was left.
        step: Option<String>,
        /// The resident's language.
        locale: String,
        /// A champion was helping.
        assisted: bool,
    },
    /// A satisfaction rating.
    Rating {
        /// The service.
        service: String,
        /// The rating.
        rating: Rating,
    },
    /// A resident asked for staff.
    Help {
        /// The screen they were on.
        screen: &'static str,
        /// The service, if in one.
        service: Option<String>,
    },
    /// A line in the audit log.
    Audit {
        /// Who (none for a refused PIN).
        staff: Option<Staff>,
        /// What they did.
        action: &'static str,
        /// The reference or other detail.
        detail: Option<String>,
    },
}

/// What came of an effect.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The submission was stored (or why not).
    Saved(Result<Box<Stored>, Arc<StoreError>>),
    /// The printer finished, or could not print.
    Printed(crate::printer::Outcome),
    /// What a look-up found.
    LookedUp(Found),
    /// The free times (or why they could not be read).
    FreeTimes(Result<Box<Free>, Arc<DeskWorkError>>),
    /// What a booking or move came to.
    Booked(Box<desk::Outcome>),
    /// A cancellation finished (or why it did not happen).
    Cancelled(Result<(), Arc<DeskWorkError>>),
    /// The hub's figures.
    HubLoaded(Result<Box<HubData>, Arc<StoreError>>),
    /// Where an export went.
    Exported(Result<Exported, Arc<ExportError>>),
    /// What the PIN check said.
    SignedIn(crate::staff::SignIn),
    /// An assisted session may begin (its audit line written), or why not.
    Assisting(Result<(), Arc<AuditError>>),
    /// What the gazetteer found for a journey's page.
    PlaceFound {
        /// What was looked up.
        lookup: crate::journey::place::Lookup,
        /// What it found, or why it could not look.
        found: Result<crate::journey::location::Found, Arc<PlaceError>>,
    },
    /// Open requests of the service near the place.
    Nearby(Result<Box<crate::sync::open_requests::Nearby>, Arc<PlaceError>>),
    /// The report is followed from here, under this reference.
    Followed(Result<Box<crate::outbox::Followed>, Arc<StoreError>>),
    /// What the help call's channels did (`None`: no channel is set up).
    HelpCalled {
        /// The call's id.
        id: String,
        /// What each channel did.
        outcome: Option<crate::help::CallOutcome>,
    },
    /// What came of payment work.
    Pay(Paid),
    /// A record was written (or dropped).
    Recorded,
}

/// Why a staff action did not happen: its audit line could not be written.
pub const NOT_AUDITED: &str = "the audit log could not be written, so nothing was done";

/// Why a staff member's audit line was not written before the action it
/// records, so the action must not happen. Its words are for staff.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// The store refused the line (logged where it happened).
    #[error("{}", NOT_AUDITED)]
    NotWritten,
    /// The work stopped part way.
    #[error("the work stopped: {0}")]
    Stopped(tokio::task::JoinError),
}

/// The wall clock the kiosk reads: the system's, or a fixed time for tests
/// and pixel snapshots.
#[derive(Debug, Clone, Copy, Default)]
pub enum Clock {
    /// The system clock.
    #[default]
    System,
    /// Always this time.
    Fixed(DateTime<Utc>),
}

impl Clock {
    /// The time now.
    pub fn now(self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(at) => at,
        }
    }
}

/// What effects run against: the config, catalogue, store, diary, back
/// office client and clock. Cheap to clone (shared parts are `Arc`s).
#[derive(Clone)]
pub struct Context {
    /// The config in force.
    pub config: Arc<Config>,
    /// The catalogue in use.
    pub catalogue: Arc<Catalogue>,
    /// The terminal's store.
    pub store: Store,
    /// The appointment diary's rules, when appointments are used.
    pub diary: Option<Diary>,
    /// The diary server, or why it cannot be used.
    pub calendar: Result<Option<CalDav>, Arc<crate::caldav::SetupError>>,
    /// The back office, when there is one.
    pub client: Option<crate::sync::Client>,
    /// The wall clock.
    pub clock: Clock,
    /// What the fleet's metrics report, shared with the worker.
    pub live: crate::fleet::live::Live,
    /// Help calls to staff, when a channel is configured.
    pub caller: Option<crate::help::Caller>,
    /// The council's addresses and streets, when there is a gazetteer.
    pub gazetteer: Option<Arc<Mutex<crate::gazetteer::Gazetteer>>>,
    /// Where this terminal is, for services about the site.
    pub site: crate::journey::Site,
    /// Payments, when `[payments]` is configured and its items and keys
    /// could be read.
    pub till: Option<crate::payments::Till>,
    /// The one secret every receipt's QR code carries, for tests and pixel
    /// snapshots; `None` (always, in the kiosk) makes a new random one each
    /// time.
    pub fixed_secret: Option<crate::reference::Secret>,
    /// The catalogue overlay and diary published centrally, when in use.
    pub central: Central,
}

/// What the council published centrally that is in use in place of the
/// terminal's own files.
#[derive(Debug, Clone, Default)]
pub struct Central {
    /// `overlay.toml`, in place of the catalogue folder's.
    pub overlay: Option<String>,
    /// The diary, in place of the one `[calendar] diary` names.
    pub diary: Option<Diary>,
}

/// What a context sets up from its config.
struct Parts {
    diary: Option<Diary>,
    calendar: Result<Option<CalDav>, Arc<crate::caldav::SetupError>>,
    client: Option<crate::sync::Client>,
    caller: Option<crate::help::Caller>,
    gazetteer: Option<Arc<Mutex<crate::gazetteer::Gazetteer>>>,
    site: crate::journey::Site,
    till: Option<crate::payments::Till>,
}

impl Parts {
    fn for_config(config: &Config, store: &Store, central_diary: Option<&Diary>) -> Parts {
        let diary = central_diary
            .cloned()
            .or_else(|| crate::booking::file::for_config(config).ok());
        let caller = match crate::help::Caller::from_config(config) {
            Ok(c) => Some(c),
            Err(e) => {
                tracing::warn!("help calls cannot be made: {e}");
                None
            }
        };
        let gazetteer = match crate::gazetteer::open_or_seed(config) {
            Ok(g) => g.map(|g| Arc::new(Mutex::new(g))),
            Err(e) => {
                tracing::warn!("addresses are typed, not chosen: {e}");
                None
            }
        };
        let till = match store {
            Ok(s) => crate::payments::till(config, s.clone()).unwrap_or_else(|e| {
                tracing::warn!("payments are not offered: {e}");
                None
            }),
            Err(_) => None,
        };
        Parts {
            diary,
            calendar: CalDav::from_config(config).map_err(Arc::new),
            client: crate::sync::Client::from_config(config).ok(),
            caller,
            gazetteer,
            site: crate::gazetteer::site(config).unwrap_or_else(|_| config.site()),
            till,
        }
    }
}

impl std::fmt::Debug for Context {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Context")
            .field("kiosk", &self.config.kiosk.id)
            .field("store", &self.store.is_ok())
            .field("clock", &self.clock)
            .finish_non_exhaustive()
    }
}

impl Context {
    /// The context for a config, catalogue and store.
    pub fn new(config: Config, catalogue: Catalogue, store: Result<Outbox, StoreError>) -> Context {
        let live = crate::fleet::live::Live::new(&config, Utc::now());
        let store = store.map(|s| Arc::new(Mutex::new(s))).map_err(Arc::new);
        let parts = Parts::for_config(&config, &store, None);
        Context {
            config: Arc::new(config),
            catalogue: Arc::new(catalogue),
            store,
            diary: parts.diary,
            calendar: parts.calendar,
            client: parts.client,
            clock: Clock::System,
            live,
            caller: parts.caller,
            gazetteer: parts.gazetteer,
            site: parts.site,
            till: parts.till,
            fixed_secret: None,
            central: Central::default(),
        }
    }

    /// The same kiosk on a new config (one published centrally): the
    /// store, clock, live state, catalogue and what was published
    /// centrally stay; everything the config sets up (back office, diary,
    /// help calls, gazetteer, payments) is set up again from it.
    pub fn reconfigured(&self, config: Config) -> Context {
        let parts = Parts::for_config(&config, &self.store, self.central.diary.as_ref());
        Context {
            config: Arc::new(config),
            diary: parts.diary,
            calendar: parts.calendar,
            client: parts.client,
            caller: parts.caller,
            gazetteer: parts.gazetteer,
            site: parts.site,
            till: parts.till,
            ..self.clone()
        }
    }

    /// The time now, on this context's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// A secret for a receipt's QR code.
    pub fn new_secret(&self) -> crate::reference::Secret {
        self.fixed_secret.clone().unwrap_or_default()
    }

    /// Carries out one effect. Never blocks the thread that polls it: store
    /// and printer work runs on the blocking pool.
    pub async fn perform(self, effect: Effect) -> Outcome {
        match effect {
            Effect::Save { submission } => self.save(*submission).await,
            Effect::Print {
                receipt,
                name,
                keep,
            } => {
                self.blocking(
                    move |cx| Outcome::Printed(print::print(cx, &receipt, &name, keep.as_deref())),
                    print::stopped,
                )
                .await
            }
            Effect::Reprint {
                reference,
                locale,
                staff,
            } => {
                self.blocking(
                    move |cx| {
                        Outcome::Printed(print::reprint(cx, &reference, &locale, staff.as_ref()))
                    },
                    print::stopped,
                )
                .await
            }
            Effect::LookUp(asked) => Outcome::LookedUp(lookup::look_up(&self, asked).await),
            Effect::FreeTimes {
                kind,
                after,
                moving,
            } => self.free_times(kind, after, moving).await,
            Effect::Book {
                kind,
                start,
                texts,
                staff,
            } => self.book_audited(kind, start, texts, staff).await,
            Effect::Move {
                reference,
                start,
                staff,
            } => self.move_audited(reference, start, staff).await,
            Effect::Cancel { reference, staff } => self.cancel(reference, staff).await,
            Effect::StartAssisted { staff } => self.start_assisted(staff).await,
            e @ (Effect::LoadHub { .. } | Effect::Retry { .. }) => {
                self.blocking(
                    move |cx| hub::run(cx, e),
                    |why| Outcome::HubLoaded(Err(Arc::new(StoreError::Damaged(why)))),
                )
                .await
            }
            Effect::Export { folder, name, csv } => self.export(folder, name, csv).await,
            Effect::SignIn { number, pin } => {
                self.blocking(
                    move |cx| Outcome::SignedIn(save::sign_in(cx, number, &pin)),
                    |why| Outcome::SignedIn(SignIn::Unavailable(why)),
                )
                .await
            }
            Effect::CallHelp { call } => self.call_help(*call).await,
            Effect::LookUpPlace { lookup } => self.look_up_place(lookup).await,
            Effect::Nearby { service, point } => self.nearby(service, point).await,
            Effect::Follow {
                service_request_id,
                service,
                locale,
            } => self.follow(service_request_id, service, locale).await,
            Effect::Pay(pay) => pay::run(self, pay).await,
            Effect::Record(record) => {
                self.blocking(
                    move |cx| save::record_now(cx, record),
                    |_| Outcome::Recorded,
                )
                .await
            }
        }
    }

    /// Runs `f` on the blocking pool; `stopped` words the outcome if the
    /// work panicked.
    async fn blocking(
        &self,
        f: impl FnOnce(&Context) -> Outcome + Send + 'static,
        stopped: impl FnOnce(String) -> Outcome,
    ) -> Outcome {
        let cx = self.clone();
        tokio::task::spawn_blocking(move || f(&cx))
            .await
            .unwrap_or_else(|e| stopped(format!("the work stopped: {e}")))
    }

    /// Runs `f` with the store locked, or says why the store cannot be used.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Outbox) -> Result<T, StoreError>,
    ) -> Result<T, Arc<StoreError>> {
        let store = self.store.as_ref().map_err(Arc::clone)?;
        let mut guard = store.lock().map_err(|_| Arc::new(StoreError::Poisoned))?;
        f(&mut guard).map_err(Arc::new)
    }
}
