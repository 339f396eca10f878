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
