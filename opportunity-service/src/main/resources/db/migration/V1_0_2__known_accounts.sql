-- The accounts account-service has announced (AccountRegistered): the gate to QUALIFY needs the opportunity's
-- account to be one of them. Kept as first announced; a redelivery changes nothing.
CREATE TABLE known_account (
    account_id    TEXT        PRIMARY KEY,
    name          TEXT        NOT NULL,
    owner         TEXT        NOT NULL,
    tier          TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL
);
