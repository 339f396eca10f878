package io.pursight.classifier.internal.check;

/** The Luhn mod-10 checksum used by card numbers, IMEIs, Canadian SINs and NPIs. */
public final class Luhn {
	private Luhn() {
	}

	/** True when digits[0, n) pass the Luhn check (the last digit is the check digit). */
	public static boolean isValid(int[] digits, int n) {
		return sum(digits, 0, n) % 10 == 0;
	}

	/** Luhn sum of digits[from, to), doubling every second digit counted from the right. */
	public static int sum(int[] digits, int from, int to) {
		int sum = 0;
		boolean doubleIt = false;
		for (int i = to - 1; i >= from; i--) {
			int d = digits[i];
			if (doubleIt) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubleIt = !doubleIt;
		}
		return sum;
	}

	/** True when the digits of {@code s} (no separators) pass the Luhn check. */
	public static boolean isValid(CharSequence s) {
		int[] buf = new int[s.length()];
		int n = DigitRun.extract(s, "", buf);
		return n > 1 && isValid(buf, n);
	}
}
