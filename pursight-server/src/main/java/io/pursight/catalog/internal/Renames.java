package io.pursight.catalog.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs what vanished with what appeared, as renames. A source reports names, not identities: a rename
 * reads exactly like a drop plus an add, so every pairing here is a guess. The guess is made only where
 * both sides agree on a key that a rename keeps (a column's type, nullability and position; a relation's
 * kind and column list) and the key leaves no choice; everything else stays removed and added.
 */
final class Renames {

	private Renames() {
	}

	/**
	 * Pairs each added item with the removed one of equal key. For a key held by one removed and one
	 * added item, they pair; by several on each side, equally many, they pair in the order given only
	 * when {@code inOrder} (positions are meaningful), otherwise not at all; unequal counts never pair.
	 * Keys must implement {@code equals}; a null key never pairs. Returns added → removed.
	 */
	static <R, A> Map<A, R> pair(List<R> removed, List<A> added, Function<R, Object> removedKey,
			Function<A, Object> addedKey, boolean inOrder) {
		Map<A, R> pairs = new IdentityHashMap<>();
		if (removed.isEmpty() || added.isEmpty()) {
			return pairs;
		}
		Map<Object, List<R>> removedByKey = group(removed, removedKey);
		Map<Object, List<A>> addedByKey = group(added, addedKey);
		removedByKey.forEach((key, gone) -> {
			List<A> appeared = addedByKey.get(key);
			if (appeared != null && appeared.size() == gone.size() && (gone.size() == 1 || inOrder)) {
				for (int i = 0; i < gone.size(); i++) {
					pairs.put(appeared.get(i), gone.get(i));
				}
			}
		});
		return pairs;
	}

	private static <T> Map<Object, List<T>> group(List<T> items, Function<T, Object> key) {
		Map<Object, List<T>> groups = new LinkedHashMap<>();
		for (T item : items) {
			Object k = key.apply(item);
			if (k != null) {
				groups.computeIfAbsent(k, x -> new ArrayList<>()).add(item);
			}
		}
		return groups;
	}
}
