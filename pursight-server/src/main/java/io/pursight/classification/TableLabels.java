package io.pursight.classification;

import java.util.Set;

import io.pursight.common.AssetId;

/**
 * What storing one table's results changed.
 *
 * @param applied          labels applied automatically
 * @param pending          labels now waiting for review
 * @param withdrawn        automatic labels the scan no longer supports
 * @param sensitiveColumns the table's columns that now carry a label that is applied, approved or waiting for
 *                         review: no value of theirs may be kept anywhere else (profiles, previews)
 */
public record TableLabels(int applied, int pending, int withdrawn, Set<AssetId> sensitiveColumns) {

	public TableLabels {
		sensitiveColumns = Set.copyOf(sensitiveColumns);
	}
}
