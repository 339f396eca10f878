package io.pursight.classifier.internal.check;

/**
 * Payment card numbers (PAN): 12 to 19 digits, Luhn-valid, with an issuer identification
 * number (IIN) of a known scheme and a length that scheme issues. Digits may be grouped by
 * spaces or dashes.
 */
public final class PaymentCard {
	private PaymentCard() {
	}

	/** Digits of a grouped card number, or -1. */
	public static int digits(CharSequence s, int[] out) {
		return DigitRun.extract(s, " -", out);
	}

	public static boolean isValid(CharSequence s) {
		int[] d = new int[24];
		int n = digits(s, d);
		return isValid(d, n);
	}

	public static boolean isValid(int[] d, int n) {
		return n >= 12 && n <= 19 && !DigitRun.allSame(d, n) && hasKnownIssuer(d, n) && Luhn.isValid(d, n);
	}

	/** True when the prefix belongs to a card scheme that issues numbers of length n. */
	static boolean hasKnownIssuer(int[] d, int n) {
		int p2 = d[0] * 10 + d[1];
		int p3 = p2 * 10 + d[2];
		int p4 = p3 * 10 + d[3];
		int p6 = p4 * 100 + d[4] * 10 + d[5];
		return switch (d[0]) {
			case 4 -> n == 13 || n == 16 || n == 19; // Visa
			case 5 -> (p2 >= 51 && p2 <= 55 && n == 16) // Mastercard
					|| ((p2 == 50 || (p2 >= 56 && p2 <= 58)) && n >= 12) // Maestro
					|| (p3 == 508 && n == 16); // RuPay
			case 2 -> (p4 >= 2221 && p4 <= 2720 && n == 16) // Mastercard 2-series
					|| (p4 >= 2200 && p4 <= 2204 && n >= 16); // Mir
			case 3 -> ((p2 == 34 || p2 == 37) && n == 15) // American Express
					|| (p4 >= 3528 && p4 <= 3589 && n >= 16) // JCB
					|| (((p3 >= 300 && p3 <= 305) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14); // Diners
			case 6 -> (p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65
					|| (p6 >= 622126 && p6 <= 622925)) && n >= 16 // Discover
					|| (p2 == 62 && n >= 16) // UnionPay
					|| ((p2 == 60 || p2 == 63 || p2 == 67 || p2 == 69 || p2 == 66 || p2 == 68) && n >= 12); // Maestro, RuPay
			case 8 -> (p2 == 81 || p2 == 82) && n == 16; // RuPay
			case 1 -> n == 15; // UATP
			default -> false;
		};
	}
}
