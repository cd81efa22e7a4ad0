-- 0003: what makes reading fast at 10,000 sheets (docs/decisions/006-read-models.md), and the
-- findings about a document as a whole.
-- The kind filter counts from an index instead of the table.
CREATE INDEX ix_sheets_kind ON sheets (kind);

-- The list's counts of findings by severity read the index alone; it also serves the foreign key.
DROP INDEX ix_review_findings_sheet_id;
CREATE INDEX ix_review_findings_sheet_id_severity ON review_findings (sheet_id, severity);

-- Counts the list shows, kept with each save and review instead of counted per page.
ALTER TABLE sheets ADD COLUMN indicator_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sheets ADD COLUMN error_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sheets ADD COLUMN warning_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sheets ADD COLUMN info_count INTEGER NOT NULL DEFAULT 0;

UPDATE sheets SET
    indicator_count = (SELECT count(*) FROM indicators i WHERE i.sheet_id = sheets.id),
    error_count = (SELECT count(*) FROM review_findings f WHERE f.sheet_id = sheets.id AND f.severity = 'error'),
    warning_count = (SELECT count(*) FROM review_findings f WHERE f.sheet_id = sheets.id AND f.severity = 'warning'),
    info_count = (SELECT count(*) FROM review_findings f WHERE f.sheet_id = sheets.id AND f.severity = 'info');

-- Findings about a document as a whole (DOC-*), kept with it.
CREATE TABLE document_findings (
    id INTEGER NOT NULL CONSTRAINT pk_document_findings PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL,
    rule_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    position TEXT NULL,
    message TEXT NOT NULL,
    why TEXT NULL,
    fix TEXT NULL,
    reviewed_at INTEGER NOT NULL,
    CONSTRAINT ck_document_findings_severity CHECK (severity IN ('error', 'warning', 'info')),
    CONSTRAINT fk_document_findings_document_id FOREIGN KEY (document_id) REFERENCES source_documents (id) ON DELETE CASCADE
);

CREATE INDEX ix_document_findings_document_id ON document_findings (document_id);

-- Each sheet as the API serves it, written with every save.
CREATE TABLE sheet_snapshots (
    sheet_id INTEGER NOT NULL CONSTRAINT pk_sheet_snapshots PRIMARY KEY,
    version INTEGER NOT NULL,
    format TEXT NOT NULL,
    json TEXT NOT NULL,
    CONSTRAINT fk_sheet_snapshots_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

-- A count of the changes to what lists show; cached list results are valid while it stands still.
CREATE TABLE data_generation (
    id INTEGER NOT NULL CONSTRAINT pk_data_generation PRIMARY KEY,
    value INTEGER NOT NULL
);

INSERT INTO data_generation (id, value) VALUES (1, 0);

CREATE TRIGGER sheets_generation_insert AFTER INSERT ON sheets BEGIN
    UPDATE data_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER sheets_generation_update AFTER UPDATE ON sheets BEGIN
    UPDATE data_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER sheets_generation_delete AFTER DELETE ON sheets BEGIN
    UPDATE data_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER review_findings_generation_insert AFTER INSERT ON review_findings BEGIN
    UPDATE data_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER review_findings_generation_delete AFTER DELETE ON review_findings BEGIN
    UPDATE data_generation SET value = value + 1 WHERE id = 1;
END;

CREATE TRIGGER regions_generation_update AFTER UPDATE ON regions BEGIN
    UPDATE data_generation SET value = value + 1 WHERE id = 1;
END;
