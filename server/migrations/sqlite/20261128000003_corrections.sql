-- Correction requests: an employee asks the HR office to fix part of their record.
CREATE TABLE correction_request (
    id           INTEGER PRIMARY KEY,
    agency_id    INTEGER NOT NULL REFERENCES agency (id),
    employee_id  INTEGER NOT NULL REFERENCES employee (id),
    requested_by INTEGER NOT NULL REFERENCES app_user (id),
    field        TEXT    NOT NULL,
    message      TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'rejected')),
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   INTEGER NOT NULL
);
CREATE INDEX correction_request_agency_status ON correction_request (agency_id, status);
