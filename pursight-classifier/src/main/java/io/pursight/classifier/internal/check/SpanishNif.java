package io.pursight.classifier.internal.check;

/** Spanish NIF/DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter), letter = table[number mod 23]. */
public final class SpanishNif {
	private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

	private SpanishNif() {
	}

	public static boolean isValid(CharSequence s) {
		if (s.length() < 9 || s.length() > 11) {
			return false;
		}
		char[] c = new char[9];
		if (CompactForm.of(s, "- ", c) != 9 || !CompactForm.isLetter(c[8])) {
			return false;
		}
		int first;
		switch (c[0]) {
			case 'X' -> first = 0;
			case 'Y' -> first = 1;
			case 'Z' -> first = 2;
			default -> {
				if (!CompactForm.isDigit(c[0])) {
					return false;
				}
				first = c[0] - '0';
			}
		}
		if (!CompactForm.allDigits(c, 1, 8)) {
			return false;
		}
		int number = first;
		for (int i = 1; i < 8; i++) {
			number = number * 10 + (c[i] - '0');
		}
		return number > 0 && LETTERS.charAt(number % 23) == c[8];
	}
}
