package io.pursight.classifier.internal.engine;

import static io.pursight.classifier.internal.engine.TextSpans.isAlnum;
import static io.pursight.classifier.internal.engine.TextSpans.isDigit;

import io.pursight.classifier.internal.check.PostalCodes;
import java.util.Set;

/**
 * Finds a street and house number inside prose, in the orders people write them: "12 Main
 * Street", "12, rue de la Paix", "Hauptstraße 12", "Berliner Str. 5", "Via Roma 12", "Calle
 * Mayor 5", "Kerkstraat 12". The search starts from short numbers standing alone, which most
 * text has few of, and looks at the words on either side: a number counts only next to a word
 * that names a street and a capitalised street name, since a number beside ordinary words is a
 * quantity, and "12 St." alone is twelve pieces (Stück) rather than a street.
 */
final class StreetsInText {
	/** Words after the street's name: Main Street, Baker St., Berliner Straße, Lindenweg is a compound. */
	private static final WordSet AFTER_NAME = WordSet.of("street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
			"drive", "dr", "boulevard", "blvd", "way", "court", "ct", "place", "pl", "terrace", "crescent", "close",
			"square", "sq", "parkway", "pkwy", "highway", "hwy", "circle", "mews", "grove", "gardens", "alley",
			"quay", "strasse", "str", "gasse", "weg", "platz", "allee", "straat", "laan", "plein");
	/** Words before the street's name: rue de la Paix, Calle Mayor, Via Roma, Avenida de la Constitución. */
	private static final WordSet BEFORE_NAME = WordSet.of("rue", "avenue", "av", "boulevard", "bd", "chemin",
			"allee", "impasse", "quai", "place", "cours", "calle", "avenida", "avda", "paseo", "plaza", "carrer",
			"camino", "carretera", "rambla", "rua", "travessa", "praca", "via", "viale", "piazza", "piazzale", "corso",
			"vicolo", "largo", "ul", "ulica");
	/** Of them, words that are common words too ("sent via Amazon 2 weeks ago"): a word after the number must not go on the sentence. */
	private static final WordSet AMBIGUOUS = WordSet.of("via", "place", "cours", "largo", "way", "close", "court",
			"drive", "square", "circle", "grove", "gardens", "weg", "platz", "plein", "plaza", "av", "dr", "pl");
	/** Endings of one-word street names: Hauptstraße, Kerkstraat, Åkergatan, Lindenweg. */
	private static final String[] COMPOUNDS = {"strasse", "straße", "gasse", "allee", "damm", "ufer", "straat", "gracht", "gatan",
			"gata", "vagen", "vägen", "veien", "vej", "gade", "katu", "tie", "weg", "platz", "laan", "plein", "kade", "dijk",
			"singel"};
	/** Of them, endings of everyday nouns as well (Heimweg, Parkplatz, Brigade): a postal code or town must follow. */
	private static final Set<String> WEAK_COMPOUNDS = Set.of("weg", "platz", "plein", "kade", "dijk", "gade", "tie");
	/** Words after a house number that belong to it: 12 bis rue Pasteur. */
	private static final WordSet NUMBER_SUFFIXES = WordSet.of("bis", "ter", "quater");
	/** Small words inside street names: rue de la Paix, Via della Spiga, Avenue of the Americas. */
	private static final WordSet PARTICLES = WordSet.of("de", "du", "des", "la", "le", "les", "del", "della", "delle",
			"dei", "di", "da", "do", "dos", "das", "van", "der", "den", "von", "of", "the", "y", "e", "et", "san", "st");
	private static final int MAX_WORDS = 5;
	/** Room a caller of {@link #atNumber} provides for the words around the number. */
	static final int WORD_ROOM = 2 * MAX_WORDS;

	private StreetsInText() {
	}

