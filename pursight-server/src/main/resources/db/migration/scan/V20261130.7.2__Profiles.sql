-- Profiles (module scan): the latest profile of each profiled table and column, replaced by every scan that
-- profiles the table again. A column's profile body is JSON (the ColumnProfile record); values_withheld says it
-- holds no value of the data (a sensitive column), so the redaction of a column found sensitive later can be
-- checked without reading the body. scan_run_id is null for a profile stored outside a run. Runs unchanged on H2
-- (PostgreSQL mode) and PostgreSQL.
CREATE TABLE table_profiles (
    workspace_id     UUID        NOT NULL REFERENCES workspaces (id),
    table_asset_id   UUID        NOT NULL,
    source_id        UUID        NOT NULL REFERENCES data_sources (id),
    scan_run_id      UUID,
    row_count        BIGINT      NOT NULL,
    row_count_exact  BOOLEAN     NOT NULL,
    size_bytes       BIGINT,
    sampled_rows     BIGINT      NOT NULL,
    profiled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, table_asset_id)
);
CREATE TABLE column_profiles (
    workspace_id     UUID        NOT NULL REFERENCES workspaces (id),
    column_asset_id  UUID        NOT NULL,
    table_asset_id   UUID        NOT NULL,
    source_id        UUID        NOT NULL REFERENCES data_sources (id),
    scan_run_id      UUID,
    body             VARCHAR     NOT NULL,
    values_withheld  BOOLEAN     NOT NULL,
    profiled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, column_asset_id)
);
CREATE INDEX ix_column_profiles_table ON column_profiles (workspace_id, table_asset_id);
