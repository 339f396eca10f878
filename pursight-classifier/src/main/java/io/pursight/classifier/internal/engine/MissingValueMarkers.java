package io.pursight.classifier.internal.engine;

/**
 * Values that stand for "not known" rather than for a value: {@code N/A}, {@code unknown},
 * {@code -1}, {@code 999}, {@code 1900-01-01}. A column of ages with one row in ten set to 999 is a
 * column of ages with missing values, not ages contradicted by a tenth of their values; counted as
 * contradictions, such markers put a column right at its type's minimum share of agreeing values,
 * where the decision flips with the sample drawn (issue 10, kind 5). So a marker that does not fit a
 * type is left out of that type's count, like a null; one that fits (99 is an age) still counts.
 * Whether a value is a marker depends on the value alone, never on how often the sample holds it, so
 * that every sample of a column reads its markers alike.
 */
final class MissingValueMarkers {
	private static final String[] WORDS = {"n/a", "n.a.", "na", "#n/a", "none", "null", "nil", "nan", "unknown", "unk",
			"not known", "not available", "not applicable", "undefined", "missing", "tbd", "?", "??", "???"};
	/** Dates systems write when the real one is unknown: zero dates, epoch starts of spreadsheets and databases, the end of time. */
	private static final String[] DATES = {"0000-00-00", "0001-01-01", "1800-01-01", "1899-12-30", "1899-12-31",
			"1900-01-01", "9999-12-31"};

	private MissingValueMarkers() {
	}

	/** Whether a trimmed, non-blank value is a conventional marker of a missing value. */
	static boolean isMarker(String value) {
		// called once per distinct value of every column: compares in place, allocates nothing
		char first = value.charAt(0);
		if (Character.isDigit(first) || first == '-') {
			return isNumberMarker(value) || value.length() >= 10 && startsWithAny(value, DATES);
		}
		for (String word : WORDS) {
			if (word.length() == value.length() && word.equalsIgnoreCase(value)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWithAny(String value, String[] prefixes) {
		for (String prefix : prefixes) {
			if (value.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** -1, and runs of nines (99, 999, -9999), the sentinels of integer columns. */
	private static boolean isNumberMarker(String value) {
		if (value.equals("-1") || value.equals("--") || value.equals("-") || value.equals("---")) {
			return true;
		}
		int start = value.charAt(0) == '-' ? 1 : 0;
		if (value.length() - start < 2) {
			return false;
		}
		for (int i = start; i < value.length(); i++) {
			if (value.charAt(i) != '9') {
				return false;
			}
		}
		return true;
	}
}