	/** The first street and house number in {@code text}, as {@code start << 32 | end}, or -1. */
	static long find(String text) {
		int len = text.length();
		int[] words = new int[WORD_ROOM];
		for (int i = 0; i < len; i++) {
			if (isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1)))) {
				int end = i;
				while (end < len && isDigit(text.charAt(end))) {
					end++;
				}
				long span = atNumber(text, i, end, words);
				if (span >= 0) {
					return span;
				}
				i = end;
			}
		}
		return -1;
	}

	/**
	 * The street whose house number is the digits [start, end) of {@code text}, as {@code start << 32 | end},
	 * or -1; {@code words} is room for {@link #WORD_ROOM} ints.
	 */
	static long atNumber(String text, int start, int end, int[] words) {
		if (start > 0 && !startsNumber(text.charAt(start - 1))) {
			return -1;
		}
		int numberEnd = houseNumberEnd(text, start, end);
		if (numberEnd < 0) {
			return -1;
		}
		long span = numberFirst(text, start, numberEnd, words);
		return span >= 0 ? span : numberLast(text, start, numberEnd, words);
	}

	/** Where a house number of 1-4 digits and an optional letter ends (12, 12a, 221B), or -1 for a date, time, amount... */
	private static int houseNumberEnd(String text, int start, int end) {
		int len = text.length();
		if (end - start > 4 || text.charAt(start) == '0') {
			return -1;
		}
		char letter = end < len ? text.charAt(end) : ' ';
		if (Character.isLetter(letter) && (letter | 0x20) != 'x'
				&& (end + 1 == len || !Character.isLetter(text.charAt(end + 1)))) {
			end++; // 12a, 221B, but not 2x
		}
		if (end < len) {
			char c = text.charAt(end);
			char next = end + 1 < len ? text.charAt(end + 1) : ' ';
			if (isAlnum(c) || c == '%' || c == '€' || c == '$' || c == '£' || c == '@' || c == '_'
					|| ((c == '.' || c == ':' || c == '/' || c == '-' || c == ',') && isDigit(next))) {
				return -1;
			}
		}
		return end;
	}

	private static boolean startsNumber(char before) {
		return before == ' ' || before == ',' || before == '(' || before == '\n' || before == '\t' || before == ':';
	}

	/** 12 Main Street, 12 rue de la Paix: the street after its number. */
	private static long numberFirst(String text, int start, int end, int[] w) {
		// most numbers in notes are quantities ("in 6 weeks"): one word tells, before five are read
		if (wordsAfter(text, end, w, 1) == 0 || !(isCapitalised(text, w[0], w[1])
				|| BEFORE_NAME.contains(text, w[0], w[1]) || NUMBER_SUFFIXES.contains(text, w[0], w[1]))) {
			return -1;
		}
		int n = wordsAfter(text, end, w, MAX_WORDS);
		if (NUMBER_SUFFIXES.contains(text, w[0], w[1]) && n > 1) {
			System.arraycopy(w, 2, w, 0, 2 * --n);
		}
		if (BEFORE_NAME.contains(text, w[0], w[1])) {
			int nameEnd = nameAfter(text, w, 1, n);
			return nameEnd < 0 ? -1 : span(start, nameEnd);
		}
		for (int k = 1; k < n; k++) {
			if (!isCapitalised(text, w[2 * k - 2], w[2 * k - 1])) {
				return -1;
			}
			int typeStart = w[2 * k];
			int typeEnd = w[2 * k + 1];
			if (AFTER_NAME.contains(text, typeStart, typeEnd)
					&& (typeEnd - typeStart > 3 || isCapitalised(text, typeStart, typeEnd))) {
				boolean plain = !AMBIGUOUS.contains(text, typeStart, typeEnd) || !goesOn(text, typeEnd);
				boolean year = isYear(text, start, end) && !placeFollows(text, typeEnd);
				return plain && !year ? span(start, typeEnd) : -1;
			}
		}
		return -1;
	}

	/** Hauptstraße 12, Berliner Str. 5, Via Roma 12, Calle Mayor 5: the street before its number. */
	private static long numberLast(String text, int start, int end, int[] w) {
		if (wordsBefore(text, start, w, 1) == 0
				|| !(isCapitalised(text, w[0], w[1]) || AFTER_NAME.contains(text, w[0], w[1]))) {
			return -1;
		}
		int n = wordsBefore(text, start, w, MAX_WORDS);
		// w holds the words nearest first: w[0..1] is the word just before the number
		if (end - start == 4 && isDigit(text.charAt(end - 1)) && !placeFollows(text, end)) {
			return -1; // Wall Street 2008: where the street comes first, four digits are a year more often than a house
		}
		int lastStart = w[0];
		int lastEnd = w[1];
		boolean capitalised = isCapitalised(text, lastStart, lastEnd);
		if (capitalised) {
			for (String ending : COMPOUNDS) {
				int at = lastEnd - ending.length();
				if (at - lastStart >= 3 && text.regionMatches(true, at, ending, 0, ending.length())) {
					boolean confirmed = !WEAK_COMPOUNDS.contains(ending) || placeFollows(text, end);
					return confirmed ? span(lastStart, end) : -1;
				}
			}
			if (lastEnd - lastStart >= 6 && text.regionMatches(true, lastEnd - 3, "str", 0, 3) && lastEnd < text.length()
					&& text.charAt(lastEnd) == '.') {
				return span(lastStart, end); // Hauptstr. 5
			}
		}
		if (n > 1 && AFTER_NAME.contains(text, lastStart, lastEnd) && isCapitalised(text, w[2], w[3])
				&& (lastEnd - lastStart > 3 || capitalised)) {
			return !AMBIGUOUS.contains(text, lastStart, lastEnd) || !goesOn(text, end) ? span(w[2], end) : -1;
		}
		// a word naming the street's kind, then only particles and capitalised words up to the number
		boolean named = false;
		for (int k = 0; k < n; k++) {
			int from = w[2 * k];
			int to = w[2 * k + 1];
			boolean kind = BEFORE_NAME.contains(text, from, to);
			if (kind && named) {
				return !AMBIGUOUS.contains(text, from, to) || !goesOn(text, end) ? span(from, end) : -1;
			}
			if (isCapitalised(text, from, to) && !kind) {
				named = true;
			} else if (!PARTICLES.contains(text, from, to)) {
				return -1;
			}
		}
		return -1;
	}

	/** A year of the last two centuries: "Copyright 2016 Iain Lane" names a year and a person, not a house. */
	private static boolean isYear(String text, int start, int end) {
		return end - start == 4 && (text.startsWith("19", start) || text.startsWith("20", start));
	}

	/** Particles then at least one capitalised word from word {@code k}: where the name ends, or -1. */
	private static int nameAfter(String text, int[] w, int k, int n) {
		int nameEnd = -1;
		for (; k < n; k++) {
			if (isCapitalised(text, w[2 * k], w[2 * k + 1])) {
				nameEnd = w[2 * k + 1];
			} else if (nameEnd >= 0 || !PARTICLES.contains(text, w[2 * k], w[2 * k + 1])) {
				return nameEnd;
			}
		}
		return nameEnd;
	}

	/** Up to {@code most} words after {@code from}, separated by spaces only; a comma may stand before the first. */
	private static int wordsAfter(String text, int from, int[] w, int most) {
		int len = text.length();
		int i = from;
		if (i < len && text.charAt(i) == ',') {
			i++;
		}
		int n = 0;
		while (n < most && i < len && text.charAt(i) == ' ') {
			while (i < len && text.charAt(i) == ' ') {
				i++;
			}
			int s = i;
			while (i < len && isWordChar(text.charAt(i))) {
				i++;
			}
			if (i == s) {
				break;
			}
			w[2 * n] = s;
			w[2 * n + 1] = i;
			n++;
			if (i < len && text.charAt(i) != ' ') {
				break; // punctuation ends the street: "12 Main St., Springfield"
			}
		}
		return n;
	}

	/** Up to {@code most} words before {@code to}, nearest first; a comma or an abbreviation's dot may follow the nearest. */
	private static int wordsBefore(String text, int to, int[] w, int most) {
		int i = to;
		int n = 0;
		while (n < most && i > 0 && text.charAt(i - 1) == ' ') {
			while (i > 0 && text.charAt(i - 1) == ' ') {
				i--;
			}
			boolean dot = false;
			if (n == 0 && i > 0 && text.charAt(i - 1) == ',') {
				i--;
			} else if (i > 0 && text.charAt(i - 1) == '.') {
				i--; // an abbreviation's dot: Hauptstr. 5, ul. Długa 5
				dot = true;
			}
			int e = i;
			while (i > 0 && isWordChar(text.charAt(i - 1))) {
				i--;
			}
			if (i == e || (dot && n > 0 && e - i > 4)) {
				break; // a sentence ended there
			}
			w[2 * n] = i;
			w[2 * n + 1] = e;
			n++;
		}
		return n;
	}

	/** Whether the sentence goes on after {@code end} with a lower-case word: "via Amazon 2 weeks ago". */
	private static boolean goesOn(String text, int end) {
		int i = end;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i > end && i < text.length() && Character.isLowerCase(text.charAt(i));
	}

	/** Whether a postal code or a town follows the house number: "Lindenweg 5, 12345 Berlin", "Marktplatz 3, Hamm". */
	private static boolean placeFollows(String text, int end) {
		int i = end;
		if (i < text.length() && text.charAt(i) == ',') {
			i++;
		}
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		if (i == end || i >= text.length()) {
			return false;
		}
		int to = i;
		while (to < text.length() && (isAlnum(text.charAt(to)) || text.charAt(to) == '-')) {
			to++;
		}
		// a postal code of four characters or more (three are too often a room or a floor), or a town after a comma
		return to - i >= 4 && PostalCodes.hasLayout(text, i, to)
				|| (!isDigit(text.charAt(i)) && text.charAt(end) == ',' && Character.isUpperCase(text.charAt(i)));
	}

	private static boolean isWordChar(char c) {
		return NamesInText.isLetter(c) || c == '-' || c == '\'';
	}

	/** Starts with an upper-case letter (after an elided article: d'Italie, l'Église) and has a lower-case one. */
	private static boolean isCapitalised(String text, int from, int to) {
		if (to - from >= 3 && text.charAt(from + 1) == '\'') {
			from += 2;
		}
		return to - from >= 2 && Character.isUpperCase(text.charAt(from)) && Character.isLowerCase(text.charAt(to - 1));
	}

	private static long span(int start, int end) {
		return (long) start << 32 | end;
	}
}
