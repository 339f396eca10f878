package io.pursight.scan;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a run has come, counted in the objects (tables, views, materialized views) it planned to read.
 *
 * @param objectsTotal   objects planned
 * @param objectsDone    objects finished: scanned, skipped as unchanged, or failed for good
 * @param objectsFailed  objects that could not be scanned (after their retries)
 * @param objectsSkipped objects an incremental run left alone because nothing changed
 * @param columns        columns classified or profiled
 * @param rowsSampled    rows read over all objects
 * @param errors         failed attempts, retried or not
 * @param etaSeconds     the estimated seconds left while objects are being read; null when unknown
 */
public record ScanProgress(int objectsTotal, int objectsDone, int objectsFailed, int objectsSkipped, long columns,
		long rowsSampled, int errors, Long etaSeconds) {

	public static final ScanProgress NONE = new ScanProgress(0, 0, 0, 0, 0, 0, 0, null);

	/** The same counts with the time left estimated from the pace since {@code since}. */
	public ScanProgress withEta(Instant since, Instant now, boolean reading) {
		int worked = objectsDone - objectsSkipped;
		int left = objectsTotal - objectsDone;
		Long eta = null;
		if (reading && since != null && worked > 0 && left >= 0) {
			long elapsed = Duration.between(since, now).toMillis();
			eta = Math.max(0, Math.round(elapsed / 1000.0 / worked * left));
		}
		return new ScanProgress(objectsTotal, objectsDone, objectsFailed, objectsSkipped, columns, rowsSampled, errors, eta);
	}
}
