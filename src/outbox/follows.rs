//! Reports a resident follows: when a problem is already reported (the
//! nearby reports page), the resident can follow it instead of sending
//! their own. The terminal gives them a reference of its own, printed on a
//! receipt, that Check progress turns into the back office's request.

use super::{Outbox, StoreError, take_reference, ts};
use crate::reference::Reference;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};

/// A followed report, by its reference on this terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Followed {
    /// The terminal's reference for it.
    pub reference: Reference,
    /// The back office's id of the request being followed.
    pub service_request_id: String,
    /// The service it is about.
    pub service_code: String,
    /// When the resident chose to follow it.
    pub created_at: DateTime<Utc>,
}

impl Outbox {
    /// Gives a request already open with the back office a reference on
    /// this terminal, so the resident can follow it.
    pub fn follow(
        &mut self,
        service_request_id: &str,
        service_code: &str,
        locale: &str,
        terminal: &str,
        now: DateTime<Utc>,
    ) -> Result<Followed, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let reference = take_reference(&tx, terminal, now)?;
        tx.execute(
            "INSERT INTO follows (reference, service_request_id, service_code, locale, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                reference.as_str(),
                service_request_id,
                service_code,
                locale,
                ts(now)
            ],
        )?;
        tx.commit()?;
        Ok(Followed {
            reference,
            service_request_id: service_request_id.to_string(),
            service_code: service_code.to_string(),
            created_at: now,
        })
    }

    /// The followed report with this reference, if it is one.
    pub fn followed(&self, reference: &str) -> Result<Option<Followed>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT reference, service_request_id, service_code, created_at
                   FROM follows WHERE reference = ?1",
                params![reference],
                |r| {
                    Ok((
                        r.get::<_, Reference>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                },
            )
            .optional()?;
        let Some((reference, id, code, at)) = row else {
            return Ok(None);
        };
        Ok(Some(Followed {
            reference,
            service_request_id: id,
            service_code: code,
            created_at: super::parse_ts(&at)?,
        }))
    }
}
