-- The read side of network-service: every table here is written only by the projection "network"
-- (com.fivearrows.network.readmodel.NetworkReadModel), in the transaction that moves its checkpoint, and is rebuilt
-- by replaying the event store. Enum values are stored by name.
--
-- Temporal tables keep one row per period: valid_from <= t < valid_to (valid_to NULL = current), with the times
-- taken from the events' occurred-at, so structure can be read as of any instant. A change closes the current row
-- and opens the next one at the same instant; since_version (the version, in its stream, of the event that opened
-- the period) keys the periods, so a replay writes the same keys.

-- Key persons as they are now: for the API, and for matching pushed interactions by external id or e-mail.
CREATE TABLE key_person (
    key_person_id        UUID PRIMARY KEY,
    account_id           TEXT        NOT NULL,
    name                 TEXT        NOT NULL,
    title                TEXT,
    department           TEXT,
    seniority            TEXT,
    scope                TEXT        NOT NULL,
    kind                 TEXT        NOT NULL,
    influence            INT         NOT NULL,
    political_status     TEXT,
    decision_orientation TEXT,
    email                TEXT,
    external_ids         TEXT[]      NOT NULL,
    active               BOOLEAN     NOT NULL,
    deactivation_reason  TEXT,
    registered_by        TEXT,
    registered_at        TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL
);
CREATE INDEX key_person_account ON key_person (account_id);
CREATE INDEX key_person_external_ids ON key_person USING GIN (external_ids);
CREATE INDEX key_person_email ON key_person (lower(email));

-- What of a key person shapes the groups it belongs to, per period.
CREATE TABLE key_person_history (
    key_person_id UUID        NOT NULL,
    since_version BIGINT      NOT NULL,
    account_id    TEXT        NOT NULL,
    scope         TEXT        NOT NULL,
    kind          TEXT        NOT NULL,
    influence     INT         NOT NULL,
    active        BOOLEAN     NOT NULL,
    valid_from    TIMESTAMPTZ NOT NULL,
    valid_to      TIMESTAMPTZ,
    PRIMARY KEY (key_person_id, since_version)
);
CREATE INDEX key_person_history_current ON key_person_history (key_person_id) WHERE valid_to IS NULL;
-- An account's group: its active COMPANY persons as of t.
CREATE INDEX key_person_history_company ON key_person_history (account_id, valid_from) WHERE scope = 'COMPANY' AND active;

-- Enterprise relations between key persons of one account; a strength change closes the row and opens the next.
CREATE TABLE enterprise_relation (
    relation_id        UUID        NOT NULL,
    since_version      BIGINT      NOT NULL,
    account_id         TEXT        NOT NULL,
    type               TEXT        NOT NULL,
    from_key_person_id UUID        NOT NULL,
    to_key_person_id   UUID        NOT NULL,
    strength           INT,
    valid_from         TIMESTAMPTZ NOT NULL,
    valid_to           TIMESTAMPTZ,
    PRIMARY KEY (relation_id, since_version)
);
CREATE INDEX enterprise_relation_current ON enterprise_relation (account_id) WHERE valid_to IS NULL;
CREATE INDEX enterprise_relation_as_of ON enterprise_relation (account_id, valid_from);

