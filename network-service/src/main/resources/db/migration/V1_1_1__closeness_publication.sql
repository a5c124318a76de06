-- What was last published for each closeness subject: the snapshot ClosenessChangeRule compares with, and the
-- version of the subject's closeness stream. Written in the transaction that appends the ClosenessChanged event,
-- so it is the stream's own state, never rebuilt from the read model.
CREATE TABLE closeness_published (
    subject_kind TEXT             NOT NULL CHECK (subject_kind IN ('PERSON', 'DECISION_CHAIN', 'ACCOUNT')),
    subject_id   TEXT             NOT NULL,
    version      BIGINT           NOT NULL,
    r            DOUBLE PRECISION NOT NULL,
    s            DOUBLE PRECISION NOT NULL,
    p            DOUBLE PRECISION NOT NULL,
    c            DOUBLE PRECISION NOT NULL,
    flags        JSONB            NOT NULL,
    published_at TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (subject_kind, subject_id)
);

