package io.pursight.bench.corpus;

import io.pursight.synthetic.SeededRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws {@link Person}s from the corpus name lists, culture by culture with the weights of {@code cultures.tsv}. */
public final class People {
	private static final List<String[]> CULTURES = ResourceLists.rows("cultures.tsv");
	private static final int[] WEIGHTS = CULTURES.stream().mapToInt(r -> Integer.parseInt(r[1])).toArray();
	private static final Map<String, List<String>> FEMALE = new HashMap<>();
	private static final Map<String, List<String>> MALE = new HashMap<>();
	private static final Map<String, List<String>> FAMILY = new HashMap<>();

	static {
		for (String[] r : ResourceLists.rows("given-names.tsv")) {
			(r[1].equals("f") ? FEMALE : MALE).put(r[0], List.of(r[2].split(",")));
		}
		for (String[] r : ResourceLists.rows("family-names.tsv")) {
			FAMILY.put(r[0], List.of(r[1].split(",")));
		}
		for (String[] c : CULTURES) {
			if (!FEMALE.containsKey(c[0]) || !MALE.containsKey(c[0]) || !FAMILY.containsKey(c[0])) {
				throw new IllegalStateException("culture " + c[0] + " lacks given or family names");
			}
		}
	}

	private People() {
	}

	/** A person of any culture, born between 1950 and 2006. */
	public static Person draw(SeededRandom random) {
		String[] culture = CULTURES.get(random.weightedIndex(WEIGHTS));
		return draw(culture[0], random.pick(culture[2].split(",")), random);
	}

	/** A person of a named culture living in {@code country}. */
	public static Person draw(String culture, String country, SeededRandom random) {
		boolean female = random.chance(0.5);
		List<String> given = (female ? FEMALE : MALE).get(culture);
		String first = random.pick(given);
		String middle = random.chance(0.15) ? random.pick(given) : null;
		if (first.equals(middle)) {
			middle = null;
		}
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.between(0, 365 * 56));
		return new Person(culture, first, middle, random.pick(FAMILY.get(culture)), female, country, born);
	}

	/** The naming cultures of the lists, for tests and datasets that want one. */
	public static List<String> cultures() {
		List<String> out = new ArrayList<>();
		CULTURES.forEach(c -> out.add(c[0]));
		return out;
	}
}
