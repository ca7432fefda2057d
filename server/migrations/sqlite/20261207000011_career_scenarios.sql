-- Career scenarios an employee saves: named and versioned (every save is kept with the rule set
-- it was computed with), shared with their counsellors or not, with a comment thread. A resent
-- save or comment (its request key already stored) stores nothing new.
CREATE TABLE career_scenario (
    id           INTEGER PRIMARY KEY,
    agency_id    INTEGER NOT NULL REFERENCES agency (id),
    employee_id  INTEGER NOT NULL REFERENCES employee (id),
    name         TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    shared       INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    create_key   TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    UNIQUE (employee_id, create_key)
);
CREATE INDEX career_scenario_employee ON career_scenario (employee_id);
CREATE TABLE career_scenario_version (
    scenario_id  INTEGER NOT NULL REFERENCES career_scenario (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    plan         TEXT    NOT NULL,
    rule_set_id  TEXT    NOT NULL,
    request_key  TEXT    NOT NULL,
    saved_by     INTEGER NOT NULL REFERENCES app_user (id),
    saved_at     INTEGER NOT NULL,
    PRIMARY KEY (scenario_id, version),
    UNIQUE (scenario_id, request_key)
);
CREATE TABLE career_scenario_comment (
    id           INTEGER PRIMARY KEY,
    scenario_id  INTEGER NOT NULL REFERENCES career_scenario (id) ON DELETE CASCADE,
    author_id    INTEGER NOT NULL REFERENCES app_user (id),
    by_owner     INTEGER NOT NULL CHECK (by_owner IN (0, 1)),
    body         TEXT    NOT NULL,
    request_key  TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    UNIQUE (scenario_id, request_key)
);
CREATE INDEX career_scenario_comment_scenario ON career_scenario_comment (scenario_id);
