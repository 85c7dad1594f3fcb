//! Effects about places: looking one up in the gazetteer, the open
//! reports near a point, and following a report for its news.

use super::{Context, Outcome};
use crate::outbox::StoreError;
use std::sync::Arc;

/// Why a place could not be looked up, or the reports near it not read.
/// Logged, never shown: the resident types the place instead.
#[derive(Debug, thiserror::Error)]
pub enum PlaceError {
    /// The terminal has no gazetteer.
    #[error("there is no gazetteer")]
    NoGazetteer,
    /// Another part of the kiosk stopped while holding the gazetteer.
    #[error("the gazetteer is unavailable")]
    GazetteerUnavailable,
    /// The gazetteer could not be read.
    #[error(transparent)]
    Gazetteer(#[from] crate::gazetteer::GazetteerError),
    /// The store could not be opened.
    #[error(transparent)]
    Store(Arc<StoreError>),
    /// The open reports could not be read.
    #[error(transparent)]
    Sync(#[from] crate::sync::SyncError),
    /// The work stopped part way, in these words.
    #[error("{0}")]
    Stopped(String),
}

impl Context {
    /// Looks a place up in the gazetteer.
    pub(super) async fn look_up_place(self, lookup: crate::journey::place::Lookup) -> Outcome {
        let (l, again) = (lookup.clone(), lookup);
        self.blocking(
            move |cx| {
                let found = match &cx.gazetteer {
                    Some(g) => g
                        .lock()
                        .map_err(|_| PlaceError::GazetteerUnavailable)
                        .and_then(|mut g| g.look_up(&l).map_err(PlaceError::from)),
                    None => Err(PlaceError::NoGazetteer),
                };
                Outcome::PlaceFound {
                    lookup: l,
                    found: found.map_err(Arc::new),
                }
            },
            move |why| Outcome::PlaceFound {
                lookup: again,
                found: Err(Arc::new(PlaceError::Stopped(why))),
            },
        )
        .await
    }

    /// The open reports for `service` near `point`.
    pub(super) async fn nearby(
        self,
        service: String,
        point: crate::journey::place::Point,
    ) -> Outcome {
        let found = match &self.store {
            Ok(store) => {
                crate::sync::open_requests::nearby(store, self.client.as_ref(), &service, point)
                    .await
                    .map_err(PlaceError::from)
            }
            Err(e) => Err(PlaceError::Store(Arc::clone(e))),
        };
        Outcome::Nearby(found.map(Box::new).map_err(Arc::new))
    }

    /// Follows a report on this terminal for its news.
    pub(super) async fn follow(
        self,
        service_request_id: String,
        service: String,
        locale: String,
    ) -> Outcome {
        self.blocking(
            move |cx| {
                let terminal = cx.config.terminal_part();
                let now = cx.now();
                Outcome::Followed(
                    cx.with_store(|s| {
                        s.follow(&service_request_id, &service, &locale, &terminal, now)
                    })
                    .map(Box::new),
                )
            },
            |why| Outcome::Followed(Err(Arc::new(StoreError::Damaged(why)))),
        )
        .await
    }
}
