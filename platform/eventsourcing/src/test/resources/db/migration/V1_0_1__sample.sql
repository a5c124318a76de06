CREATE TABLE sample_counter_totals (
    counter_id TEXT PRIMARY KEY,
    total      BIGINT NOT NULL,
    events     INT    NOT NULL
);

-- No unique key on event_id on purpose: only the inbox stands between a redelivery and a second row.
CREATE TABLE sample_notes (
    id       BIGSERIAL PRIMARY KEY,
    event_id UUID NOT NULL,
    subject  TEXT NOT NULL,
    note     TEXT NOT NULL
);
