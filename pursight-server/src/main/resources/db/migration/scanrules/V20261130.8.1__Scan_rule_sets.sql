-- Scan rule sets (module scanrules): what a scan reads and how. A rule set's row holds its identity and
-- current version; every version (the first included) is a row of scan_rule_set_versions with its name,
-- description and rules (JSON text), so a run can name the version it used and read it later. Deleting is
-- soft: the versions stay. name_key is the lower-cased name while the rule set lives and null once deleted,
-- so names are unique per workspace, ignoring case, among live rule sets only. The built-in templates are
-- constants in code, not rows. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE scan_rule_sets (
    id               UUID PRIMARY KEY,
    workspace_id     UUID          NOT NULL REFERENCES workspaces (id),
    name             VARCHAR(200)  NOT NULL,
    name_key         VARCHAR(200),
    description      VARCHAR(2000),
    current_version  INTEGER       NOT NULL,
    deleted          BOOLEAN       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_scan_rule_sets_name UNIQUE (workspace_id, name_key)
);

CREATE TABLE scan_rule_set_versions (
    rule_set_id  UUID          NOT NULL REFERENCES scan_rule_sets (id),
    version      INTEGER       NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000),
    rules        VARCHAR       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   UUID,
    PRIMARY KEY (rule_set_id, version)
);
