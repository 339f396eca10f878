package io.pursight.scan.profile;

import java.util.ArrayList;
import java.util.List;

import io.pursight.scan.ColumnProfile.ValueCount;

/**
 * The most frequent values of a column, most frequent first (ties by value, so the same sample gives the same
 * list). Only values seen at least twice are frequent, unless the column has so few distinct values that all of
 * them fit: ten singletons picked from a column of unique e-mail addresses would say nothing about the column and
 * show ten of its rows.
 */
final class TopValues {

	private TopValues() {
	}

	static List<ValueCount> of(String[] keys, long[] weights, int limit) {
		boolean all = keys.length <= limit;
		int[] top = new int[limit];
		int size = 0;
		for (int k = 0; k < keys.length; k++) {
			if (!all && weights[k] < 2) {
				continue;
			}
			if (size == limit && !before(keys, weights, k, top[size - 1])) {
				continue;
			}
			int at = size == limit ? limit - 1 : size++;
			while (at > 0 && before(keys, weights, k, top[at - 1])) {
				top[at] = top[at - 1];
				at--;
			}
			top[at] = k;
		}
		List<ValueCount> result = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			result.add(new ValueCount(keys[top[i]], weights[top[i]]));
		}
		return result;
	}

	private static boolean before(String[] keys, long[] weights, int a, int b) {
		return weights[a] != weights[b] ? weights[a] > weights[b] : keys[a].compareTo(keys[b]) < 0;
	}
}
