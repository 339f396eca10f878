package io.pursight.datasource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * The distinct non-null values of one sampled column with how often each occurs, in the order they were first
 * read. Counted once when the sample is read, so that what is derived from it (the profile, the fingerprint, the
 * kept examples) does not hash the same values again, each on its own.
 */
public final class ValueCounts {

	private final String[] values;
	private final int[] counts;
	private final int size;
	private final long total;

	private ValueCounts(String[] values, int[] counts, int size, long total) {
		this.values = values;
		this.counts = counts;
		this.size = size;
		this.total = total;
	}

	/** Counts the non-null values of {@code sampled}. */
	public static ValueCounts of(List<String> sampled) {
		HashMap<String, Integer> index = new HashMap<>(Math.max(16, sampled.size() * 2));
		String[] values = new String[16];
		int[] counts = new int[16];
		int size = 0;
		long total = 0;
		for (String v : sampled) {
			if (v == null) {
				continue;
			}
			total++;
			Integer at = index.putIfAbsent(v, size);
			if (at != null) {
				counts[at]++;
				continue;
			}
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
				counts = Arrays.copyOf(counts, size * 2);
			}
			values[size] = v;
			counts[size++] = 1;
		}
		return new ValueCounts(values, counts, size, total);
	}

	/** How many distinct values. */
	public int size() {
		return size;
	}

	/** How many non-null values, the sum of the counts. */
	public long total() {
		return total;
	}

	/** The {@code i}-th distinct value in the order first read. */
	public String value(int i) {
		return values[check(i)];
	}

	/** How often the {@code i}-th distinct value occurs. */
	public int count(int i) {
		return counts[check(i)];
	}

	/** The first {@code max} distinct values in the order first read. */
	public List<String> first(int max) {
		return List.of(Arrays.copyOf(values, Math.min(size, Math.max(0, max))));
	}

	private int check(int i) {
		if (i < 0 || i >= size) {
			throw new IndexOutOfBoundsException(i);
		}
		return i;
	}
}
