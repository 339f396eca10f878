package io.pursight.scan.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import io.pursight.scan.ColumnProfile.Bucket;

/**
 * Equi-width histograms over weighted values: at most {@link #MAX_BUCKETS} buckets spanning min to max. Whole
 * numbers and dates are discrete: their buckets are a whole number of units wide (1, or one day), so a column of
 * five codes gets five buckets of one code each, not twenty half-empty ones.
 */
final class Histograms {

	static final int MAX_BUCKETS = 20;

	private Histograms() {
	}

	/**
	 * @param values   distinct finite values
	 * @param weights  how often each occurs
	 * @param size     how many of {@code values} to use (also the most buckets of a continuous scale)
	 * @param unit     the width of one step of a discrete scale, or 0 for a continuous one
	 * @param format   writes a bound as text
	 */
	static List<Bucket> of(double[] values, long[] weights, int size, double min, double max, double unit,
			DoubleFunction<String> format) {
		if (size == 0) {
			return List.of();
		}
		int buckets;
		double width;
		if (unit > 0) {
			double span = max - min + unit;
			double steps = Math.rint(span / unit);
			buckets = (int) Math.min(MAX_BUCKETS, steps);
			width = Math.ceil(steps / buckets) * unit;
			buckets = (int) Math.ceil(span / width);
		}
		else if (max == min) {
			buckets = 1;
			width = 0;
		}
		else {
			buckets = Math.min(MAX_BUCKETS, size);
			width = (max - min) / buckets;
		}
		long[] counts = new long[buckets];
		for (int i = 0; i < size; i++) {
			int b = width == 0 ? 0 : (int) ((values[i] - min) / width);
			counts[Math.min(buckets - 1, Math.max(0, b))] += weights[i];
		}
		List<Bucket> result = new ArrayList<>(buckets);
		for (int b = 0; b < buckets; b++) {
			double lower = min + b * width;
			double upper = b == buckets - 1 && unit == 0 ? max : min + (b + 1) * width;
			result.add(new Bucket(format.apply(lower), format.apply(upper), counts[b]));
		}
		return result;
	}
}
