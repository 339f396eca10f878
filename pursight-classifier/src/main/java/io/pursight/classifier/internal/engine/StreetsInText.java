package io.pursight.classifier.internal.engine;

import io.pursight.classifier.internal.dictionary.Dictionaries;
import io.pursight.classifier.internal.dictionary.Lexicon;
import io.pursight.classifier.internal.text.AccentFolder;
import java.util.Set;

/**
 * Finds a street address inside prose: a house number beside a street name that a word for a
 * thoroughfare makes one, in the orders countries write them: the name first ({@code Berliner
 * Straße 12}, {@code Calle Mayor 5}, {@code Lindenallee 7}) or the number first ({@code 12 Main
 * Street}, {@code 8 rue Pasteur}). A number beside any capitalised word is not enough ("Windows
 * 11", "Terminal 5"), nor is a number beside a word that also names a room, a building or a
 * thing ("Suite 200", "Gate 12", "Route 66", "3 Green Tea").
 */
final class StreetsInText {
	private static final Lexicon LEXICON = Dictionaries.shipped().lexicon;
	/** Street words that say "street" only inside a longer street name, never beside a number alone. */
	private static final Set<String> NOT_ALONE = Set.of("suite", "ste", "apt", "apartment", "unit", "floor", "fl",
			"building", "bldg", "box", "po", "p", "o", "pobox", "postbox", "postfach", "c", "cl", "al", "ul", "ct",
			"cir", "sq", "green", "hill", "park", "gate", "walk", "row", "gardens", "grove", "circus", "square", "circle",
			"route", "rte", "trail", "trl", "ter", "bd", "cra", "sk", "cad", "marg", "nagar", "chowk", "ut", "av", "dr",
			"pl", "ring");
	/** Lower-case words inside street names: Place de la Mairie, Am Markt, Rua da Prata. */
	private static final Set<String> CONNECTORS = Set.of("de", "la", "le", "les", "del", "des", "du", "der", "di",
			"da", "do", "dos", "das", "della", "dei", "degli", "delle", "dello", "von", "van", "am", "an", "den", "im", "los", "las", "el", "of", "the",
			"y", "e", "et", "und");
	/**
	 * Endings of one-word street names. Fewer than whole addresses accept: in prose "Garantie",
	 * "Parkplatz" or "Hering" before a number are no streets.
	 */
	private static final String[] COMPOUND_SUFFIXES = {"strasse", "str", "gasse", "weg", "allee", "damm", "ufer",
			"gatan", "vagen", "veien", "vegen", "straat", "gracht", "laan", "gade", "vej", "katu"};
	private static final int MAX_NAME_WORDS = 4;
	private static final int MAX_HOUSE_DIGITS = 5;

	/** The first street address found: characters [from, to); from < 0 when none. */
	static final class Found {
		int from = -1;
		int to;
	}

	private StreetsInText() {
	}

	/** Looks for a street address in {@code text}; fills {@code out}. */
	static void find(String text, Found out) {
		out.from = -1;
		int len = text.length();
		for (int i = 0; i < len; i++) {
			if (!TextSpans.isDigit(text.charAt(i)) || (i > 0 && !isBoundary(text.charAt(i - 1)))) {
				continue;
			}
			int end = houseNumberEnd(text, i);
			if (end < 0) {
				while (i + 1 < len && TextSpans.isAlnum(text.charAt(i + 1))) {
					i++;
				}
				continue;
			}
			int before = nameBefore(text, i);
			if (before >= 0) {
				out.from = before;
				out.to = end;
				return;
			}
			int after = nameAfter(text, end);
			if (after >= 0) {
				out.from = i;
				out.to = after;
				return;
			}
			i = end;
		}
	}

	/** A number starts after a space, an opening bracket or a quote, not inside a date, an amount or a code. */
	private static boolean isBoundary(char c) {
		return c == ' ' || c == '(' || c == '"' || c == '\n' || c == '\t';
	}

	/** End of a house number (12, 31a, 12bis, 12-14) starting at {@code i}, or -1 when the token is something else. */
	private static int houseNumberEnd(String text, int i) {
		int len = text.length();
		int j = i;
		while (j < len && TextSpans.isDigit(text.charAt(j))) {
			j++;
		}
		if (j - i > MAX_HOUSE_DIGITS || (text.charAt(i) == '0')) {
			return -1;
		}
		if (j + 1 < len && text.charAt(j) == '-' && TextSpans.isDigit(text.charAt(j + 1))) {
			j++;
			while (j < len && TextSpans.isDigit(text.charAt(j))) {
				j++;
			}
		}
		int letters = 0;
		while (j + letters < len && NamesInText.isLetter(text.charAt(j + letters))) {
			letters++;
		}
		if (letters > 3) {
			return -1;
		}
		j += letters;
		if (j < len) {
			char c = text.charAt(j);
			boolean ends = c == ' ' || c == ',' || c == ')' || c == ';' || c == '\n' || c == '"'
					|| (c == '.' && (j + 1 == len || text.charAt(j + 1) == ' '));
			if (!ends) {
				return -1; // 12.5, 12:30, 12/3, 12% are no house numbers
			}
		}
		return j;
	}

