//! Loading an AddressBase Core CSV into a new gazetteer file, then swapping
//! it in.
//!
//! The new gazetteer is built in a file of its own beside the old one
//! (`gazetteer.db.import-<pid>`), with no journal (it is thrown away if
//! anything fails), and only renamed over `gazetteer.db` once it is complete
//! and on disk. A rename is atomic, so a kiosk reading the gazetteer sees the
//! old one or the new one, never half of either; an import that fails, is
//! stopped or loses power part way leaves the old one in use, and its
//! leftover file is removed by the next import.
//!
//! Columns are found by their AddressBase Core names in the header row, in
//! any order and any case; other columns are ignored. A row that cannot be
//! used is skipped and reported with its line number and why; an import with
//! no usable row, or without one of the columns it needs, is refused.

mod row;

use super::text::{postcode_key, readable, search_words};
use super::{FORMAT, GazetteerError, SCHEMA};
use row::{Columns, Row, sort_key};
use rusqlite::{Connection, params};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The columns an import needs, by their AddressBase Core names.
pub const REQUIRED_COLUMNS: [&str; 11] = [
    "UPRN",
    "USRN",
    "LATITUDE",
    "LONGITUDE",
    "SINGLE_LINE_ADDRESS",
    "SUB_BUILDING",
    "BUILDING_NAME",
    "BUILDING_NUMBER",
    "STREET_NAME",
    "TOWN_NAME",
    "POSTCODE",
];

/// A row that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RowProblem {
    /// The line of the file the row starts on (the header is line 1).
    pub line: u64,
    /// Why it was skipped, in plain words.
    pub reason: String,
}

/// Why a row's fields cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Unusable {
    /// A field that must be given is blank.
    #[error("{0} is blank")]
    Blank(&'static str),
    /// The UPRN is not a UPRN.
    #[error("UPRN \"{0}\" is not a number of 1 to 12 digits")]
    Uprn(String),
    /// The USRN is not a USRN.
    #[error("USRN \"{0}\" is not a number of 1 to 8 digits")]
    Usrn(String),
    /// A coordinate is not a number.
    #[error("{column} \"{text}\" is not a number")]
    NotANumber {
        /// The column.
        column: &'static str,
        /// What it held.
        text: String,
    },
    /// The point is not in the United Kingdom.
    #[error(
        "LATITUDE {lat} and LONGITUDE {long} are not in the United Kingdom (are the columns swapped?)"
    )]
    OutsideUk {
        /// The latitude given.
        lat: f64,
        /// The longitude given.
        long: f64,
    },
    /// The postcode is not a UK postcode.
    #[error("POSTCODE \"{0}\" is not a UK postcode")]
    Postcode(String),
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct ImportReport {
    /// Addresses loaded.
    pub addresses: u64,
    /// Streets (distinct USRNs with a name).
    pub streets: u64,
    /// Rows skipped, with why.
    pub skipped: Vec<RowProblem>,
    /// How long it took.
    #[serde(skip)]
    pub took: Duration,
}

/// A new gazetteer, complete on disk beside the old one but not yet in use.
/// [`Prepared::install`] swaps it in; dropping it throws it away.
#[derive(Debug)]
pub struct Prepared {
    temp: PathBuf,
    target: PathBuf,
    report: ImportReport,
    started: Instant,
}

/// The leftover file of an import in another process that is no longer
/// running (or of this process), to remove.
fn stale(path: &Path, target_name: &str) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some(pid) = name.strip_prefix(&format!("{target_name}.import-")) else {
        return false;
    };
    let Ok(pid) = pid.parse::<u32>() else {
        return false;
    };
    pid == std::process::id() || !Path::new("/proc").join(pid.to_string()).exists()
}

