-- 0006: a document is saved in chunks that commit one by one (docs/decisions/012-chunked-saves.md), so a
-- large save never holds the write lock for long. Until its last chunk commits it is 'Saving' and no
-- query finds it or its sheets; progress_at says when its last chunk committed, so a save that stopped
-- (a killed process) is recognised and removed. Documents stored before are 'Stored'.
ALTER TABLE source_documents ADD COLUMN state TEXT NOT NULL DEFAULT 'Stored';
ALTER TABLE source_documents ADD COLUMN progress_at INTEGER NULL;

-- Finds the few documents being saved without reading rows (the column comes after the bytes).
CREATE INDEX ix_source_documents_state ON source_documents (state);

-- A document becoming visible changes what lists show: cached list results must be searched again.
CREATE TRIGGER source_documents_generation_state AFTER UPDATE OF state ON source_documents BEGIN
    UPDATE data_generation SET value = value + 1 WHERE id = 1;
END;

-- What reading the file warned about (READ-BAD-BYTES: bytes replaced, with their line), kept with the document.
CREATE TABLE document_warnings (
    id INTEGER NOT NULL CONSTRAINT pk_document_warnings PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    code TEXT NOT NULL,
    position TEXT NOT NULL,
    text TEXT NOT NULL,
    CONSTRAINT fk_document_warnings_document_id FOREIGN KEY (document_id) REFERENCES source_documents (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_document_warnings_document_id_ordinal ON document_warnings (document_id, ordinal);
