-- Further education (issue 15, item 4): tugas belajar or izin belajar towards a higher
-- education. The employee asks; their pejabat penilai in force endorses; the HR office
-- approves; the HR office records the diploma, which updates the employee's education (the
-- history keeps the old one). An approved study is a planned event in the career simulator.
CREATE TABLE study_request (
    id              INTEGER PRIMARY KEY,
    agency_id       INTEGER NOT NULL REFERENCES agency (id),
    employee_id     INTEGER NOT NULL REFERENCES employee (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('tugas_belajar', 'izin_belajar')),
    -- The education the study leads to (prestasi_rules::pangkat::Education, snake_case).
    education       TEXT    NOT NULL,
    programme       TEXT    NOT NULL,
    institution     TEXT    NOT NULL,
    start_date      TEXT    NOT NULL,
    expected_date   TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'submitted' CHECK (status IN
                    ('submitted', 'endorsed', 'approved', 'rejected', 'withdrawn', 'completed')),
    endorsed_by     INTEGER REFERENCES app_user (id),
    endorsed_at     INTEGER,
    decided_by      INTEGER REFERENCES app_user (id),
    decided_at      INTEGER,
    -- Why it was refused (required then), or a remark on an approval.
    decision_note   TEXT,
    diploma_date    TEXT,
    request_key     TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL,
    CHECK (start_date < expected_date),
    UNIQUE (employee_id, request_key)
);
CREATE INDEX study_request_employee ON study_request (employee_id, status);
CREATE INDEX study_request_agency ON study_request (agency_id, status, created_at);
