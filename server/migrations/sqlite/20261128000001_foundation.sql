-- Foundation schema: agencies (tenants), their organisation units, and employees.
-- Portable conventions shared with the PostgreSQL migrations: integer ids read as i64,
-- dates as ISO-8601 TEXT (sortable), instants as Unix milliseconds in INTEGER.

CREATE TABLE agency (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    region_kind TEXT    NOT NULL CHECK (region_kind IN ('province', 'city', 'regency', 'national')),
    region_name TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

-- The organisation tree: a unit may sit under another unit of the same agency.
CREATE TABLE org_unit (
    id        INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agency (id),
    parent_id INTEGER REFERENCES org_unit (id),
    code      TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    UNIQUE (agency_id, code)
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);

-- Every row carries its agency id: every query filters by it.
CREATE TABLE employee (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency (id),
    unit_id       INTEGER NOT NULL REFERENCES org_unit (id),
    nip           TEXT    NOT NULL UNIQUE CHECK (length(nip) = 18),
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('pns', 'pppk')),
    gender        TEXT    NOT NULL CHECK (gender IN ('m', 'f')),
    birth_date    TEXT    NOT NULL,
    golongan      TEXT,
    position_kind TEXT    NOT NULL CHECK (position_kind IN ('structural', 'functional', 'executor')),
    position_name TEXT    NOT NULL,
    jenjang       TEXT,
    education     TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);
CREATE INDEX employee_agency_unit ON employee (agency_id, unit_id);
