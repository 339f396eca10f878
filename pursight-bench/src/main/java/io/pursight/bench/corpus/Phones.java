package io.pursight.bench.corpus;

import io.pursight.synthetic.SeededRandom;

/**
 * Telephone numbers as people type them in the country of the person: national formats with the trunk
 * prefix, international ones with {@code +} and the calling code, with spaces, dashes, dots or nothing.
 */
public final class Phones {

	private Phones() {
	}

	/** A number of {@code country}, in its national or international writing (about half each). */
	public static String any(String country, SeededRandom random) {
		return random.chance(0.5) ? national(country, random) : international(country, random);
	}

	/** The way a local writes it: {@code (415) 555-2671}, {@code 030 2345 6789}, {@code 06 12 34 56 78}. */
	public static String national(String country, SeededRandom random) {
		return switch (country) {
			case "US", "CA" -> switch (random.between(0, 3)) {
				case 0 -> "(" + area(random) + ") " + random.digits(3).replace('0', '5') + "-" + random.digits(4);
				case 1 -> area(random) + "-" + exchange(random) + "-" + random.digits(4);
				case 2 -> area(random) + "." + exchange(random) + "." + random.digits(4);
				default -> area(random) + exchange(random) + random.digits(4);
			};
			case "GB" -> random.chance(0.6) ? "07" + random.between(400, 999) + " " + random.digits(6)
					: "0" + random.pick(new String[] {"20 7", "161 4", "131 2", "117 9"}) + random.digits(3) + " " + random.digits(4);
			case "DE", "AT" -> random.chance(0.5) ? "01" + random.between(51, 79) + " " + random.digits(7)
					: "0" + random.between(30, 99) + " " + random.digits(3) + " " + random.digits(4);
			case "FR", "BE" -> "0" + random.between(1, 7) + " " + pairs(random, 4, ' ');
			case "IT" -> "3" + random.digits(2) + " " + random.digits(3) + " " + random.digits(4);
			case "ES" -> random.pick(new String[] {"6", "7", "9"}) + random.digits(2) + " " + random.digits(2) + " "
					+ random.digits(2) + " " + random.digits(2);
			case "IN" -> random.between(70000, 99999) + " " + random.digits(5);
			case "JP" -> "0" + random.pick(new String[] {"3", "6", "90", "80"}) + "-" + random.digits(4) + "-" + random.digits(4);
			case "BR" -> "(" + random.between(11, 99) + ") 9" + random.digits(4) + "-" + random.digits(4);
			case "NL" -> "06-" + random.digits(8);
			case "PL" -> random.between(500, 889) + " " + random.digits(3) + " " + random.digits(3);
			case "CN" -> "1" + random.between(30, 99) + " " + random.digits(4) + " " + random.digits(4);
			case "NG" -> "0" + random.pick(new String[] {"803", "806", "813", "703", "905"}) + " " + random.digits(3) + " "
					+ random.digits(4);
			case "KR" -> "010-" + random.digits(4) + "-" + random.digits(4);
			case "AU" -> "04" + random.digits(2) + " " + random.digits(3) + " " + random.digits(3);
			default -> "0" + random.between(10, 99) + " " + random.digits(3) + " " + random.digits(4);
		};
	}

	/** {@code +<calling code>} and the national number without its trunk zero. */
	public static String international(String country, SeededRandom random) {
		String national = national(country, random).replaceAll("[().]", "").trim();
		if (national.startsWith("0") && !country.equals("IT")) {
			national = national.substring(1);
		}
		String code = Places.callingCode(country);
		return random.chance(0.15) ? "+" + code + national.replaceAll("[ -]", "") : "+" + code + " " + national;
	}

	private static String area(SeededRandom random) {
		return Integer.toString(random.between(2, 9)) + random.between(0, 8) + random.digit();
	}

	private static String exchange(SeededRandom random) {
		return Integer.toString(random.between(2, 9)) + random.digits(2);
	}

	private static String pairs(SeededRandom random, int count, char separator) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < count; i++) {
			out.append(i == 0 ? "" : separator).append(random.digits(2));
		}
		return out.toString();
	}
}
