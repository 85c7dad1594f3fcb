-- Texts and emails a resident chose to get, through GOV.UK Notify. Each is
-- kept here before it is sent, with its own client reference, so it is sent
-- once even across a lost answer or a crash. The phone number or email is
-- erased after sending (outbox.retention_hours); the personalisation holds
-- only the reference, service, tracking link, appointment and status.
CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,   -- sent to Notify as `reference`
    kind            TEXT NOT NULL,          -- the template key, such as booked_sms
    channel         TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    locale          TEXT NOT NULL,
    template_id     TEXT NOT NULL,
    recipient       TEXT,                   -- NULL once erased
    personalisation TEXT NOT NULL,          -- JSON object of strings
    about           TEXT,                   -- the case or booking reference
    created_at      TEXT NOT NULL,
    not_after       TEXT,                   -- never sent after this (a reminder's appointment)
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'sending', 'sent', 'parked', 'given_up')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    uncertain       INTEGER NOT NULL DEFAULT 0,  -- Notify may have it: ask before sending again
    notify_id       TEXT,
    last_error      TEXT,
    finished_at     TEXT,                   -- sent, parked or given up
    erased_at       TEXT
);
CREATE INDEX messages_due ON messages (state, next_attempt_at);

-- What a resident asked to hear about later: an appointment (news of a move
-- or cancellation, a reminder the day before) or a request (its status
-- changes). The contact details are erased once nothing more can be sent.
CREATE TABLE message_follow_ups (
    about         TEXT PRIMARY KEY,         -- the booking or case reference
    subject       TEXT NOT NULL CHECK (subject IN ('appointment', 'request')),
    locale        TEXT NOT NULL,
    phone         TEXT,                     -- +447..., NULL once erased
    email         TEXT,                     -- NULL once erased
    remind        INTEGER NOT NULL DEFAULT 0,
    updates       INTEGER NOT NULL DEFAULT 0,
    service       TEXT NOT NULL,            -- service name or appointment type, in the resident's language
    place         TEXT,
    created_at    TEXT NOT NULL,
    created_local TEXT NOT NULL,            -- local wall-clock time, for the reminder rule
    reminded_for  TEXT,                     -- the appointment start a reminder was queued for
    last_status   TEXT,                     -- open or closed, as last seen
    checked_at    TEXT,
    watch_until   TEXT,                     -- updates are looked for until then
    erased_at     TEXT
);

-- Help calls: what they carried (no personal data), which channels took
-- them, and when staff signed in on this terminal to answer.
ALTER TABLE help_requests ADD COLUMN call_id TEXT;
ALTER TABLE help_requests ADD COLUMN locale TEXT;
ALTER TABLE help_requests ADD COLUMN large_text INTEGER;
ALTER TABLE help_requests ADD COLUMN accepted TEXT;
CREATE UNIQUE INDEX help_requests_call ON help_requests (call_id);
