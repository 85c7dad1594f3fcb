//! The council's gazetteer on the terminal: every address (UPRN) and street
//! (USRN), offline, so a resident can pick their home from a list and say
//! "near number 14" instead of describing a place.
//!
//! It lives in its own SQLite file, `<data_dir>/gazetteer.db`, apart from the
//! outbox: an import builds a whole new file beside it and renames it over
//! the old one (see [`import`]), so the kiosk always reads a complete
//! gazetteer. [`Gazetteer`] opens it read-only and answers the questions the
//! journey asks ([`Lookup`]): the addresses at a postcode, in the order a
//! person expects; the streets matching a name or postcode; the buildings on
//! a street; the nearest address to a point; an address by UPRN.
//!
//! `check-config`'s checks are [`check_config`]; the command line's `frontdoor
//! gazetteer import FILE` and `gazetteer find POSTCODE [--json]` are
//! `cli::gazetteer`. How it fits the location of every submission:
//! `docs/locations.md`.

mod check;
pub mod import;
mod text;

pub use crate::journey::location::Found;
pub use crate::journey::place::{Address, Lookup, Point, Site, Street, distance_m};
pub use check::check_config;
pub use import::{ImportReport, Prepared, REQUIRED_COLUMNS, RowProblem};

use crate::config::Config;
use crate::journey::validate;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::path::{Path, PathBuf};

/// The gazetteer file's name in the data folder.
pub const FILE_NAME: &str = "gazetteer.db";

/// The layout of the gazetteer file; a file of another layout is refused and
/// must be imported again.
const FORMAT: i64 = 1;

/// The tables of a new gazetteer (indexes are made after the rows go in).
const SCHEMA: &str = "
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE addresses (
    uprn            INTEGER PRIMARY KEY,
    usrn            INTEGER,
    lat             REAL NOT NULL,
    long            REAL NOT NULL,
    single_line     TEXT NOT NULL,
    sub_building    TEXT NOT NULL,
    building_name   TEXT NOT NULL,
    building_number TEXT NOT NULL,
    street          TEXT NOT NULL,
    town            TEXT NOT NULL,
    postcode        TEXT,
    postcode_key    TEXT,
    sort_key        TEXT NOT NULL
);
CREATE TABLE streets (
    usrn      INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    town      TEXT NOT NULL,
    search    TEXT NOT NULL,
    addresses INTEGER NOT NULL
);
CREATE VIRTUAL TABLE places USING rtree(id, min_lat, max_lat, min_long, max_long);
";

/// Most streets a search returns.
pub const MAX_STREETS: usize = 50;

/// What went wrong with the gazetteer, in words for whoever runs the command.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// No gazetteer has been imported on this terminal.
    #[error(
        "there is no gazetteer on this terminal ({0}): load the council's with `frontdoor gazetteer import FILE`"
    )]
    Missing(PathBuf),
    /// The CSV could not be opened.
    #[error("{file}: cannot open it: {problem}")]
    Open {
        /// The file.
        file: String,
        /// What the system said.
        problem: std::io::Error,
    },
    /// The CSV could not be read part way; nothing was changed.
    #[error("{file}{}: cannot read it: {problem}; the gazetteer in use was not changed", line.map(|l| format!(": line {l}")).unwrap_or_default())]
    Read {
        /// The file.
        file: String,
        /// Where, when known.
        line: Option<u64>,
        /// What went wrong.
        problem: String,
    },
    /// The header row lacks columns the import needs.
    #[error(
        "{file}: the first row must be the AddressBase Core header, and it has no {} column{}; the gazetteer in use was not changed",
        missing.join(", "),
        if missing.len() == 1 { "" } else { "s" }
    )]
    MissingColumns {
        /// The file.
        file: String,
        /// The columns not found.
        missing: Vec<String>,
    },
    /// Not one row could be used.
    #[error(
        "{file}: no row could be used ({}); the gazetteer in use was not changed",
        first_problems(skipped)
    )]
    NoUsableRows {
        /// The file.
        file: String,
        /// Every row skipped, with why.
        skipped: Vec<RowProblem>,
    },
    /// SQLite refused.
    #[error("{0}: {1}")]
    Sqlite(PathBuf, rusqlite::Error),
    /// A file could not be written, synced or renamed.
    #[error("{0}: {1}")]
    Write(PathBuf, std::io::Error),
    /// The gazetteer file was made by another version.
    #[error(
        "{0} was made by a different version of frontdoor: import the council's gazetteer again"
    )]
    Format(PathBuf),
    /// What was typed is not a postcode.
    #[error("\"{0}\" is not a UK postcode, such as DT1 1XJ")]
    NotPostcode(String),
    /// The config or catalogue would let something be sent without a
    /// location.
    #[error("{0}")]
    Locations(String),
}

