-- When the next login attempt of an account may come (the delay of the failures reached),
-- so that checking and counting an attempt is one statement (the throttle holds under
-- concurrent attempts and across server processes). Existing rows may try at once.
ALTER TABLE login_throttle ADD COLUMN next_at BIGINT NOT NULL DEFAULT 0;
