package io.pursight.classification;

import java.util.List;
import java.util.Set;

import io.pursight.common.AssetId;

/**
 * The classifier's results for one table's columns, computed from one sample and not yet stored: hand it to
 * {@link ClassificationRuns#store}. Holds no sampled values beyond those the workspace chose to keep.
 */
public final class TableClassification {

	private final AssetId table;
	private final List<ColumnResult> results;
	private final long rowsSampled;
	private final Set<String> typesInScope;

	TableClassification(AssetId table, List<ColumnResult> results, long rowsSampled, Set<String> typesInScope) {
		this.table = table;
		this.results = List.copyOf(results);
		this.rowsSampled = rowsSampled;
		this.typesInScope = Set.copyOf(typesInScope);
	}

	public AssetId table() {
		return table;
	}

	/** Columns classified. */
	public int columns() {
		return results.size();
	}

	public long rowsSampled() {
		return rowsSampled;
	}

	List<ColumnResult> results() {
		return results;
	}

	/** Whether a label of this type is the business of the scan that produced these results (empty: every type). */
	boolean inScope(String typeId) {
		return typesInScope.isEmpty() || typesInScope.contains(typeId);
	}
}
