package io.pursight.bench.corpus;

import io.pursight.synthetic.SeededRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws {@link Place}s from the corpus city and street lists, with postal codes in each country's pattern. */
public final class Places {
	private static final List<String[]> CITIES = ResourceLists.rows("cities.tsv");
	private static final Map<String, String[]> COUNTRIES = new HashMap<>();
	private static final Map<String, List<String>> STREETS = new HashMap<>();
	private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXY";
	private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "local");

	static {
		for (String[] r : ResourceLists.rows("countries.tsv")) {
			COUNTRIES.put(r[0], r);
		}
		for (String[] r : ResourceLists.rows("streets.tsv")) {
			STREETS.put(r[0], List.of(r[1].split(",")));
		}
	}

	private Places() {
	}

	/** A place in {@code country} when the lists know a city there, otherwise anywhere. */
	public static Place near(String country, SeededRandom random) {
		List<String[]> there = CITIES.stream().filter(c -> c[0].equals(country)).toList();
		return at(there.isEmpty() ? random.pick(CITIES) : random.pick(there), random);
	}

	/** A place in any city of the lists. */
	public static Place anywhere(SeededRandom random) {
		return at(random.pick(CITIES), random);
	}

	private static Place at(String[] city, SeededRandom random) {
		String country = city[0];
		String street = random.pick(STREETS.getOrDefault(country, STREETS.get("US")));
		String number = Integer.toString(random.chance(0.7) ? random.between(1, 120) : random.between(121, 4800));
		if (random.chance(0.08)) {
			number += random.pick(new String[] {"a", "b", "A", "bis"});
		}
		return new Place(street, number, city[1], city[2], postalCode(country, random), country);
	}

	/** A postal code in the country's pattern ({@code 9} a digit, {@code A} a letter); empty where there is none. */
	public static String postalCode(String country, SeededRandom random) {
		String pattern = COUNTRIES.get(country)[1];
		StringBuilder out = new StringBuilder(pattern.length());
		for (char c : pattern.toCharArray()) {
			out.append(c == '9' ? (char) ('0' + random.digit()) : c == 'A' ? random.letterOf(LETTERS) : c);
		}
		if (!out.isEmpty() && out.charAt(0) == '0' && (country.equals("IN") || country.equals("RU") || country.equals("CN"))) {
			out.setCharAt(0, '1');
		}
		return out.toString();
	}

	/** The country's name in {@code en}, {@code de}, {@code fr}, {@code es} or its {@code local} language. */
	public static String countryName(String country, String language) {
		return COUNTRIES.get(country)[3 + LANGUAGES.indexOf(language)];
	}

	/** The international calling code of the country, without {@code +}. */
	public static String callingCode(String country) {
		return COUNTRIES.get(country)[2];
	}

	/** Every country code of the lists. */
	public static List<String> countries() {
		return COUNTRIES.keySet().stream().sorted().toList();
	}
}
