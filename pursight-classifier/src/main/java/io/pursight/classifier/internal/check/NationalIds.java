package io.pursight.classifier.internal.check;

/**
 * Checks of numeric national identifiers: US SSN and ITIN, Canadian SIN, UK NHS number,
 * Dutch BSN, Australian TFN, Polish PESEL, German Steuer-ID, Indian Aadhaar, US NPI, US ABA
 * routing numbers and IMEIs. Each takes the digits already extracted by {@link DigitRun}.
 */
public final class NationalIds {
	private NationalIds() {
	}

	/** US SSN: area 001-665, 667-899; group 01-99; serial 0001-9999; minus numbers the SSA voided. */
	public static boolean isUsSsn(int[] d, int n) {
		if (n != 9) {
			return false;
		}
		int area = DigitRun.number(d, 0, 3);
		int group = DigitRun.number(d, 3, 5);
		int serial = DigitRun.number(d, 5, 9);
		if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
			return false;
		}
		// published in advertising and invalidated: 078-05-1120 (Woolworth wallet), 219-09-9999
		return !(area == 78 && group == 5 && serial == 1120) && !(area == 219 && group == 9 && serial == 9999);
	}

	/** US ITIN: 9XX-YY-ZZZZ with YY in 50-65, 70-88, 90-92 or 94-99. */
	public static boolean isUsItin(int[] d, int n) {
		if (n != 9 || d[0] != 9) {
			return false;
		}
		int group = DigitRun.number(d, 3, 5);
		return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92)
				|| group >= 94;
	}

	/** Canadian SIN: 9 digits, Luhn, first digit neither 0 nor 8 (never issued). */
	public static boolean isCanadianSin(int[] d, int n) {
		return n == 9 && d[0] != 0 && d[0] != 8 && !DigitRun.allSame(d, n) && Luhn.isValid(d, n);
	}

	/** NHS number: 10 digits, weights 10..2 mod 11, check 11 - r (11 -> 0, 10 -> invalid). */
	public static boolean isNhsNumber(int[] d, int n) {
		if (n != 10 || DigitRun.allSame(d, n)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += d[i] * (10 - i);
		}
		int check = 11 - sum % 11;
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == d[9];
	}

	/** Dutch BSN: 9 digits (8 are zero-padded), "11-test" with weights 9..2 and -1. */
	public static boolean isDutchBsn(int[] d, int n) {
		if (n != 9 || DigitRun.allSame(d, n)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += d[i] * (9 - i);
		}
		sum -= d[8];
		return sum % 11 == 0;
	}

	private static final int[] TFN9 = {1, 4, 3, 7, 5, 8, 6, 9, 10};
	private static final int[] TFN8 = {10, 7, 8, 4, 6, 3, 5, 1};

	/** Australian TFN: 8 or 9 digits whose weighted sum is divisible by 11. */
	public static boolean isAustralianTfn(int[] d, int n) {
		int[] w = n == 9 ? TFN9 : n == 8 ? TFN8 : null;
		if (w == null || DigitRun.allSame(d, n)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < n; i++) {
			sum += d[i] * w[i];
		}
		return sum % 11 == 0;
	}

	private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

	/** Polish PESEL: 11 digits, a valid birth date (century coded in the month) and a weighted check digit. */
	public static boolean isPesel(int[] d, int n) {
		if (n != 11 || DigitRun.allSame(d, n)) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			sum += d[i] * PESEL_WEIGHTS[i];
		}
		if ((10 - sum % 10) % 10 != d[10]) {
			return false;
		}
		int yy = DigitRun.number(d, 0, 2);
		int mm = DigitRun.number(d, 2, 4);
		int dd = DigitRun.number(d, 4, 6);
		int century;
		if (mm >= 81 && mm <= 92) {
			century = 1800;
		} else if (mm >= 1 && mm <= 12) {
			century = 1900;
		} else if (mm >= 21 && mm <= 32) {
			century = 2000;
		} else if (mm >= 41 && mm <= 52) {
			century = 2100;
		} else if (mm >= 61 && mm <= 72) {
			century = 2200;
		} else {
			return false;
		}
		return CalendarDate.isValidDate(century + yy, mm % 20, dd);
	}

	/**
	 * German Steuer-ID: 11 digits, no leading zero; among the first ten digits exactly one
	 * digit appears twice or three times; ISO 7064 MOD 11,10 check digit.
	 */
	public static boolean isGermanTaxId(int[] d, int n) {
		if (n != 11 || d[0] == 0) {
			return false;
		}
		int[] counts = new int[10];
		for (int i = 0; i < 10; i++) {
			counts[d[i]]++;
		}
		int repeated = 0;
		for (int c : counts) {
			if (c > 3) {
				return false;
			}
			if (c >= 2) {
				repeated++;
			}
		}
		if (repeated != 1) {
			return false;
		}
		int product = 10;
		for (int i = 0; i < 10; i++) {
			int sum = (d[i] + product) % 10;
			if (sum == 0) {
				sum = 10;
			}
			product = (sum * 2) % 11;
		}
		int check = 11 - product;
		if (check == 10) {
			check = 0;
		}
		return check == d[10];
	}

	/** Aadhaar: 12 digits, first digit 2-9, Verhoeff check digit. */
	public static boolean isAadhaar(int[] d, int n) {
		return n == 12 && d[0] >= 2 && !DigitRun.allSame(d, n) && Verhoeff.isValid(d, n);
	}

	/** US NPI: 10 digits starting with 1 or 2; Luhn over the number prefixed with 80840. */
	public static boolean isUsNpi(int[] d, int n) {
		if (n != 10 || (d[0] != 1 && d[0] != 2)) {
			return false;
		}
		// the constant 24 is the Luhn contribution of the 80840 prefix
		return (Luhn.sum(d, 0, 10) + 24) % 10 == 0;
	}

	/** ABA routing number: 9 digits, Federal Reserve prefix ranges, weights 3-7-1. */
	public static boolean isAbaRouting(int[] d, int n) {
		if (n != 9) {
			return false;
		}
		int prefix = d[0] * 10 + d[1];
		boolean knownPrefix = (prefix <= 12) || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72)
				|| prefix == 80;
		if (!knownPrefix || DigitRun.allSame(d, n)) {
			return false;
		}
		int sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
		return sum % 10 == 0;
	}

	/** IMEI: 15 digits, Luhn, with a type allocation code from a known reporting body (first two digits). */
	public static boolean isImei(int[] d, int n) {
		if (n != 15 || DigitRun.allSame(d, n)) {
			return false;
		}
		int rb = d[0] * 10 + d[1];
		boolean knownBody = rb == 1 || rb == 10 || rb == 30 || rb == 33 || rb == 35 || rb == 44 || rb == 45
				|| rb == 49 || rb == 50 || rb == 51 || rb == 52 || rb == 53 || rb == 54 || rb == 86 || rb == 91
				|| rb == 98 || rb == 99;
		return knownBody && Luhn.isValid(d, n);
	}
}
