-- Who runs the discovery that holds a source in SCANNING: the scan run (its id, the discovery's change set).
-- A run whose process died mid-discovery is revived elsewhere and must take its own discovery over at once,
-- instead of waiting for the half-hour after which any busy state counts as interrupted.
ALTER TABLE data_sources ADD COLUMN discovery_holder UUID;
