package io.pursight.classifier.internal.engine;

/**
 * Where a candidate starting at a known character of a text ends: an e-mail address around
 * its '@', an IBAN written in groups of four. Character tests without Unicode tables, since
 * every character of a free-text value passes through them.
 */
final class TextSpans {
	private TextSpans() {
	}

	/**
	 * The e-mail address around the '@' at {@code at}, as {@code start << 32 | end}, or -1 when
	 * nothing on either side can be one.
	 */
	static long emailAround(String text, int at) {
		int start = at;
		while (start > 0 && isLocalPart(text.charAt(start - 1))) {
			start--;
		}
		while (start < at && text.charAt(start) == '.') {
			start++;
		}
		int end = at + 1;
		while (end < text.length() && (isAlnum(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == '-')) {
			end++;
		}
		while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
			end--;
		}
		return start < at && end - at > 4 ? (long) start << 32 | end : -1;
	}

	/** Where an IBAN whose first four characters are [start, end) ends when its next groups of up to four follow, spaced. */
	static int groupedIbanEnd(String text, int start, int end) {
		int len = text.length();
		while (end + 1 < len && text.charAt(end) == ' ' && end - start < 42) {
			int g = end + 1;
			while (g < len && g - end <= 5 && (isDigit(text.charAt(g)) || (text.charAt(g) >= 'A' && text.charAt(g) <= 'Z'))) {
				g++;
			}
			if (g == end + 1 || g - end > 5 || (g < len && isAlnum(text.charAt(g)))) {
				break;
			}
			end = g;
		}
		return end;
	}

	/**
	 * Whether the dotted quad at [start, end) is the version of a product rather than an address:
	 * glued by '/' to the product's name as user agents and server banners write them
	 * ({@code Chrome/124.0.0.0}), after a word naming a version or a product ({@code Firefox
	 * 115.0.2.1}, {@code build 10.2.3.4}), or ending in two zero groups ({@code 124.0.0.0}), which
	 * versions pad to four groups with and no host has as its address.
	 */
	static boolean isProductVersion(String text, int start, int end) {
		if (start >= 2 && text.charAt(start - 1) == '/' && isAlnum(text.charAt(start - 2))) {
			return true;
		}
		if (end - start >= 7 && text.startsWith(".0.0", end - 4) && (end == text.length() || text.charAt(end) != '/')) {
			return true;
		}
		String before = TextCues.wordBefore(text, start);
		return TextCues.VERSION_CUES.contains(before) || TextCues.PRODUCT_CUES.contains(before);
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isAlnum(char c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** Characters of an e-mail address's local part as people write them in text. */
	private static boolean isLocalPart(char c) {
		return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
	}
}
