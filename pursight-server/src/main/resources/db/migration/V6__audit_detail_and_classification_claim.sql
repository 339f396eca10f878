-- What a write changed, in words: field names and old → new for values that are not secret
-- (host, port, database, user name, engine). Never a password, never a driver option's value.
ALTER TABLE audit_events ADD COLUMN detail VARCHAR(2000);

-- A classification run holds its source (classification_claim, a random token) so that archive,
-- redefinition and discovery wait until its labels are stored. The run renews the heartbeat before
-- each table; a claim whose heartbeat is older than the stale limit was left by a crashed process
-- and holds nothing. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
ALTER TABLE data_sources ADD COLUMN classification_claim UUID;
ALTER TABLE data_sources ADD COLUMN classification_heartbeat TIMESTAMP WITH TIME ZONE;
