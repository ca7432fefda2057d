-- Accounts, roles, server-side sessions, login throttling, reporting lines and the audit log.

-- A person who can log in. Employees log in with their NIP (through employee_id) or a
-- username; platform administrators may have no agency.
CREATE TABLE app_user (
    id                   INTEGER PRIMARY KEY,
    agency_id            INTEGER REFERENCES agency (id),
    employee_id          INTEGER UNIQUE REFERENCES employee (id),
    username             TEXT    NOT NULL UNIQUE,
    display_name         TEXT    NOT NULL,
    password_hash        TEXT    NOT NULL,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    disabled             INTEGER NOT NULL DEFAULT 0,
    version              INTEGER NOT NULL DEFAULT 1,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);

-- Roles that are granted (pegawai, pejabat penilai and atasan are derived, not stored).
CREATE TABLE user_role (
    user_id   INTEGER NOT NULL REFERENCES app_user (id),
    role      TEXT    NOT NULL CHECK (role IN ('tim_evaluasi', 'admin_instansi', 'platform_admin')),
    agency_id INTEGER REFERENCES agency (id),
    PRIMARY KEY (user_id, role)
);

-- Server-side sessions. Only a SHA-256 of the cookie's token is stored: a copy of this table
-- does not let anyone log in.
CREATE TABLE user_session (
    token_hash   TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES app_user (id),
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);

-- Failed logins per account (not per address: a whole office shares one NAT address).
CREATE TABLE login_throttle (
    account_key     TEXT    PRIMARY KEY,
    window_start    INTEGER NOT NULL,
    failures        INTEGER NOT NULL,
    last_failure_at INTEGER NOT NULL
);

-- Who assesses whom: pejabat penilai and atasan pejabat penilai, over a period.
CREATE TABLE reporting_line (
    id          INTEGER PRIMARY KEY,
    agency_id   INTEGER NOT NULL REFERENCES agency (id),
    employee_id INTEGER NOT NULL REFERENCES employee (id),
    penilai_id  INTEGER NOT NULL REFERENCES employee (id),
    atasan_id   INTEGER REFERENCES employee (id),
    start_date  TEXT    NOT NULL,
    end_date    TEXT,
    CHECK (employee_id <> penilai_id)
);
CREATE INDEX reporting_line_employee ON reporting_line (employee_id);
CREATE INDEX reporting_line_penilai ON reporting_line (penilai_id);
CREATE INDEX reporting_line_atasan ON reporting_line (atasan_id);

-- Append-only: rows are inserted, never updated or deleted (enforced by triggers).
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER,
    actor_user_id INTEGER,
    action        TEXT    NOT NULL,
    entity        TEXT    NOT NULL,
    entity_id     TEXT,
    before_json   TEXT,
    after_json    TEXT,
    at            INTEGER NOT NULL
);
CREATE INDEX audit_log_agency_at ON audit_log (agency_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
