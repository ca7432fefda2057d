-- Realisation per evaluation period: for each indicator the employee records what was achieved
-- in each periodic evaluation (1..12 monthly, 1..4 quarterly) and for the year (0), with
-- evidence and a self-assessment. It replaces the single realisation kept on the indicator
-- (moved here as the year's, then dropped: one place for one fact).
CREATE TABLE skp_realisation (
    indicator_id INTEGER NOT NULL REFERENCES skp_indicator (id),
    period_no    INTEGER NOT NULL CHECK (period_no BETWEEN 0 AND 12),
    realisasi    REAL    NOT NULL,
    evidence_url TEXT,
    self_note    TEXT,
    recorded_at  INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, period_no)
);
INSERT INTO skp_realisation (indicator_id, period_no, realisasi, evidence_url, self_note, recorded_at)
    SELECT id, 0, realisasi, evidence_url, self_note, 0 FROM skp_indicator WHERE realisasi IS NOT NULL;
ALTER TABLE skp_indicator DROP COLUMN realisasi;
ALTER TABLE skp_indicator DROP COLUMN evidence_url;
ALTER TABLE skp_indicator DROP COLUMN self_note;
