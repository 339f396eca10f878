-- Scan runs (module scan): one row per requested discovery or classification of a source, run
-- off the request thread as a db-scheduler job (task 'scan-run', instance = the run's id).
-- steps: the steps requested, in order (comma-separated: DISCOVER, CLASSIFY); reports and error
-- are JSON (each step's report; the problem document of a failed run). Runs unchanged on H2
-- (PostgreSQL mode) and PostgreSQL.
CREATE TABLE scan_runs (
    id              UUID PRIMARY KEY,
    workspace_id    UUID         NOT NULL REFERENCES workspaces (id),
    source_id       UUID         NOT NULL REFERENCES data_sources (id),
    table_asset_id  UUID,
    steps           VARCHAR(100) NOT NULL,
    sample_size     INTEGER,
    state           VARCHAR(20)  NOT NULL,
    reports         VARCHAR      NOT NULL,
    error           VARCHAR,
    requested_by    UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX ix_scan_runs_source ON scan_runs (workspace_id, source_id, created_at);
-- the stale-run check looks for unfinished runs by last change
CREATE INDEX ix_scan_runs_state ON scan_runs (state, updated_at);
