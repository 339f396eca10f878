package io.pursight.classifier.internal.check;

/**
 * A whole postal address written on one line, the way a form's single address field is filled
 * in: a street line with a house number, then after a comma a postal code beside its town, in
 * the orders countries write them ({@code Lindenallee 7, 04109 Leipzig}, {@code 8, avenue Foch,
 * 69006 Lyon}, {@code 77 Harbour Road, Leeds LS1 4DT}, {@code 1820 Maple Avenue, Springfield,
 * IL 62704}). The street name need hold no street word: the layout itself says address.
 */
public final class AddressLines {
	private static final int MAX_PARTS = 6;
	/** A house number has at most this many digits; longer runs are codes or amounts. */
	private static final int MAX_HOUSE_DIGITS = 5;

	private AddressLines() {
	}

	/** Whether {@code value} is a street line followed by a postal code beside its town. */
	public static boolean isOneLine(String value) {
		if (value.length() > 150 || value.indexOf(',') < 0) {
			return false;
		}
		String[] parts = value.split(",");
		if (parts.length > MAX_PARTS) {
			return false;
		}
		for (int i = 0; i < parts.length; i++) {
			parts[i] = parts[i].trim();
		}
		int localityFrom = -1;
		for (int i = 0; i < parts.length - 1 && localityFrom < 0; i++) {
			String[] tokens = parts[i].split(" +");
			if (tokens.length == 1 && isHouseNumber(tokens[0]) && hasWord(parts[i + 1].split(" +"), 3)) {
				localityFrom = i + 2; // "8, avenue Foch"
			} else if (tokens.length >= 2 && hasHouseNumber(tokens) && hasWord(tokens, 3)) {
				localityFrom = i + 1;
			}
		}
		if (localityFrom < 0) {
			return false;
		}
		// the postal code is in the last part, or the one before a country name
		for (int j = Math.max(localityFrom, parts.length - 2); j < parts.length; j++) {
			if (isLocality(parts[j].split(" +"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A postal code first and the town after it, or the town or region first and the code last.
	 * A code of bare digits last counts only after a region abbreviation ({@code IL 62704}) or
	 * with a separator in it ({@code Tokyo 150-0002}): after a plain word it is too often a year.
	 */
	private static boolean isLocality(String[] t) {
		int n = t.length;
		if (n >= 2 && isCode(t[0]) && isTown(t[1])) {
			return true;
		}
		if (n >= 3 && isCode(t[0] + " " + t[1]) && isTown(t[2])) {
			return true;
		}
		if (n >= 3 && isCode(t[n - 2] + " " + t[n - 1]) && isTown(t[n - 3])) {
			return true;
		}
		if (n >= 2 && isCode(t[n - 1]) && isTown(t[n - 2])) {
			String code = t[n - 1];
			return isRegion(t[n - 2]) || !isDigits(code.replace("-", "")) || code.indexOf('-') > 0;
		}
		return false;
	}

	/** A town or region as addresses write it, capitalised: Leipzig, IL, Saint-Denis. */
	private static boolean isTown(String token) {
		return isWord(token, 2) && Character.isUpperCase(token.charAt(0));
	}

	/** A region abbreviation: IL, NSW, ON. */
	private static boolean isRegion(String token) {
		if (token.length() < 2 || token.length() > 3) {
			return false;
		}
		for (int k = 0; k < token.length(); k++) {
			if (token.charAt(k) < 'A' || token.charAt(k) > 'Z') {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigits(String s) {
		for (int k = 0; k < s.length(); k++) {
			if (!Character.isDigit(s.charAt(k))) {
				return false;
			}
		}
		return !s.isEmpty();
	}

	/** A postal code of four characters or more: three-digit codes are too often a room or a floor. */
	private static boolean isCode(String token) {
		return token.length() >= 4 && PostalCodes.hasLayout(token);
	}

	private static boolean hasHouseNumber(String[] tokens) {
		for (String t : tokens) {
			if (isHouseNumber(t)) {
				return true;
			}
		}
		return false;
	}

	/** 12, 31a, 12bis, 4B, 12-14, 1-2-3 or 7/2. */
	private static boolean isHouseNumber(String t) {
		int i = 0;
		int n = t.length();
		while (i < n && Character.isDigit(t.charAt(i))) {
			i++;
		}
		if (i == 0 || i > MAX_HOUSE_DIGITS) {
			return false;
		}
		if (i == n) {
			return true;
		}
		char c = t.charAt(i);
		if (c == '-' || c == '/') {
			for (int k = i + 1; k < n; k++) {
				char d = t.charAt(k);
				if (!Character.isDigit(d) && d != '-' && d != '/') {
					return false;
				}
			}
			return i + 1 < n;
		}
		if (n - i > 3) {
			return false;
		}
		for (int k = i; k < n; k++) {
			if (!Character.isLetter(t.charAt(k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasWord(String[] tokens, int minLetters) {
		for (String t : tokens) {
			if (isWord(t, minLetters)) {
				return true;
			}
		}
		return false;
	}

	/** Letters only, allowing a closing period, an apostrophe or a hyphen: St., d'Italia, Saint-Denis. */
	private static boolean isWord(String t, int minLetters) {
		int letters = 0;
		for (int k = 0; k < t.length(); k++) {
			char c = t.charAt(k);
			if (Character.isLetter(c)) {
				letters++;
			} else if (!(c == '.' && k == t.length() - 1) && c != '\'' && c != '-') {
				return false;
			}
		}
		return letters >= minLetters;
	}
}
