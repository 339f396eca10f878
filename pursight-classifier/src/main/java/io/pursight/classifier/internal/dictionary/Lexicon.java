package io.pursight.classifier.internal.dictionary;

import java.util.HashMap;
import java.util.Map;

/**
 * All shipped dictionaries merged into one map from a folded word or phrase to a bit set of
 * the dictionaries holding it, so that a value is looked up once, not once per type.
 */
public final class Lexicon {
	public static final int GIVEN_NAME = 1;
	public static final int SURNAME = 1 << 1;
	public static final int CITY = 1 << 2;
	public static final int STATE = 1 << 3;
	public static final int COUNTRY = 1 << 4;
	public static final int JOB_WORD = 1 << 5;
	public static final int LEGAL_FORM = 1 << 6;
	public static final int STREET_WORD = 1 << 7;
	public static final int GENDER = 1 << 8;
	public static final int NAME_PARTICLE = 1 << 9;
	public static final int PERSON = GIVEN_NAME | SURNAME;

	private final Map<String, Integer> masks;

	private Lexicon(Map<String, Integer> masks) {
		this.masks = masks;
	}

	static Lexicon of(Dictionaries d) {
		Map<String, Integer> masks = new HashMap<>(32_768);
		add(masks, d.givenNames, GIVEN_NAME);
		add(masks, d.surnames, SURNAME);
		add(masks, d.cities, CITY);
		add(masks, d.states, STATE);
		add(masks, d.countries, COUNTRY);
		add(masks, d.jobWords, JOB_WORD);
		add(masks, d.legalForms, LEGAL_FORM);
		add(masks, d.streetWords, STREET_WORD);
		add(masks, d.genderTerms, GENDER);
		add(masks, d.nameParticles, NAME_PARTICLE);
		return new Lexicon(masks);
	}

	private static void add(Map<String, Integer> masks, Dictionary dictionary, int bit) {
		for (String entry : dictionary.entries()) {
			masks.merge(entry, bit, (a, b) -> a | b);
		}
	}

	/** Bits of the dictionaries holding the folded text; 0 when none. */
	public int lookup(String folded) {
		Integer mask = masks.get(folded);
		return mask == null ? 0 : mask;
	}
}
