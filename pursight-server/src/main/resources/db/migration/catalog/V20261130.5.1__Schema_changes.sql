-- Schema drift (module catalog): one row per change a catalog synchronisation found in a source —
-- a schema, relation or column added, removed or renamed; a column's type, nullability or default,
-- a relation's kind, view definition or keys changed. change_set is the synchronisation (the scan
-- run) that found it; asset_version counts, from 1, the synchronisations that changed the asset.
-- asset_id is not a foreign key: column ids live inside their relation's row (see AssetIds).
-- change_kind BASELINE marks a source's first synchronisation, which records no change per asset:
-- asset_id, parent_id, asset_type and asset_version are null on that row only.
-- before_json and after_json are JSON objects (null where the asset did not exist).
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE schema_changes (
    id              UUID PRIMARY KEY,
    workspace_id    UUID          NOT NULL REFERENCES workspaces (id),
    source_id       UUID          NOT NULL REFERENCES data_sources (id),
    change_set      UUID          NOT NULL,
    asset_id        UUID,
    parent_id       UUID,
    asset_type      VARCHAR(30),
    qualified_name  VARCHAR(2300) NOT NULL,
    change_kind     VARCHAR(30)   NOT NULL,
    before_json     VARCHAR,
    after_json      VARCHAR,
    detected_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    asset_version   BIGINT
);
-- a source's history, newest first (filtered by kind or change set)
CREATE INDEX ix_schema_changes_source ON schema_changes (workspace_id, source_id, detected_at);
CREATE INDEX ix_schema_changes_change_set ON schema_changes (change_set);
-- an asset's history and its next version; a table's columns (or a schema's relations) by parent
CREATE INDEX ix_schema_changes_asset ON schema_changes (asset_id, asset_version);
CREATE INDEX ix_schema_changes_parent ON schema_changes (parent_id);
