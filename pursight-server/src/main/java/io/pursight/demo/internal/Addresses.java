package io.pursight.demo.internal;

import io.pursight.demo.internal.Country.City;
import io.pursight.synthetic.SeededRandom;

/** Writes street lines and postal codes the way each country writes them. */
final class Addresses {

	/** A postal address as it is stored in the demo tables. */
	record Address(String line1, String line2, City city, String postalCode, Country country) {
	}

	private static final String UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
	private static final String CANADA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
	private static final String EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789";
	private static final String DUTCH_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
	private static final String[] INDIAN_BUILDINGS = {"Sunrise Apartments", "Lakeview Residency", "Green Park Towers",
			"Shanti Niketan", "Sai Krupa Apartments", "Palm Grove Heights", "Ashoka Enclave"};
	private static final String[] JAPANESE_BUILDINGS = {"Sakura Heights", "Grand Maison", "Park Court", "Lions Mansion", "Belle Face"};

	private Addresses() {
	}

	static Address random(Country country, SeededRandom random) {
		return random(country, country.city(random), random);
	}

	static Address random(Country country, City city, SeededRandom random) {
		String street = country.street(random);
		int number = random.chance(0.7) ? random.between(1, 120) : random.between(121, 2999);
		String line1;
		String line2 = null;
		switch (country) {
			case US -> {
				line1 = random.between(100, 9899) + " " + street;
				if (random.chance(0.25)) {
					line2 = random.pick(new String[] {"Apt ", "Suite ", "Unit ", "#"}) + random.between(1, 40) + (random.chance(0.3) ? "B" : "");
				}
			}
			case CA -> line1 = (random.chance(0.25) ? random.between(101, 2405) + "-" : "") + random.between(10, 3999) + " " + street;
			case AU -> line1 = (random.chance(0.3) ? random.between(1, 40) + "/" : "") + random.between(1, 450) + " " + street;
			case GB, IE -> {
				line1 = random.between(1, 220) + " " + street;
				if (random.chance(0.2)) {
					line2 = (country == Country.IE ? "Apartment " : "Flat ") + random.between(1, 24);
				}
			}
			case DE -> line1 = street + " " + random.between(1, 180) + (random.chance(0.1) ? "a" : "");
			case FR -> line1 = random.between(1, 160) + (random.chance(0.08) ? " bis" : "") + " " + street;
			case ES -> line1 = street + ", " + random.between(1, 250)
					+ (random.chance(0.6) ? ", " + random.between(1, 9) + "º " + random.letterOf("ABCD") : "");
			case IT -> line1 = street + (random.chance(0.3) ? ", " : " ") + random.between(1, 200)
					+ (random.chance(0.1) ? "/" + random.letterOf("ABC") : "");
			case NL -> line1 = street + " " + random.between(1, 400)
					+ (random.chance(0.15) ? random.pick(new String[] {"-1", "-2", "A", "B", "-hs"}) : "");
			case PL -> line1 = street + " " + random.between(1, 150) + (random.chance(0.5) ? "/" + random.between(1, 80) : "");
			case SE -> {
				line1 = street + " " + random.between(1, 90) + (random.chance(0.15) ? " " + random.letterOf("ABC") : "");
				if (random.chance(0.3)) {
					line2 = "lgh " + random.between(10, 16) + "0" + random.between(1, 9);
				}
			}
			case PT -> line1 = street + " " + random.between(1, 300)
					+ (random.chance(0.5) ? ", " + random.between(1, 8) + "º " + random.pick(new String[] {"Esq.", "Dto.", "Frente"}) : "");
			case IN -> line1 = random.chance(0.5)
					? "Flat " + random.between(1, 14) + "0" + random.between(1, 8) + ", " + random.pick(INDIAN_BUILDINGS) + ", " + street
					: random.between(1, 450) + ", " + street;
			case JP -> {
				line1 = random.between(1, 6) + "-" + random.between(1, 30) + "-" + random.between(1, 25) + " " + street;
				if (random.chance(0.4)) {
					line2 = random.pick(JAPANESE_BUILDINGS) + " " + random.between(1, 12) + "0" + random.between(1, 9);
				}
			}
			case BR -> {
				line1 = street + ", " + number;
				if (random.chance(0.5)) {
					line2 = (random.chance(0.3) ? "Bloco " + random.letterOf("ABCD") + ", " : "") + "Apto " + random.between(1, 24) + random.between(1, 4);
				}
			}
			default -> throw new IllegalArgumentException("no address layout for " + country);
		}
		return new Address(line1, line2, city, postalCode(country, city.postalSpec(), random), country);
	}

	/** A postal code in the city's range (or list of districts), written as the country writes it. */
	static String postalCode(Country country, String spec, SeededRandom random) {
		return switch (country) {
			case US -> spec + String.format("%02d", random.between(1, 99)) + (random.chance(0.2) ? "-" + random.digits(4) : "");
			case GB -> random.pick(spec.split(",")) + " " + random.digit() + random.lettersOf(UK_INWARD_LETTERS, 2);
			case CA -> random.pick(spec.split(",")) + " " + random.digit() + random.letterOf(CANADA_LETTERS) + random.digit();
			case IE -> random.pick(spec.split(",")) + " " + random.letterOf("ACDEFHKNPRTVWXY") + random.lettersOf(EIRCODE_CHARS, 3);
			case NL -> inRange(spec, random) + " " + random.lettersOf(DUTCH_LETTERS, 2);
			case PL -> inRange(spec, random) + "-" + random.digits(3);
			case SE -> inRange(spec, random) + " " + random.digits(2);
			case PT, BR -> inRange(spec, random) + "-" + random.digits(3);
			case JP -> inRange(spec, random) + "-" + random.digits(4);
			default -> inRange(spec, random);
		};
	}

	/** A zero-padded number in the inclusive range {@code low-high}, as wide as {@code low} is written. */
	private static String inRange(String spec, SeededRandom random) {
		String[] bounds = spec.split("-");
		int value = random.between(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
		String digits = Integer.toString(value);
		return "0".repeat(Math.max(0, bounds[0].length() - digits.length())) + digits;
	}
}
