package io.pursight.classifier.internal.check;

import java.util.List;

/**
 * The layouts postal codes are written in across the world, as the postal services publish
 * them ({@code 9} a digit, {@code A} a letter, {@code *} either, anything else itself), with an
 * optional country prefix before a numeric code as European mail used to write it
 * ({@code D-80331}, {@code CH-8001}, {@code LV-1010}). A layout says nothing about whether the
 * code exists; it tells a postal code from a code of another kind that has letters where no
 * country puts them ({@code ABCDE 12}).
 */
public final class PostalCodes {
	/** Layouts with their countries; the all-digit ones cover most of the world between them. */
	private static final List<String> LAYOUTS = List.of(
			"999", // Iceland, Faroes, Taiwan, Lesotho
			"9999", // Australia, Austria, Belgium, Denmark, Hungary, Norway, Switzerland, South Africa, Philippines
			"99999", // United States, Germany, France, Spain, Italy, Mexico, Finland, Turkey, Korea, Indonesia
			"999999", // India, China, Russia, Singapore, Colombia, Nigeria, Vietnam, Romania, Kazakhstan
			"9999999", // Chile, Israel
			"99999-9999", // United States ZIP+4
			"999999999", // United States ZIP+4 unseparated
			"99999-999", // Brazil
			"9999-999", // Portugal
			"99999-99999", // Iran
			"999 99", // Sweden, Greece, Czechia, Slovakia
			"99-999", // Poland
			"999-9999", // Japan
			"999-999", // Japan before 1998
			"9999 AA", "9999AA", // Netherlands
			"A9A 9A9", "A9A9A9", // Canada
			"A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA", // United Kingdom
			"A99AA", "A999AA", "AA99AA", "AA999AA", "A9A9AA", "AA9A9AA", // United Kingdom unspaced
			"A99 ****", "A9A ****", "A99****", // Ireland (Eircode)
			"A9999AAA", // Argentina
			"AAA 9999", "AAA9999", // Malta
			"AA9999", // Brunei
			"AA9-9999", // Cayman Islands
			"AA99999", // Barbados
			"AA999", // Andorra
			"AA 9999", // Azerbaijan
			"A999"); // Eswatini

	private static final int MAX_LENGTH = LAYOUTS.stream().mapToInt(String::length).max().orElse(0) + 3;

	private PostalCodes() {
	}

	/** Whether the whole of {@code s} is written in a postal code layout. */
	public static boolean hasLayout(CharSequence s) {
		return hasLayout(s, 0, s.length());
	}

	/** Whether the characters [from, to) of {@code s} are written in a postal code layout. */
	public static boolean hasLayout(CharSequence s, int from, int to) {
		int len = to - from;
		if (len < 3 || len > MAX_LENGTH) {
			return false;
		}
		for (String layout : LAYOUTS) {
			if (matches(s, from, to, layout)) {
				return true;
			}
		}
		int prefix = countryPrefix(s, from, to);
		if (prefix > 0) {
			for (String layout : LAYOUTS) {
				if (layout.charAt(0) == '9' && matches(s, from + prefix, to, layout)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Length of a prefix of one or two capitals and a dash ({@code D-}, {@code NL-}), or 0. */
	private static int countryPrefix(CharSequence s, int from, int to) {
		int i = from;
		while (i < to && i - from < 2 && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
			i++;
		}
		return i > from && i < to && s.charAt(i) == '-' ? i + 1 - from : 0;
	}

	private static boolean matches(CharSequence s, int from, int to, String layout) {
		if (to - from != layout.length()) {
			return false;
		}
		for (int k = 0; k < layout.length(); k++) {
			char c = s.charAt(from + k);
			char want = layout.charAt(k);
			boolean ok = switch (want) {
				case '9' -> isDigit(c);
				case 'A' -> isLetter(c);
				case '*' -> isDigit(c) || isLetter(c);
				default -> c == want;
			};
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** Postal codes are written in Latin capitals; lower case is accepted as people type them. */
	private static boolean isLetter(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}
}
