-- 0008: reviewers' marks on findings (已核实 / 不适用, with a reason) replace 0007's overrides, which become
-- 不适用 marks matched as before by rule and position (docs/decisions/016); each region's rule set and
-- default form layout.
CREATE TABLE finding_marks (
    id INTEGER NOT NULL CONSTRAINT pk_finding_marks PRIMARY KEY AUTOINCREMENT,
    sheet_id INTEGER NOT NULL,
    rule_id TEXT NOT NULL,
    cause TEXT NOT NULL,
    row_key TEXT NULL,
    position TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    user_id INTEGER NULL,
    user_name TEXT NOT NULL,
    marked_at INTEGER NOT NULL,
    CONSTRAINT fk_finding_marks_sheet_id FOREIGN KEY (sheet_id) REFERENCES sheets (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_finding_marks_sheet_id_rule_id_cause_row_key ON finding_marks (sheet_id, rule_id, cause, row_key);

INSERT INTO finding_marks (sheet_id, rule_id, cause, row_key, position, status, reason, user_id, user_name, marked_at)
SELECT sheet_id, rule_id, '', NULL, place, 'NotApplicable', reason, user_id, user_name, created_at
FROM finding_overrides ORDER BY id;

DROP TABLE finding_overrides;

ALTER TABLE regions ADD COLUMN rule_set TEXT NULL;
ALTER TABLE regions ADD COLUMN form_layout TEXT NULL;
