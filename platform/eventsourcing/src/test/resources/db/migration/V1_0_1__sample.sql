CREATE TABLE sample_counter_totals (
    counter_id TEXT PRIMARY KEY,
    total      BIGINT NOT NULL,
    events     INT    NOT NULL
);

CREATE TABLE sample_notes (
    event_id UUID PRIMARY KEY,
    subject  TEXT NOT NULL,
    note     TEXT NOT NULL
);