fn first_problems(skipped: &[RowProblem]) -> String {
    let mut words: Vec<String> = skipped
        .iter()
        .take(3)
        .map(|p| format!("line {}: {}", p.line, p.reason))
        .collect();
    if skipped.len() > 3 {
        words.push(format!("and {} more", skipped.len() - 3));
    }
    if words.is_empty() {
        "the file has a header row and nothing else".into()
    } else {
        words.join("; ")
    }
}

/// About the gazetteer in use.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Info {
    /// Addresses in it.
    pub addresses: u64,
    /// Streets in it.
    pub streets: u64,
    /// When it was imported (UTC, RFC 3339).
    pub imported_at: String,
    /// The file it was imported from.
    pub source: String,
}

/// The gazetteer, open for reading.
#[derive(Debug)]
pub struct Gazetteer {
    conn: Connection,
    path: PathBuf,
    identity: Option<(u64, u64)>,
}

/// The file's device and inode, to see when an import replaced it.
fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

impl Gazetteer {
    /// Opens the gazetteer at `path` for reading; `Ok(None)` when there is
    /// none yet.
    pub fn open(path: &Path) -> Result<Option<Gazetteer>, GazetteerError> {
        if !path.exists() {
            return Ok(None);
        }
        let db = |e| GazetteerError::Sqlite(path.to_path_buf(), e);
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(db)?;
        let format: Option<String> = conn
            .query_row("SELECT value FROM meta WHERE key = 'format'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|_| GazetteerError::Format(path.to_path_buf()))?;
        if format.as_deref() != Some(&FORMAT.to_string()) {
            return Err(GazetteerError::Format(path.to_path_buf()));
        }
        Ok(Some(Gazetteer {
            conn,
            identity: identity(path),
            path: path.to_path_buf(),
        }))
    }

    /// Opens the gazetteer of this config's data folder, if there is one.
    pub fn for_config(config: &Config) -> Result<Option<Gazetteer>, GazetteerError> {
        Gazetteer::open(&config.gazetteer_path())
    }

    /// After an import replaced the file, reads the new one from now on.
    /// Cheap (one `stat`): call it before a look-up. Returns whether it
    /// changed.
    pub fn reopen_if_replaced(&mut self) -> Result<bool, GazetteerError> {
        let now = identity(&self.path);
        if now.is_none() || now == self.identity {
            return Ok(false);
        }
        if let Some(fresh) = Gazetteer::open(&self.path)? {
            *self = fresh;
        }
        Ok(true)
    }

    fn db(&self, e: rusqlite::Error) -> GazetteerError {
        GazetteerError::Sqlite(self.path.clone(), e)
    }

    /// How big it is, when and where from it was imported.
    pub fn info(&self) -> Result<Info, GazetteerError> {
        let meta = |key: &str| -> Result<String, GazetteerError> {
            self.conn
                .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
                .optional()
                .map(Option::unwrap_or_default)
                .map_err(|e| self.db(e))
        };
        Ok(Info {
            addresses: meta("addresses")?.parse().unwrap_or(0),
            streets: meta("streets")?.parse().unwrap_or(0),
            imported_at: meta("imported_at")?,
            source: meta("source")?,
        })
    }

    fn addresses_where(
        &self,
        filter: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<Address>, GazetteerError> {
        let sql = format!(
            "SELECT uprn, usrn, lat, long, single_line, sub_building, building_name,
                    building_number, street, town, postcode
             FROM addresses {filter}"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.db(e))?;
        let rows = stmt
            .query_map(args, raw_address)
            .map_err(|e| self.db(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.db(e))?;
        Ok(rows.into_iter().map(RawAddress::shown).collect())
    }

    /// The addresses at a postcode typed in any spacing or case ("dt11xj",
    /// "DT1  1XJ"), in the order a person expects: by street, house numbers
    /// in numeric order (2 before 10, 14 before 14A), named houses after
    /// numbered ones, and each building's flats straight after it in numeric
    /// order.
    pub fn at_postcode(&self, postcode: &str) -> Result<Vec<Address>, GazetteerError> {
        let standard = validate::postcode(postcode)
            .ok_or_else(|| GazetteerError::NotPostcode(postcode.trim().to_string()))?;
        self.addresses_where(
            "WHERE postcode_key = ?1 ORDER BY sort_key",
            [text::postcode_key(&standard)],
        )
    }

    /// Streets whose name has every typed word as the start of one of its
    /// words ("high west" finds "High West Street"; accents, case and
    /// apostrophes do not matter), or, when a postcode is typed, the streets
    /// with addresses at it. Names starting with the first word come first,
    /// then by name and town; at most [`MAX_STREETS`].
    pub fn streets(&self, typed: &str) -> Result<Vec<Street>, GazetteerError> {
        if let Some(pc) = validate::postcode(typed) {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT s.usrn, s.name, s.town, s.addresses FROM streets s
                     WHERE s.usrn IN (SELECT usrn FROM addresses WHERE postcode_key = ?1)
                     ORDER BY s.name, s.town LIMIT ?2",
                )
                .map_err(|e| self.db(e))?;
            return stmt
                .query_map(params![text::postcode_key(&pc), MAX_STREETS as i64], street)
                .map_err(|e| self.db(e))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| self.db(e));
        }
        let words = text::search_words(typed);
        let Some(longest) = words.iter().max_by_key(|w| w.len()) else {
            return Ok(Vec::new());
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT usrn, name, town, addresses, search FROM streets WHERE search LIKE ?1",
            )
            .map_err(|e| self.db(e))?;
        let pattern = format!("% {}%", longest.replace(['%', '_'], ""));
        let mut found: Vec<(bool, Street)> = stmt
            .query_map([pattern], |r| Ok((street(r)?, r.get::<_, String>(4)?)))
            .map_err(|e| self.db(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.db(e))?
            .into_iter()
            .filter_map(|(s, search)| {
                let name_words: Vec<&str> = search.split_whitespace().collect();
                let all = words
                    .iter()
                    .all(|w| name_words.iter().any(|n| n.starts_with(w.as_str())));
                let leading = name_words.first().is_some_and(|n| n.starts_with(&words[0]));
                all.then_some((!leading, s))
            })
            .collect();
        found.sort_by(|(a_rank, a), (b_rank, b)| {
            (
                a_rank,
                text::natural_key(&a.name),
                text::natural_key(&a.town),
            )
                .cmp(&(
                    b_rank,
                    text::natural_key(&b.name),
                    text::natural_key(&b.town),
                ))
        });
        found.truncate(MAX_STREETS);
        Ok(found.into_iter().map(|(_, s)| s).collect())
    }

    /// The buildings on a street, in number order, for "near which
    /// number?": one per building (flats left out), its lines without the
    /// flat.
    pub fn on_street(&self, usrn: u64) -> Result<Vec<Address>, GazetteerError> {
        let mut raws = {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT uprn, usrn, lat, long, single_line, sub_building, building_name,
                            building_number, street, town, postcode
                     FROM addresses WHERE usrn = ?1 ORDER BY sort_key",
                )
                .map_err(|e| self.db(e))?;
            stmt.query_map([usrn as i64], raw_address)
                .map_err(|e| self.db(e))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| self.db(e))?
        };
        let mut seen = std::collections::HashSet::new();
        raws.retain(|r| {
            seen.insert((text::fold(&r.building_number), text::fold(&r.building_name)))
        });
        Ok(raws
            .into_iter()
            .map(|mut r| {
                r.sub_building.clear();
                r.shown()
            })
            .collect())
    }

    /// The address nearest a point, if any is within about 11 km.
    pub fn nearest(&self, point: Point) -> Result<Option<Address>, GazetteerError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a.uprn, a.usrn, a.lat, a.long, a.single_line, a.sub_building,
                        a.building_name, a.building_number, a.street, a.town, a.postcode
                 FROM places p JOIN addresses a ON a.uprn = p.id
                 WHERE p.max_lat >= ?1 AND p.min_lat <= ?2
                   AND p.max_long >= ?3 AND p.min_long <= ?4",
            )
            .map_err(|e| self.db(e))?;
        // Widen a box around the point until it holds an address; the
        // nearest is then within the box's half-width of the point, so one
        // more widening by √2 makes sure no nearer one lies just outside.
        let mut half = 0.0005;
        while half <= 0.1 {
            let (dlat, dlong) = (half, half / point.lat.to_radians().cos().max(0.1));
            let candidates = stmt
                .query_map(
                    params![
                        point.lat - dlat,
                        point.lat + dlat,
                        point.long - dlong,
                        point.long + dlong
                    ],
                    raw_address,
                )
                .map_err(|e| self.db(e))?
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| self.db(e))?;
            if !candidates.is_empty() {
                let best = candidates
                    .into_iter()
                    .map(RawAddress::shown)
                    .min_by(|a, b| {
                        distance_m(point, a.point()).total_cmp(&distance_m(point, b.point()))
                    });
                let Some(best) = best else { break };
                let reach = distance_m(point, best.point());
                let box_m = half * 111_000.0;
                if reach <= box_m {
                    return Ok(Some(best));
                }
            }
            half *= 2.0;
        }
        Ok(None)
    }

    /// The address with this UPRN.
    pub fn by_uprn(&self, uprn: u64) -> Result<Option<Address>, GazetteerError> {
        Ok(self
            .addresses_where("WHERE uprn = ?1", [uprn as i64])?
            .pop())
    }

    /// Answers a journey's [`Lookup`]; hand the answer to
    /// [`crate::journey::Journey::found`]. Reads a newly imported gazetteer
    /// first, if there is one.
    pub fn look_up(&mut self, lookup: &Lookup) -> Result<Found, GazetteerError> {
        self.reopen_if_replaced()?;
        Ok(match lookup {
            Lookup::Postcode(pc) => Found::Addresses(self.at_postcode(pc)?),
            Lookup::Streets(typed) => Found::Streets(self.streets(typed)?),
            Lookup::OnStreet(usrn) => Found::Addresses(self.on_street(*usrn)?),
        })
    }
}

