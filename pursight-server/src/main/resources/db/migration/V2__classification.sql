-- Column classification: labels per column and type, learned weights, settings, custom rules
-- and the sensitivity roll-up. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- One row per column and type. status: APPLIED, PENDING_REVIEW (from scans), APPROVED,
-- REJECTED (human decisions, never overridden by scans), WITHDRAWN (a later scan dropped it).
CREATE TABLE column_classifications (
    id               UUID PRIMARY KEY,
    workspace_id     UUID          NOT NULL REFERENCES workspaces (id),
    source_id        UUID          NOT NULL REFERENCES data_sources (id),
    schema_asset_id  UUID,
    table_asset_id   UUID          NOT NULL,
    column_asset_id  UUID          NOT NULL,
    schema_name      VARCHAR(512),
    table_name       VARCHAR(512)  NOT NULL,
    column_name      VARCHAR(512)  NOT NULL,
    qualified_name   VARCHAR(2300) NOT NULL,
    type_id          VARCHAR(64)   NOT NULL,
    rule_id          VARCHAR(64),
    category         VARCHAR(30)   NOT NULL,
    sensitivity      VARCHAR(20)   NOT NULL,
    confidence       DOUBLE PRECISION NOT NULL,
    explanation      VARCHAR(4000),
    evidence         VARCHAR,
    status           VARCHAR(20)   NOT NULL,
    origin           VARCHAR(10)   NOT NULL,
    fingerprint      VARCHAR(64),
    decided_by       UUID,
    decided_by_name  VARCHAR(100),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_reason  VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uq_column_classifications UNIQUE (column_asset_id, type_id)
);
CREATE INDEX ix_column_classifications_ws ON column_classifications (workspace_id, status);
CREATE INDEX ix_column_classifications_source ON column_classifications (source_id);

-- Learned confidence offsets per workspace, per type (subject_kind TYPE) or custom rule (RULE).
CREATE TABLE classification_weights (
    workspace_id  UUID        NOT NULL REFERENCES workspaces (id),
    subject_kind  VARCHAR(10) NOT NULL,
    subject_id    VARCHAR(64) NOT NULL,
    weight_offset DOUBLE PRECISION NOT NULL,
    approvals     BIGINT      NOT NULL,
    rejections    BIGINT      NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, subject_kind, subject_id)
);

-- Per-workspace settings; type_thresholds is JSON {"TYPE_ID": {"autoApply": .., "review": ..}}.
CREATE TABLE classification_settings (
    workspace_id     UUID PRIMARY KEY REFERENCES workspaces (id),
    auto_apply       DOUBLE PRECISION NOT NULL,
    review           DOUBLE PRECISION NOT NULL,
    type_thresholds  VARCHAR,
    sample_size      INTEGER NOT NULL,
    store_samples    BOOLEAN NOT NULL,
    version          BIGINT  NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Custom rules of a workspace; dictionary is a JSON array of words.
CREATE TABLE classification_rules (
    id                  UUID PRIMARY KEY,
    workspace_id        UUID         NOT NULL REFERENCES workspaces (id),
    name                VARCHAR(200) NOT NULL,
    type_id             VARCHAR(64)  NOT NULL,
    description         VARCHAR(2000),
    value_pattern       VARCHAR(2000),
    column_name_pattern VARCHAR(2000),
    dictionary          VARCHAR,
    validator           VARCHAR(40),
    min_match_ratio     DOUBLE PRECISION NOT NULL,
    category            VARCHAR(30)  NOT NULL,
    sensitivity         VARCHAR(20)  NOT NULL,
    auto_apply          DOUBLE PRECISION NOT NULL,
    review              DOUBLE PRECISION NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    version             BIGINT       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_classification_rules_name UNIQUE (workspace_id, name)
);

-- Highest sensitivity per column, table, schema and source (asset_id is the source id for SOURCE).
CREATE TABLE sensitivity_rollups (
    workspace_id   UUID          NOT NULL REFERENCES workspaces (id),
    source_id      UUID          NOT NULL REFERENCES data_sources (id),
    asset_id       UUID          NOT NULL,
    level          VARCHAR(10)   NOT NULL,
    name           VARCHAR(2300) NOT NULL,
    sensitivity    VARCHAR(20)   NOT NULL,
    labels         INTEGER       NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_id, asset_id)
);
CREATE INDEX ix_sensitivity_rollups_ws ON sensitivity_rollups (workspace_id, source_id);
