package io.pursight.classifier.internal.engine;

/**
 * Evidence from names for one type.
 *
 * @param strength 1 for a phrase that names the type outright, 0.5 for a hint, 0 for none
 * @param words    the words that matched, e.g. "first name"
 * @param source   "column name", "comment" or "table name"
 * @param negation when the name mentions the type but describes something else about it
 *                 ("email_verified"), why; otherwise null
 */
record NameFinding(double strength, String words, String source, String negation) {

	static final NameFinding NONE = new NameFinding(0, "", "", null);

	boolean isPositive() {
		return strength > 0 && negation == null;
	}

	boolean isStrong() {
		return isPositive() && strength >= 1.0;
	}
}