-- One decision chain per opportunity, with the opportunity's context as last reported.
CREATE TABLE decision_chain (
    opportunity_id TEXT PRIMARY KEY,
    account_id     TEXT        NOT NULL,
    started_by     TEXT,
    started_at     TIMESTAMPTZ NOT NULL,
    stage          TEXT,
    amount         NUMERIC,
    currency       TEXT,
    status         TEXT,
    owner          TEXT,
    team           TEXT[]      NOT NULL DEFAULT '{}',
    version        BIGINT      NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX decision_chain_account ON decision_chain (account_id);
CREATE INDEX decision_chain_team ON decision_chain USING GIN (team);

-- Members of a decision chain, per period: a change of role or influence closes the row and opens the next.
CREATE TABLE chain_member (
    opportunity_id TEXT        NOT NULL,
    key_person_id  UUID        NOT NULL,
    since_version  BIGINT      NOT NULL,
    role           TEXT        NOT NULL,
    influence      INT         NOT NULL,
    added_by       TEXT,
    valid_from     TIMESTAMPTZ NOT NULL,
    valid_to       TIMESTAMPTZ,
    PRIMARY KEY (opportunity_id, key_person_id, since_version)
);
-- The chains a person is in now: each one is marked dirty when the person's inputs change.
CREATE INDEX chain_member_current ON chain_member (key_person_id) WHERE valid_to IS NULL;

-- Relations between the members of one decision chain; they are added and removed, never changed.
CREATE TABLE chain_relation (
    opportunity_id     TEXT        NOT NULL,
    relation_id        UUID        NOT NULL,
    type               TEXT        NOT NULL,
    from_key_person_id UUID        NOT NULL,
    to_key_person_id   UUID        NOT NULL,
    strength           INT,
    valid_from         TIMESTAMPTZ NOT NULL,
    valid_to           TIMESTAMPTZ,
    PRIMARY KEY (opportunity_id, relation_id)
);
CREATE INDEX chain_relation_current ON chain_relation (opportunity_id) WHERE valid_to IS NULL;

-- Every assessment ever made. The latest of a dimension at t is the one with the highest (assessed_at,
-- recorded_position) at or before t: a back-dated assessment counts from its time, and of two with the same
-- time the later recorded wins. The primary key serves that read as one backward index probe.
CREATE TABLE person_assessment (
    key_person_id     UUID        NOT NULL,
    dimension         TEXT        NOT NULL CHECK (dimension IN ('LEVEL', 'SOLUTION', 'PRICE')),
    assessed_at       TIMESTAMPTZ NOT NULL,
    recorded_position BIGINT      NOT NULL,
    value             TEXT        NOT NULL,
    assessed_by       TEXT,
    note              TEXT,
    PRIMARY KEY (key_person_id, dimension, assessed_at, recorded_position)
);

-- Interactions, one row each, for listing.
CREATE TABLE interaction (
    interaction_id UUID PRIMARY KEY,
    key_person_ids UUID[]      NOT NULL,
    seller         TEXT,
    type           TEXT        NOT NULL,
    outcome        TEXT        NOT NULL,
    source         TEXT        NOT NULL,
    external_id    TEXT,
    opportunity_id TEXT,
    notes          TEXT,
    occurred_at    TIMESTAMPTZ NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX interaction_opportunity ON interaction (opportunity_id, occurred_at) WHERE opportunity_id IS NOT NULL;
CREATE INDEX interaction_seller ON interaction (seller, occurred_at) WHERE seller IS NOT NULL;

-- Each interaction once per key person in it, with its decay-scaled weight 2^((occurred_at - epoch) / H) (see
-- DecayScale). The key serves "this person's interactions after t", the window subtracted from the running total;
-- the included columns let that read come from the index alone.
-- Scaled values are NUMERIC (the exact value of the Java double), so sums do not depend on the order or the
-- grouping in which they were added: a replay in batches writes exactly the same totals as live, one by one.
CREATE TABLE person_interaction (
    key_person_id  UUID        NOT NULL,
    occurred_at    TIMESTAMPTZ NOT NULL,
    interaction_id UUID        NOT NULL,
    seller         TEXT,
    type           TEXT        NOT NULL,
    outcome        TEXT        NOT NULL,
    scaled         NUMERIC     NOT NULL,
    PRIMARY KEY (key_person_id, occurred_at, interaction_id) INCLUDE (type, outcome, scaled)
);
CREATE INDEX person_interaction_seller ON person_interaction (seller, key_person_id) WHERE seller IS NOT NULL;

-- Running totals of every interaction of a person, per type and outcome, whenever it occurred.
CREATE TABLE person_activity (
    key_person_id UUID    NOT NULL,
    type          TEXT    NOT NULL,
    outcome       TEXT    NOT NULL,
    count         BIGINT  NOT NULL,
    scaled_sum    NUMERIC NOT NULL,
    PRIMARY KEY (key_person_id, type, outcome)
);

-- The half-life the scaled values above were computed with (no row while there are none): when the configured
-- half-life differs, the projection must be rebuilt before scores are read again.
CREATE TABLE activity_scale (
    only_row     BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    half_life_ms BIGINT  NOT NULL CHECK (half_life_ms > 0)
);

-- Subjects whose closeness inputs changed since they were last evaluated, marked in the projection's transaction.
-- The closeness publisher takes the oldest, evaluates them, and clears each one unless it was marked again since.
CREATE TABLE closeness_dirty (
    subject_kind TEXT        NOT NULL CHECK (subject_kind IN ('PERSON', 'DECISION_CHAIN', 'ACCOUNT')),
    subject_id   TEXT        NOT NULL,
    marked_at    TIMESTAMPTZ NOT NULL,
    -- Why: its inputs changed (the projection) or only time passed (the decay pass); an input change wins.
    cause        TEXT        NOT NULL DEFAULT 'INPUTS_CHANGED' CHECK (cause IN ('INPUTS_CHANGED', 'TIME_PASSED')),
    PRIMARY KEY (subject_kind, subject_id)
);
CREATE INDEX closeness_dirty_oldest ON closeness_dirty (marked_at);
