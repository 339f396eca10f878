package io.pursight.classifier.internal.check;

/**
 * Italian codice fiscale of a person: 6 letters (surname, name), year, month letter, day
 * (+40 for women), municipality code and a check letter computed from odd/even tables.
 * Digits may be replaced by LMNPQRSTUV (omocodia).
 */
public final class ItalianFiscalCode {
	private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
			10, 22, 25, 24, 23};
	private static final String MONTHS = "ABCDEHLMPRST";
	private static final String OMOCODIA = "LMNPQRSTUV";

	private ItalianFiscalCode() {
	}

	public static boolean isValid(CharSequence s) {
		if (s.length() != 16) {
			return false;
		}
		char[] c = new char[16];
		if (CompactForm.of(s, "", c) != 16) {
			return false;
		}
		if (!CompactForm.allLetters(c, 0, 6) || !digitLike(c[6]) || !digitLike(c[7]) || MONTHS.indexOf(c[8]) < 0
				|| !digitLike(c[9]) || !digitLike(c[10]) || !CompactForm.isLetter(c[11]) || !digitLike(c[12])
				|| !digitLike(c[13]) || !digitLike(c[14]) || !CompactForm.isLetter(c[15])) {
			return false;
		}
		int day = digit(c[9]) * 10 + digit(c[10]);
		if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 15; i++) {
			int v = CompactForm.isDigit(c[i]) ? c[i] - '0' : c[i] - 'A';
			sum += (i % 2 == 0) ? ODD[v] : v;
		}
		return c[15] == (char) ('A' + sum % 26);
	}

	private static boolean digitLike(char c) {
		return CompactForm.isDigit(c) || OMOCODIA.indexOf(c) >= 0;
	}

	private static int digit(char c) {
		return CompactForm.isDigit(c) ? c - '0' : OMOCODIA.indexOf(c);
	}
}
