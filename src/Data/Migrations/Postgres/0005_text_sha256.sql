-- 0005: the hash of a document's decoded, normalised text (ImportedDocument.TextSha256), so the same document
-- saved in another encoding (GB18030 and UTF-8, CRLF and LF) is recognised as a duplicate, not stored again.
-- Documents stored before keep NULL: they are still found by the hash of their bytes.
ALTER TABLE source_documents ADD COLUMN text_sha256 text;

CREATE UNIQUE INDEX ix_source_documents_text_sha256 ON source_documents (text_sha256);
