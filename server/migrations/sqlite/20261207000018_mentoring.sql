-- Mentoring (issue 15, item 5): the HR office or the mentee's pejabat penilai in force pairs a
-- mentor with a mentee, with goals and a period; both log sessions (shared, each logged once);
-- the mentee's sessions count as nonklasikal learning (bimbingan di tempat kerja) through one
-- learning record per pair and year, kept in step on every session; either side ends the
-- pairing with a note; the mentee rates the mentor once per pairing (the HR office sees the
-- ratings of a mentor only in aggregate of three or more).
CREATE TABLE mentoring_pair (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id),
    mentor_id     INTEGER NOT NULL REFERENCES employee (id),
    mentee_id     INTEGER NOT NULL REFERENCES employee (id),
    goals         TEXT    NOT NULL,
    start_date    TEXT    NOT NULL,
    end_date      TEXT    NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'ended')),
    created_by    INTEGER NOT NULL REFERENCES app_user (id),
    created_at    INTEGER NOT NULL,
    ended_by      INTEGER REFERENCES app_user (id),
    ended_at      INTEGER,
    end_note      TEXT,
    request_key   TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    CHECK (mentor_id <> mentee_id),
    CHECK (start_date <= end_date),
    UNIQUE (created_by, request_key)
);
-- One active pairing of the same two people; a mentor's active load.
CREATE UNIQUE INDEX mentoring_pair_active ON mentoring_pair (mentor_id, mentee_id) WHERE status = 'active';
CREATE INDEX mentoring_pair_mentee ON mentoring_pair (mentee_id, status);
CREATE INDEX mentoring_pair_agency ON mentoring_pair (agency_id, status);

CREATE TABLE mentoring_session (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id),
    pair_id       INTEGER NOT NULL REFERENCES mentoring_pair (id),
    logged_by     INTEGER NOT NULL REFERENCES employee (id),
    session_date  TEXT    NOT NULL,
    topic         TEXT    NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 15 AND 480),
    request_key   TEXT,
    created_at    INTEGER NOT NULL,
    UNIQUE (pair_id, request_key)
);
CREATE INDEX mentoring_session_pair ON mentoring_session (pair_id, session_date);

CREATE TABLE mentoring_feedback (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id),
    pair_id       INTEGER NOT NULL UNIQUE REFERENCES mentoring_pair (id),
    mentor_id     INTEGER NOT NULL REFERENCES employee (id),
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment       TEXT,
    created_at    INTEGER NOT NULL
);
CREATE INDEX mentoring_feedback_mentor ON mentoring_feedback (mentor_id);

-- The learning record a pairing's sessions of a year make for the mentee.
ALTER TABLE learning_record ADD COLUMN mentoring_pair_id INTEGER REFERENCES mentoring_pair (id);
CREATE UNIQUE INDEX learning_record_mentoring ON learning_record (mentoring_pair_id, year);
