package io.pursight.classifier.internal.check;

/** Indian Permanent Account Number: AAAPA9999A where the 4th letter is the holder type (P = person, C = company, ...). */
public final class IndianPan {
	private static final String HOLDER_TYPES = "ABCFGHJLPT";

	private IndianPan() {
	}

	public static boolean isValid(CharSequence s) {
		if (s.length() != 10) {
			return false;
		}
		char[] c = new char[10];
		if (CompactForm.of(s, "", c) != 10) {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			if (s.charAt(i) != c[i]) {
				return false; // PANs are written in capitals
			}
		}
		return CompactForm.allLetters(c, 0, 5) && HOLDER_TYPES.indexOf(c[3]) >= 0 && CompactForm.allDigits(c, 5, 9)
				&& CompactForm.isLetter(c[9]);
	}
}
