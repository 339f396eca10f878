-- Spring Modulith's event publication registry (its schema version 2): a publication is stored
-- in the transaction that publishes the event and deleted once its listener has run, so a crash
-- in between loses nothing; outstanding publications are resubmitted at start.
-- Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR       NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);

-- A label of a column that disappeared from its source is kept (with any human decision) but
-- leaves lists and roll-ups until the column comes back.
ALTER TABLE column_classifications ADD COLUMN column_deleted BOOLEAN DEFAULT FALSE NOT NULL;
