-- 360 input: peers and subordinates rate the seven BerAKHLAK values of an employee's plan.
-- Raters see only their own input; the employee and the supervisor see it only aggregated and
-- only when at least three raters answered. Input can be withdrawn before the deadline.
CREATE TABLE input_360 (
    id          INTEGER PRIMARY KEY,
    agency_id   INTEGER NOT NULL REFERENCES agency (id),
    plan_id     INTEGER NOT NULL REFERENCES skp_plan (id),
    rater_id    INTEGER NOT NULL REFERENCES employee (id),
    relation    TEXT    NOT NULL CHECK (relation IN ('peer', 'subordinate')),
    invited_by  INTEGER NOT NULL REFERENCES app_user (id),
    -- Seven codes (di_atas_ekspektasi …) in the order of the BerAKHLAK values, once answered.
    ratings     TEXT,
    answered_at INTEGER,
    created_at  INTEGER NOT NULL,
    UNIQUE (plan_id, rater_id)
);
CREATE INDEX input_360_rater ON input_360 (rater_id);
