-- The back office's catalogue as last fetched and validated, for offline use.
CREATE TABLE catalogue_cache (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fetched_at  TEXT NOT NULL,
    services    TEXT NOT NULL,   -- services.json as received
    definitions TEXT NOT NULL    -- JSON object: service code -> services/<code>.json as received
);
