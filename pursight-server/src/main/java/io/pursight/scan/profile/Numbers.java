package io.pursight.scan.profile;

import java.math.BigDecimal;

/**
 * Reads numbers as the drivers render them ({@code 42}, {@code -3.50}, {@code 1.5E-7}, {@code NaN},
 * {@code Infinity}), locale-free: a decimal comma or a thousands separator is not a number. Integers of up to 18
 * digits are read digit by digit; anything else is checked character by character before
 * {@link Double#parseDouble}, so that {@code 0x1p3}, {@code 1d} or surrounding blanks are refused rather than read.
 */
final class Numbers {

	/** What {@link #read} found. */
	enum Read {
		/** Not a number. */
		NONE,
		/** A finite number, in {@code value}. */
		FINITE,
		/** {@code NaN} or an infinity: a number, but outside every sum and bucket. */
		NON_FINITE
	}

	private Numbers() {
	}

	/**
	 * Reads {@code s}; for {@link Read#FINITE} puts the number in {@code out[0]} and, in {@code integral[0]}, false
	 * when it has a fraction or an exponent.
	 */
	static Read read(String s, double[] out, boolean[] integral) {
		int n = s.length();
		if (n == 0) {
			return Read.NONE;
		}
		int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
		if (i == n) {
			return Read.NONE;
		}
		if (n - i <= 18) {
			long v = 0;
			int j = i;
			for (; j < n; j++) {
				char c = s.charAt(j);
				if (c < '0' || c > '9') {
					break;
				}
				v = v * 10 + (c - '0');
			}
			if (j == n) {
				out[0] = s.charAt(0) == '-' ? -v : v;
				return Read.FINITE;
			}
		}
		boolean digit = false;
		boolean fraction = false;
		for (int j = i; j < n; j++) {
			char c = s.charAt(j);
			if (c >= '0' && c <= '9') {
				digit = true;
			}
			else if (c == '.' || c == 'e' || c == 'E' || ((c == '-' || c == '+') && (s.charAt(j - 1) | 0x20) == 'e')) {
				fraction = true;
			}
			else {
				return nonFinite(s, i) ? Read.NON_FINITE : Read.NONE;
			}
		}
		if (!digit) {
			return Read.NONE;
		}
		try {
			double v = Double.parseDouble(s);
			if (!Double.isFinite(v)) {
				return Read.NON_FINITE; // 1e999 overflows a double: a number all the same
			}
			out[0] = v;
			if (fraction) {
				integral[0] = false;
			}
			return Read.FINITE;
		}
		catch (NumberFormatException e) {
			return Read.NONE; // "1.2.3", "1e": the characters passed, the form did not
		}
	}

	private static boolean nonFinite(String s, int from) {
		String rest = s.substring(from);
		return rest.equals("NaN") || rest.equals("Infinity") || rest.equalsIgnoreCase("inf")
				|| rest.equalsIgnoreCase("infinity") || rest.equalsIgnoreCase("nan");
	}

	/** A bucket bound as text: whole numbers without a fraction, others as short as they read back. */
	static String format(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		double a = Math.abs(v);
		if (a >= 1e15 || a < 1e-6) {
			return Double.toString(v);
		}
		return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
	}
}
