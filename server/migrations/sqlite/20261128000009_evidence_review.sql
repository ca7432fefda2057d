-- Evidence files (bukti dukung) uploaded against an indicator's realisation, and the tim
-- evaluasi's notes on an employee's annual performance summary.

-- Small files only (the limit and the accepted types are checked by the server before the
-- insert); the content lives in the database so that a backup holds everything.
CREATE TABLE skp_evidence_file (
    id           INTEGER PRIMARY KEY,
    agency_id    INTEGER NOT NULL REFERENCES agency (id),
    plan_id      INTEGER NOT NULL REFERENCES skp_plan (id),
    indicator_id INTEGER NOT NULL REFERENCES skp_indicator (id),
    file_name    TEXT    NOT NULL,
    -- Sniffed from the bytes, never taken from the browser.
    content_type TEXT    NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   INTEGER NOT NULL CHECK (size_bytes > 0),
    -- The same bytes on the same indicator are one file (a double submit stores one).
    sha256       TEXT    NOT NULL,
    content      BLOB    NOT NULL,
    uploaded_by  INTEGER NOT NULL REFERENCES app_user (id),
    uploaded_at  INTEGER NOT NULL,
    UNIQUE (indicator_id, sha256)
);
CREATE INDEX skp_evidence_file_plan ON skp_evidence_file (plan_id);

-- The tim evaluasi reviews the annual summary: a note, optionally flagging it as an outlier.
CREATE TABLE annual_review_note (
    id          INTEGER PRIMARY KEY,
    agency_id   INTEGER NOT NULL REFERENCES agency (id),
    plan_id     INTEGER NOT NULL REFERENCES skp_plan (id),
    author_id   INTEGER NOT NULL REFERENCES app_user (id),
    text        TEXT    NOT NULL,
    outlier     INTEGER NOT NULL DEFAULT 0 CHECK (outlier IN (0, 1)),
    created_at  INTEGER NOT NULL
);
CREATE INDEX annual_review_note_plan ON annual_review_note (plan_id, created_at);
