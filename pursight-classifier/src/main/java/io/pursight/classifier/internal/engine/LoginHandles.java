package io.pursight.classifier.internal.engine;

import io.pursight.classifier.internal.dictionary.Lexicon;

/**
 * Whether a login handle is built from a person's name the way organisations build them:
 * {@code maria.lopez}, {@code mlopez} (an initial and a surname), {@code lopezm} or {@code lopezmar}
 * (a surname and an initial or the start of the given name), {@code marialopez}, {@code maria_l42}.
 * Such handles tell user names from a list of roles or sources ({@code customer}, {@code system},
 * {@code webhook}) that an audit column may hold instead.
 */
final class LoginHandles {
	/** Longest handle looked at: longer ones are rare as logins, and each costs a few lookups per part. */
	private static final int MAX_LENGTH = 32;
	private static final int MIN_NAME = 3;
	/**
	 * Shortest surname read beside an initial or a cut given name: "ann" and "eva" are names, but
	 * {@code annual} or {@code evaluate} would then be built from them.
	 */
	private static final int SURNAME = 4;

	private LoginHandles() {
	}

	/** @param folded the handle folded for lookups (lower case, symbols as spaces), see {@code ValueProfile.folded()} */
	static boolean isBuiltFromName(String folded, Lexicon lexicon) {
		if (folded.length() > MAX_LENGTH) {
			return false;
		}
		int start = 0;
		for (int i = 0; i <= folded.length(); i++) {
			boolean end = i == folded.length() || !Character.isLetter(folded.charAt(i));
			if (end) {
				if (i - start >= MIN_NAME && partIsName(folded.substring(start, i), lexicon)) {
					return true;
				}
				start = i + 1;
			}
		}
		return false;
	}

	private static boolean partIsName(String part, Lexicon lexicon) {
		if (isName(part, lexicon, Lexicon.PERSON)) {
			return true;
		}
		int len = part.length();
		if (len > SURNAME && isName(part.substring(1), lexicon, Lexicon.SURNAME)) {
			return true; // an initial and a surname
		}
		for (int k = 1; k <= 3 && len - k >= SURNAME; k++) {
			if (isName(part.substring(0, len - k), lexicon, Lexicon.SURNAME)) {
				return true; // a surname and an initial, or the start of the given name
			}
		}
		for (int i = MIN_NAME; i <= len - MIN_NAME; i++) {
			if (isName(part.substring(0, i), lexicon, Lexicon.GIVEN_NAME)
					&& isName(part.substring(i), lexicon, Lexicon.SURNAME)) {
				return true; // a given name and a surname run together
			}
		}
		return false;
	}

	private static boolean isName(String word, Lexicon lexicon, int kind) {
		return (lexicon.lookup(word) & kind) != 0;
	}
}
