-- PurSight baseline schema. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
-- Every row of a capability module carries workspace_id; users and their tokens are the
-- only platform-wide identity rows (a user can belong to several workspaces).

CREATE TABLE workspaces (
    id           UUID PRIMARY KEY,
    slug         VARCHAR(64)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    description  VARCHAR(2000),
    state        VARCHAR(20)  NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    archived_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_workspaces_slug UNIQUE (slug)
);

CREATE TABLE users (
    id             UUID PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    display_name   VARCHAR(200),
    email          VARCHAR(320),
    password_hash  VARCHAR(200) NOT NULL,
    platform_admin BOOLEAN      NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_users_username UNIQUE (username)
);

CREATE TABLE workspace_members (
    workspace_id UUID        NOT NULL REFERENCES workspaces (id),
    user_id      UUID        NOT NULL REFERENCES users (id),
    role         VARCHAR(20) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX ix_workspace_members_user ON workspace_members (user_id);

-- Refresh tokens are stored as SHA-256 hashes; a family is one login, rotated on every use.
CREATE TABLE refresh_tokens (
    id          UUID PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES users (id),
    family_id   UUID        NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_refresh_tokens_hash UNIQUE (token_hash)
);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);

-- workspace_id is null for platform-level actions (login, user administration).
CREATE TABLE audit_events (
    id             UUID PRIMARY KEY,
    workspace_id   UUID,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       UUID,
    actor_name     VARCHAR(100),
    action         VARCHAR(300)  NOT NULL,
    method         VARCHAR(10)   NOT NULL,
    path           VARCHAR(1000) NOT NULL,
    client_address VARCHAR(64),
    outcome        VARCHAR(20)   NOT NULL,
    status         INTEGER       NOT NULL
);
CREATE INDEX ix_audit_events_workspace ON audit_events (workspace_id, occurred_at);
CREATE INDEX ix_audit_events_time ON audit_events (occurred_at);

CREATE TABLE data_sources (
    id                 UUID PRIMARY KEY,
    workspace_id       UUID         NOT NULL REFERENCES workspaces (id),
    name               VARCHAR(200) NOT NULL,
    description        VARCHAR(2000),
    engine             VARCHAR(20)  NOT NULL,
    host               VARCHAR(255),
    port               INTEGER,
    database_name      VARCHAR(255),
    jdbc_url           VARCHAR(2000),
    username           VARCHAR(255),
    -- AES-GCM ciphertext (base64) of the password; never returned, never logged
    secret             VARCHAR(1000),
    options            VARCHAR(4000) NOT NULL,
    state              VARCHAR(20)  NOT NULL,
    last_error         VARCHAR(2000),
    health_status      VARCHAR(30),
    health_latency_ms  BIGINT,
    health_checked_at  TIMESTAMP WITH TIME ZONE,
    discovered_at      TIMESTAMP WITH TIME ZONE,
    version            BIGINT       NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_data_sources_name UNIQUE (workspace_id, name)
);

CREATE TABLE source_health_checks (
    id           UUID PRIMARY KEY,
    workspace_id UUID        NOT NULL REFERENCES workspaces (id),
    source_id    UUID        NOT NULL REFERENCES data_sources (id),
    checked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(30) NOT NULL,
    latency_ms   BIGINT      NOT NULL,
    message      VARCHAR(2000)
);
CREATE INDEX ix_source_health_checks_source ON source_health_checks (source_id, checked_at);

-- Catalog assets: schemas, tables, views and columns of discovered sources. path is the
-- position inside the source (database.schema.table.column, quoted where needed) and is
-- what re-discovery matches on, so ids stay stable.
CREATE TABLE assets (
    id                UUID PRIMARY KEY,
    workspace_id      UUID          NOT NULL REFERENCES workspaces (id),
    source_id         UUID          NOT NULL REFERENCES data_sources (id),
    parent_id         UUID          REFERENCES assets (id),
    asset_type        VARCHAR(30)   NOT NULL,
    name              VARCHAR(512)  NOT NULL,
    path              VARCHAR(2000) NOT NULL,
    qualified_name    VARCHAR(2300) NOT NULL,
    ordinal           INTEGER,
    data_type         VARCHAR(200),
    type_length       INTEGER,
    type_precision    INTEGER,
    type_scale        INTEGER,
    nullable          BOOLEAN,
    default_value     VARCHAR(4000),
    description       VARCHAR(4000),
    view_definition   VARCHAR,
    row_estimate      BIGINT,
    -- JSON: primary key, foreign keys and indexes of a table
    structure         VARCHAR,
    deleted           BOOLEAN       NOT NULL,
    deleted_at        TIMESTAMP WITH TIME ZONE,
    discovered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_assets_path UNIQUE (source_id, path)
);
CREATE INDEX ix_assets_source ON assets (source_id, asset_type);
CREATE INDEX ix_assets_parent ON assets (parent_id);

-- db-scheduler's table (cluster-safe persistent jobs).
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX ix_scheduled_tasks_execution ON scheduled_tasks (execution_time);
