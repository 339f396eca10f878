-- Sampled values kept per classified column, only while the workspace's classification settings
-- enable sample storage (store_samples). sample_values is a JSON array of at most 20 distinct
-- values; a scan replaces the earlier row, turning storage off deletes the workspace's rows.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE column_samples (
    column_asset_id  UUID    PRIMARY KEY,
    workspace_id     UUID    NOT NULL REFERENCES workspaces (id),
    sample_values    VARCHAR NOT NULL,
    captured_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_column_samples_ws ON column_samples (workspace_id);
