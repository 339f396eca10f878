package io.pursight.classification;

import java.time.Instant;
import java.util.List;

import io.pursight.common.AssetId;

/**
 * Sampled values kept for a column because its workspace enabled sample storage.
 *
 * @param columnAssetId the column
 * @param values        at most 20 distinct values of the latest scan
 * @param capturedAt    when that scan read them
 */
public record StoredSamples(AssetId columnAssetId, List<String> values, Instant capturedAt) {

	public StoredSamples {
		values = List.copyOf(values);
	}
}
