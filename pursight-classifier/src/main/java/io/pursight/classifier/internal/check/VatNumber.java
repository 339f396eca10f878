package io.pursight.classifier.internal.check;

/**
 * EU and UK VAT identification numbers: the country prefix and the national layout, with the
 * national check digit where it is public and simple (BE, DE, IT, PL, NL, ES letter, FR key).
 */
public final class VatNumber {
	private VatNumber() {
	}

	/** Layout matches a country's VAT number format (prefix required). */
	public static boolean hasStructure(CharSequence s) {
		return check(s) >= 0;
	}

	/** Layout matches and, for countries with a known checksum, the checksum holds. */
	public static boolean isValid(CharSequence s) {
		return check(s) == 1;
	}

	/** -1: no VAT layout; 0: layout only; 1: layout and checksum (or no public checksum exists). */
	private static int check(CharSequence s) {
		if (s.length() < 8 || s.length() > 17) {
			return -1;
		}
		char[] c = new char[15];
		int n = CompactForm.of(s, " .-", c);
		if (n < 8 || !CompactForm.isLetter(c[0]) || !CompactForm.isLetter(c[1])) {
			return -1;
		}
		String cc = new String(c, 0, 2);
		int body = n - 2;
		boolean digits = CompactForm.allDigits(c, 2, n);
		return switch (cc) {
			case "DE" -> digits && body == 9 ? bool(germanCheck(c)) : -1;
			case "AT" -> body == 9 && c[2] == 'U' && CompactForm.allDigits(c, 3, n) ? 1 : -1;
			case "BE" -> digits && body == 10 && (c[2] == '0' || c[2] == '1') ? bool(belgianCheck(c)) : -1;
			case "IT" -> digits && body == 11 ? bool(Luhn.sum(toDigits(c, 2, n), 0, 11) % 10 == 0) : -1;
			case "PL" -> digits && body == 10 ? bool(polishCheck(c)) : -1;
			case "NL" -> body == 12 && CompactForm.allDigits(c, 2, 11) && c[11] == 'B'
					&& CompactForm.allDigits(c, 12, 14) ? 1 : -1;
			case "FR" -> body == 11 && CompactForm.allDigits(c, 4, n) ? bool(frenchCheck(c)) : -1;
			case "ES" -> body == 9 && CompactForm.allDigits(c, 3, 10) ? 1 : -1;
			case "GB" -> digits && (body == 9 || body == 12) ? 1 : -1;
			case "DK", "FI", "HU", "LU", "MT", "SI" -> digits && body == 8 ? 1 : -1;
			case "SE" -> digits && body == 12 && c[12] == '0' && c[13] == '1' ? 1 : -1;
			case "PT", "EE", "EL", "GR" -> digits && body == 9 ? 1 : -1;
			case "CZ", "SK" -> digits && body >= 8 && body <= 10 ? 1 : -1;
			case "IE" -> body >= 8 && body <= 9 && CompactForm.isDigit(c[2]) ? 1 : -1;
			case "RO", "HR", "BG", "CY", "LT", "LV", "CH" -> body >= 8 && body <= 12 && CompactForm.allDigits(c, 2, n - 1)
					? 1 : -1;
			default -> -1;
		};
	}

	private static int bool(boolean ok) {
		return ok ? 1 : 0;
	}

	private static int[] toDigits(char[] c, int from, int to) {
		int[] d = new int[to - from];
		for (int i = from; i < to; i++) {
			d[i - from] = c[i] - '0';
		}
		return d;
	}

	private static boolean germanCheck(char[] c) {
		int product = 10;
		for (int i = 2; i < 10; i++) {
			int sum = (c[i] - '0' + product) % 10;
			if (sum == 0) {
				sum = 10;
			}
			product = (2 * sum) % 11;
		}
		int check = 11 - product;
		if (check == 10) {
			check = 0;
		}
		return check == c[10] - '0';
	}

	private static boolean belgianCheck(char[] c) {
		long base = 0;
		for (int i = 2; i < 10; i++) {
			base = base * 10 + (c[i] - '0');
		}
		int check = (c[10] - '0') * 10 + (c[11] - '0');
		return 97 - base % 97 == check;
	}

	private static final int[] POLISH_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

	private static boolean polishCheck(char[] c) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (c[2 + i] - '0') * POLISH_WEIGHTS[i];
		}
		return sum % 11 == c[11] - '0';
	}

	private static boolean frenchCheck(char[] c) {
		if (!CompactForm.isDigit(c[2]) || !CompactForm.isDigit(c[3])) {
			return true; // new-style alphanumeric keys have no public simple check
		}
		long siren = 0;
		for (int i = 4; i < 13; i++) {
			siren = siren * 10 + (c[i] - '0');
		}
		int key = (c[2] - '0') * 10 + (c[3] - '0');
		return (12 + 3 * (siren % 97)) % 97 == key;
	}
}
