//! Places from the council's gazetteer, as the journey needs them: plain data
//! the app looks up (with [`crate::gazetteer`]) and feeds into a [`Journey`].
//!
//! Pure: no SQLite here. The gazetteer fills these in; the journey only reads
//! them, so the journey can be tested without a gazetteer and behaves exactly
//! as it did before one existed when the app feeds it nothing.
//!
//! [`Journey`]: super::Journey

use serde::{Deserialize, Serialize};

/// One property from the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Address {
    /// Unique Property Reference Number: sent to the back office as
    /// `address_id` when the resident picked this property.
    pub uprn: u64,
    /// The Unique Street Reference Number of its street, when known.
    pub usrn: Option<u64>,
    /// Latitude (WGS84 degrees).
    pub lat: f64,
    /// Longitude (WGS84 degrees).
    pub long: f64,
    /// The lines to show in a list of addresses at one postcode or on one
    /// street: the flat and building, then the number and street, such as
    /// `["Flat 2, Mill House", "14 High West Street"]`. The town and postcode
    /// are left out, as they are the same for the whole list.
    pub lines: Vec<String>,
    /// The whole address on one line, as the gazetteer has it: sent as
    /// `address_string`.
    pub single_line: String,
    /// The house number, or a building name that is a number such as "14A",
    /// for "near which number?".
    pub number: Option<String>,
    /// The street, as shown.
    pub street: String,
    /// The town, as shown.
    pub town: String,
    /// The postcode in its standard form ("DT1 1XJ"), if it has one.
    pub postcode: Option<String>,
}

impl Address {
    /// The lines joined with commas: "Flat 2, Mill House, 14 High West Street".
    pub fn label(&self) -> String {
        self.lines.join(", ")
    }

    /// Where it is, as (latitude, longitude).
    pub fn point(&self) -> Point {
        Point {
            lat: self.lat,
            long: self.long,
        }
    }
}

/// One street from the gazetteer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Street {
    /// Unique Street Reference Number.
    pub usrn: u64,
    /// The street's name, as shown.
    pub name: String,
    /// The town it is in, as shown.
    pub town: String,
    /// How many properties the gazetteer has on it.
    pub addresses: u32,
}

/// A point on the map (WGS84 degrees).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub long: f64,
}

/// The terminal's own site, for `location = "site"` services: what the
/// config says (`kiosk.site_uprn`, `site_latitude`, `site_longitude`,
/// `site_address`), completed from the gazetteer where it has the UPRN.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Site {
    /// The site's UPRN.
    pub uprn: Option<u64>,
    /// Where it is.
    pub point: Option<Point>,
    /// Its address in words.
    pub address: Option<String>,
}

impl Site {
    /// Whether it says where the site is in a way Open311 accepts.
    pub fn is_known(&self) -> bool {
        self.uprn.is_some() || self.point.is_some() || self.address.is_some()
    }
}

/// What the app must look up in the gazetteer for the page the journey is
/// on. The answer goes back with [`Journey::addresses_found`],
/// [`Journey::streets_found`] or [`Journey::street_addresses_found`].
///
/// [`Journey::addresses_found`]: super::Journey::addresses_found
/// [`Journey::streets_found`]: super::Journey::streets_found
/// [`Journey::street_addresses_found`]: super::Journey::street_addresses_found
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Lookup {
    /// The addresses at this postcode (standard form, "DT1 1XJ"), in the
    /// order a person expects: `Gazetteer::at_postcode`.
    Postcode(String),
    /// The streets whose name matches, or that have addresses at the
    /// postcode, as typed: `Gazetteer::streets`.
    Streets(String),
    /// The buildings on the street with this USRN, in number order, for
    /// "near which number?": `Gazetteer::on_street`.
    OnStreet(u64),
}

