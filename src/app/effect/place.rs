//! Effects about places: looking one up in the gazetteer, the open
//! reports near a point, and following a report for its news.

use super::{Context, Outcome};
use crate::outbox::StoreError;
use std::sync::Arc;

impl Context {
    /// Looks a place up in the gazetteer.
    pub(super) async fn look_up_place(self, lookup: crate::journey::place::Lookup) -> Outcome {
        let (l, again) = (lookup.clone(), lookup);
        self.blocking(
            move |cx| {
                let found = match &cx.gazetteer {
                    Some(g) => g
                        .lock()
                        .map_err(|_| "the gazetteer is unavailable".to_string())
                        .and_then(|mut g| g.look_up(&l).map_err(|e| e.to_string())),
                    None => Err("there is no gazetteer".to_string()),
                };
                Outcome::PlaceFound {
                    lookup: l,
                    found: found.map_err(Arc::new),
                }
            },
            move |why| Outcome::PlaceFound {
                lookup: again,
                found: Err(Arc::new(why)),
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
                    .map_err(|e| e.to_string())
            }
            Err(e) => Err(e.to_string()),
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
