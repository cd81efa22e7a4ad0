-- 0009: the rule set each sheet's stored findings were made with (docs/decisions/020), so that when a region's
-- rule set changes the sheets whose findings are another set's are found and reviewed again. NULL: findings
-- stored before, all made with the shipped default.
ALTER TABLE sheets ADD COLUMN findings_rule_set TEXT NULL;
