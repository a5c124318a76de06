-- A table for the test-only /test-notes resource.
CREATE TABLE test_notes (
    id     BIGSERIAL PRIMARY KEY,
    text   TEXT    NOT NULL,
    amount INTEGER NOT NULL,
    author TEXT    NOT NULL
);