fn remove_leftovers(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name().and_then(|n| n.to_str()))
    else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if stale(&path, name) {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Reads an AddressBase Core CSV from `reader` (`source` names it in
/// messages; `size` in bytes drives the progress bar when known) into a new
/// gazetteer beside `target`, without touching `target`.
pub fn prepare(
    reader: impl Read,
    source: &str,
    size: Option<u64>,
    target: &Path,
    progress: &indicatif::ProgressBar,
) -> Result<Prepared, GazetteerError> {
    let started = Instant::now();
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| GazetteerError::Write(dir.to_path_buf(), e))?;
    remove_leftovers(target);
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("gazetteer.db");
    let temp = dir.join(format!("{name}.import-{}", std::process::id()));
    // From here on the temporary file goes when this guard does, unless it
    // is handed over to a `Prepared`.
    let mut guard = Prepared {
        temp,
        target: target.to_path_buf(),
        report: ImportReport::default(),
        started,
    };
    let db = |e| GazetteerError::Sqlite(target.to_path_buf(), e);
    let _ = std::fs::remove_file(&guard.temp);
    let mut conn = Connection::open(&guard.temp).map_err(db)?;
    conn.execute_batch(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;
         PRAGMA temp_store=MEMORY;",
    )
    .map_err(db)?;
    conn.execute_batch(SCHEMA).map_err(db)?;

    if let Some(len) = size {
        progress.set_length(len);
    }
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(std::io::BufReader::with_capacity(1 << 20, reader));
    let header = csv.headers().map_err(|e| read_error(source, e, 1))?.clone();
    let columns = Columns::find(&header, source)?;
    let tx = conn.transaction().map_err(db)?;
    let mut report = read_rows(&tx, &mut csv, &header, &columns, source, target, progress)?;
    if report.addresses == 0 {
        return Err(GazetteerError::NoUsableRows {
            file: source.to_string(),
            skipped: report.skipped,
        });
    }
    progress.set_message("indexing");
    tx.execute_batch(
        "CREATE INDEX addresses_by_postcode ON addresses (postcode_key, sort_key);
         CREATE INDEX addresses_by_street ON addresses (usrn, sort_key);",
    )
    .map_err(db)?;
    report.streets = build_streets(&tx).map_err(db)?;
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('format', ?1), ('source', ?2), ('imported_at', ?3),
            ('addresses', ?4), ('streets', ?5)",
        params![
            FORMAT.to_string(),
            source,
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            report.addresses.to_string(),
            report.streets.to_string()
        ],
    )
    .map_err(db)?;
    tx.commit().map_err(db)?;
    conn.execute_batch("PRAGMA journal_mode=DELETE; ANALYZE;")
        .map_err(db)?;
    conn.close().map_err(|(_, e)| db(e))?;
    report.took = started.elapsed();
    guard.report = report;
    Ok(guard)
}

/// Reads every row of the CSV into the new gazetteer inside `tx`, skipping
/// (and reporting) rows that cannot be used.
fn read_rows<R: Read>(
    tx: &rusqlite::Transaction<'_>,
    csv: &mut csv::Reader<R>,
    header: &csv::StringRecord,
    columns: &Columns,
    source: &str,
    target: &Path,
    progress: &indicatif::ProgressBar,
) -> Result<ImportReport, GazetteerError> {
    let db = |e| GazetteerError::Sqlite(target.to_path_buf(), e);
    let mut first_line: HashMap<i64, u64> = HashMap::new();
    let mut report = ImportReport::default();
    let mut insert = tx
        .prepare(
            "INSERT INTO addresses (uprn, usrn, lat, long, single_line, sub_building,
               building_name, building_number, street, town, postcode, postcode_key, sort_key)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )
        .map_err(db)?;
    let mut place = tx
        .prepare(
            "INSERT INTO places (id, min_lat, max_lat, min_long, max_long)
             VALUES (?1, ?2, ?2, ?3, ?3)",
        )
        .map_err(db)?;
    let mut record = csv::StringRecord::new();
    let mut rows: u64 = 0;
    loop {
        let line = csv.position().line();
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                report
                    .skipped
                    .push(unreadable_row(e, line, header.len(), source)?);
                continue;
            }
        }
        rows += 1;
        let line = record.position().map_or(line, |p| p.line());
        if rows.is_multiple_of(8192) {
            progress.set_position(record.position().map_or(0, |p| p.byte()));
            progress.set_message(format!("{} addresses", report.addresses));
        }
        let row = match columns.row(&record) {
            Ok(row) => row,
            Err(why) => {
                report.skipped.push(RowProblem {
                    line,
                    reason: why.to_string(),
                });
                continue;
            }
        };
        if let Some(first) = first_line.get(&row.uprn) {
            report.skipped.push(RowProblem {
                line,
                reason: format!("UPRN {} is already on line {first}", row.uprn),
            });
            continue;
        }
        first_line.insert(row.uprn, line);
        insert_row(&mut insert, &mut place, &row).map_err(db)?;
        report.addresses += 1;
    }
    Ok(report)
}

/// Why a row the CSV reader could not read is skipped, or the error that
/// stops the import when it cannot go on.
fn unreadable_row(
    e: csv::Error,
    line: u64,
    header_len: usize,
    source: &str,
) -> Result<RowProblem, GazetteerError> {
    let line = e.position().map_or(line, |p| p.line());
    match e.kind() {
        csv::ErrorKind::UnequalLengths { len, .. } => Ok(RowProblem {
            line,
            reason: format!(
                "has {len} fields but the header row has {header_len} (a comma outside quotes?)"
            ),
        }),
        csv::ErrorKind::Utf8 { .. } => Ok(RowProblem {
            line,
            reason: "is not UTF-8 text (save the file as UTF-8)".into(),
        }),
        _ => Err(read_error(source, e, line)),
    }
}

