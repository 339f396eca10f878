package io.pursight.classifier.internal.check;

/**
 * Vehicle identification numbers (ISO 3779): 17 characters without I, O, Q. The position-9
 * check digit is mandatory in North America only, so structure and check are reported apart.
 */
public final class Vin {
	private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

	private Vin() {
	}

	/** 17 allowed characters with both letters and digits and a plausible model-year code. */
	public static boolean hasStructure(CharSequence s) {
		if (s.length() != 17) {
			return false;
		}
		int letters = 0;
		int digits = 0;
		for (int i = 0; i < 17; i++) {
			char c = Character.toUpperCase(s.charAt(i));
			if (c >= '0' && c <= '9') {
				digits++;
			} else if (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O' && c != 'Q') {
				letters++;
			} else {
				return false;
			}
		}
		char year = Character.toUpperCase(s.charAt(9));
		// the serial number (last characters) is numeric for every manufacturer
		for (int i = 14; i < 17; i++) {
			if (!Character.isDigit(s.charAt(i))) {
				return false;
			}
		}
		return letters >= 2 && digits >= 5 && year != 'U' && year != 'Z' && year != '0';
	}

	/** Structure plus a correct position-9 check digit. */
	public static boolean hasValidCheckDigit(CharSequence s) {
		if (!hasStructure(s)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += value(Character.toUpperCase(s.charAt(i))) * WEIGHTS[i];
		}
		int check = sum % 11;
		char expected = check == 10 ? 'X' : (char) ('0' + check);
		return Character.toUpperCase(s.charAt(8)) == expected;
	}

	private static int value(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		return switch (c) {
			case 'A', 'J' -> 1;
			case 'B', 'K', 'S' -> 2;
			case 'C', 'L', 'T' -> 3;
			case 'D', 'M', 'U' -> 4;
			case 'E', 'N', 'V' -> 5;
			case 'F', 'W' -> 6;
			case 'G', 'P', 'X' -> 7;
			case 'H', 'Y' -> 8;
			case 'R', 'Z' -> 9;
			default -> 0;
		};
	}
}
