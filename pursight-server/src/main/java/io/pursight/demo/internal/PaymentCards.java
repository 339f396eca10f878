package io.pursight.demo.internal;

import java.time.LocalDate;

/**
 * Payment card numbers with the issuer ranges (IIN prefixes), lengths and Luhn check digit of
 * the real card brands, written plain or grouped with spaces or dashes as people type them.
 */
final class PaymentCards {

	/** A card as a customer's wallet holds it; it can be charged until the end of {@code validThrough}'s month. */
	record Card(String brand, String number, String expiry, String cvv, LocalDate validThrough) {

		boolean validOn(LocalDate day) {
			return !day.isAfter(validThrough);
		}
	}

	private static final String[] BRANDS = {"VISA", "MASTERCARD", "AMEX", "DISCOVER", "JCB", "DINERS", "MAESTRO"};
	private static final int[] DEFAULT_BRAND_WEIGHTS = {46, 32, 10, 4, 2, 2, 4};
	private static final int[] JAPAN_BRAND_WEIGHTS = {30, 20, 6, 1, 40, 2, 1};
	private static final int[] US_BRAND_WEIGHTS = {48, 30, 13, 7, 1, 1, 0};

	private PaymentCards() {
	}

	/** A card issued up to two years before {@code usedOn} and valid for three to five years from its issue. */
	static Card random(Country country, LocalDate usedOn, SeededRandom random) {
		int[] weights = switch (country) {
			case JP -> JAPAN_BRAND_WEIGHTS;
			case US, CA -> US_BRAND_WEIGHTS;
			default -> DEFAULT_BRAND_WEIGHTS;
		};
		String brand = BRANDS[random.weightedIndex(weights)];
		String prefix;
		int length;
		switch (brand) {
			case "VISA" -> {
				prefix = "4";
				length = 16;
			}
			case "MASTERCARD" -> {
				prefix = random.chance(0.8) ? "5" + random.between(1, 5) : Integer.toString(random.between(2221, 2720));
				length = 16;
			}
			case "AMEX" -> {
				prefix = random.pick(new String[] {"34", "37"});
				length = 15;
			}
			case "DISCOVER" -> {
				prefix = random.pick(new String[] {"6011", "644", "645", "646", "647", "648", "649", "65"});
				length = 16;
			}
			case "JCB" -> {
				prefix = Integer.toString(random.between(3528, 3589));
				length = 16;
			}
			case "DINERS" -> {
				prefix = random.pick(new String[] {"36", "300", "301", "302", "303", "305"});
				length = 14;
			}
			default -> {
				prefix = random.pick(new String[] {"6759", "5018", "5020", "5038", "6304"});
				length = random.chance(0.3) ? 19 : 16;
			}
		}
		String body = prefix + random.digits(length - 1 - prefix.length());
		String number = body + luhnCheckDigit(body);
		LocalDate expires = usedOn.minusMonths(random.between(0, 24)).plusMonths(random.between(36, 60));
		String expiry = String.format("%02d/%02d", expires.getMonthValue(), expires.getYear() % 100);
		String cvv = random.digits(brand.equals("AMEX") ? 4 : 3);
		return new Card(brand, written(number, random), expiry, cvv, expires.withDayOfMonth(expires.lengthOfMonth()));
	}

	/** The digit that makes {@code digits + it} pass the Luhn (mod 10) check. */
	static int luhnCheckDigit(String digits) {
		int sum = 0;
		boolean doubled = true; // the rightmost digit of the body is doubled once the check digit is appended
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (doubled) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubled = !doubled;
		}
		return (10 - sum % 10) % 10;
	}

	/** Most numbers are stored plain; some are grouped like the embossing, with spaces or dashes. */
	private static String written(String number, SeededRandom random) {
		double roll = random.between(0.0, 1.0);
		if (roll < 0.6) {
			return number;
		}
		char separator = roll < 0.85 ? ' ' : '-';
		int[] groups = switch (number.length()) {
			case 15 -> new int[] {4, 6, 5};
			case 14 -> new int[] {4, 6, 4};
			case 19 -> new int[] {4, 4, 4, 4, 3};
			default -> new int[] {4, 4, 4, 4};
		};
		var out = new StringBuilder();
		int at = 0;
		for (int group : groups) {
			if (at > 0) {
				out.append(separator);
			}
			out.append(number, at, at + group);
			at += group;
		}
		return out.toString();
	}
}
