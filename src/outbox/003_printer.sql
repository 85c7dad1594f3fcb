-- What the receipt printer said each time it was used, for staff. No
-- reference, no personal data: only whether a receipt printed and, when
-- something needs doing, what.
CREATE TABLE printer_events (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT NOT NULL,
    printed       INTEGER NOT NULL,
    staff_message TEXT
);
