-- 0001 initial: the schema of JixiaoDbContext on SQLite, plus search.
-- Written from the model's own create script (GenerateCreateScript), reviewed by hand; the test
-- MigrationTests compares what this script builds with what the model expects.
-- Names: snake_case of the code's names (docs/decisions/004-persistence-schema.md).

CREATE TABLE regions (
    id INTEGER NOT NULL CONSTRAINT pk_regions PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL,
    name TEXT NOT NULL
);

CREATE TABLE source_documents (
    id INTEGER NOT NULL CONSTRAINT pk_source_documents PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    source TEXT NOT NULL,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    imported_at INTEGER NOT NULL
);

CREATE TABLE organisations (
    id INTEGER NOT NULL CONSTRAINT pk_organisations PRIMARY KEY AUTOINCREMENT,
    region_id INTEGER NULL,
    name TEXT NOT NULL,
    code TEXT NULL,
    parent_id INTEGER NULL,
    CONSTRAINT fk_organisations_parent_id FOREIGN KEY (parent_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_organisations_region_id FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT
);

CREATE TABLE declared_totals (
    id INTEGER NOT NULL CONSTRAINT pk_declared_totals PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    label TEXT NOT NULL,
    amount TEXT NOT NULL,
    unit TEXT NOT NULL,
    position TEXT NOT NULL,
    CONSTRAINT fk_declared_totals_document_id FOREIGN KEY (document_id) REFERENCES source_documents (id) ON DELETE CASCADE
);

CREATE TABLE sheets (
    id INTEGER NOT NULL CONSTRAINT pk_sheets PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    region_id INTEGER NULL,
    department_id INTEGER NULL,
    supervising_department_id INTEGER NULL,
    unit_id INTEGER NULL,
    kind TEXT NOT NULL,
    title TEXT NULL,
    fiscal_year INTEGER NULL,
    framework TEXT NOT NULL,
    department TEXT NULL,
    supervising_department TEXT NULL,
    unit TEXT NULL,
    unit_code TEXT NULL,
    project_name TEXT NULL,
    project_code TEXT NULL,
    project_type TEXT NULL,
    project_level TEXT NULL,
    project_attribute TEXT NULL,
    leader TEXT NULL,
    leader_phone TEXT NULL,
    period_text TEXT NULL,
    period_start_year INTEGER NULL,
    period_end_year INTEGER NULL,
    staff_count INTEGER NULL,
    has_budget INTEGER NOT NULL,
    budget_total TEXT NULL,
    budget_total_unit TEXT NULL,
    budget_current_year TEXT NULL,
    budget_current_year_unit TEXT NULL,
    budget_fiscal TEXT NULL,
    budget_fiscal_unit TEXT NULL,
    budget_other TEXT NULL,
    budget_other_unit TEXT NULL,
    budget_basic_spending TEXT NULL,
    budget_basic_spending_unit TEXT NULL,
    budget_project_spending TEXT NULL,
    budget_project_spending_unit TEXT NULL,
    fund_nature TEXT NULL,
    budget_wan TEXT NULL,
    purpose TEXT NULL,
    position TEXT NOT NULL,
    search_text TEXT NOT NULL,
    version INTEGER NOT NULL,
    saved_at INTEGER NOT NULL,
    CONSTRAINT fk_sheets_department_id FOREIGN KEY (department_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_sheets_document_id FOREIGN KEY (document_id) REFERENCES source_documents (id) ON DELETE CASCADE,
    CONSTRAINT fk_sheets_region_id FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT,
    CONSTRAINT fk_sheets_supervising_department_id FOREIGN KEY (supervising_department_id) REFERENCES organisations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_sheets_unit_id FOREIGN KEY (unit_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

CREATE TABLE budget_lines (
    id INTEGER NOT NULL CONSTRAINT pk_budget_lines PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    amount TEXT NOT NULL,
    unit TEXT NOT NULL,
    sheet_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    CONSTRAINT fk_budget_lines_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE functions (
    id INTEGER NOT NULL CONSTRAINT pk_functions PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    text TEXT NOT NULL,
    position TEXT NOT NULL,
    sheet_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    CONSTRAINT fk_functions_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE goals (
    id INTEGER NOT NULL CONSTRAINT pk_goals PRIMARY KEY AUTOINCREMENT,
    term TEXT NOT NULL,
    text TEXT NOT NULL,
    position TEXT NOT NULL,
    sheet_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    CONSTRAINT fk_goals_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE indicators (
    id INTEGER NOT NULL CONSTRAINT pk_indicators PRIMARY KEY AUTOINCREMENT,
    level1 TEXT NOT NULL,
    level2 TEXT NULL,
    name TEXT NOT NULL,
    value_raw TEXT NULL,
    value_sign TEXT NOT NULL,
    value_number TEXT NULL,
    value_unit TEXT NULL,
    value_qualitative INTEGER NOT NULL,
    value_flags INTEGER NOT NULL,
    period_raw TEXT NULL,
    period_sign TEXT NULL,
    period_number TEXT NULL,
    period_unit TEXT NULL,
    period_qualitative INTEGER NULL,
    period_flags INTEGER NULL,
    description TEXT NULL,
    formula TEXT NULL,
    basis TEXT NULL,
    last_year_value TEXT NULL,
    weight TEXT NULL,
    function TEXT NULL,
    position TEXT NOT NULL,
    value_position TEXT NULL,
    sheet_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    CONSTRAINT fk_indicators_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE key_tasks (
    id INTEGER NOT NULL CONSTRAINT pk_key_tasks PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    content TEXT NOT NULL,
    funds TEXT NULL,
    funds_unit TEXT NULL,
    expected_result TEXT NULL,
    position TEXT NOT NULL,
    sheet_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    CONSTRAINT fk_key_tasks_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE measures (
    id INTEGER NOT NULL CONSTRAINT pk_measures PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    position TEXT NOT NULL,
    sheet_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    CONSTRAINT fk_measures_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE plan_items (
    id INTEGER NOT NULL CONSTRAINT pk_plan_items PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    position TEXT NOT NULL,
    sheet_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    CONSTRAINT fk_plan_items_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE sheet_sources (
    sheet_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    position TEXT NOT NULL,
    CONSTRAINT pk_sheet_sources PRIMARY KEY (sheet_id, field),
    CONSTRAINT fk_sheet_sources_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE spending_plan_points (
    id INTEGER NOT NULL CONSTRAINT pk_spending_plan_points PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    percent TEXT NOT NULL,
    position TEXT NOT NULL,
    sheet_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    CONSTRAINT fk_spending_plan_points_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE unplaced_rows (
    id INTEGER NOT NULL CONSTRAINT pk_unplaced_rows PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NULL,
    sheet_id INTEGER NULL,
    ordinal INTEGER NOT NULL,
    position TEXT NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    CONSTRAINT ck_unplaced_rows_one_owner CHECK ((document_id IS NULL) <> (sheet_id IS NULL)),
    CONSTRAINT fk_unplaced_rows_document_id FOREIGN KEY (document_id) REFERENCES source_documents (id) ON DELETE CASCADE,
    CONSTRAINT fk_unplaced_rows_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE TABLE review_findings (
    id INTEGER NOT NULL CONSTRAINT pk_review_findings PRIMARY KEY AUTOINCREMENT,
    sheet_id INTEGER NOT NULL,
    rule_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    indicator_id INTEGER NULL,
    indicator_name TEXT NULL,
    position TEXT NULL,
    message TEXT NOT NULL,
    why TEXT NULL,
    fix TEXT NULL,
    reviewed_at INTEGER NOT NULL,
    CONSTRAINT ck_review_findings_severity CHECK (severity IN ('error', 'warning', 'info')),
    CONSTRAINT fk_review_findings_indicator_id FOREIGN KEY (indicator_id) REFERENCES indicators (id) ON DELETE SET NULL,
    CONSTRAINT fk_review_findings_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_budget_lines_sheet_id_ordinal ON budget_lines (sheet_id, ordinal);

CREATE UNIQUE INDEX ix_declared_totals_document_id_ordinal ON declared_totals (document_id, ordinal);

CREATE UNIQUE INDEX ix_functions_sheet_id_ordinal ON functions (sheet_id, ordinal);

CREATE UNIQUE INDEX ix_goals_sheet_id_ordinal ON goals (sheet_id, ordinal);

CREATE UNIQUE INDEX ix_indicators_sheet_id_ordinal ON indicators (sheet_id, ordinal);

CREATE UNIQUE INDEX ix_key_tasks_sheet_id_ordinal ON key_tasks (sheet_id, ordinal);

CREATE UNIQUE INDEX ix_measures_sheet_id_ordinal ON measures (sheet_id, ordinal);

CREATE INDEX ix_organisations_code ON organisations (code);

CREATE INDEX ix_organisations_parent_id ON organisations (parent_id);

CREATE INDEX ix_organisations_region_id_name ON organisations (region_id, name);

CREATE UNIQUE INDEX ix_plan_items_sheet_id_ordinal ON plan_items (sheet_id, ordinal);

CREATE UNIQUE INDEX ix_regions_code ON regions (code);

CREATE INDEX ix_review_findings_indicator_id ON review_findings (indicator_id);

CREATE INDEX ix_review_findings_rule_id ON review_findings (rule_id);

CREATE INDEX ix_review_findings_sheet_id ON review_findings (sheet_id);

CREATE INDEX ix_sheets_department_id ON sheets (department_id);

CREATE UNIQUE INDEX ix_sheets_document_id_ordinal ON sheets (document_id, ordinal);

CREATE INDEX ix_sheets_fiscal_year ON sheets (fiscal_year);

CREATE INDEX ix_sheets_region_id ON sheets (region_id);

CREATE INDEX ix_sheets_supervising_department_id ON sheets (supervising_department_id);

CREATE INDEX ix_sheets_unit_id ON sheets (unit_id);

CREATE UNIQUE INDEX ix_source_documents_sha256 ON source_documents (sha256);

CREATE UNIQUE INDEX ix_spending_plan_points_sheet_id_ordinal ON spending_plan_points (sheet_id, ordinal);

CREATE UNIQUE INDEX ix_unplaced_rows_document_id_ordinal ON unplaced_rows (document_id, ordinal);

CREATE UNIQUE INDEX ix_unplaced_rows_sheet_id_ordinal ON unplaced_rows (sheet_id, ordinal);

-- Search over department, project and indicator names (SheetSearch): an FTS5 index of
-- sheets.search_text with the trigram tokenizer (any substring of three characters or more,
-- Chinese included), kept in step with sheets by triggers inside the saving transaction.
CREATE VIRTUAL TABLE sheet_search USING fts5(search_text, content='sheets', content_rowid='id', tokenize='trigram');

CREATE TRIGGER sheets_search_insert AFTER INSERT ON sheets BEGIN
    INSERT INTO sheet_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER sheets_search_delete AFTER DELETE ON sheets BEGIN
    INSERT INTO sheet_search (sheet_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;

CREATE TRIGGER sheets_search_update AFTER UPDATE OF search_text ON sheets BEGIN
    INSERT INTO sheet_search (sheet_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO sheet_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
