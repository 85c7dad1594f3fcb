-- Reports a resident chose to follow instead of sending their own: a
-- reference made on this terminal that stands for a request already open
-- with the back office. No personal data.
CREATE TABLE follows (
    reference TEXT PRIMARY KEY,
    service_request_id TEXT NOT NULL,
    service_code TEXT NOT NULL,
    locale TEXT NOT NULL,
    created_at TEXT NOT NULL
);
