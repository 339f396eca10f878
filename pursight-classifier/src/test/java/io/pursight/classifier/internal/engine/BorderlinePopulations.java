package io.pursight.classifier.internal.engine;

import io.pursight.classifier.internal.engine.DecisionStability.Population;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Test support: columns of a few thousand rows whose decisions sit near a threshold, as real
 * databases hold them. Codes stored in an integer column lose their leading zeros; columns of small
 * numbers carry names that sound sensitive; hard negatives look like the sensitive type.
 */
final class BorderlinePopulations {
	static final int ROWS = 3000;

	private BorderlinePopulations() {
	}

	/** Card security codes of {@code digits} digits, zero-padded as a text column keeps them. */
	static Population codesAsText(String table, String column, int digits, long seed) {
		int bound = (int) Math.pow(10, digits);
		return rows(table, column, "varchar(4)", seed, r -> pad(r.nextInt(bound), digits));
	}

	/** The same codes in an integer column: 012 reads back as 12, as 10% of three-digit codes do. */
	static Population codesAsIntegers(String table, String column, int digits, long seed) {
		int bound = (int) Math.pow(10, digits);
		return rows(table, column, "int4", seed, r -> Integer.toString(r.nextInt(bound)));
	}

	/** Three-digit codes with one in {@code amexEvery} of four digits, as card tables mixing networks hold them. */
	static Population mixedCodes(String table, String column, int amexEvery, long seed) {
		return rows(table, column, "varchar(4)", seed,
				r -> r.nextInt(amexEvery) == 0 ? pad(r.nextInt(10_000), 4) : pad(r.nextInt(1000), 3));
	}

	/** US ZIP codes in an integer column (00501 reads back as 501), the north-east's codes included. */
	static Population zipCodesAsIntegers(String table, String column, long seed) {
		return rows(table, column, "integer", seed, r -> Integer.toString(501 + r.nextInt(99_950 - 501)));
	}

	/** Ages of adults, with one in {@code unknownEvery} rows a sentinel (999) for "not known". */
	static Population agesWithSentinel(String table, String column, int unknownEvery, long seed) {
		return rows(table, column, "smallint", seed,
				r -> unknownEvery > 0 && r.nextInt(unknownEvery) == 0 ? "999" : Integer.toString(18 + r.nextInt(70)));
	}

	/** Small integers in [{@code from}, {@code to}], as counts, levels and scores hold them. */
	static Population smallIntegers(String table, String column, int from, int to, long seed) {
		return rows(table, column, "int4", seed, r -> Integer.toString(from + r.nextInt(to - from + 1)));
	}

	/** Four-digit phone extensions: digits that are not a phone number. */
	static Population extensions(String table, String column, long seed) {
		return rows(table, column, "varchar(4)", seed, r -> Integer.toString(1000 + r.nextInt(9000)));
	}

	/** Gender codes with one row in {@code junkEvery} a stray spelling, of which there are many. */
	static Population genderWithStrays(String table, String column, int junkEvery, long seed) {
		List<String> strays = List.of("Male", "Female", "male", "female", "m.", "f.", "MALE", "FEMALE", "Man", "Woman", "U",
				"X", "N", "O", "Other", "unspecified", "prefer not to say", "W", "D", "Divers", "mm", "ff", "Fem", "Mal",
				"nb", "NB", "non-binary", "Non-binary", "man", "woman", "F ", "M ", "boy", "girl", "Boy", "Girl");
		return rows(table, column, "varchar(20)", seed, r -> r.nextInt(junkEvery) == 0 ? strays.get(r.nextInt(strays.size()))
				: r.nextBoolean() ? "M" : "F");
	}

	/** Place names a dictionary does not hold, drawn with a long tail: a few common, many rare. */
	static Population unknownPlaces(String table, String column, int places, long seed) {
		List<String> names = new ArrayList<>();
		String[] heads = {"Oak", "Elm", "Ash", "Birch", "Cedar", "Maple", "Pine", "Willow", "Alder", "Hazel"};
		String[] tails = {"brook", "dale", "ford", "ham", "ley", "mere", "stead", "thorpe", "wick", "worth"};
		for (int i = 0; names.size() < places; i++) {
			names.add(heads[i % heads.length] + tails[(i / heads.length) % tails.length]);
		}
		return rows(table, column, "varchar(60)", seed, r -> names.get((int) Math.floor(places * Math.pow(r.nextDouble(), 3))));
	}

	/** ABA routing numbers with a valid check digit, in an integer column: the Federal Reserve districts 01-09 lose their zero. */
	static Population routingNumbersAsIntegers(String table, String column, long seed) {
		return rows(table, column, "bigint", seed, r -> {
			int[] d = new int[9];
			int district = 1 + r.nextInt(12);
			d[0] = district / 10;
			d[1] = district % 10;
			for (int i = 2; i < 8; i++) {
				d[i] = r.nextInt(10);
			}
			int sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]);
			d[8] = (10 - sum % 10) % 10;
			long value = 0;
			for (int digit : d) {
				value = value * 10 + digit;
			}
			return Long.toString(value);
		});
	}

	/** US social security numbers within the area/group/serial rules, in an integer column: areas 001-099 lose zeros. */
	static Population ssnsAsIntegers(String table, String column, long seed) {
		return rows(table, column, "bigint", seed, r -> {
			int area = 1 + r.nextInt(899);
			area = area == 666 ? 667 : area;
			return Long.toString(area * 1_000_000L + (1 + r.nextInt(99)) * 10_000L + 1 + r.nextInt(9999));
		});
	}

	private static Population rows(String table, String column, String dataType, long seed,
			Function<Random, String> value) {
		Random random = new Random(seed);
		List<String> out = new ArrayList<>(ROWS);
		for (int i = 0; i < ROWS; i++) {
			out.add(value.apply(random));
		}
		return new Population(table, column, dataType, List.copyOf(out));
	}

	private static String pad(int value, int digits) {
		String s = Integer.toString(value);
		return "0".repeat(Math.max(0, digits - s.length())) + s;
	}
}
