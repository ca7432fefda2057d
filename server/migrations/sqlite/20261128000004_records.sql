-- The full employee record: start dates (TMT) of rank and position, education date, current
-- credit points, and a version for optimistic concurrency; history of ranks, positions and
-- education; a version on units. Dates stay ISO TEXT, credit points a REAL (the rules engine
-- computes in f64 and shows three decimals).

ALTER TABLE employee ADD COLUMN golongan_tmt   TEXT;
ALTER TABLE employee ADD COLUMN position_tmt   TEXT;
ALTER TABLE employee ADD COLUMN education_date TEXT;
ALTER TABLE employee ADD COLUMN angka_kredit   REAL NOT NULL DEFAULT 0;
ALTER TABLE employee ADD COLUMN version        INTEGER NOT NULL DEFAULT 1;
ALTER TABLE employee ADD COLUMN updated_at     INTEGER NOT NULL DEFAULT 0;

ALTER TABLE org_unit ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- One row per rank, position or education an employee has held, from its start date.
-- Appended when the HR office changes the record; never rewritten.
CREATE TABLE employee_history (
    id          INTEGER PRIMARY KEY,
    agency_id   INTEGER NOT NULL REFERENCES agency (id),
    employee_id INTEGER NOT NULL REFERENCES employee (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('rank', 'position', 'education')),
    value       TEXT    NOT NULL,
    detail      TEXT,
    start_date  TEXT,
    recorded_at INTEGER NOT NULL,
    recorded_by INTEGER REFERENCES app_user (id)
);
CREATE INDEX employee_history_employee ON employee_history (employee_id, kind, start_date);

-- How the HR office answered a correction request.
ALTER TABLE correction_request ADD COLUMN resolved_by   INTEGER REFERENCES app_user (id);
ALTER TABLE correction_request ADD COLUMN resolved_at   INTEGER;
ALTER TABLE correction_request ADD COLUMN response_note TEXT;