	/** Start of a street name written just before the number at {@code number}, or -1. */
	private static int nameBefore(String text, int number) {
		int end = number - 1; // the space before the number
		if (end < 1 || text.charAt(end) != ' ') {
			return -1;
		}
		int start = -1;
		int words = 0;
		boolean street = false;
		boolean compound = false;
		int wordEnd = end;
		for (int seen = 0; seen < MAX_NAME_WORDS && wordEnd > 0; seen++) {
			int wordStart = wordEnd;
			if (seen == 0 && wordStart > 0 && text.charAt(wordStart - 1) == '.') {
				wordStart--; // Hafenstr. 8; only next to the number, where an abbreviation cannot end a sentence
			}
			while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
				wordStart--;
			}
			if (wordStart == wordEnd) {
				break;
			}
			String word = text.substring(wordStart, wordEnd);
			String folded = fold(word);
			if (Character.isUpperCase(word.charAt(0))) {
				words++;
				start = wordStart; // the name starts at a capital, never at a connector
				street |= isThoroughfare(folded);
				compound |= words == 1 && isStreetCompound(folded);
			} else if (seen == 0 || !CONNECTORS.contains(folded)) {
				break;
			}
			if (wordStart < 2 || text.charAt(wordStart - 1) != ' ') {
				break;
			}
			wordEnd = wordStart - 1;
		}
		return (street && words >= 2) || compound ? start : -1;
	}

	/** A one-word street name in the German, Dutch or Nordic way: Lindenallee, Kirchweg, Keizersgracht, Hauptstr. */
	private static boolean isStreetCompound(String folded) {
		if (folded.length() < 6) {
			return false;
		}
		for (String suffix : COMPOUND_SUFFIXES) {
			if (folded.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

	/** End of a street name written just after the number ending at {@code from}, or -1. */
	private static int nameAfter(String text, int from) {
		int i = from;
		int len = text.length();
		if (i + 1 < len && text.charAt(i) == ',') {
			i++; // 8, rue Pasteur
		}
		if (i >= len || text.charAt(i) != ' ') {
			return -1;
		}
		int words = 0;
		int end = -1;
		boolean firstIsStreet = false;
		boolean capitalAfter = false;
		while (words < MAX_NAME_WORDS + 1 && i < len && text.charAt(i) == ' ') {
			int wordStart = i + 1;
			int wordEnd = nameEnd(text, wordStart);
			if (wordEnd == wordStart) {
				break;
			}
			String word = text.substring(wordStart, wordEnd);
			String folded = fold(word);
			boolean capital = Character.isUpperCase(word.charAt(0));
			if (words == 0) {
				firstIsStreet = !capital && isThoroughfare(folded);
				if (!capital && !firstIsStreet) {
					return -1;
				}
			} else if (!capital && !CONNECTORS.contains(folded)) {
				break;
			}
			if (words > 0 && capital && isThoroughfare(folded)) {
				return wordEnd; // 12 Main Street
			}
			capitalAfter |= words > 0 && capital;
			words++;
			end = wordEnd;
			i = wordEnd;
		}
		return firstIsStreet && capitalAfter ? end : -1;
	}

	private static int nameEnd(String text, int start) {
		int i = start;
		while (i < text.length() && isWordChar(text.charAt(i))) {
			i++;
		}
		if (i < text.length() && text.charAt(i) == '.' && i - start <= 4 && i > start) {
			i++; // St., Ave.
		}
		return i;
	}

	private static boolean isWordChar(char c) {
		return NamesInText.isLetter(c) || c == '-' || c == '\'';
	}

	private static String fold(String word) {
		String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
		return AccentFolder.fold(w);
	}

	/** A word for a thoroughfare: Street, Straße, rue, Calle, Avenue, St. */
	private static boolean isThoroughfare(String folded) {
		return !NOT_ALONE.contains(folded) && (LEXICON.lookup(folded) & Lexicon.STREET_WORD) != 0;
	}
}
