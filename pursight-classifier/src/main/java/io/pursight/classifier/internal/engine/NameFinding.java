package io.pursight.classifier.internal.engine;

/**
 * Evidence from names for one type.
 *
 * @param strength 1 for a phrase that names the type outright, 0.5 for a hint, 0 for none
 * @param words    the words that matched, e.g. "first name"
 * @param source   "column name", "comment" or "table name"
 * @param negation when the name mentions the type but describes something else about it
 *                 ("email_verified"), why; otherwise null
 * @param key      the word that makes the name a key of the thing the phrase names ("id" in
 *                 {@code acct_id}, {@code patient_id}), which the values may confirm; otherwise null
 */
record NameFinding(double strength, String words, String source, String negation, String key) {

	static final NameFinding NONE = new NameFinding(0, "", "", null);

	NameFinding(double strength, String words, String source, String negation) {
		this(strength, words, source, negation, null);
	}

	/** This finding, no longer positive, for the given reason. */
	NameFinding negated(String why) {
		return new NameFinding(strength, words, source, why, key);
	}

	/** This finding at another strength: a hint that the values settled (see {@code TypeScorer}). */
	NameFinding atStrength(double newStrength) {
		return new NameFinding(newStrength, words, source, negation, key);
	}

	boolean isPositive() {
		return strength > 0 && negation == null;
	}

	boolean isStrong() {
		return isPositive() && strength >= 1.0;
	}
}
