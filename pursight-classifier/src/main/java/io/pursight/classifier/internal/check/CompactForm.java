package io.pursight.classifier.internal.check;

/** Upper-cases an identifier and drops its grouping separators, into a caller's buffer. */
public final class CompactForm {
	private CompactForm() {
	}

	/**
	 * Writes the ASCII letters (upper-cased) and digits of {@code s} to {@code out}, skipping
	 * {@code separators}. Returns the length, or -1 on any other character, on a leading or
	 * trailing separator, or when {@code out} is too small.
	 */
	public static int of(CharSequence s, String separators, char[] out) {
		int n = 0;
		int len = s.length();
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (c >= 'a' && c <= 'z') {
				c = (char) (c - 32);
			}
			if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
				if (n == out.length) {
					return -1;
				}
				out[n++] = c;
			} else if (separators.indexOf(c) < 0 || i == 0 || i == len - 1) {
				return -1;
			}
		}
		return n;
	}

	static boolean isLetter(char c) {
		return c >= 'A' && c <= 'Z';
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean allLetters(char[] c, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isLetter(c[i])) {
				return false;
			}
		}
		return true;
	}

	static boolean allDigits(char[] c, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isDigit(c[i])) {
				return false;
			}
		}
		return true;
	}
}
