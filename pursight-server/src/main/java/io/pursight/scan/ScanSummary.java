package io.pursight.scan;

/**
 * What a finished run did, for its history.
 *
 * @param assetsNew                 catalog assets the discovery added
 * @param assetsChanged             catalog assets the discovery changed
 * @param assetsRemoved             catalog assets the discovery marked deleted
 * @param classificationsApplied    labels applied automatically
 * @param classificationsSuggested labels waiting for a steward's review
 * @param classificationsWithdrawn labels the data no longer supports
 * @param objectsScanned            objects read and stored
 * @param objectsSkipped            objects left alone by an incremental run
 * @param objectsFailed             objects that could not be scanned; see the run's objects
 * @param columns                   columns classified or profiled
 * @param rowsSampled               rows read
 * @param durationMillis            from the run's start to its end
 */
public record ScanSummary(int assetsNew, int assetsChanged, int assetsRemoved, int classificationsApplied,
		int classificationsSuggested, int classificationsWithdrawn, int objectsScanned, int objectsSkipped,
		int objectsFailed, long columns, long rowsSampled, long durationMillis) {
}
