package io.pursight.classifier.internal.engine;

/**
 * What one value says about one type, packed in an int so that tests allocate nothing:
 * a level in the low two bits plus flags.
 */
final class Verdict {
	/** The value does not have the type's structure. */
	static final int NONE = 0;
	/** Structure matches; the type has no validator or it was not run. */
	static final int SHAPE = 1;
	/** Structure matches but the validator (checksum, range) rejected it. */
	static final int FAILED = 2;
	/** Structure matches and the validator accepted it. */
	static final int VALID = 3;
	/** Flag: the value was found in the type's dictionary. */
	static final int DICT = 4;
	/** Flag: the value is a bare run of digits, which only counts when the column name corroborates. */
	static final int BARE = 8;
	/** Flag: the value has the structure but its (costly) validator was skipped to stay within budget. */
	static final int UNCHECKED = 16;
	/** Flag: a numeric date that exists only when read month first (3/29/1982). */
	static final int MONTH_FIRST = 32;
	/** Flag: a numeric date that exists only when read day first (29/3/1982). */
	static final int DAY_FIRST = 64;

	private Verdict() {
	}

	static int level(int verdict) {
		return verdict & 3;
	}

	/** Whether the value speaks for the type: it has the structure and no validator rejected it. */
	static boolean supports(int verdict) {
		int level = level(verdict);
		return level == SHAPE || level == VALID;
	}

	static boolean has(int verdict, int flag) {
		return (verdict & flag) != 0;
	}
}
