package io.pursight.classifier.internal.check;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;

/**
 * Telephone numbers: a cheap structural test (digits, grouping characters, optional '+',
 * extension), then libphonenumber's validation with '+' numbers in any region and national
 * numbers against a list of likely regions.
 */
public final class PhoneNumbers {
	/** Not a phone number. */
	public static final int NONE = 0;
	/** 7-15 digits and nothing else: a phone only if the column says so. */
	public static final int BARE = 1;
	/** Written like a phone number: grouped digits, '+', parentheses. */
	public static final int FORMATTED = 2;

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** {@link #NONE}, {@link #BARE} or {@link #FORMATTED}. */
	public static int shape(CharSequence s) {
		int len = s.length();
		if (len < 7 || len > 32) {
			return NONE;
		}
		int digits = 0;
		int separators = 0;
		int open = 0;
		int parens = 0;
		int dots = 0;
		int dashes = 0;
		boolean plus = false;
		int end = extensionStart(s);
		for (int i = 0; i < end; i++) {
			char c = s.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			} else if (c == '+') {
				if (i != 0) {
					return NONE;
				}
				plus = true;
			} else if (c == ' ' || c == '-' || c == '.' || c == '/') {
				if (i == 0) {
					return NONE;
				}
				separators++;
				if (c == '.') {
					dots++;
				} else if (c == '-') {
					dashes++;
				}
			} else if (c == '(') {
				if (open > 0) {
					return NONE;
				}
				open++;
				parens++;
			} else if (c == ')') {
				if (open == 0) {
					return NONE;
				}
				open--;
			} else {
				return NONE;
			}
		}
		if (open != 0 || parens > 2 || digits < 7 || digits > 15) {
			return NONE;
		}
		if (separators == 0 && !plus && parens == 0) {
			return BARE;
		}
		if (dots == 1 && separators == 1 && !plus && parens == 0) {
			return NONE; // a decimal number
		}
		if (digits >= 8 && digits <= 14 && !plus && parens == 0 && CalendarDate.parse(s) >= 0) {
			return NONE; // 1980-05-12, 12.05.1980, 2020-01-01 10:00
		}
		if (dots >= 3 && IpAddress.isIpv4(s, 0, len, false) && !IpAddress.isTwoDigitQuad(s)) {
			return NONE;
		}
		return FORMATTED;
	}

	/** True when libphonenumber accepts the number as valid in some plausible region. */
	public static boolean isValid(String s, List<String> regions) {
		String v = s.trim();
		if (v.startsWith("+") || v.startsWith("00")) {
			return valid(v.startsWith("00") ? "+" + v.substring(2) : v, "ZZ");
		}
		for (String region : regions) {
			if (valid(v, region)) {
				return true;
			}
		}
		return false;
	}

	private static boolean valid(String v, String region) {
		try {
			PhoneNumber number = UTIL.parse(v, region);
			return UTIL.isValidNumber(number);
		} catch (NumberParseException e) {
			return false;
		}
	}

	/** Index where an extension suffix ("x123", "ext. 123", "#123") starts, or the length when there is none. */
	private static int extensionStart(CharSequence s) {
		int len = s.length();
		int i = len - 1;
		int digits = 0;
		while (i >= 0 && Character.isDigit(s.charAt(i))) {
			i--;
			digits++;
		}
		if (digits == 0 || digits > 6) {
			return len;
		}
		while (i >= 0 && (s.charAt(i) == ' ' || s.charAt(i) == '.' || s.charAt(i) == ':')) {
			i--;
		}
		if (i < 1) {
			return len;
		}
		char e = Character.toLowerCase(s.charAt(i));
		int start;
		if (e == '#' || e == 'x') {
			start = i;
		} else if (e == 't' && i >= 2 && Character.toLowerCase(s.charAt(i - 1)) == 'x'
				&& Character.toLowerCase(s.charAt(i - 2)) == 'e') {
			start = i - 2;
		} else {
			return len;
		}
		while (start > 0 && s.charAt(start - 1) == ' ') {
			start--;
		}
		return start;
	}
}
