-- What network-service last published about each opportunity's decision chain (ClosenessChanged, level
-- DECISION_CHAIN): gates, grades and win steps 2 and 3 are decided on it. One row per opportunity, replaced by a
-- later version of the chain's closeness stream only, so a redelivered older event changes nothing.
CREATE TABLE chain_closeness (
    opportunity_id TEXT             PRIMARY KEY,
    version        BIGINT           NOT NULL,
    r              DOUBLE PRECISION NOT NULL,
    s              DOUBLE PRECISION NOT NULL,
    p              DOUBLE PRECISION NOT NULL,
    c              DOUBLE PRECISION NOT NULL,
    roles_present  TEXT[]           NOT NULL,
    best_coach_c   DOUBLE PRECISION,
    supporters     INTEGER          NOT NULL,
    evaluated_at   TIMESTAMPTZ      NOT NULL
);
