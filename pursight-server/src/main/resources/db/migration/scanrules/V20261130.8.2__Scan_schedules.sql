-- Scan schedules (module scanrules): a cron (five Unix fields or a macro) per source and rule set, read in an
-- IANA time zone. next_run_at is the next slot, null while disabled; the recurring check fires schedules
-- whose next_run_at has come, each in a transaction guarded by version, so two replicas never both fire one
-- slot. rule_set_id has no foreign key: the built-in templates it may name are constants in code, not rows;
-- the module refuses to delete a rule set a schedule uses. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE scan_schedules (
    id            UUID PRIMARY KEY,
    workspace_id  UUID         NOT NULL REFERENCES workspaces (id),
    source_id     UUID         NOT NULL REFERENCES data_sources (id),
    rule_set_id   UUID         NOT NULL,
    cron          VARCHAR(100) NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    next_run_at   TIMESTAMP WITH TIME ZONE,
    last_run_at   TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX ix_scan_schedules_source ON scan_schedules (workspace_id, source_id);
CREATE INDEX ix_scan_schedules_rule_set ON scan_schedules (workspace_id, rule_set_id);
-- the recurring check looks for enabled schedules by next run
CREATE INDEX ix_scan_schedules_due ON scan_schedules (enabled, next_run_at);
