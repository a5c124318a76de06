-- The event store shared by every Five Arrows service (platform migrations are V0_x; services use V1 and up).

-- One row per stream: its type and current version, the target of optimistic concurrency.
CREATE TABLE es_stream (
    stream_id   TEXT PRIMARY KEY,
    stream_type TEXT   NOT NULL,
    version     BIGINT NOT NULL CHECK (version > 0)
);

-- Immutable events. position orders rows within a transaction; transaction_id (xid8) orders
-- transactions, so readers can stop below the oldest transaction still in flight and never skip one.
CREATE TABLE es_event (
    position       BIGSERIAL PRIMARY KEY,
    transaction_id XID8        NOT NULL DEFAULT pg_current_xact_id(),
    event_id       UUID        NOT NULL UNIQUE,
    stream_id      TEXT        NOT NULL,
    stream_type    TEXT        NOT NULL,
    version        BIGINT      NOT NULL,
    event_type     TEXT        NOT NULL,
    type_version   INT         NOT NULL,
    data           JSONB       NOT NULL,
    correlation_id UUID,
    causation_id   UUID,
    actor          TEXT,
    trace_parent   TEXT,
    occurred_at    TIMESTAMPTZ NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    CONSTRAINT es_event_stream_version UNIQUE (stream_id, version)
);

CREATE INDEX es_event_commit_order ON es_event (transaction_id, position);

-- Progress of each reader of the store (the relay, each projection), updated in the reader's transaction.
CREATE TABLE es_checkpoint (
    subscriber     TEXT PRIMARY KEY,
    transaction_id XID8        NOT NULL DEFAULT '0',
    position       BIGINT      NOT NULL DEFAULT 0,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Events consumed from Kafka, per consumer: a redelivered event is recognised and skipped.
CREATE TABLE es_inbox (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Wakes readers as soon as a transaction that appended events commits (NOTIFY is delivered on commit).
CREATE FUNCTION es_notify_appended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('es_event_appended', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER es_event_appended AFTER INSERT ON es_event
    FOR EACH STATEMENT EXECUTE FUNCTION es_notify_appended();