/// The distance between two points in metres (haversine, on a sphere of the
/// Earth's mean radius: within 0.5% of the true distance, plenty for "within
/// 150 m").
pub fn distance_m(a: Point, b: Point) -> f64 {
    const EARTH_RADIUS_M: f64 = 6_371_008.8;
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let dlat = la2 - la1;
    let dlong = (b.long - a.long).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlong / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

/// Whether an attribute code names a USRN, so the kiosk fills it with the
/// street's USRN rather than asking the resident: the code, ignoring case, is
/// `usrn`, or has `usrn` as one of its words (split on `_`, `-`, `.` or a
/// space), such as `street_usrn` or `USRN-ref`.
pub fn is_usrn_code(code: &str) -> bool {
    code.split(['_', '-', '.', ' '])
        .any(|w| w.eq_ignore_ascii_case("usrn"))
}

/// Message ids (in `i18n/<locale>/frontdoor.ftl`) for the words on the
/// gazetteer's pages and the nearby reports page, so the screens and the
/// translations agree.
pub mod ids {
    /// "Choose the address" (a list of the addresses at a postcode);
    /// variable `postcode`.
    pub const ADDRESSES_HEADING: &str = "addresses-heading";
    /// "My address is not listed": go on to type the house number or name.
    pub const ADDRESS_NOT_LISTED: &str = "address-not-listed";
    /// Said on the typed house page when the postcode had no addresses in
    /// the gazetteer; variable `postcode`.
    pub const ADDRESSES_NONE: &str = "addresses-none";
    /// "Which street is it in?" (type a street name or a postcode).
    pub const STREET_HEADING: &str = "street-heading";
    /// The hint under it.
    pub const STREET_HINT: &str = "street-hint";
    /// "Choose the street" (a list of streets found).
    pub const STREETS_HEADING: &str = "streets-heading";
    /// Said on the description page when no street matched; variable `typed`.
    pub const STREETS_NONE: &str = "streets-none";
    /// "Near which number?" (the street's buildings); variable `street`.
    pub const NEAR_HEADING: &str = "near-heading";
    /// The hint under it.
    pub const NEAR_HINT: &str = "near-hint";
    /// "I cannot find the place: describe it instead".
    pub const DESCRIBE_INSTEAD: &str = "describe-instead";
    /// A street in a list: "High West Street, Dorchester"; variables
    /// `street`, `town`.
    pub const STREET_IN_TOWN: &str = "street-in-town";
    /// The check-your-answers row for a picked address.
    pub const ROW_ADDRESS: &str = "row-address";
    /// The check-your-answers row for a street described in words.
    pub const ROW_STREET: &str = "row-street";
    /// The check-your-answers row for the number a place is near.
    pub const ROW_NEAR: &str = "row-near";
    /// "Has this already been reported?"
    pub const NEARBY_HEADING: &str = "nearby-heading";
    /// The hint under it.
    pub const NEARBY_HINT: &str = "nearby-hint";
    /// "None of these: it is a new problem".
    pub const NEARBY_NONE_OF_THESE: &str = "nearby-none-of-these";
    /// How far away a report is: variable `metres`.
    pub const NEARBY_DISTANCE: &str = "nearby-distance";
    /// When it was reported, a day or more ago: variable `days`
    /// (`crate::sync::open_requests::days_ago`).
    pub const NEARBY_REPORTED: &str = "nearby-reported";
    /// When it was reported, today.
    pub const NEARBY_REPORTED_TODAY: &str = "nearby-reported-today";
    /// Shown when the list is the cached copy from before the connection
    /// was lost.
    pub const NEARBY_OUT_OF_DATE: &str = "nearby-out-of-date";
    /// "This has already been reported" (after picking one).
    pub const ALREADY_REPORTED_HEADING: &str = "already-reported-heading";
    /// What that means for the resident.
    pub const ALREADY_REPORTED_BODY: &str = "already-reported-body";
    /// "Print its reference so I can follow it".
    pub const ALREADY_REPORTED_FOLLOW: &str = "already-reported-follow";
    /// "Send my report as well".
    pub const ALREADY_REPORTED_ADD: &str = "already-reported-add";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_are_right_to_a_metre_or_so() {
        let a = Point {
            lat: 50.7150,
            long: -2.4370,
        };
        assert_eq!(distance_m(a, a), 0.0);
        // A thousandth of a degree of latitude is about 111 m.
        let north = Point {
            lat: 50.7160,
            long: -2.4370,
        };
        assert!((distance_m(a, north) - 111.2).abs() < 0.5);
        // Dorchester to Weymouth is about 11.3 km.
        let weymouth = Point {
            lat: 50.6139,
            long: -2.4574,
        };
        assert!((distance_m(a, weymouth) - 11_300.0).abs() < 150.0);
        assert_eq!(distance_m(a, north), distance_m(north, a));
    }

    #[test]
    fn usrn_codes() {
        for yes in ["usrn", "USRN", "street_usrn", "Usrn-Ref", "Street.USRN"] {
            assert!(is_usrn_code(yes), "{yes}");
        }
        for no in ["user", "usrns", "street", "ursn", "turns"] {
            assert!(!is_usrn_code(no), "{no}");
        }
    }
}
