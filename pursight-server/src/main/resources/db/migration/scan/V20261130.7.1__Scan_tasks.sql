-- Scan runs under rule sets, read table by table (module scan).
-- A run records the rule set version it used and a copy of its rules (JSON), what started it, its progress
-- counters (each table adds to them in the transaction that stores it) and, once finished, its summary.
ALTER TABLE scan_runs ADD COLUMN rule_set_id UUID;
ALTER TABLE scan_runs ADD COLUMN rule_set_version INTEGER;
ALTER TABLE scan_runs ADD COLUMN rule_set_name VARCHAR(200);
ALTER TABLE scan_runs ADD COLUMN rules VARCHAR;
-- what the incremental mode compares: the rules that decide what a table's results are
ALTER TABLE scan_runs ADD COLUMN rules_hash VARCHAR(64);
ALTER TABLE scan_runs ADD COLUMN trigger_kind VARCHAR(20) DEFAULT 'MANUAL' NOT NULL;
ALTER TABLE scan_runs ADD COLUMN schedule_id UUID;
ALTER TABLE scan_runs ADD COLUMN summary VARCHAR;
ALTER TABLE scan_runs ADD COLUMN reading_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE scan_runs ADD COLUMN objects_total INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE scan_runs ADD COLUMN objects_done INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE scan_runs ADD COLUMN objects_failed INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE scan_runs ADD COLUMN objects_skipped INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE scan_runs ADD COLUMN columns_done BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE scan_runs ADD COLUMN rows_sampled BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE scan_runs ADD COLUMN errors INTEGER DEFAULT 0 NOT NULL;

-- One row per object a run reads. Workers (db-scheduler executions 'scan-worker', any replica) claim PENDING
-- rows whose next_attempt_at has come with a guarded update; worker names the execution holding a RUNNING
-- row, so a revived execution takes its own rows back after a crash. The structure hash, row estimate and
-- change marker are what the next incremental run compares.
CREATE TABLE scan_tasks (
    id              UUID PRIMARY KEY,
    run_id          UUID          NOT NULL REFERENCES scan_runs (id),
    workspace_id    UUID          NOT NULL,
    source_id       UUID          NOT NULL,
    table_asset_id  UUID          NOT NULL,
    schema_name     VARCHAR(1000),
    table_name      VARCHAR(1000) NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    worker          VARCHAR(200),
    processed_by    VARCHAR(200),
    structure_hash  VARCHAR(64)   NOT NULL,
    row_estimate    BIGINT,
    size_bytes      BIGINT,
    change_marker   VARCHAR(200),
    columns_done    INTEGER       NOT NULL,
    rows_sampled    BIGINT        NOT NULL,
    applied         INTEGER       NOT NULL,
    pending         INTEGER       NOT NULL,
    withdrawn       INTEGER       NOT NULL,
    error           VARCHAR,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_scan_tasks_table UNIQUE (run_id, table_asset_id)
);
CREATE INDEX ix_scan_tasks_claim ON scan_tasks (run_id, state, next_attempt_at);
