package io.pursight.synthetic;

/** Payment card numbers with the issuer ranges (IIN prefixes), lengths and Luhn check digit of real card brands. */
public final class PaymentCards {

	/** The card brands, as the payment networks name them. */
	public enum Brand {
		VISA, MASTERCARD, AMEX, DISCOVER, JCB, DINERS, MAESTRO
	}

	private static final String[] AMEX = {"34", "37"};
	private static final String[] DISCOVER = {"6011", "644", "645", "646", "647", "648", "649", "65"};
	private static final String[] DINERS = {"36", "300", "301", "302", "303", "305"};
	private static final String[] MAESTRO = {"6759", "5018", "5020", "5038", "6304"};

	private PaymentCards() {
	}

	/** A compact number of the brand: a real issuer prefix, the brand's length and the Luhn digit. */
	public static String number(Brand brand, SeededRandom random) {
		String prefix = switch (brand) {
			case VISA -> "4";
			case MASTERCARD -> random.chance(0.8) ? "5" + random.between(1, 5) : Integer.toString(random.between(2221, 2720));
			case AMEX -> random.pick(AMEX);
			case DISCOVER -> random.pick(DISCOVER);
			case JCB -> Integer.toString(random.between(3528, 3589));
			case DINERS -> random.pick(DINERS);
			case MAESTRO -> random.pick(MAESTRO);
		};
		int length = switch (brand) {
			case AMEX -> 15;
			case DINERS -> 14;
			case MAESTRO -> random.chance(0.3) ? 19 : 16;
			default -> 16;
		};
		String body = prefix + random.digits(length - 1 - prefix.length());
		return body + CheckDigits.luhn(body);
	}

	/** The number grouped as the card embosses it: 4-6-5 (15 digits), 4-6-4 (14), 4-4-4-4-3 (19), else fours. */
	public static String embossed(String number, char separator) {
		return switch (number.length()) {
			case 15 -> Grouping.grouped(number, separator, 4, 6, 5);
			case 14 -> Grouping.grouped(number, separator, 4, 6, 4);
			case 19 -> Grouping.grouped(number, separator, 4, 4, 4, 4, 3);
			default -> Grouping.inGroupsOf(number, 4, separator);
		};
	}
}
