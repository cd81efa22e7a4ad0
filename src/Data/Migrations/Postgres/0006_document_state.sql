-- 0006: a document is saved in chunks that commit one by one (docs/decisions/012-chunked-saves.md), so a
-- large save never holds locks for long. Until its last chunk commits it is 'Saving' and no query finds
-- it or its sheets; progress_at says when its last chunk committed, so a save that stopped (a killed
-- process) is recognised and removed. Documents stored before are 'Stored'.
ALTER TABLE source_documents ADD COLUMN state text NOT NULL DEFAULT 'Stored';
ALTER TABLE source_documents ADD COLUMN progress_at timestamp with time zone;

-- Finds the few documents being saved without reading rows.
CREATE INDEX ix_source_documents_state ON source_documents (state);

-- A document becoming visible changes what lists show: cached list results must be searched again.
CREATE TRIGGER source_documents_generation_state AFTER UPDATE OF state ON source_documents
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_generation();
