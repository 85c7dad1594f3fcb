-- Staff who can sign in on this terminal. PINs only as argon2id hashes.
CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('champion', 'hub', 'admin')),
    pin_hash   TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Wrong PINs in a row and the lockout they led to, for the whole terminal.
CREATE TABLE staff_entry (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    failures     INTEGER NOT NULL DEFAULT 0,
    lockouts     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
);
INSERT INTO staff_entry (id) VALUES (1);

-- What staff did. Rows are only ever added: the triggers refuse any change.
CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    staff_id   INTEGER,
    staff_name TEXT,
    action     TEXT NOT NULL,
    detail     TEXT
);
CREATE TRIGGER audit_is_kept BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
CREATE TRIGGER audit_is_not_erased BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
