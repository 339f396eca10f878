package io.pursight.scan;

import java.util.List;
import java.util.Objects;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.UserId;

/**
 * What a run was asked to do, fixed when it is queued.
 *
 * @param sourceId     the source scanned
 * @param tableAssetId the one table, view or materialized view to classify; null for the whole source
 * @param steps        the steps, in order; never empty
 * @param sampleSize   rows sampled per table when classifying; null for the workspace's setting
 * @param requestedBy  the user who asked; null when PurSight itself did
 */
public record ScanRequest(DataSourceId sourceId, AssetId tableAssetId, List<ScanStep> steps, Integer sampleSize,
		UserId requestedBy) {

	public ScanRequest {
		Objects.requireNonNull(sourceId, "sourceId");
		steps = List.copyOf(steps);
		if (steps.isEmpty() || steps.stream().distinct().count() != steps.size()) {
			throw new IllegalArgumentException("a scan run needs distinct steps, got " + steps);
		}
	}

	public static ScanRequest discovery(DataSourceId source, UserId by) {
		return new ScanRequest(source, null, List.of(ScanStep.DISCOVER), null, by);
	}

	public static ScanRequest classification(DataSourceId source, Integer sampleSize, UserId by) {
		return new ScanRequest(source, null, List.of(ScanStep.CLASSIFY), sampleSize, by);
	}

	public static ScanRequest tableClassification(DataSourceId source, AssetId table, Integer sampleSize, UserId by) {
		return new ScanRequest(source, Objects.requireNonNull(table, "table"), List.of(ScanStep.CLASSIFY), sampleSize,
				by);
	}

	public boolean includes(ScanStep step) {
		return steps.contains(step);
	}
}
