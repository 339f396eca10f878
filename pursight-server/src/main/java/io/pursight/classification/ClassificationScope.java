package io.pursight.classification;

import java.util.Objects;

import io.pursight.common.AssetId;

/**
 * What a classification run reads: every cataloged table and view of its source, or one of
 * them; and how many rows of each it samples.
 */
public sealed interface ClassificationScope {

	/** Rows sampled per table, 1..10,000; null for the workspace's setting. */
	Integer sampleSize();

	static ClassificationScope wholeSource(Integer sampleSize) {
		return new WholeSource(sampleSize);
	}

	static ClassificationScope table(AssetId table, Integer sampleSize) {
		return new OneTable(table, sampleSize);
	}

	/** Every table, view and materialized view of the source that has columns in the catalog. */
	record WholeSource(Integer sampleSize) implements ClassificationScope {
	}

	/** One table, view or materialized view of the source. */
	record OneTable(AssetId table, Integer sampleSize) implements ClassificationScope {

		public OneTable {
			Objects.requireNonNull(table, "table");
		}
	}
}
