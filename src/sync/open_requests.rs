//! Nearby reports: the open requests the back office publishes, fetched
//! (GET `requests.json` with `service_code` and `status=open`, plus the
//! common `lat`/`long`/`radius` extension around a point), cached in the
//! store, and searched within [`NEARBY_RADIUS_M`] of where a resident says
//! the problem is, so they can see it has already been reported.
//!
//! A back office that refuses the query (any 4xx, after trying again
//! without the extension) means there is no list: never an error for the
//! resident. Offline, or when its answer cannot be read, the cached list is
//! used and marked as possibly out of date.

use super::{Client, SyncError, locked, server_words};
use crate::catalogue::Catalogue;
use crate::journey::place::Point;
use crate::outbox::Outbox;
pub use crate::outbox::open_requests::{NearbyRequest, OpenRequest};
use chrono::{DateTime, Utc};
use std::sync::{Arc, Mutex};

/// How near an open request must be to be shown, in metres.
pub const NEARBY_RADIUS_M: f64 = 150.0;

/// What the back office said to a list query.
#[derive(Debug, Clone, PartialEq)]
pub enum Fetch {
    /// The open requests it listed.
    Listed(Vec<OpenRequest>),
    /// It refused the query (a 4xx): it does not publish a list.
    Refused(String),
    /// It could not be reached, failed (5xx), or answered something that
    /// could not be read: try again later.
    Unavailable(String),
}

/// The open requests of a service near a point, for the "has this already
/// been reported?" page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Nearby {
    /// Within [`NEARBY_RADIUS_M`], nearest first.
    pub requests: Vec<NearbyRequest>,
    /// The list is the cached one, because the back office could not be
    /// asked just now: the page says it may be out of date.
    pub may_be_out_of_date: bool,
    /// When the list shown was fetched.
    pub fetched_at: Option<DateTime<Utc>>,
}

impl Client {
    /// GETs `requests.json?service_code=..&status=open`, with `lat`, `long`
    /// and `radius` (metres) when `near` is given.
    pub async fn open_requests(&self, service_code: &str, near: Option<(Point, f64)>) -> Fetch {
        let url = format!("{}/requests.json", self.base);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(j) = &self.jurisdiction_id {
            query.push(("jurisdiction_id", j.clone()));
        }
        query.push(("service_code", service_code.to_string()));
        query.push(("status", "open".to_string()));
        if let Some((p, radius)) = near {
            query.push(("lat", format!("{}", p.lat)));
            query.push(("long", format!("{}", p.long)));
            query.push(("radius", format!("{}", radius.round())));
        }
        let response = match self.http.get(&url).query(&query).send().await {
            Ok(r) => r,
            Err(e) => return Fetch::Unavailable(format!("cannot reach the back office: {e}")),
        };
        if response.status().is_redirection() {
            return Fetch::Unavailable(crate::net::redirect_words(&response));
        }
        let status = response.status().as_u16();
        let body = match crate::net::text(response, self.max_answer).await {
            Ok(b) => b,
            Err(e) => return Fetch::Unavailable(e.to_string()),
        };
        match status {
            200 => match parse_requests(&body, service_code) {
                Some(list) => Fetch::Listed(list),
                None => Fetch::Unavailable("the answer could not be read".into()),
            },
            400..=499 if !matches!(status, 408 | 425 | 429) => Fetch::Refused(format!(
                "the back office answered {status}: {}",
                server_words(&body)
            )),
            _ => Fetch::Unavailable(format!(
                "the back office answered {status}: {}",
                server_words(&body)
            )),
        }
    }
}

/// Reads a `requests.json` answer: the open requests of `service_code`
/// (any others, or closed ones, a lax back office sent are left out).
/// `None` when it is not a list of requests.
pub fn parse_requests(body: &str, service_code: &str) -> Option<Vec<OpenRequest>> {
    let v: serde_json::Value = serde_json::from_str(body).ok()?;
    let items = v.as_array()?;
    let mut out = Vec::new();
    for item in items {
        let text = |key: &str| match item.get(key) {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => {
                Some(s.trim().to_string())
            }
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let number = |key: &str| {
            match item.get(key) {
                Some(serde_json::Value::Number(n)) => n.as_f64(),
                Some(serde_json::Value::String(s)) => s.trim().parse().ok(),
                _ => None,
            }
            .filter(|f: &f64| f.is_finite())
        };
        let when = |key: &str| {
            text(key)
                .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
                .map(|t| t.with_timezone(&Utc))
        };
        let Some(id) = text("service_request_id") else {
            continue;
        };
        if text("service_code").is_some_and(|c| c != service_code)
            || text("status").is_some_and(|s| !s.eq_ignore_ascii_case("open"))
        {
            continue;
        }
        let point = match (number("lat"), number("long")) {
            (Some(lat), Some(long))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long) =>
            {
                Some(Point { lat, long })
            }
            _ => None,
        };
        out.push(OpenRequest {
            service_request_id: id,
            service_code: service_code.to_string(),
            service_name: text("service_name"),
            description: text("description"),
            address: text("address"),
            point,
            requested_at: when("requested_datetime"),
            updated_at: when("updated_datetime"),
        });
    }
    Some(out)
}

