-- Answers to writes carrying an Idempotency-Key (platform-service, package idempotency).
-- A row is pending while status is null; owner_token names the request that holds the claim.
CREATE TABLE platform_idempotency (
    principal       TEXT        NOT NULL,
    http_method     TEXT        NOT NULL,
    path            TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    BYTEA       NOT NULL,
    owner_token     UUID        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    status          INTEGER,
    headers         JSONB,
    body            BYTEA,
    completed_at    TIMESTAMPTZ,
    PRIMARY KEY (principal, http_method, path, idempotency_key)
);

CREATE INDEX platform_idempotency_created_at ON platform_idempotency (created_at);
