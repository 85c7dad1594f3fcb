-- Open requests the back office publishes (GET requests.json with status=open),
-- kept so the kiosk can show nearby reports of the same problem before a
-- duplicate is sent, offline too. Only what the back office publishes to
-- everyone: what, where and when; no names or contact details.
CREATE TABLE open_requests (
    service_code       TEXT NOT NULL,
    service_request_id TEXT NOT NULL,
    lat                REAL,
    long               REAL,
    address            TEXT,
    description        TEXT,
    service_name       TEXT,
    requested_at       TEXT,
    updated_at         TEXT,
    fetched_at         TEXT NOT NULL,
    PRIMARY KEY (service_code, service_request_id)
);
CREATE INDEX open_requests_by_place ON open_requests (service_code, lat, long);

-- When each service's list was last fetched, and whether the back office
-- answers the query at all (served = 0: it refused, so there is no list).
CREATE TABLE open_requests_fetched (
    service_code TEXT PRIMARY KEY,
    fetched_at   TEXT NOT NULL,
    served       INTEGER NOT NULL
);
