-- Development (issue 15): the HR office's catalogue of learning offerings with eligibility
-- criteria, applications and nominations ranked by merit when over-subscribed, and each
-- employee's record of completed learning (JP per year, certificates verified by the HR office).
CREATE TABLE training_offering (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id),
    title         TEXT    NOT NULL,
    -- Peraturan LAN 10/2018: the path and its form (e.g. klasikal / bimbingan_teknis).
    path          TEXT    NOT NULL CHECK (path IN ('pendidikan', 'klasikal', 'nonklasikal')),
    form          TEXT    NOT NULL,
    jp            INTEGER NOT NULL CHECK (jp BETWEEN 1 AND 2000),
    provider      TEXT    NOT NULL,
    mode          TEXT    NOT NULL CHECK (mode IN ('tatap_muka', 'e_learning', 'campuran')),
    start_date    TEXT    NOT NULL,
    end_date      TEXT    NOT NULL,
    apply_by      TEXT    NOT NULL,
    quota         INTEGER NOT NULL CHECK (quota BETWEEN 1 AND 100000),
    -- Eligibility: each NULL means "any".
    min_predikat  TEXT CHECK (min_predikat IN ('sangat_baik', 'baik', 'butuh_perbaikan', 'kurang_misconduct', 'sangat_kurang')),
    asn_kind      TEXT CHECK (asn_kind IN ('pns', 'pppk')),
    min_golongan  TEXT,
    max_golongan  TEXT,
    unit_id       INTEGER REFERENCES org_unit (id),
    status        TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'decided', 'cancelled')),
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    CHECK (start_date <= end_date AND apply_by <= start_date)
);
CREATE INDEX training_offering_agency ON training_offering (agency_id, start_date);

CREATE TABLE training_application (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id),
    offering_id   INTEGER NOT NULL REFERENCES training_offering (id),
    employee_id   INTEGER NOT NULL REFERENCES employee (id),
    -- The pejabat penilai who nominated the employee (NULL: the employee applied).
    nominated_by  INTEGER REFERENCES employee (id),
    applied_at    INTEGER NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'offered', 'waiting', 'withdrawn')),
    -- The merit decision as taken: the position, the score and its components (JSON).
    position      INTEGER,
    score         REAL,
    reasons_json  TEXT,
    decided_at    INTEGER,
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (offering_id, employee_id)
);
CREATE INDEX training_application_employee ON training_application (employee_id);

CREATE TABLE learning_record (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id),
    employee_id   INTEGER NOT NULL REFERENCES employee (id),
    offering_id   INTEGER REFERENCES training_offering (id),
    title         TEXT    NOT NULL,
    path          TEXT    NOT NULL CHECK (path IN ('pendidikan', 'klasikal', 'nonklasikal')),
    form          TEXT    NOT NULL,
    jp            INTEGER NOT NULL CHECK (jp BETWEEN 1 AND 2000),
    provider      TEXT    NOT NULL,
    start_date    TEXT    NOT NULL,
    end_date      TEXT    NOT NULL,
    -- The year the JP count for: the year of the end date.
    year          INTEGER NOT NULL,
    certificate_name TEXT,
    certificate_type TEXT CHECK (certificate_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    certificate   BLOB,
    status        TEXT    NOT NULL DEFAULT 'recorded' CHECK (status IN ('recorded', 'verified', 'rejected')),
    verified_by   INTEGER REFERENCES app_user (id),
    verified_at   INTEGER,
    request_key   TEXT,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    CHECK (start_date <= end_date),
    UNIQUE (employee_id, request_key)
);
-- JP of one employee in a year; JP compliance of an agency in a year.
CREATE INDEX learning_record_employee_year ON learning_record (employee_id, year);
CREATE INDEX learning_record_agency_year ON learning_record (agency_id, year, employee_id);
