package io.pursight.classifier.internal.check;

/** Email addresses as people write them (RFC 5321 dot-atom local part, a domain with a TLD of letters). */
public final class EmailAddress {
	private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

	private EmailAddress() {
	}

	public static boolean isValid(CharSequence s) {
		int len = s.length();
		if (len < 6 || len > 254) {
			return false;
		}
		int at = -1;
		for (int i = 0; i < len; i++) {
			if (s.charAt(i) == '@') {
				if (at >= 0) {
					return false;
				}
				at = i;
			}
		}
		if (at < 1 || at > 64 || at > len - 5) {
			return false;
		}
		for (int i = 0; i < at; i++) {
			char c = s.charAt(i);
			if (!(Character.isLetterOrDigit(c) || LOCAL_SPECIALS.indexOf(c) >= 0)) {
				return false;
			}
			if (c == '.' && (i == 0 || i == at - 1 || s.charAt(i - 1) == '.')) {
				return false;
			}
		}
		return isDomain(s, at + 1, len);
	}

	/** A host name of at least two labels whose last label (the TLD) is 2+ letters. */
	static boolean isDomain(CharSequence s, int from, int to) {
		int labelStart = from;
		int labels = 0;
		for (int i = from; i <= to; i++) {
			char c = i < to ? s.charAt(i) : '.';
			if (c == '.') {
				int labelLength = i - labelStart;
				if (labelLength == 0 || labelLength > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
					return false;
				}
				labels++;
				if (i == to) {
					for (int k = labelStart; k < to; k++) {
						if (!Character.isLetter(s.charAt(k))) {
							return false;
						}
					}
					return labels >= 2 && labelLength >= 2;
				}
				labelStart = i + 1;
			} else if (!(Character.isLetterOrDigit(c) || c == '-')) {
				return false;
			}
		}
		return false;
	}
}
