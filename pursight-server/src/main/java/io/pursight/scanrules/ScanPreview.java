package io.pursight.scanrules;

import java.util.List;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * What a rule set would read of a source, computed from the catalog as it stands: the totals, then the first
 * {@code limit} selected and the first {@code limit} excluded objects, by schema and name.
 *
 * @param objects   the source's cataloged relations
 * @param truncated whether either list holds fewer objects than its total
 */
public record ScanPreview(DataSourceId sourceId, ScanRuleSetId ruleSetId, int ruleSetVersion, int objects,
		int selectedCount, int excludedCount, int selectedColumns, List<Selected> selected, List<Excluded> excluded,
		boolean truncated) {

	/**
	 * An object the rule set reads, with how many of its columns it reads and the names of those it leaves out.
	 */
	public record Selected(AssetId assetId, String schema, String name, ObjectKind kind, int columns,
			int selectedColumns, List<String> excludedColumns) {
	}

	/** An object the rule set leaves out, and why ({@code detail} names the kind or the patterns). */
	public record Excluded(AssetId assetId, String schema, String name, ObjectKind kind, Reason reason, String detail) {
	}

	/** Why an object is left out, tested in this order. */
	public enum Reason {
		/** Its kind is not in {@code objectKinds}. */
		KIND,
		/** Its schema matches no include pattern, or an exclude pattern. */
		SCHEMA,
		/** Its name matches no table include pattern, or a table exclude pattern. */
		TABLE_PATTERN
	}
}
