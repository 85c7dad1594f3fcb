//! The cached list of open requests the back office publishes, per service,
//! for "has this already been reported?": replaced whole by a service's full
//! list, merged around a point by a nearby query, and searched within a
//! distance of a point (haversine) when offline as when online.

use super::{Outbox, StoreError, parse_ts, ts};
use crate::journey::place::{Point, distance_m};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

/// One open request as the back office publishes it: what, where and when.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct OpenRequest {
    /// The back office's id (`service_request_id`).
    pub service_request_id: String,
    /// The service it was made under.
    pub service_code: String,
    /// The service's name as the back office gives it.
    pub service_name: Option<String>,
    /// What: the back office's public description.
    pub description: Option<String>,
    /// Where, in words (`address`).
    pub address: Option<String>,
    /// Where on the map (`lat`, `long`).
    pub point: Option<Point>,
    /// When it was made (`requested_datetime`).
    pub requested_at: Option<DateTime<Utc>>,
    /// When it last changed (`updated_datetime`).
    pub updated_at: Option<DateTime<Utc>>,
}

/// An open request near a point.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NearbyRequest {
    /// The request.
    pub request: OpenRequest,
    /// How far it is from the point, in metres.
    pub distance_m: f64,
}

/// When a service's list was last fetched, and whether the back office
/// answers the query at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fetched {
    /// When.
    pub at: DateTime<Utc>,
    /// False when the back office refused the query (so there is no list).
    pub served: bool,
}

/// Degrees of latitude in a metre, near enough for a search box.
const DEGREES_PER_METRE: f64 = 1.0 / 111_000.0;

fn insert(
    tx: &rusqlite::Transaction<'_>,
    requests: &[OpenRequest],
    service_code: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let mut stmt = tx.prepare(
        "INSERT INTO open_requests (service_code, service_request_id, lat, long, address,
            description, service_name, requested_at, updated_at, fetched_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (service_code, service_request_id) DO UPDATE SET
            lat = excluded.lat, long = excluded.long, address = excluded.address,
            description = excluded.description, service_name = excluded.service_name,
            requested_at = excluded.requested_at, updated_at = excluded.updated_at,
            fetched_at = excluded.fetched_at",
    )?;
    for r in requests.iter().filter(|r| r.service_code == service_code) {
        stmt.execute(params![
            service_code,
            r.service_request_id,
            r.point.map(|p| p.lat),
            r.point.map(|p| p.long),
            r.address,
            r.description,
            r.service_name,
            r.requested_at.map(ts),
            r.updated_at.map(ts),
            ts(now),
        ])?;
    }
    Ok(())
}

fn mark_fetched(
    tx: &rusqlite::Transaction<'_>,
    service_code: &str,
    served: bool,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO open_requests_fetched (service_code, fetched_at, served) VALUES (?1, ?2, ?3)
         ON CONFLICT (service_code) DO UPDATE SET fetched_at = excluded.fetched_at,
            served = excluded.served",
        params![service_code, ts(now), served],
    )?;
    Ok(())
}

impl Outbox {
    /// Replaces a service's cached open requests with its whole list, in
    /// one transaction. Requests of other services in `requests` are left out.
    pub fn replace_open_requests(
        &mut self,
        service_code: &str,
        requests: &[OpenRequest],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM open_requests WHERE service_code = ?1",
            [service_code],
        )?;
        insert(&tx, requests, service_code, now)?;
        mark_fetched(&tx, service_code, true, now)?;
        tx.commit()?;
        Ok(())
    }

    /// Merges the answer to a query around `point` (every open request of
    /// the service within `radius_m`): those are kept or added, and cached
    /// ones inside the radius that it no longer lists (closed since) go.
    pub fn merge_open_requests_near(
        &mut self,
        service_code: &str,
        point: Point,
        radius_m: f64,
        requests: &[OpenRequest],
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let gone: Vec<String> = self
            .open_requests_near(service_code, point, radius_m)?
            .into_iter()
            .map(|n| n.request.service_request_id)
            .filter(|id| !requests.iter().any(|r| &r.service_request_id == id))
            .collect();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for id in gone {
            tx.execute(
                "DELETE FROM open_requests WHERE service_code = ?1 AND service_request_id = ?2",
                params![service_code, id],
            )?;
        }
        insert(&tx, requests, service_code, now)?;
        mark_fetched(&tx, service_code, true, now)?;
        tx.commit()?;
        Ok(())
    }

    /// The back office refused to list this service's requests: forget any
    /// cached ones, and remember that it has no list.
    pub fn open_requests_not_served(
        &mut self,
        service_code: &str,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM open_requests WHERE service_code = ?1",
            [service_code],
        )?;
        mark_fetched(&tx, service_code, false, now)?;
        tx.commit()?;
        Ok(())
    }

    /// When the service's list was last fetched, if ever.
    pub fn open_requests_fetched(&self, service_code: &str) -> Result<Option<Fetched>, StoreError> {
        let row: Option<(String, bool)> = self
            .conn
            .query_row(
                "SELECT fetched_at, served FROM open_requests_fetched WHERE service_code = ?1",
                [service_code],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        row.map(|(at, served)| {
            Ok(Fetched {
                at: parse_ts(&at)?,
                served,
            })
        })
        .transpose()
    }

    /// The cached open requests of a service within `radius_m` metres of a
    /// point, nearest first. Requests the back office gave no coordinates
    /// for cannot be placed and are never "near".
    pub fn open_requests_near(
        &self,
        service_code: &str,
        point: Point,
        radius_m: f64,
    ) -> Result<Vec<NearbyRequest>, StoreError> {
        let dlat = radius_m * DEGREES_PER_METRE * 1.01;
        let dlong = dlat / point.lat.to_radians().cos().max(0.01);
        let mut stmt = self.conn.prepare_cached(
            "SELECT service_request_id, lat, long, address, description, service_name,
                    requested_at, updated_at
             FROM open_requests
             WHERE service_code = ?1 AND lat BETWEEN ?2 AND ?3 AND long BETWEEN ?4 AND ?5",
        )?;
        let rows = stmt
            .query_map(
                params![
                    service_code,
                    point.lat - dlat,
                    point.lat + dlat,
                    point.long - dlong,
                    point.long + dlong
                ],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, f64>(1)?,
                        r.get::<_, f64>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, Option<String>>(5)?,
                        r.get::<_, Option<String>>(6)?,
                        r.get::<_, Option<String>>(7)?,
                    ))
                },
            )?
            .collect::<Result<Vec<_>, _>>()?;
        let mut near = Vec::new();
        for (id, lat, long, address, description, service_name, requested, updated) in rows {
            let at = Point { lat, long };
            let distance = distance_m(point, at);
            if distance > radius_m {
                continue;
            }
            near.push(NearbyRequest {
                request: OpenRequest {
                    service_request_id: id,
                    service_code: service_code.to_string(),
                    service_name,
                    description,
                    address,
                    point: Some(at),
                    requested_at: requested.as_deref().map(parse_ts).transpose()?,
                    updated_at: updated.as_deref().map(parse_ts).transpose()?,
                },
                distance_m: distance,
            });
        }
        near.sort_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
        Ok(near)
    }
}
