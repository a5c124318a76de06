-- Activity weighed when it is projected, so that a group's read takes one row per person instead of one per person,
-- type and outcome: each person's interaction keeps w(type) × m(outcome) × its scaled value, and each person a
-- running total of those. The weights and multipliers it was weighed with are recorded beside the half-life: when
-- the configured ones differ, the projection is rebuilt at start (ScaleCheck), as for a changed half-life. Rows
-- projected before this migration are weighed 0 and the scale's weighing is unknown (null), so the next start
-- rebuilds the read model.
ALTER TABLE activity_scale ADD COLUMN weighing TEXT;

ALTER TABLE person_interaction ADD COLUMN weighted NUMERIC NOT NULL DEFAULT 0;
ALTER TABLE person_interaction ALTER COLUMN weighted DROP DEFAULT;
-- The window after an instant is still read from the index alone.
ALTER TABLE person_interaction DROP CONSTRAINT person_interaction_pkey,
    ADD PRIMARY KEY (key_person_id, occurred_at, interaction_id) INCLUDE (type, outcome, scaled, weighted);

-- Running totals of every interaction of a person, weighed, whenever it occurred.
CREATE TABLE person_activity_total (
    key_person_id UUID    PRIMARY KEY,
    count         BIGINT  NOT NULL,
    weighted_sum  NUMERIC NOT NULL
);
