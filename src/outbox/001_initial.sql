-- Submissions waiting for, or already sent to, the back office.
CREATE TABLE submissions (
    id                 INTEGER PRIMARY KEY,
    reference          TEXT NOT NULL UNIQUE,
    idempotency_key    TEXT NOT NULL UNIQUE,
    service_code       TEXT NOT NULL,
    service_type       TEXT NOT NULL CHECK (service_type IN ('realtime', 'batch', 'blackbox')),
    locale             TEXT NOT NULL,
    assisted           INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL,
    payload            TEXT,            -- the answers as JSON; NULL once erased
    state              TEXT NOT NULL DEFAULT 'pending'
                       CHECK (state IN ('pending', 'sending', 'sent', 'needs_attention')),
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    TEXT,
    service_request_id TEXT,
    token              TEXT,
    last_error         TEXT,
    sent_at            TEXT,
    erased_at          TEXT
);
CREATE INDEX submissions_due ON submissions (state, next_attempt_at);

-- The last reference sequence number used per terminal part.
CREATE TABLE sequence (
    terminal TEXT PRIMARY KEY,
    last     INTEGER NOT NULL
);

-- Service measures. None of these hold personal data.
CREATE TABLE ratings (
    id           INTEGER PRIMARY KEY,
    service_code TEXT NOT NULL,
    score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    created_at   TEXT NOT NULL
);
CREATE TABLE help_requests (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    screen       TEXT NOT NULL,
    service_code TEXT,
    answered_at  TEXT
);
CREATE TABLE journey_events (
    id           INTEGER PRIMARY KEY,
    created_at   TEXT NOT NULL,
    service_code TEXT NOT NULL,
    event        TEXT NOT NULL CHECK (event IN ('started', 'completed', 'abandoned')),
    step         TEXT,
    locale       TEXT NOT NULL,
    assisted     INTEGER NOT NULL DEFAULT 0
);
