package io.pursight.classifier.internal.check;

/**
 * UK National Insurance numbers: two prefix letters (first not D F I Q U V, second not
 * D F I O Q U V, and not BG GB KN NK NT TN ZZ), six digits, suffix A-D. Spaces allowed.
 */
public final class UkNino {
	private UkNino() {
	}

	public static boolean isValid(CharSequence s) {
		if (s.length() < 9 || s.length() > 13) {
			return false;
		}
		char[] c = new char[9];
		int n = CompactForm.of(s, " ", c);
		if (n != 9 || !CompactForm.isLetter(c[0]) || !CompactForm.isLetter(c[1])
				|| !CompactForm.allDigits(c, 2, 8) || c[8] < 'A' || c[8] > 'D') {
			return false;
		}
		if ("DFIQUV".indexOf(c[0]) >= 0 || "DFIOQUV".indexOf(c[1]) >= 0) {
			return false;
		}
		String prefix = "" + c[0] + c[1];
		return switch (prefix) {
			case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ" -> false;
			default -> true;
		};
	}
}
