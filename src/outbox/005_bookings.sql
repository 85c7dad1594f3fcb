-- Appointments booked on this terminal. A booking made while the diary
-- server cannot be reached is held as provisional until it is confirmed, or
-- found taken and flagged for staff. Only the reference ties it to a person.
CREATE TABLE bookings (
    id         INTEGER PRIMARY KEY,
    reference  TEXT NOT NULL UNIQUE,
    type_code  TEXT NOT NULL,
    starts_at  TEXT NOT NULL,
    adviser    INTEGER NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('provisional', 'confirmed', 'conflict', 'cancelled')),
    etag       TEXT,
    problem    TEXT,
    created_at TEXT NOT NULL,
    arrived_at TEXT
);
