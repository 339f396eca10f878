package io.pursight.classifier.internal.engine;

import java.util.HashMap;
import java.util.List;

/** A column's distinct values in the order first seen, with how often each occurs and where it first did. */
final class DistinctValues {

	private final String[] values;
	private final int[] counts;
	private final int[] firstIndex;
	private final int size;

	private DistinctValues(String[] values, int[] counts, int[] firstIndex, int size) {
		this.values = values;
		this.counts = counts;
		this.firstIndex = firstIndex;
		this.size = size;
	}

	static DistinctValues of(List<String> sampled) {
		int n = sampled.size();
		HashMap<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
		String[] values = new String[n];
		int[] counts = new int[n];
		int[] firstIndex = new int[n];
		int size = 0;
		for (int position = 0; position < n; position++) {
			String v = sampled.get(position);
			Integer at = index.putIfAbsent(v, size);
			if (at != null) {
				counts[at]++;
				continue;
			}
			values[size] = v;
			counts[size] = 1;
			firstIndex[size++] = position;
		}
		return new DistinctValues(values, counts, firstIndex, size);
	}

	int size() {
		return size;
	}

	/**
	 * How many distinct values the column holds, estimated from the sample (Chao1, bias-corrected): the
	 * values seen plus those a sample of this size would miss, judged by how many were seen once or twice.
	 * Unlike the count seen, which grows with the sample, the estimate converges: every sample of a column
	 * tells about the same number. It is capped at twice the count seen, so that a small table read whole,
	 * each value once, is not taken for a glimpse of a vast one.
	 */
	double estimatedSize() {
		int once = 0;
		int twice = 0;
		for (int i = 0; i < size; i++) {
			once += counts[i] == 1 ? 1 : 0;
			twice += counts[i] == 2 ? 1 : 0;
		}
		double unseen = once * (once - 1) / (2.0 * (twice + 1));
		return size + Math.min(unseen, size);
	}

	/**
	 * Share of the sampled values that are none of the {@code k} most common: about the same in every
	 * sample of a column, where the number of distinct values seen grows with the sample (a column of M and
	 * F with a few stray spellings shows more strays in a larger sample, but never more of its rows).
	 */
	double shareBeyondMostCommon(int k) {
		if (size <= k) {
			return 0;
		}
		// the k largest counts, kept in ascending order in a small array: one pass, no sort of the column
		int[] largest = new int[k];
		long total = 0;
		for (int i = 0; i < size; i++) {
			int c = counts[i];
			total += c;
			if (c > largest[0]) {
				int j = 1;
				while (j < k && largest[j] < c) {
					largest[j - 1] = largest[j];
					j++;
				}
				largest[j - 1] = c;
			}
		}
		long top = 0;
		for (int c : largest) {
			top += c;
		}
		return 1 - (double) top / total;
	}

	String value(int i) {
		return values[i];
	}

	/** How many of the sampled values are this one. */
	int count(int i) {
		return counts[i];
	}

	/** Where the value first occurs among the sampled values. */
	int firstIndex(int i) {
		return firstIndex[i];
	}
}
