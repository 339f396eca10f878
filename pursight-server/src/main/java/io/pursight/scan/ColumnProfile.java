package io.pursight.scan;

import java.util.List;
import java.util.Objects;

/**
 * What a scan learnt about one column's values: counts and shares always, and for a column that is not
 * sensitive also its extremes, moments, frequent values and histogram. Built by
 * {@link io.pursight.scan.profile.ColumnProfiler} from a sample, or from a source's aggregate figures
 * ({@code exact}). A sensitive column's profile keeps no value of the data at all ({@code valuesWithheld}):
 * {@code min}, {@code max}, {@code mean}, {@code stddev}, {@code topValues} and {@code histogram} are then
 * empty, because even the smallest e-mail address of a table is an e-mail address.
 *
 * @param sampleSize       rows the figures are drawn from (the whole table when {@code exact})
 * @param nullCount        of those, rows whose value is null
 * @param nullShare        {@code nullCount / sampleSize}, 0 for an empty sample
 * @param distinctCount    distinct non-null values among {@code sampleSize} rows; -1 when the source did not count
 *                         them (binary and other types without equality)
 * @param distinctEstimate distinct non-null values in the whole table, estimated from the sample (Haas–Stokes
 *                         Duj1, see {@link io.pursight.scan.profile.DistinctEstimator}); equals
 *                         {@code distinctCount} when exact or when the table's size is unknown
 * @param valueKind        how the values were read: by the column's type, then by the values themselves
 * @param min              the smallest value in the order of its kind (numeric, temporal, lexical), null when
 *                         none, for BINARY/OTHER, or when withheld
 * @param max              the largest value, likewise
 * @param mean             the mean of a NUMBER column (finite values), else null
 * @param stddev           the sample standard deviation (n − 1) of a NUMBER column, null for fewer than 2 values
 * @param minLength        the shortest value in characters (code points) of a TEXT column, else null
 * @param maxLength        the longest value, likewise
 * @param meanLength       the mean length, likewise
 * @param topValues        up to 10 values by frequency (most frequent first); empty when withheld
 * @param histogram        equi-width buckets (at most 20) of a NUMBER or TEMPORAL column; empty otherwise
 * @param exact            true when computed by aggregate SQL over the whole table, false from a sample
 * @param valuesWithheld   true for a sensitive column: no value of the data is kept
 */
public record ColumnProfile(long sampleSize, long nullCount, double nullShare, long distinctCount,
		long distinctEstimate, ValueKind valueKind, String min, String max, Double mean, Double stddev,
		Integer minLength, Integer maxLength, Double meanLength, List<ValueCount> topValues, List<Bucket> histogram,
		boolean exact, boolean valuesWithheld) {

	public ColumnProfile {
		Objects.requireNonNull(valueKind, "valueKind");
		topValues = topValues == null ? List.of() : List.copyOf(topValues);
		histogram = histogram == null ? List.of() : List.copyOf(histogram);
	}

	/** This profile without any value of the data: what stays of it once its column is found sensitive. */
	public ColumnProfile withoutValues() {
		return new ColumnProfile(sampleSize, nullCount, nullShare, distinctCount, distinctEstimate, valueKind, null,
				null, null, null, minLength, maxLength, meanLength, List.of(), List.of(), exact, true);
	}

	/** How a column's values were read. */
	public enum ValueKind {
		NUMBER, TEXT, TEMPORAL, BOOLEAN, BINARY, OTHER
	}

	/** One frequent value and how many rows hold it. */
	public record ValueCount(String value, long count) {
	}

	/**
	 * One histogram bucket: values from {@code lower} (inclusive) to {@code upper} (exclusive, inclusive for the
	 * last bucket), as text in the column's kind (a number, or an ISO-8601 date, time or timestamp).
	 */
	public record Bucket(String lower, String upper, long count) {
	}
}
