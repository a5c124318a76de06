-- Notes carry a version, so /test-notes can exercise If-Match.
ALTER TABLE test_notes ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
