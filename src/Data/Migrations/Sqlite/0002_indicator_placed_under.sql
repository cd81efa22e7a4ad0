-- 0002: the level 1 a form's merged cell really places a row under, when it differs from the row's
-- own level 1 (a 效益 category left under 产出指标); review reads it (STR-L1-MISSING, STR-L2-WRONG-PARENT).
ALTER TABLE indicators ADD COLUMN placed_under TEXT NULL;
