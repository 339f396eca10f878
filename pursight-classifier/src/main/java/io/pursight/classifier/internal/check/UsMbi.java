package io.pursight.classifier.internal.check;

/**
 * US Medicare Beneficiary Identifier: 11 characters in the CMS layout
 * C A AN N A AN N A A N N (C = 1-9, A = letter except S L O I B Z), dashes allowed after
 * the 4th and 7th characters.
 */
public final class UsMbi {
	private static final String EXCLUDED = "SLOIBZ";

	private UsMbi() {
	}

	public static boolean isValid(CharSequence s) {
		if (s.length() != 11 && s.length() != 13) {
			return false;
		}
		char[] c = new char[11];
		if (CompactForm.of(s, "-", c) != 11) {
			return false;
		}
		if (s.length() == 13 && (s.charAt(4) != '-' || s.charAt(8) != '-')) {
			return false;
		}
		return c[0] >= '1' && c[0] <= '9' && alpha(c[1]) && alnum(c[2]) && CompactForm.isDigit(c[3]) && alpha(c[4])
				&& alnum(c[5]) && CompactForm.isDigit(c[6]) && alpha(c[7]) && alpha(c[8]) && CompactForm.isDigit(c[9])
				&& CompactForm.isDigit(c[10]);
	}

	private static boolean alpha(char c) {
		return CompactForm.isLetter(c) && EXCLUDED.indexOf(c) < 0;
	}

	private static boolean alnum(char c) {
		return CompactForm.isDigit(c) || alpha(c);
	}
}
