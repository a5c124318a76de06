-- The sellers' personal tactics (独门秘笈), kept by the `opportunities` projection from the tactic streams; which
-- opportunities they are attached to is in tactic_attachment, their win rate a query over it and opportunity.
CREATE TABLE tactic (
    tactic_id     UUID        PRIMARY KEY,
    seller        TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    description   TEXT,
    status        TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    retire_reason TEXT,
    created_at    TIMESTAMPTZ NOT NULL,
    revised_at    TIMESTAMPTZ,
    retired_at    TIMESTAMPTZ,
    version       BIGINT      NOT NULL
);
CREATE INDEX tactic_seller ON tactic (seller, lower(name));
