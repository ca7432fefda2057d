-- Keberatan (appeals) against a rating, decided by the atasan pejabat penilai, with the
-- questions and answers of both sides; and continuous feedback notes on a plan.

CREATE TABLE appeal (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id),
    rating_id     INTEGER NOT NULL UNIQUE REFERENCES skp_rating (id),
    plan_id       INTEGER NOT NULL REFERENCES skp_plan (id),
    employee_id   INTEGER NOT NULL REFERENCES employee (id),
    atasan_id     INTEGER NOT NULL REFERENCES employee (id),
    reason        TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'filed' CHECK (status IN ('filed', 'decided')),
    decision      TEXT CHECK (decision IN ('upheld', 'changed')),
    new_predikat  TEXT,
    decision_note TEXT,
    filed_at      INTEGER NOT NULL,
    decided_at    INTEGER,
    decided_by    INTEGER REFERENCES app_user (id),
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX appeal_atasan ON appeal (atasan_id, status);

-- The atasan may ask both sides; the employee and the pejabat penilai answer.
CREATE TABLE appeal_message (
    id        INTEGER PRIMARY KEY,
    appeal_id INTEGER NOT NULL REFERENCES appeal (id),
    author_id INTEGER NOT NULL REFERENCES app_user (id),
    text      TEXT    NOT NULL,
    at        INTEGER NOT NULL
);
CREATE INDEX appeal_message_appeal ON appeal_message (appeal_id, id);

-- Feedback at any time, supervisor to employee and back, on the plan or one indicator.
CREATE TABLE feedback_note (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES skp_plan (id),
    indicator_id INTEGER REFERENCES skp_indicator (id),
    author_id    INTEGER NOT NULL REFERENCES app_user (id),
    text         TEXT    NOT NULL,
    at           INTEGER NOT NULL
);
CREATE INDEX feedback_note_plan ON feedback_note (plan_id, id);
