-- Staff sign in with their staff number (the row's id) and PIN; wrong PINs
-- and lockouts are counted per account, so nobody at the keypad can lock
-- every member of staff out. staff_entry is no longer used.
ALTER TABLE staff ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until TEXT;

-- Each audit row holds a hash of its contents and of the row before it
-- (filled for older rows by the migration's own code, which then puts the
-- triggers back).
DROP TRIGGER audit_is_kept;
DROP TRIGGER audit_is_not_erased;
ALTER TABLE audit ADD COLUMN hash TEXT;

-- The secret printed in a receipt's QR code, kept only as a hash: scanning
-- it shows a request's whole progress, typing the reference alone shows
-- only a plain status word.
CREATE TABLE reference_secrets (
    reference  TEXT PRIMARY KEY,
    hash       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Look-ups of a reference this terminal could not find, to slow down
-- anyone typing references at random. No reference is kept.
CREATE TABLE lookup_misses (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL
);
