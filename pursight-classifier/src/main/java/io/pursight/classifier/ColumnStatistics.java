package io.pursight.classifier;

/**
 * What the scanner measured about a column besides its samples. Unknown figures are
 * negative ({@code -1}); the classifier then works from the samples alone.
 *
 * @param rowCount      rows in the table, or -1
 * @param sampleSize    rows the scanner sampled (including nulls), or -1
 * @param distinctRatio distinct values / non-null values in the column, in [0,1], or -1
 * @param nullRatio     null values / rows, in [0,1], or -1
 */
public record ColumnStatistics(long rowCount, long sampleSize, double distinctRatio, double nullRatio) {

	public static final ColumnStatistics UNKNOWN = new ColumnStatistics(-1, -1, -1, -1);

	public ColumnStatistics {
		if (distinctRatio > 1 || nullRatio > 1) {
			throw new IllegalArgumentException("ratios must be at most 1");
		}
	}

	public boolean knowsRowCount() {
		return rowCount >= 0;
	}
}
