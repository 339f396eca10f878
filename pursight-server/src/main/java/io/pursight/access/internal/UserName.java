package io.pursight.access.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A user name as typed, and the key that decides which names are the same account. The key is
 * the NFKC form in lower case (so {@code ADMIN}, {@code Admin} and full-width {@code ａｄｍｉｎ}
 * are one name); the display form is NFKC with the case as typed. Look-alikes that NFKC does not
 * fold (Cyrillic {@code а} for Latin {@code a}) are kept out by the ASCII-only name pattern.
 *
 * @param display the name as shown, NFKC-normalised; never null
 * @param key     the unique, case-insensitive key; never null
 */
record UserName(String display, String key) {

	/** The name of what a person typed; {@code typed} must not be null. */
	static UserName of(String typed) {
		String display = Normalizer.normalize(typed, Normalizer.Form.NFKC);
		// lower-casing can leave a string that is no longer NFKC (a dotted capital I), hence once more
		String key = Normalizer.normalize(display.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
		return new UserName(display, key);
	}
}
