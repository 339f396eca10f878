package io.pursight.classifier.internal.check;

/**
 * French NIR ("numéro INSEE"): sex digit, year, month, department (2A/2B for Corsica),
 * commune, order number and a two-digit key 97 - (number mod 97). Spaces allowed.
 */
public final class FrenchInsee {
	private FrenchInsee() {
	}

	public static boolean isValid(CharSequence s) {
		if (s.length() < 15 || s.length() > 21) {
			return false;
		}
		char[] c = new char[15];
		if (CompactForm.of(s, " ", c) != 15) {
			return false;
		}
		char sex = c[0];
		if (sex != '1' && sex != '2' && sex != '3' && sex != '4' && sex != '7' && sex != '8') {
			return false;
		}
		if (!CompactForm.allDigits(c, 0, 5) || !CompactForm.allDigits(c, 7, 15)) {
			return false;
		}
		int month = (c[3] - '0') * 10 + (c[4] - '0');
		if (month == 0 || (month > 12 && month < 20)) {
			return false;
		}
		long number;
		if (c[5] == '2' && (c[6] == 'A' || c[6] == 'B')) {
			// Corsica: 2A counts as 19, 2B as 18
			number = parse(c, 0, 5) * 100 + (c[6] == 'A' ? 19 : 18);
		} else if (CompactForm.isDigit(c[5]) && CompactForm.isDigit(c[6])) {
			number = parse(c, 0, 7);
		} else {
			return false;
		}
		number = number * 1_000_000 + parse(c, 7, 13);
		int key = (int) parse(c, 13, 15);
		return key >= 1 && key <= 97 && 97 - (number % 97) == key;
	}

	private static long parse(char[] c, int from, int to) {
		long v = 0;
		for (int i = from; i < to; i++) {
			v = v * 10 + (c[i] - '0');
		}
		return v;
	}
}
