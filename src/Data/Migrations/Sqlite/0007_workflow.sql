-- 0007: who may do what (users, personal API tokens), the workflow of each sheet (its status, 审核结果 and
-- frozen versions), reviewers' comments on rows and overrides of error findings, and the append-only
-- audit trail. Existing sheets start as drafts.
CREATE TABLE users (
    id INTEGER NOT NULL CONSTRAINT pk_users PRIMARY KEY AUTOINCREMENT,
    user_name TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    region_id INTEGER NULL,
    organisation_id INTEGER NULL,
    disabled INTEGER NOT NULL,
    failed_sign_ins INTEGER NOT NULL,
    locked_until INTEGER NULL,
    security_stamp TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_sign_in_at INTEGER NULL,
    CONSTRAINT fk_users_region_id FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE RESTRICT,
    CONSTRAINT fk_users_organisation_id FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE RESTRICT
);

CREATE INDEX ix_users_organisation_id ON users (organisation_id);
CREATE INDEX ix_users_region_id ON users (region_id);
CREATE UNIQUE INDEX ix_users_user_name ON users (user_name);

CREATE TABLE api_tokens (
    id INTEGER NOT NULL CONSTRAINT pk_api_tokens PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NULL,
    revoked_at INTEGER NULL,
    last_used_at INTEGER NULL,
    CONSTRAINT fk_api_tokens_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_api_tokens_token_hash ON api_tokens (token_hash);
CREATE INDEX ix_api_tokens_user_id ON api_tokens (user_id);

ALTER TABLE sheets ADD COLUMN status TEXT NOT NULL DEFAULT 'Draft';
ALTER TABLE sheets ADD COLUMN review_grade TEXT NULL;
ALTER TABLE sheets ADD COLUMN status_changed_at INTEGER NULL;
ALTER TABLE sheets ADD COLUMN approved_version_id INTEGER NULL;
ALTER TABLE sheets ADD COLUMN published_version_id INTEGER NULL;
ALTER TABLE sheets ADD COLUMN adjustment_reason TEXT NULL;

CREATE INDEX ix_sheets_status ON sheets (status);
CREATE INDEX ix_sheets_published_version_id ON sheets (published_version_id);

CREATE TABLE sheet_versions (
    id INTEGER NOT NULL CONSTRAINT pk_sheet_versions PRIMARY KEY AUTOINCREMENT,
    sheet_id INTEGER NOT NULL,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    approval INTEGER NULL,
    grade TEXT NULL,
    reason TEXT NULL,
    json TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NULL,
    CONSTRAINT fk_sheet_versions_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_sheet_versions_sheet_id_number ON sheet_versions (sheet_id, number);

CREATE TABLE row_comments (
    id INTEGER NOT NULL CONSTRAINT pk_row_comments PRIMARY KEY AUTOINCREMENT,
    sheet_id INTEGER NOT NULL,
    row_key TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    version_number INTEGER NULL,
    user_id INTEGER NULL,
    user_name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    CONSTRAINT fk_row_comments_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE INDEX ix_row_comments_sheet_id ON row_comments (sheet_id);

CREATE TABLE finding_overrides (
    id INTEGER NOT NULL CONSTRAINT pk_finding_overrides PRIMARY KEY AUTOINCREMENT,
    sheet_id INTEGER NOT NULL,
    rule_id TEXT NOT NULL,
    place TEXT NOT NULL,
    reason TEXT NOT NULL,
    user_id INTEGER NULL,
    user_name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    CONSTRAINT fk_finding_overrides_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_finding_overrides_sheet_id_rule_id_place ON finding_overrides (sheet_id, rule_id, place);

-- Append-only: no foreign keys, so the record of a deleted draft stays.
CREATE TABLE audit_entries (
    id INTEGER NOT NULL CONSTRAINT pk_audit_entries PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    user_id INTEGER NULL,
    user_name TEXT NULL,
    address TEXT NULL,
    action TEXT NOT NULL,
    sheet_id INTEGER NULL,
    document_id INTEGER NULL,
    summary TEXT NOT NULL,
    detail TEXT NULL
);

CREATE INDEX ix_audit_entries_sheet_id ON audit_entries (sheet_id);
CREATE INDEX ix_audit_entries_at ON audit_entries (at);
CREATE INDEX ix_audit_entries_user_name ON audit_entries (user_name);

CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
