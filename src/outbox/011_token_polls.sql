-- Batch tokens are asked about with a growing wait rather than on every
-- pass, and only for so long: then the submission waits for staff.
ALTER TABLE submissions ADD COLUMN token_polls INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN token_next_poll_at TEXT;
-- When asking began (NULL: when it was sent); staff asking again restarts it.
ALTER TABLE submissions ADD COLUMN token_polls_from TEXT;
