-- Payments taken at the terminal. A row is written, with its kiosk-made id
-- and idempotency key, before any call to a payment provider, so that no
-- payment can exist at a provider without the terminal knowing to ask about
-- it. No card numbers, expiry dates, security codes or PINs are ever stored:
-- only what a receipt may show (scheme, last four digits, application id,
-- authorisation code, how the cardholder was verified).
CREATE TABLE payments (
    id                    INTEGER PRIMARY KEY,
    payment_id            TEXT NOT NULL UNIQUE,   -- kiosk-made, a kiosk reference
    idempotency_key       TEXT NOT NULL UNIQUE,
    item_code             TEXT NOT NULL,
    item_name             TEXT NOT NULL,          -- en-GB, for finance
    council_reference     TEXT NOT NULL,
    quantity              INTEGER,
    amount_pence          INTEGER NOT NULL CHECK (amount_pence > 0),
    vat_basis_points      INTEGER NOT NULL DEFAULT 0,
    fund                  TEXT NOT NULL,
    service_code          TEXT NOT NULL,
    method                TEXT NOT NULL CHECK (method IN ('phone', 'card')),
    provider              TEXT NOT NULL,
    locale                TEXT NOT NULL,
    assisted              INTEGER NOT NULL DEFAULT 0,
    state                 TEXT NOT NULL DEFAULT 'created'
                          CHECK (state IN ('created', 'awaiting_resident', 'succeeded', 'receipted',
                                           'posted', 'failed', 'cancelled', 'unknown')),
    step                  TEXT,                   -- the last call made: create, reader, capture, cancel
    provider_id           TEXT,
    provider_status       TEXT,                   -- the provider's own word, as last seen
    paid_pence            INTEGER,                -- the amount the provider says was taken
    outcome               TEXT,                   -- why it failed or was cancelled, for staff
    authorised_at         TEXT,                   -- card: the reader's approval recorded here
    card_brand            TEXT,
    card_last4            TEXT,
    card_application_id   TEXT,
    card_application_name TEXT,
    card_authorisation_code TEXT,
    card_verification     TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    settled_at            TEXT,
    receipted_at          TEXT,
    posted_at             TEXT
);
CREATE INDEX payments_state ON payments (state);
CREATE INDEX payments_created ON payments (created_at);
