package io.pursight.classifier.internal.check;

/**
 * Swedish personnummer (YYMMDD-NNNC, YYYYMMDDNNNC, '+' for people over 100) and
 * samordningsnummer (day + 60): a valid date and a Luhn check over the ten short-form digits.
 */
public final class SwedishPersonnummer {
	private SwedishPersonnummer() {
	}

	public static boolean isValid(CharSequence s) {
		int len = s.length();
		if (len < 10 || len > 13) {
			return false;
		}
		int[] d = new int[12];
		int n = 0;
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				if (n == 12) {
					return false;
				}
				d[n++] = c - '0';
			} else if (!((c == '-' || c == '+') && len - i == 5)) {
				return false; // the only separator sits before the last four digits
			}
		}
		int offset;
		int year;
		if (n == 12) {
			offset = 2;
			year = DigitRun.number(d, 0, 4);
			if (year < 1850) {
				return false;
			}
		} else if (n == 10) {
			offset = 0;
			year = 2000 + DigitRun.number(d, 0, 2);
		} else {
			return false;
		}
		int month = DigitRun.number(d, offset + 2, offset + 4);
		int day = DigitRun.number(d, offset + 4, offset + 6);
		if (day > 60) {
			day -= 60;
		}
		if (!CalendarDate.isValidDate(n == 12 ? year : 2000, month, day)) {
			return false;
		}
		return Luhn.sum(d, offset, offset + 10) % 10 == 0;
	}
}
