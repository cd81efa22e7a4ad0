-- 0004: what the reader inferred rather than read (TargetSheet.Assumptions) is kept with the
-- sheet, so the page that shows a stored sheet still says what a person should check.
CREATE TABLE assumptions (
    id INTEGER NOT NULL CONSTRAINT pk_assumptions PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    position TEXT NOT NULL,
    sheet_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    CONSTRAINT fk_assumptions_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_assumptions_sheet_id_ordinal ON assumptions (sheet_id, ordinal);
