package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.Verdict.BARE;
import static io.pursight.classifier.internal.engine.Verdict.DICT;
import static io.pursight.classifier.internal.engine.Verdict.NONE;
import static io.pursight.classifier.internal.engine.Verdict.SHAPE;
import static io.pursight.classifier.internal.engine.Verdict.VALID;

import io.pursight.classifier.internal.check.AddressLines;
import io.pursight.classifier.internal.dictionary.Dictionaries;
import io.pursight.classifier.internal.dictionary.Lexicon;
import io.pursight.classifier.internal.text.AccentFolder;
import io.pursight.classifier.internal.text.ValueProfile;

/**
 * The per-value tests of people and places: names, gender, cities, states, countries and street
 * addresses. They lean on the shipped name and place dictionaries; a dictionary hit adds evidence,
 * the shape alone decides whether a value can be one at all.
 */
final class PeopleAndPlaceTests {
	private static final Lexicon LEXICON = Dictionaries.shipped().lexicon;

	private PeopleAndPlaceTests() {
	}

	static int personName(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len < 2 || len > 60 || v.digits() > 0 || v.letters() < 2 || v.words() > 5 || v.ats() > 0
				|| v.slashes() > 0 || v.parens() > 0) {
			return NONE;
		}
		if (v.symbols() - v.dots() - v.dashes() - v.commas() > 1) {
			return NONE; // apostrophes are fine, other symbols are not names
		}
		v.scanWords(LEXICON);
		int words = v.wordCount();
		if (words == 0 || words > 5 || v.longestWord() > 20 || !capitalisedLikeAName(v)) {
			return NONE;
		}
		if (NameForms.endsInLegalForm(v)) {
			return NONE; // a company named after its founder (Schmidt Logistik GmbH) is no person
		}
		int hits = v.nameWords();
		// a multi-word value mostly made of unknown words (album titles, product names) is weaker
		boolean known = hits > 0 && hits * 2 >= words - 1;
		if (NameForms.isFullPersonName(v)) {
			return VALID | (known ? DICT : 0); // the telltale form: a given name and a surname, or an initial
		}
		return known ? SHAPE | DICT : properNounShape(v);
	}

	/** Names are Capitalised, UPPER or lower case, with lower-case particles (de, van) between words. */
	private static boolean capitalisedLikeAName(ValueProfile v) {
		if (v.upper() == 0 || v.lower() == 0) {
			return true;
		}
		String value = v.value();
		int len = value.length();
		boolean wordStart = true;
		for (int i = 0; i < len; i++) {
			char c = value.charAt(i);
			if (c == ' ' || c == '-') {
				wordStart = true;
				continue;
			}
			if (wordStart && Character.isLowerCase(c)) {
				int end = i;
				while (end < len && value.charAt(end) != ' ' && value.charAt(end) != '-') {
					end++;
				}
				String particle = AccentFolder.fold(value.substring(i, end));
				if ((LEXICON.lookup(particle) & Lexicon.NAME_PARTICLE) == 0) {
					return false;
				}
			}
			wordStart = false;
		}
		return true;
	}

	/**
	 * The verdict of a name-shaped value the dictionary lacks. Names of people and places are
	 * proper nouns, written with capitals; a value in lower case only ("pending", "shipped") is
	 * a common word, so unless the dictionary knows it, it does not have the shape: it
	 * contradicts a column name that says names, where an unknown capitalised word does not.
	 */
	private static int properNounShape(ValueProfile v) {
		return v.upper() == 0 ? NONE : SHAPE;
	}

	static int city(ValueProfile v, ScanState s) {
		if (!placeNameShaped(v, 50)) {
			return NONE;
		}
		return inPlaceDictionary(v, Lexicon.CITY) ? SHAPE | DICT : properNounShape(v);
	}

	static int stateProvince(ValueProfile v, ScanState s) {
		if (isShortCode(v)) {
			return SHAPE | ((v.scanWords(LEXICON).fullMask() & Lexicon.STATE) != 0 ? DICT : 0);
		}
		if (!placeNameShaped(v, 50)) {
			return NONE;
		}
		return inPlaceDictionary(v, Lexicon.STATE) ? SHAPE | DICT : properNounShape(v);
	}

	static int country(ValueProfile v, ScanState s) {
		if (!isShortCode(v) && !placeNameShaped(v, 60)) {
			return NONE;
		}
		return (v.scanWords(LEXICON).fullMask() & Lexicon.COUNTRY) != 0 ? SHAPE | DICT : properNounShape(v);
	}

	/** Two or three upper-case letters, the way ISO codes for countries and subdivisions are written. */
	private static boolean isShortCode(ValueProfile v) {
		return (v.length() == 2 || v.length() == 3) && v.upper() == v.length();
	}

	/** Words of letters with spaces, hyphens, dots and apostrophes; no digits, at most six words. */
	private static boolean placeNameShaped(ValueProfile v, int maxLength) {
		int len = v.length();
		if (len < 2 || len > maxLength || v.digits() > 0 || v.letters() < 2 || v.words() > 6 || v.ats() > 0
				|| v.slashes() > 1) {
			return false;
		}
		int otherSymbols = v.symbols() - v.dots() - v.dashes() - v.commas() - v.parens();
		return otherSymbols <= 1;
	}

	/** The whole value, or the value without a parenthesised or comma-separated qualifier, is in the dictionary. */
	private static boolean inPlaceDictionary(ValueProfile v, int bit) {
		if ((v.scanWords(LEXICON).fullMask() & bit) != 0) {
			return true;
		}
		String value = v.value();
		int cut = indexOfAny(value, ",(");
		if (cut > 1) {
			return (LEXICON.lookup(AccentFolder.fold(value.substring(0, cut))) & bit) != 0;
		}
		// "Co. Cork", "County Kerry": a county prefix before the name
		String folded = v.folded();
		if (folded.startsWith("co ") || folded.startsWith("county ")) {
			return (LEXICON.lookup(folded.substring(folded.indexOf(' ') + 1)) & bit) != 0;
		}
		return false;
	}

	private static int indexOfAny(String s, String chars) {
		for (int i = 0; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	static int gender(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len == 1) {
			char c = Character.toUpperCase(v.first());
			return "MFWDXUNO0129".indexOf(c) >= 0 ? SHAPE | BARE : NONE;
		}
		if (len > 25 || v.digits() > 0) {
			return NONE;
		}
		return (v.scanWords(LEXICON).fullMask() & Lexicon.GENDER) != 0 ? VALID | DICT : NONE;
	}

	/**
	 * A house number beside words, a known street word (Road, Rue, -straße) or, without either,
	 * a proper-noun phrase: streets named without a number or a street word (Broadway, Unter den
	 * Linden) have the shape; only the street words count as dictionary support.
	 */
	static int streetAddress(ValueProfile v, ScanState s) {
		int len = v.length();
		if (len < 5 || len > 150 || v.letters() < 3 || v.ats() > 0) {
			return NONE;
		}
		if (v.digits() > 0 && v.digits() * 2 > len) {
			return NONE; // mostly digits: a phone, a code or a measure
		}
		if ((v.scanWords(LEXICON).anyWordMask() & Lexicon.STREET_WORD) != 0 || hasStreetSuffixWord(v.folded())
				|| (v.digits() >= 4 && AddressLines.isOneLine(v.value()))) {
			return SHAPE | DICT; // a whole address line says street address as clearly as a street word
		}
		if (v.digits() > 0) {
			return v.words() >= 2 ? SHAPE : NONE;
		}
		return placeNameShaped(v, 80) ? properNounShape(v) : NONE;
	}

	private static final String[] STREET_SUFFIXES = {"strasse", "str", "gasse", "weg", "gatan", "vagen", "veien",
			"vegen", "gata", "katu", "gade", "vej", "straat", "gracht", "laan", "plein", "platz", "allee", "damm", "ring",
			"ufer", "tie"};

	/** German, Nordic and Dutch street names are single words: Berliner Straße, Åkergatan, Lijnbaansgracht. */
	static boolean hasStreetSuffixWord(String folded) {
		int end = folded.length();
		for (int i = end - 1; i >= -1; i--) {
			if (i == -1 || folded.charAt(i) == ' ') {
				if (end - (i + 1) > 5) {
					for (String suffix : STREET_SUFFIXES) {
						if (folded.regionMatches(end - suffix.length(), suffix, 0, suffix.length())) {
							return true;
						}
					}
				}
				end = i;
			}
		}
		return false;
	}
}
