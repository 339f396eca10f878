package io.pursight.classifier.internal.check;

import java.util.Locale;
import java.util.Set;

/** SWIFT/BIC codes (ISO 9362): bank code, ISO 3166 country, location, optional branch. */
public final class SwiftBic {
	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private SwiftBic() {
	}

	/** Upper-case only: bank codes are written in capitals, and this keeps ordinary words out. */
	public static boolean isValid(CharSequence s) {
		int len = s.length();
		if (len != 8 && len != 11) {
			return false;
		}
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			boolean letter = c >= 'A' && c <= 'Z';
			boolean digit = c >= '0' && c <= '9';
			if (i < 6 ? !letter : !(letter || digit)) {
				return false;
			}
		}
		String country = s.subSequence(4, 6).toString();
		return COUNTRIES.contains(country) || country.equals("XK");
	}
}
