package io.pursight.classifier.internal.engine;

import io.pursight.classifier.SensitiveType;
import java.util.Arrays;
import java.util.Map;

/**
 * The types found inside the value at hand, at most one occurrence of each (the first), or a
 * failed candidate of the type. Reused value after value by one column's scan.
 */
final class EmbeddedFindings {
	private static final SensitiveType[] TYPES = SensitiveType.values();

	private final int[] from = new int[TYPES.length];
	private final int[] to = new int[TYPES.length];
	private final boolean[] checked = new boolean[TYPES.length];
	private final boolean[] context = new boolean[TYPES.length];
	private final boolean[] known = new boolean[TYPES.length];
	private final boolean[] failed = new boolean[TYPES.length];
	private final String[] jsonKey = new String[TYPES.length];

	EmbeddedFindings() {
		clear();
	}

	void clear() {
		Arrays.fill(from, -1);
		Arrays.fill(failed, false);
	}

	boolean has(SensitiveType type) {
		return from[type.ordinal()] >= 0;
	}

	/**
	 * Records the type at characters [start, end) unless the value already holds one.
	 *
	 * @param check whether a check (Luhn, mod 97, libphonenumber...) confirmed it
	 * @param cue   whether a word naming the type stood just before it
	 * @param key   the JSON key naming it, or null
	 * @param dict  whether a dictionary knows it
	 */
	void found(SensitiveType type, int start, int end, boolean check, boolean cue, String key, boolean dict) {
		int t = type.ordinal();
		if (from[t] >= 0) {
			return;
		}
		from[t] = start;
		to[t] = end;
		checked[t] = check;
		context[t] = cue;
		jsonKey[t] = key;
		known[t] = dict;
	}

	/** A candidate of the type's layout failed its check. */
	void failed(SensitiveType type) {
		failed[type.ordinal()] = true;
	}

	/** Adds this value's findings, counted {@code times}, to the column's tallies; {@code length} is the value's. */
	void addTo(Map<SensitiveType, EmbeddedTally> tallies, int length, int times) {
		for (int t = 0; t < TYPES.length; t++) {
			if (from[t] >= 0) {
				tallies.computeIfAbsent(TYPES[t], k -> new EmbeddedTally()).add(from[t], to[t], length, times, checked[t],
						context[t], jsonKey[t], known[t]);
			} else if (failed[t]) {
				tallies.computeIfAbsent(TYPES[t], k -> new EmbeddedTally()).addFailed(times);
			}
		}
	}
}
