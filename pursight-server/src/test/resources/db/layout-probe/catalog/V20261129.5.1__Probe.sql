-- Resolved by MigrationLayoutTests to show that Flyway reads a location's subdirectories; never run.
SELECT 1;
