package io.pursight.synthetic;

/**
 * The check-digit algorithms of the generated identifiers, each written once. They compute the
 * digit that completes a body; the classifier's validators check finished values with their own
 * code, so a mistake here shows up as a value the classifier rejects.
 */
public final class CheckDigits {

	/** Verhoeff's permutation of a digit, applied once per position (its eighth power is the identity). */
	private static final int[] VERHOEFF_STEP = {1, 5, 7, 6, 2, 8, 3, 0, 9, 4};
	/** What the odd (1st, 3rd, …) characters weigh in an Italian check letter, for A–Z (0–9 weigh as A–J). */
	private static final int[] ITALIAN_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
			10, 22, 25, 24, 23};
	private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
	/** VIN transliteration of A–Z (I, O and Q never occur). */
	private static final String VIN_LETTER_VALUES = "12345678.12345.7.923456789";

	private CheckDigits() {
	}

	/** The Luhn (mod 10) digit that completes {@code body}: cards, IMEIs, SINs, NPIs, personnummer. */
	public static int luhn(String body) {
		int total = 0;
		int weight = 2; // the body's last digit sits next to the check digit, so it is doubled
		for (int at = body.length() - 1; at >= 0; at--) {
			int product = digitAt(body, at) * weight;
			total += product / 10 + product % 10;
			weight = 3 - weight;
		}
		return (10 - total % 10) % 10;
	}

	/**
	 * The sum of the digits of {@code body} times the weights, the weights starting again from the
	 * first when the body is longer: the first step of most national mod-10 and mod-11 schemes.
	 */
	public static int weightedSum(String body, int... weights) {
		int total = 0;
		for (int at = 0; at < body.length(); at++) {
			total += digitAt(body, at) * weights[at % weights.length];
		}
		return total;
	}

	/** The digit that brings a weighted sum to a multiple of ten (ABA routing, PESEL, EAN, Polish sort codes). */
	public static int weightedMod10(String body, int... weights) {
		return (10 - weightedSum(body, weights) % 10) % 10;
	}

	/**
	 * 11 minus the weighted sum mod 11, a result of 10 or 11 written 0: the Portuguese NIF, the
	 * Japanese My Number, both Brazilian CPF digits.
	 */
	public static int mod11(String body, int... weights) {
		int remainder = weightedSum(body, weights) % 11;
		return remainder < 2 ? 0 : 11 - remainder;
	}

	/** The remainder mod 97 of digits and letters, a letter counting as two digits (A = 10 … Z = 35). */
	public static int mod97(String text) {
		int remainder = 0;
		for (char c : text.toCharArray()) {
			int value = Character.isDigit(c) ? c - '0' : Character.toUpperCase(c) - 'A' + 10;
			remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
		}
		return remainder;
	}

	/** ISO 7064 MOD 97-10, two digits: the IBAN check digits over {@code bban + country}, the Portuguese NIB key. */
	public static String iso7064Mod97(String body) {
		return twoDigits(98 - mod97(body + "00"));
	}

	/** 97 minus the number mod 97, two digits: the French NIR and RIB keys, the Belgian VAT check. */
	public static String complementMod97(long number) {
		return twoDigits(97 - number % 97);
	}

	/** ISO 7064 MOD 11,10: the German tax id and VAT number. */
	public static int iso7064Mod11Of10(String body) {
		int carry = 10;
		for (int at = 0; at < body.length(); at++) {
			int step = (digitAt(body, at) + carry) % 10;
			carry = 2 * (step == 0 ? 10 : step) % 11;
		}
		return (11 - carry) % 10;
	}

	/**
	 * The Verhoeff digit that completes {@code body} (Aadhaar): each digit, permuted once per
	 * position from the right, is combined in the dihedral group D5; the check digit is the inverse
	 * of the result.
	 */
	public static int verhoeff(String body) {
		int state = 0;
		for (int fromRight = 0; fromRight < body.length(); fromRight++) {
			int digit = digitAt(body, body.length() - 1 - fromRight);
			for (int step = 0; step < (fromRight + 1) % 8; step++) { // position 0 is the check digit to come
				digit = VERHOEFF_STEP[digit];
			}
			state = dihedral(state, digit);
		}
		return state < 5 ? (5 - state) % 5 : state; // rotations invert to the opposite rotation, reflections to themselves
	}

	/** The product in D5 of elements numbered 0–4 (rotations) and 5–9 (reflections). */
	private static int dihedral(int a, int b) {
		if (a < 5) {
			return b < 5 ? (a + b) % 5 : 5 + (a + b - 5) % 5;
		}
		return b < 5 ? 5 + Math.floorMod(a - b, 5) : Math.floorMod(a - b, 5);
	}

	/** The Italian check letter of digits and capital letters: codice fiscale, the CIN of an Italian BBAN. */
	public static char italianCheckLetter(String code) {
		int total = 0;
		for (int at = 0; at < code.length(); at++) {
			char c = code.charAt(at);
			int value = Character.isDigit(c) ? c - '0' : c - 'A';
			boolean odd = at % 2 == 0; // counted from one
			total += odd ? ITALIAN_ODD[value] : value; // a digit d weighs as the letter A + d
		}
		return (char) ('A' + total % 26);
	}

	/** The ninth character of a North American VIN over its 17 characters (the ninth is ignored). */
	public static char vin(String vin) {
		int total = 0;
		for (int at = 0; at < 17; at++) {
			char c = vin.charAt(at);
			int value = Character.isDigit(c) ? c - '0' : VIN_LETTER_VALUES.charAt(c - 'A') - '0';
			total += value * VIN_WEIGHTS[at];
		}
		int check = total % 11;
		return check == 10 ? 'X' : (char) ('0' + check);
	}

	static String twoDigits(long value) {
		return value < 10 ? "0" + value : Long.toString(value);
	}

	private static int digitAt(String text, int at) {
		char c = text.charAt(at);
		if (c < '0' || c > '9') {
			throw new IllegalArgumentException("not a digit at " + at + " of " + text);
		}
		return c - '0';
	}
}
