package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.Verdict.BARE;
import static io.pursight.classifier.internal.engine.Verdict.DICT;
import static io.pursight.classifier.internal.engine.Verdict.FAILED;
import static io.pursight.classifier.internal.engine.Verdict.NONE;
import static io.pursight.classifier.internal.engine.Verdict.SHAPE;
import static io.pursight.classifier.internal.engine.Verdict.UNCHECKED;
import static io.pursight.classifier.internal.engine.Verdict.VALID;

import io.pursight.classifier.internal.check.CalendarDate;
import io.pursight.classifier.internal.check.CryptoWallet;
import io.pursight.classifier.internal.check.DayMonthOrder;
import io.pursight.classifier.internal.check.DigitRun;
import io.pursight.classifier.internal.check.EmailAddress;
import io.pursight.classifier.internal.check.GeoCoordinates;
import io.pursight.classifier.internal.check.Iban;
import io.pursight.classifier.internal.check.IpAddress;
import io.pursight.classifier.internal.check.JsonWebToken;
import io.pursight.classifier.internal.check.MacAddress;
import io.pursight.classifier.internal.check.PaymentCard;
import io.pursight.classifier.internal.check.PhoneNumbers;
import io.pursight.classifier.internal.check.PostalCodes;
import io.pursight.classifier.internal.check.SecretToken;
import io.pursight.classifier.internal.check.WebUrl;
import io.pursight.classifier.internal.dictionary.Dictionaries;
import io.pursight.classifier.internal.dictionary.Lexicon;
import io.pursight.classifier.internal.text.ValueProfile;

/**
 * The per-value tests of the contact, network, financial, secret and other types. Each starts
 * with checks on the {@link ValueProfile} counters so that most values are rejected in a few
 * comparisons. National identifiers live in {@link IdentifierTests}, people and places in
 * {@link PeopleAndPlaceTests}.
 */
final class ValueTests {
	private static final Dictionaries DICTIONARIES = Dictionaries.shipped();
	private static final Lexicon LEXICON = DICTIONARIES.lexicon;

	private ValueTests() {
	}

	static int email(ValueProfile v, ScanState s) {
		if (v.ats() != 1 || v.spaces() > 0 || v.length() < 6) {
			return NONE;
		}
		return EmailAddress.isValid(v.value()) ? VALID : FAILED;
	}

	static int phone(ValueProfile v, ScanState s) {
		if (v.digits() < 7 || v.digits() > 20 || v.letters() > 3 || v.length() > 32) {
			return NONE;
		}
		int shape = PhoneNumbers.shape(v.value());
		if (shape == PhoneNumbers.NONE) {
			return NONE;
		}
		if (shape == PhoneNumbers.BARE) {
			return SHAPE | BARE; // a digit run is a phone only if the name says so; libphonenumber cannot tell
		}
		if (!s.mayValidatePhone()) {
			return SHAPE | UNCHECKED;
		}
		return PhoneNumbers.isValid(v.value(), s.regions) ? VALID : SHAPE;
	}

	static int ipAddress(ValueProfile v, ScanState s) {
		if (v.length() < 2 || v.length() > 50 || v.spaces() > 0 || (v.dots() != 3 && v.colons() < 2)) {
			return NONE;
		}
		return IpAddress.isValid(v.value()) ? VALID : NONE;
	}

