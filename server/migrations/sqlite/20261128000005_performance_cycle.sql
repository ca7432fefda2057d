-- The performance cycle: an agency's annual period, each employee's SKP plan (results linked to
-- the supervisor's, indicators with targets, the supervisor's BerAKHLAK expectations), its kept
-- versions, realisation, and the ratings per evaluation period (0 = the year).

CREATE TABLE assessment_period (
    id              INTEGER PRIMARY KEY,
    agency_id       INTEGER NOT NULL REFERENCES agency (id),
    year            INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    frequency       TEXT    NOT NULL CHECK (frequency IN ('monthly', 'quarterly')),
    plan_deadline   TEXT    NOT NULL,
    rating_deadline TEXT    NOT NULL,
    appeal_days     INTEGER NOT NULL DEFAULT 14 CHECK (appeal_days BETWEEN 1 AND 90),
    -- Predikat kinerja organisasi (SE MenPANRB 3/2023), set by the HR office for the distribution.
    org_predikat    TEXT CHECK (org_predikat IN ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')),
    status          TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      INTEGER NOT NULL,
    UNIQUE (agency_id, year)
);

CREATE TABLE skp_plan (
    id             INTEGER PRIMARY KEY,
    agency_id      INTEGER NOT NULL REFERENCES agency (id),
    period_id      INTEGER NOT NULL REFERENCES assessment_period (id),
    employee_id    INTEGER NOT NULL REFERENCES employee (id),
    -- The pejabat penilai and atasan when the plan was started (the reporting line in force).
    penilai_id     INTEGER REFERENCES employee (id),
    atasan_id      INTEGER REFERENCES employee (id),
    status         TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'approved', 'returned')),
    review_comment TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    UNIQUE (period_id, employee_id)
);
CREATE INDEX skp_plan_penilai ON skp_plan (penilai_id, period_id);

-- Rencana hasil kerja (RHK): main or additional, each may support one of the supervisor's.
CREATE TABLE skp_result (
    id               INTEGER PRIMARY KEY,
    plan_id          INTEGER NOT NULL REFERENCES skp_plan (id),
    kind             TEXT    NOT NULL CHECK (kind IN ('utama', 'tambahan')),
    position         INTEGER NOT NULL,
    text             TEXT    NOT NULL,
    weight           REAL    NOT NULL CHECK (weight > 0),
    parent_result_id INTEGER REFERENCES skp_result (id)
);
CREATE INDEX skp_result_plan ON skp_result (plan_id, position);
CREATE INDEX skp_result_parent ON skp_result (parent_result_id);

-- Indicators and their targets; the realisation and evidence are recorded against them.
CREATE TABLE skp_indicator (
    id           INTEGER PRIMARY KEY,
    result_id    INTEGER NOT NULL REFERENCES skp_result (id),
    position     INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    target_kind  TEXT    NOT NULL CHECK (target_kind IN ('quantitative', 'qualitative', 'range', 'lower_is_better')),
    target       REAL    NOT NULL CHECK (target > 0),
    target_high  REAL,
    unit         TEXT    NOT NULL,
    realisasi    REAL,
    evidence_url TEXT,
    self_note    TEXT
);
CREATE INDEX skp_indicator_result ON skp_indicator (result_id, position);

-- The supervisor's specific expectation for each of the seven BerAKHLAK values.
CREATE TABLE skp_expectation (
    plan_id     INTEGER NOT NULL REFERENCES skp_plan (id),
    core_value  TEXT    NOT NULL,
    expectation TEXT    NOT NULL,
    PRIMARY KEY (plan_id, core_value)
);

-- Every submitted, returned or approved state of a plan, kept whole.
CREATE TABLE skp_plan_version (
    id          INTEGER PRIMARY KEY,
    plan_id     INTEGER NOT NULL REFERENCES skp_plan (id),
    version     INTEGER NOT NULL,
    status      TEXT    NOT NULL,
    snapshot    TEXT    NOT NULL,
    recorded_by INTEGER REFERENCES app_user (id),
    recorded_at INTEGER NOT NULL
);
CREATE INDEX skp_plan_version_plan ON skp_plan_version (plan_id, version);

-- A rating: period_no 0 is the year, 1..12 (monthly) or 1..4 (quarterly) the evaluations.
-- Everything the server recomputed is stored with the rule set it used.
CREATE TABLE skp_rating (
    id          INTEGER PRIMARY KEY,
    agency_id   INTEGER NOT NULL REFERENCES agency (id),
    plan_id     INTEGER NOT NULL REFERENCES skp_plan (id),
    period_no   INTEGER NOT NULL CHECK (period_no BETWEEN 0 AND 12),
    input_json  TEXT    NOT NULL,
    hasil       TEXT    NOT NULL,
    perilaku    TEXT    NOT NULL,
    predikat    TEXT    NOT NULL,
    nilai_skp   REAL    NOT NULL,
    angka_kredit REAL,
    rule_set_id TEXT    NOT NULL,
    rated_by    INTEGER NOT NULL REFERENCES app_user (id),
    rated_at    INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (plan_id, period_no)
);
