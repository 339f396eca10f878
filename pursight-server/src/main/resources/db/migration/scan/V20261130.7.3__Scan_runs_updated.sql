-- Live updates read the runs changed since a moment, whatever their state, on every replica once a second.
CREATE INDEX ix_scan_runs_updated ON scan_runs (updated_at, id);
