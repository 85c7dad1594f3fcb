//! One row of an AddressBase Core CSV: finding the columns the import
//! needs by their names in the header row, reading a row into the values
//! kept (or saying why it cannot be used), and the key that sorts rows as a
//! person expects.

use super::{REQUIRED_COLUMNS, Unusable};
use crate::gazetteer::GazetteerError;
use crate::gazetteer::text::{is_number_like, natural_key};
use crate::journey::validate;

/// One usable row.
pub(super) struct Row {
    pub(super) uprn: i64,
    pub(super) usrn: Option<i64>,
    pub(super) lat: f64,
    pub(super) long: f64,
    pub(super) single_line: String,
    pub(super) sub_building: String,
    pub(super) building_name: String,
    pub(super) building_number: String,
    pub(super) street: String,
    pub(super) town: String,
    pub(super) postcode: Option<String>,
}

/// Where each needed column is.
pub(super) struct Columns([usize; 11]);

impl Columns {
    pub(super) fn find(header: &csv::StringRecord, file: &str) -> Result<Columns, GazetteerError> {
        let names: Vec<String> = header
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_ascii_uppercase())
            .collect();
        let mut at = [0; 11];
        let mut missing = Vec::new();
        for (i, wanted) in REQUIRED_COLUMNS.iter().enumerate() {
            match names.iter().position(|n| n == wanted) {
                Some(p) => at[i] = p,
                None => missing.push(wanted.to_string()),
            }
        }
        if missing.is_empty() {
            Ok(Columns(at))
        } else {
            Err(GazetteerError::MissingColumns {
                file: file.to_string(),
                missing,
            })
        }
    }

    fn get<'r>(&self, record: &'r csv::StringRecord, column: usize) -> &'r str {
        record.get(self.0[column]).unwrap_or("").trim()
    }

    /// Reads a row, or says why it cannot be used.
    pub(super) fn row(&self, r: &csv::StringRecord) -> Result<Row, Unusable> {
        let uprn_text = self.get(r, 0);
        let uprn = match uprn_text.parse::<i64>() {
            _ if uprn_text.is_empty() => return Err(Unusable::Blank("UPRN")),
            Ok(n) if (1..=999_999_999_999).contains(&n) => n,
            _ => return Err(Unusable::Uprn(uprn_text.to_string())),
        };
        let usrn_text = self.get(r, 1);
        let usrn = match usrn_text.parse::<i64>() {
            _ if usrn_text.is_empty() => None,
            Ok(n) if (1..=99_999_999).contains(&n) => Some(n),
            _ => return Err(Unusable::Usrn(usrn_text.to_string())),
        };
        let degrees = |column: usize, name: &'static str| -> Result<f64, Unusable> {
            let text = self.get(r, column);
            if text.is_empty() {
                return Err(Unusable::Blank(name));
            }
            text.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| Unusable::NotANumber {
                    column: name,
                    text: text.to_string(),
                })
        };
        let lat = degrees(2, "LATITUDE")?;
        let long = degrees(3, "LONGITUDE")?;
        if !(49.0..=61.5).contains(&lat) || !(-11.0..=2.5).contains(&long) {
            return Err(Unusable::OutsideUk { lat, long });
        }
        let single_line = self.get(r, 4).to_string();
        if single_line.is_empty() {
            return Err(Unusable::Blank("SINGLE_LINE_ADDRESS"));
        }
        let postcode_text = self.get(r, 10);
        let postcode = if postcode_text.is_empty() {
            None
        } else {
            Some(
                validate::postcode(postcode_text)
                    .ok_or_else(|| Unusable::Postcode(postcode_text.to_string()))?,
            )
        };
        Ok(Row {
            uprn,
            usrn,
            lat,
            long,
            single_line,
            sub_building: self.get(r, 5).to_string(),
            building_name: self.get(r, 6).to_string(),
            building_number: self.get(r, 7).to_string(),
            street: self.get(r, 8).to_string(),
            town: self.get(r, 9).to_string(),
            postcode,
        })
    }
}

/// The key that puts a row where a person expects it: by street, then
/// numbered buildings in numeric order (14 before 14A before 15), then named
/// ones, each followed by its flats in numeric order.
pub(super) fn sort_key(row: &Row) -> String {
    let number = if !row.building_number.is_empty() {
        Some(row.building_number.as_str())
    } else if is_number_like(&row.building_name) {
        Some(row.building_name.as_str())
    } else {
        None
    };
    let building = match number {
        Some(n) => format!(
            "0{}\u{1}{}",
            natural_key(n),
            natural_key(&row.building_name)
        ),
        None => format!("1{}", natural_key(&row.building_name)),
    };
    format!(
        "{}\u{1}{}\u{1}{}\u{1}{:012}",
        natural_key(&row.street),
        building,
        natural_key(&row.sub_building),
        row.uprn
    )
}
