package io.pursight.classifier.internal.check;

/**
 * ICD-10 (WHO and -CM) codes: a category letter, two characters (digit, then digit or letter),
 * then optionally a dot and up to four more characters, e.g. A00, E11.9, S72.001A, C4A.0.
 */
public final class Icd10Code {
	private Icd10Code() {
	}

	public static boolean isValid(CharSequence s) {
		int len = s.length();
		if (len < 3 || len > 8) {
			return false;
		}
		char first = Character.toUpperCase(s.charAt(0));
		if (first < 'A' || first > 'Z' || !Character.isDigit(s.charAt(1))) {
			return false;
		}
		char third = Character.toUpperCase(s.charAt(2));
		if (!Character.isDigit(third) && !(third >= 'A' && third <= 'Z')) {
			return false;
		}
		if (len == 3) {
			return true;
		}
		int i = 3;
		if (s.charAt(3) == '.') {
			i = 4;
			if (len == 4) {
				return false;
			}
		}
		if (len - i > 4) {
			return false;
		}
		for (; i < len; i++) {
			char c = Character.toUpperCase(s.charAt(i));
			if (!Character.isDigit(c) && !(c >= 'A' && c <= 'Z')) {
				return false;
			}
		}
		return true;
	}
}
