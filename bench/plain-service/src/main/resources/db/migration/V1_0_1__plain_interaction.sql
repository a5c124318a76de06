-- An interaction as a user would store it without event sourcing: one row, written once.
CREATE TABLE plain_interaction (
    interaction_id UUID        PRIMARY KEY,
    key_person_ids UUID[]      NOT NULL,
    seller         TEXT        NOT NULL,
    type           TEXT        NOT NULL,
    outcome        TEXT        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    opportunity_id TEXT,
    notes          TEXT,
    recorded_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