/// An address as stored, before it is made readable.
struct RawAddress {
    uprn: i64,
    usrn: Option<i64>,
    lat: f64,
    long: f64,
    single_line: String,
    sub_building: String,
    building_name: String,
    building_number: String,
    street: String,
    town: String,
    postcode: Option<String>,
}

fn raw_address(r: &rusqlite::Row<'_>) -> rusqlite::Result<RawAddress> {
    Ok(RawAddress {
        uprn: r.get(0)?,
        usrn: r.get(1)?,
        lat: r.get(2)?,
        long: r.get(3)?,
        single_line: r.get(4)?,
        sub_building: r.get(5)?,
        building_name: r.get(6)?,
        building_number: r.get(7)?,
        street: r.get(8)?,
        town: r.get(9)?,
        postcode: r.get(10)?,
    })
}

fn street(r: &rusqlite::Row<'_>) -> rusqlite::Result<Street> {
    Ok(Street {
        usrn: r.get::<_, i64>(0)? as u64,
        name: r.get(1)?,
        town: r.get(2)?,
        addresses: r.get::<_, i64>(3)?.clamp(0, i64::from(u32::MAX)) as u32,
    })
}

impl RawAddress {
    /// The address as a resident reads it: the flat and building on one
    /// line, the number and street on the next, in readable case.
    fn shown(self) -> Address {
        let sub = text::readable(&self.sub_building);
        let name = text::readable(&self.building_name);
        let number = text::readable(&self.building_number);
        let street = text::readable(&self.street);
        let (number, name) = if !number.is_empty() {
            (Some(number), name)
        } else if text::is_number_like(&name) {
            (Some(name.to_uppercase()), String::new())
        } else {
            (None, name)
        };
        let first = [sub, name]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let second = [number.clone().unwrap_or_default(), street.clone()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let mut lines: Vec<String> = [first, second]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if lines.is_empty() {
            lines.push(text::readable(&self.single_line));
        }
        Address {
            uprn: self.uprn as u64,
            usrn: self.usrn.map(|u| u as u64),
            lat: self.lat,
            long: self.long,
            lines,
            single_line: self.single_line,
            number,
            street,
            town: text::readable(&self.town),
            postcode: self.postcode,
        }
    }
}

/// Opens the terminal's gazetteer; with `[gazetteer] bundled_demo` and none
/// imported yet, first loads the demo council's addresses into it (a few
/// dozen rows: milliseconds).
pub fn open_or_seed(config: &Config) -> Result<Option<Gazetteer>, GazetteerError> {
    if config.gazetteer.bundled_demo && !config.gazetteer_path().exists() {
        let csv = crate::config::gazetteer::DEMO_CSV;
        import::prepare(
            csv.as_bytes(),
            "the demo gazetteer",
            Some(csv.len() as u64),
            &config.gazetteer_path(),
            &indicatif::ProgressBar::hidden(),
        )?
        .install()?;
    }
    Gazetteer::for_config(config)
}

/// This terminal's site: what the config says, completed from the
/// gazetteer (coordinates and address) when it has `kiosk.site_uprn`.
pub fn site(config: &Config) -> Result<Site, GazetteerError> {
    let mut site = config.site();
    if let Some(uprn) = site.uprn
        && let Some(g) = Gazetteer::for_config(config)?
        && let Some(a) = g.by_uprn(uprn)?
    {
        site.point = site.point.or(Some(a.point()));
        site.address = site.address.or(Some(a.single_line));
    }
    Ok(site)
}
