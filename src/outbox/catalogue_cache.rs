//! The last catalogue fetched from the back office, kept so the kiosk
//! starts with it when the back office cannot be reached.

use super::*;

impl Outbox {
    /// Keeps a fetched catalogue that has passed validation, replacing the
    /// previous one in one transaction.
    pub fn save_catalogue(
        &self,
        services: &str,
        definitions: &std::collections::BTreeMap<String, String>,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let defs =
            serde_json::to_string(definitions).map_err(|e| StoreError::Damaged(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO catalogue_cache (id, fetched_at, services, definitions) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT(id) DO UPDATE SET fetched_at = excluded.fetched_at,
                 services = excluded.services, definitions = excluded.definitions",
            params![ts(now), services, defs],
        )?;
        Ok(())
    }

    /// The last catalogue fetched: when, services.json, and the definitions.
    #[allow(clippy::type_complexity)]
    pub fn cached_catalogue(
        &self,
    ) -> Result<
        Option<(
            DateTime<Utc>,
            String,
            std::collections::BTreeMap<String, String>,
        )>,
        StoreError,
    > {
        let row: Option<(String, String, String)> = self
            .conn
            .query_row(
                "SELECT fetched_at, services, definitions FROM catalogue_cache WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        row.map(|(at, services, defs)| {
            Ok((
                parse_ts(&at)?,
                services,
                serde_json::from_str(&defs).map_err(|e| StoreError::Damaged(e.to_string()))?,
            ))
        })
        .transpose()
    }
}
