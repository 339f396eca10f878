package io.pursight.classifier.internal.check;

/** Reads the digits of a value that may group them with separators, without allocating. */
public final class DigitRun {
	private DigitRun() {
	}

	/**
	 * Copies the digits of {@code s} into {@code out}, skipping the characters in
	 * {@code separators}. Returns the number of digits, or -1 when {@code s} holds any other
	 * character, starts or ends with a separator, or has more digits than {@code out} holds.
	 */
	public static int extract(CharSequence s, String separators, int[] out) {
		int n = 0;
		int len = s.length();
		if (len == 0) {
			return -1;
		}
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				if (n == out.length) {
					return -1;
				}
				out[n++] = c - '0';
			} else if (separators.indexOf(c) < 0 || i == 0 || i == len - 1) {
				return -1;
			}
		}
		return n;
	}

	/** True when every character is an ASCII digit (and there is at least one). */
	public static boolean isAllDigits(CharSequence s) {
		int len = s.length();
		if (len == 0) {
			return false;
		}
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** The number formed by digits[from, to). */
	public static int number(int[] digits, int from, int to) {
		int v = 0;
		for (int i = from; i < to; i++) {
			v = v * 10 + digits[i];
		}
		return v;
	}

	/** True when all n digits are equal (e.g. 000000000), a common placeholder. */
	public static boolean allSame(int[] digits, int n) {
		for (int i = 1; i < n; i++) {
			if (digits[i] != digits[0]) {
				return false;
			}
		}
		return n > 0;
	}
}
