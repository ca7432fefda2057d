-- A pejabat penilai's final distribution of their unit's annual predikat, submitted to the
-- atasan pejabat penilai, who approves or returns it. The predikat per employee are kept as
-- they were submitted, with the check the server ran.
CREATE TABLE distribution_submission (
    id           INTEGER PRIMARY KEY,
    agency_id    INTEGER NOT NULL REFERENCES agency (id),
    period_id    INTEGER NOT NULL REFERENCES assessment_period (id),
    penilai_id   INTEGER NOT NULL REFERENCES employee (id),
    atasan_id    INTEGER REFERENCES employee (id),
    org_predikat TEXT    NOT NULL,
    snapshot     TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'returned')),
    comment      TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    submitted_at INTEGER NOT NULL,
    decided_at   INTEGER,
    UNIQUE (period_id, penilai_id)
);
CREATE INDEX distribution_submission_atasan ON distribution_submission (atasan_id, status);
