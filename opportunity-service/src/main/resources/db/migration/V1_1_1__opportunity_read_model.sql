-- The read model of the `opportunities` projection, built from this service's own events (rebuilt by replaying them).

-- Each opportunity as it is now.
CREATE TABLE opportunity (
    opportunity_id      TEXT             PRIMARY KEY,
    account_id          TEXT             NOT NULL,
    name                TEXT             NOT NULL,
    owner               TEXT             NOT NULL,
    team                TEXT[]           NOT NULL,
    stage               TEXT             NOT NULL,
    probability         DOUBLE PRECISION NOT NULL,
    amount              NUMERIC          NOT NULL,
    currency            TEXT             NOT NULL,
    expected_close_date DATE,
    source              TEXT,
    grade               TEXT,
    category            TEXT,
    category_overridden BOOLEAN          NOT NULL DEFAULT FALSE,
    status              TEXT             NOT NULL CHECK (status IN ('OPEN', 'WON', 'LOST', 'ABANDONED')),
    close_reason        TEXT,
    competitor          TEXT,
    opened_at           TIMESTAMPTZ      NOT NULL,
    closed_at           TIMESTAMPTZ,
    stage_entered_at    TIMESTAMPTZ      NOT NULL,
    last_event_at       TIMESTAMPTZ      NOT NULL,
    version             BIGINT           NOT NULL
);
CREATE INDEX opportunity_account ON opportunity (account_id);
CREATE INDEX opportunity_owner ON opportunity (owner);
CREATE INDEX opportunity_team ON opportunity USING GIN (team);
-- Stalled: open and no event since a date.
CREATE INDEX opportunity_open_last_event ON opportunity (last_event_at) WHERE status = 'OPEN';

-- Every stage an opportunity was in, with how it got there; left_at null for the stage it is in.
CREATE TABLE stage_history (
    opportunity_id TEXT             NOT NULL,
    version        BIGINT           NOT NULL,
    stage          TEXT             NOT NULL,
    probability    DOUBLE PRECISION NOT NULL,
    how            TEXT             NOT NULL CHECK (how IN ('OPENED', 'ADVANCED', 'OVERRIDDEN', 'REGRESSED', 'CLOSED')),
    reason         TEXT,
    entered_at     TIMESTAMPTZ      NOT NULL,
    left_at        TIMESTAMPTZ,
    PRIMARY KEY (opportunity_id, version)
);

-- What the forecast counts of each opportunity, with the period it was so: the forecast as it stood at any past
-- instant reads the rows valid then (valid_from inclusive, valid_to exclusive, null while current).
CREATE TABLE opportunity_position (
    opportunity_id      TEXT             NOT NULL,
    valid_from          TIMESTAMPTZ      NOT NULL,
    valid_to            TIMESTAMPTZ,
    owner               TEXT             NOT NULL,
    team                TEXT[]           NOT NULL,
    stage               TEXT             NOT NULL,
    probability         DOUBLE PRECISION NOT NULL,
    amount              NUMERIC          NOT NULL,
    currency            TEXT             NOT NULL,
    expected_close_date DATE,
    category            TEXT             NOT NULL,
    category_overridden BOOLEAN          NOT NULL,
    opened_at           TIMESTAMPTZ      NOT NULL,
    closed_at           TIMESTAMPTZ,
    outcome             TEXT,
    PRIMARY KEY (opportunity_id, valid_from)
);
CREATE INDEX opportunity_position_as_of ON opportunity_position (valid_from, valid_to);

-- The six-step win method per opportunity: a row per step ever completed; completed false once re-opened.
CREATE TABLE win_step (
    opportunity_id TEXT        NOT NULL,
    step           INTEGER     NOT NULL CHECK (step BETWEEN 1 AND 6),
    completed      BOOLEAN     NOT NULL,
    automatic      BOOLEAN     NOT NULL,
    evidence       TEXT,
    changed_by     TEXT,
    changed_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (opportunity_id, step)
);

CREATE TABLE proposal (
    proposal_id    UUID        PRIMARY KEY,
    opportunity_id TEXT        NOT NULL,
    kind           TEXT        NOT NULL,
    reference      TEXT        NOT NULL,
    registered_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX proposal_opportunity ON proposal (opportunity_id);

-- Which of a seller's tactics are attached to which opportunity, at which win step.
CREATE TABLE tactic_attachment (
    opportunity_id TEXT        NOT NULL,
    tactic_id      UUID        NOT NULL,
    step           INTEGER     NOT NULL,
    attached_by    TEXT        NOT NULL,
    attached_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (opportunity_id, tactic_id)
);
CREATE INDEX tactic_attachment_tactic ON tactic_attachment (tactic_id);
