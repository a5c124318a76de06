-- When this service learnt each chain's closeness: how far behind network-service its gates and grades may be
-- (received_at - evaluated_at), and what the end-to-end benchmark (bench/README.md, B2) reads as the moment an
-- interaction's effect reached opportunity-service.
ALTER TABLE chain_closeness ADD COLUMN received_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();
