-- The individual development plan (issue 15, item 6): one per employee per year, made from
-- the suggestions of their latest assessment (kept as shown, in `basis_json`), changed by the
-- employee while a draft, agreed by their pejabat penilai in force, then followed action by
-- action. Every change moves `version`, so an agreement is to the plan the penilai saw.
CREATE TABLE idp_plan (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id),
    employee_id   INTEGER NOT NULL REFERENCES employee (id),
    year          INTEGER NOT NULL,
    status        TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'agreed')),
    basis_json    TEXT    NOT NULL,
    review_note   TEXT,
    agreed_by     INTEGER REFERENCES app_user (id),
    agreed_at     INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    UNIQUE (employee_id, year)
);
CREATE INDEX idp_plan_agency ON idp_plan (agency_id, year, status);

CREATE TABLE idp_action (
    id            INTEGER PRIMARY KEY,
    plan_id       INTEGER NOT NULL REFERENCES idp_plan (id),
    position      INTEGER NOT NULL,
    focus         TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('training', 'mentoring', 'on_the_job', 'further_education')),
    -- The suggestion it came from (JSON), or NULL for the employee's own.
    source_json   TEXT,
    description   TEXT    NOT NULL,
    offering_id   INTEGER REFERENCES training_offering (id),
    target_date   TEXT    NOT NULL,
    progress      TEXT    NOT NULL DEFAULT 'planned'
                  CHECK (progress IN ('planned', 'in_progress', 'done', 'dropped')),
    progress_note TEXT,
    updated_at    INTEGER NOT NULL
);
CREATE INDEX idp_action_plan ON idp_action (plan_id, position);