	static int macAddress(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len == 17 || len == 14) {
			return MacAddress.isFormatted(v.value()) ? VALID : NONE;
		}
		if (len == 12 && v.isHex()) {
			return MacAddress.isBare(v.value()) ? SHAPE | BARE : NONE;
		}
		return NONE;
	}

	static int url(ValueProfile v, ScanState s) {
		if (v.length() < 8 || v.spaces() > 0 || v.dots() + v.slashes() == 0) {
			return NONE;
		}
		char f = v.first();
		if (f != 'h' && f != 'H' && f != 'f' && f != 'F' && f != 'w' && f != 'W' && f != 's' && f != 'S') {
			return NONE;
		}
		return WebUrl.isValid(v.value()) ? VALID : NONE;
	}

	static int geo(ValueProfile v, ScanState s) {
		if (v.digits() < 3 || v.length() > 60 || v.dots() == 0 || v.letters() > 7) {
			return NONE;
		}
		if (v.dots() >= 2 && (v.commas() + v.spaces() > 0 || v.value().indexOf(';') > 0) && GeoCoordinates.isPair(v.value())) {
			return VALID;
		}
		if (v.dots() != 1 || v.spaces() > 1) {
			return NONE;
		}
		return GeoCoordinates.isSingleDegree(v.value()) ? SHAPE | BARE : NONE;
	}

	static int creditCard(ValueProfile v, ScanState s) {
		int digits = v.digits();
		if (digits < 12 || digits > 19 || v.letters() > 0 || v.length() > 23) {
			return NONE;
		}
		int n = PaymentCard.digits(v.value(), s.digits);
		if (n < 12) {
			return NONE;
		}
		int bare = n == v.length() ? BARE : 0;
		return (PaymentCard.isValid(s.digits, n) ? VALID : FAILED) | bare;
	}

	static int cvv(ValueProfile v, ScanState s) {
		return (v.length() == 3 || v.length() == 4) && v.isAllDigits() ? SHAPE | BARE : NONE;
	}

	static int iban(ValueProfile v, ScanState s) {
		if (v.length() < 15 || v.length() > 42 || v.digits() < 8 || v.letters() < 2) {
			return NONE;
		}
		char a = Character.toUpperCase(v.value().charAt(0));
		char b = Character.toUpperCase(v.value().charAt(1));
		if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z' || !Character.isDigit(v.value().charAt(2))) {
			return NONE;
		}
		if (Iban.isValid(v.value())) {
			return VALID;
		}
		return Iban.knowsCountry("" + a + b) ? FAILED : NONE;
	}

	static int bankAccount(ValueProfile v, ScanState s) {
		if (v.letters() == 0 && v.digits() >= 6 && v.digits() <= 18 && v.isDigitsAndGrouping() && v.length() <= 24
				&& v.parens() == 0 && v.plus() == 0 && v.slashes() <= 1) {
			return SHAPE | (v.isAllDigits() ? BARE : 0);
		}
		if (v.letters() >= 2 && v.digits() >= 8 && Iban.isValid(v.value())) {
			return VALID;
		}
		return NONE;
	}

	static int cryptoWallet(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len < 26 || len > 90 || v.spaces() > 0 || v.symbols() > 0) {
			return NONE;
		}
		return CryptoWallet.isValid(v.value()) ? VALID : NONE;
	}

	static int awsAccessKey(ValueProfile v, ScanState s) {
		return v.length() == 20 && v.first() == 'A' && SecretToken.isAwsAccessKey(v.value()) ? VALID : NONE;
	}

	static int privateKey(ValueProfile v, ScanState s) {
		return v.first() == '-' && SecretToken.isPrivateKey(v.value()) ? VALID : NONE;
	}

	static int jwt(ValueProfile v, ScanState s) {
		return v.length() >= 20 && v.dots() == 2 && v.first() == 'e' && JsonWebToken.isValid(v.value()) ? VALID : NONE;
	}

	static int apiKey(ValueProfile v, ScanState s) {
		if (v.length() < 16 || v.spaces() > 0 || v.letters() == 0 || v.nonAscii() > 0) {
			return NONE;
		}
		if (SecretToken.hasKnownApiKeyPrefix(v.value())) {
			return VALID;
		}
		// a random-looking token could be any id, hash or code: only the column name makes it a secret;
		// keys and tokens are at most 128 characters, longer values are JWTs, keys or payloads
		return v.length() <= 128 && SecretToken.looksRandom(v.value()) ? SHAPE | BARE : NONE;
	}

	/**
	 * A date a living person was born on. Numeric dates are read both ways round: a value that
	 * exists in one order only is flagged with it, and the column settles on one order after its
	 * last value ({@link DayMonthEvidence}); two-digit years fall in the century up to this year.
	 */
	static int dateOfBirth(ValueProfile v, ScanState s) {
		if (v.digits() < 4 || v.length() > 40) {
			return NONE;
		}
		int thisYear = s.today / 10000;
		int monthFirst = CalendarDate.parse(v.value(), DayMonthOrder.MONTH_FIRST, thisYear);
		int dayFirst = CalendarDate.parse(v.value(), DayMonthOrder.DAY_FIRST, thisYear);
		if (dayFirst < 0) {
			return monthFirst < 0 ? NONE : birthVerdict(monthFirst, s) | Verdict.MONTH_FIRST;
		}
		if (monthFirst < 0) {
			return birthVerdict(dayFirst, s) | Verdict.DAY_FIRST;
		}
		// the same date either way, or one of the same year either way: only near today or 120 years
		// ago could the two readings disagree, and the value is then plausible in at least one order
		return Math.max(birthVerdict(monthFirst, s), birthVerdict(dayFirst, s));
	}

	private static int birthVerdict(int date, ScanState s) {
		return date <= s.today && CalendarDate.ageAt(date, s.today) <= 120 ? VALID : FAILED;
	}

	static int age(ValueProfile v, ScanState s) {
		String value = v.value();
		if (v.isAllDigits() && v.length() <= 3) {
			int age = Integer.parseInt(value);
			return age <= 120 ? SHAPE | BARE : FAILED;
		}
		// "34 years", "34.5"
		if (v.digits() >= 1 && v.digits() <= 3 && v.length() <= 12 && Character.isDigit(v.first())) {
			String folded = v.folded();
			if (folded.endsWith("years") || folded.endsWith("yrs") || folded.endsWith("y") || folded.endsWith("jahre")
					|| folded.endsWith("anos") || folded.endsWith("ans")) {
				return SHAPE;
			}
		}
		return NONE;
	}

	/**
	 * A postal code: written in one of the countries' layouts ({@link PostalCodes}), which is
	 * how a UK code with five letters passes, or else a short code of digits with a few letters.
	 */
	static int postalCode(ValueProfile v, ScanState s) {
		if (PostalCodes.hasLayout(v.value())) {
			return SHAPE | (v.isAllDigits() ? BARE : 0);
		}
		int len = v.length();
		if (len < 3 || len > 10 || v.digits() < 2 || v.letters() > 4 || v.symbols() > 1 + v.dashes() || v.spaces() > 1
				|| v.dots() > 0) {
			return NONE;
		}
		return SHAPE | (v.isAllDigits() ? BARE : 0);
	}

	/**
	 * A login handle: letters, digits and the few symbols logins allow, no spaces. A UUID or a run of hex
	 * digits is a user's id or a hash, not a name anyone logs in with: under a name such as
	 * {@code created_by} it contradicts the type, as numeric ids and display names do.
	 */
	static int username(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len < 2 || len > 64 || v.spaces() > 0 || v.letters() == 0 || isHexId(v)) {
			return NONE;
		}
		String value = v.value();
		for (int i = 0; i < len; i++) {
			char c = value.charAt(i);
			if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '@' || c == '+' || c == '\\')) {
				return NONE;
			}
		}
		return SHAPE | (LoginHandles.isBuiltFromName(v.folded(), LEXICON) ? DICT : 0);
	}

	/** A UUID (with or without dashes) or 16 or more hex digits with digits among them: ids and hashes. */
	private static boolean isHexId(ValueProfile v) {
		int len = v.length();
		if (v.digits() == 0 || len < 16 || v.letters() + v.digits() + v.dashes() != len) {
			return false;
		}
		if (v.dashes() > 0 && !(len == 36 && v.dashes() == 4)) {
			return false;
		}
		String value = v.value();
		for (int i = 0; i < len; i++) {
			char c = Character.toLowerCase(value.charAt(i));
			if (c != '-' && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
				return false;
			}
		}
		return true;
	}

	static int password(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len < 4 || len > 256) {
			return NONE;
		}
		String value = v.value();
		if (value.startsWith("$2a$") || value.startsWith("$2b$") || value.startsWith("$2y$") || value.startsWith("$argon2")
				|| value.startsWith("{SHA") || value.startsWith("{SSHA") || value.startsWith("$6$") || value.startsWith("$5$")
				|| value.startsWith("$1$") || value.startsWith("pbkdf2") || value.startsWith("scrypt")
				|| (v.isHex() && (len == 32 || len == 40 || len == 64 || len == 128))) {
			return VALID;
		}
		return v.spaces() <= 1 && !(v.isAllDigits() && len <= 4) ? SHAPE : NONE;
	}

	static int organization(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len < 2 || len > 120 || v.letters() < 2 || v.words() > 12 || v.ats() > 0) {
			return NONE;
		}
		if (v.words() < 2) {
			return SHAPE; // a legal form follows the name: "Acme Inc", never a single word
		}
		return NameForms.endsInLegalForm(v) ? VALID | DICT : SHAPE; // the telltale form: "Rossi S.r.l.", "Acme Inc."
	}

	static int jobTitle(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len < 2 || len > 80 || v.digits() > 0 || v.letters() < 2 || v.words() > 8 || v.ats() > 0) {
			return NONE;
		}
		return SHAPE | ((v.scanWords(LEXICON).anyWordMask() & Lexicon.JOB_WORD) != 0 ? DICT : 0);
	}

	static int photo(ValueProfile v, ScanState s) {
		String value = v.value();
		char f = v.first();
		if (f == '\\' || f == '0' || f == '/' || f == 'i' || f == 'R' || f == 'd') {
			// image signatures as hex (\xffd8, 0x89504e47...) or base64 (/9j/, iVBOR, R0lGOD), or a data: URI
			if (startsWithIgnoreCase(value, "\\xffd8") || startsWithIgnoreCase(value, "\\x89504e47")
					|| startsWithIgnoreCase(value, "\\x47494638") || startsWithIgnoreCase(value, "\\x424d")
					|| startsWithIgnoreCase(value, "0xffd8") || startsWithIgnoreCase(value, "0x89504e47")
					|| value.startsWith("/9j/") || value.startsWith("iVBOR") || value.startsWith("R0lGOD")
					|| value.startsWith("data:image/")) {
				return VALID;
			}
			if (v.length() > 200 && (value.startsWith("\\x") || value.startsWith("0x"))) {
				return SHAPE; // some other binary payload
			}
		}
		int dot = value.lastIndexOf('.');
		if (v.spaces() == 0 && dot > 0 && value.length() - dot <= 5) {
			String ext = value.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
			switch (ext) {
				case "jpg", "jpeg", "png", "gif", "bmp", "webp", "tif", "tiff", "heic" -> {
					return SHAPE;
				}
				default -> {
				}
			}
		}
		return NONE;
	}

	private static boolean startsWithIgnoreCase(String s, String prefix) {
		return s.regionMatches(true, 0, prefix, 0, prefix.length());
	}

	static int licensePlate(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len < 2 || len > 10 || v.digits() == 0 || v.letters() == 0 || v.lower() > 0 || v.words() > 3) {
			return NONE;
		}
		return v.symbols() - v.dashes() - v.dots() <= 0 ? SHAPE : NONE;
	}

	/** Helper for identifier tests that read a grouped digit run into the state's buffer. */
	static int digitsOf(ValueProfile v, ScanState s, String separators) {
		return DigitRun.extract(v.value(), separators, s.digits);
	}
}