/// Writes one address and its place.
fn insert_row(
    insert: &mut rusqlite::Statement<'_>,
    place: &mut rusqlite::Statement<'_>,
    row: &Row,
) -> Result<(), rusqlite::Error> {
    let key = sort_key(row);
    let pc_key = row.postcode.as_deref().map(postcode_key);
    insert.execute(params![
        row.uprn,
        row.usrn,
        row.lat,
        row.long,
        row.single_line,
        row.sub_building,
        row.building_name,
        row.building_number,
        row.street,
        row.town,
        row.postcode,
        pc_key,
        key,
    ])?;
    place.execute(params![row.uprn, row.lat, row.long])?;
    Ok(())
}

/// A read that failed part way; `line` is where the reader had got to.
fn read_error(source: &str, e: csv::Error, line: u64) -> GazetteerError {
    let line = Some(e.position().map_or(line, |p| p.line()));
    let words = e.to_string();
    GazetteerError::Read {
        file: source.to_string(),
        line,
        // In words: csv's own Debug form ("Utf8 { pos: Some(Position …")
        // means nothing to the person importing the file.
        problem: match e.into_kind() {
            csv::ErrorKind::Io(io) => io.to_string(),
            csv::ErrorKind::Utf8 { err, .. } => format!(
                "field {} is not UTF-8 text (save the file as UTF-8)",
                err.field() + 1
            ),
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("has {len} fields but the header row has {expected_len}"),
            csv::ErrorKind::Seek => "the file cannot be read from the start again".into(),
            _ => other_words(&words),
        },
    }
}

/// A csv error's own words, or a plain reason when they are empty.
fn other_words(text: &str) -> String {
    if text.trim().is_empty() {
        "the file is not CSV that can be read".into()
    } else {
        text.to_string()
    }
}

/// One row per named street: its name and town as most of its addresses
/// give them, and the folded words a typed name is matched against.
fn build_streets(tx: &rusqlite::Transaction<'_>) -> Result<u64, rusqlite::Error> {
    let mut read = tx.prepare(
        "SELECT usrn, street, town, COUNT(*) FROM addresses
         WHERE usrn IS NOT NULL AND street <> ''
         GROUP BY usrn, street, town ORDER BY usrn, COUNT(*) DESC",
    )?;
    let mut write = tx.prepare(
        "INSERT OR IGNORE INTO streets (usrn, name, town, search, addresses)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut counts: HashMap<i64, i64> = HashMap::new();
    let mut rows = read.query([])?;
    let mut streets = 0;
    while let Some(r) = rows.next()? {
        let usrn: i64 = r.get(0)?;
        let street: String = r.get(1)?;
        let town: String = r.get(2)?;
        let n: i64 = r.get(3)?;
        *counts.entry(usrn).or_default() += n;
        let search = format!(" {} ", search_words(&street).join(" "));
        streets +=
            write.execute(params![usrn, readable(&street), readable(&town), search, n])? as u64;
    }
    drop(rows);
    let mut total = tx.prepare("UPDATE streets SET addresses = ?2 WHERE usrn = ?1")?;
    for (usrn, n) in counts {
        total.execute(params![usrn, n])?;
    }
    Ok(streets)
}

/// Reads an AddressBase Core CSV from `reader` and swaps it in as the
/// gazetteer at `target`, without a progress bar: [`prepare`], then
/// [`Prepared::install`].
pub fn import(
    reader: impl Read,
    source: &str,
    target: &Path,
) -> Result<ImportReport, GazetteerError> {
    prepare(
        reader,
        source,
        None,
        target,
        &indicatif::ProgressBar::hidden(),
    )?
    .install()
}

impl Prepared {
    /// What the import found.
    pub fn report(&self) -> &ImportReport {
        &self.report
    }

    /// The new gazetteer's file while it waits to be installed.
    pub fn path(&self) -> &Path {
        &self.temp
    }

    /// Puts the new gazetteer in place of the old one in one atomic rename,
    /// after making sure it is on disk.
    pub fn install(mut self) -> Result<ImportReport, GazetteerError> {
        let write = |p: &Path, e| GazetteerError::Write(p.to_path_buf(), e);
        std::fs::File::open(&self.temp)
            .and_then(|f| f.sync_all())
            .map_err(|e| write(&self.temp, e))?;
        std::fs::rename(&self.temp, &self.target).map_err(|e| write(&self.target, e))?;
        if let Some(dir) = self.target.parent() {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            std::fs::File::open(dir)
                .and_then(|f| f.sync_all())
                .map_err(|e| write(dir, e))?;
        }
        let mut report = std::mem::take(&mut self.report);
        report.took = self.started.elapsed();
        Ok(report)
    }
}

impl Drop for Prepared {
    fn drop(&mut self) {
        // Gone already once installed; otherwise never used.
        let _ = std::fs::remove_file(&self.temp);
    }
}