/// Fetches a service's whole list of open requests and caches it (for
/// offline use). A refusal is remembered as "no list"; when the back office
/// is unavailable the cached list stays. Returns what it said.
pub async fn refresh(
    outbox: &Arc<Mutex<Outbox>>,
    client: &Client,
    service_code: &str,
) -> Result<Fetch, SyncError> {
    let fetch = client.open_requests(service_code, None).await;
    let now = Utc::now();
    match &fetch {
        Fetch::Listed(list) => locked(outbox)?.replace_open_requests(service_code, list, now)?,
        Fetch::Refused(_) => locked(outbox)?.open_requests_not_served(service_code, now)?,
        Fetch::Unavailable(_) => {}
    }
    Ok(fetch)
}

/// Refreshes the cached open requests of every report service in the
/// catalogue (the ones a resident could report twice). Returns how many
/// services the back office listed.
pub async fn refresh_all(
    outbox: &Arc<Mutex<Outbox>>,
    client: &Client,
    catalogue: &Catalogue,
) -> Result<usize, SyncError> {
    let mut listed = 0;
    for s in catalogue
        .services
        .iter()
        .filter(|s| s.kind == crate::catalogue::overlay::Kind::Report)
    {
        if matches!(refresh(outbox, client, &s.code).await?, Fetch::Listed(_)) {
            listed += 1;
        }
    }
    Ok(listed)
}

/// The open requests of a service within [`NEARBY_RADIUS_M`] of a point.
/// With a back office (`client`), asks it first (around the point; then for
/// the whole list if it refuses the `lat`/`long`/`radius` extension) and
/// caches the answer; a back office that refuses both gives an empty list.
/// Without one, or when it cannot be reached, the cached list is used with
/// `may_be_out_of_date` set.
pub async fn nearby(
    outbox: &Arc<Mutex<Outbox>>,
    client: Option<&Client>,
    service_code: &str,
    point: Point,
) -> Result<Nearby, SyncError> {
    let mut fresh = false;
    if let Some(client) = client {
        let now = Utc::now();
        match client
            .open_requests(service_code, Some((point, NEARBY_RADIUS_M)))
            .await
        {
            Fetch::Listed(list) => {
                locked(outbox)?.merge_open_requests_near(
                    service_code,
                    point,
                    NEARBY_RADIUS_M,
                    &list,
                    now,
                )?;
                fresh = true;
            }
            Fetch::Refused(_) => match refresh(outbox, client, service_code).await? {
                Fetch::Listed(_) => fresh = true,
                Fetch::Refused(_) => return Ok(Nearby::default()),
                Fetch::Unavailable(_) => {}
            },
            Fetch::Unavailable(_) => {}
        }
    }
    let store = locked(outbox)?;
    let fetched = store.open_requests_fetched(service_code)?;
    if fetched.is_some_and(|f| !f.served) {
        return Ok(Nearby::default());
    }
    let requests = store.open_requests_near(service_code, point, NEARBY_RADIUS_M)?;
    Ok(Nearby {
        requests,
        may_be_out_of_date: !fresh,
        fetched_at: fetched.map(|f| f.at),
    })
}

/// Whole days between when a request was made and now (0 on the day), for
/// "reported 3 days ago".
pub fn days_ago(requested_at: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    (now - requested_at).num_days().max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_open_requests_of_the_service_are_read() {
        let body = r#"[
          {"service_request_id":638344,"status":"open","service_code":"street-light",
           "description":"Light flickering","address":"Outside 14 High West Street",
           "lat":"50.7152","long":-2.4378,"requested_datetime":"2026-11-15T09:30:00Z"},
          {"service_request_id":"638345","status":"closed","service_code":"street-light"},
          {"service_request_id":"638346","status":"open","service_code":"pothole"},
          {"status":"open","service_code":"street-light"},
          {"service_request_id":"638347","service_code":"street-light","lat":"north"}
        ]"#;
        let list = parse_requests(body, "street-light").expect("a list");
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].service_request_id, "638344");
        assert_eq!(
            list[0].point,
            Some(Point {
                lat: 50.7152,
                long: -2.4378
            })
        );
        assert_eq!(
            list[0].address.as_deref(),
            Some("Outside 14 High West Street")
        );
        assert!(list[0].requested_at.is_some());
        assert_eq!(list[1].point, None, "no usable coordinates");
        assert_eq!(parse_requests("{\"error\":1}", "x"), None);
    }

    #[test]
    fn days_ago_counts_whole_days() {
        let now = DateTime::parse_from_rfc3339("2026-11-18T12:00:00Z")
            .expect("time")
            .with_timezone(&Utc);
        let then = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .expect("time")
                .with_timezone(&Utc)
        };
        assert_eq!(days_ago(then("2026-11-18T08:00:00Z"), now), 0);
        assert_eq!(days_ago(then("2026-11-15T11:00:00Z"), now), 3);
        assert_eq!(days_ago(then("2026-11-19T11:00:00Z"), now), 0);
    }
}
