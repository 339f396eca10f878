package io.pursight.classifier.internal.engine;

import io.pursight.classifier.internal.dictionary.Dictionaries;
import io.pursight.classifier.internal.dictionary.Lexicon;
import io.pursight.classifier.internal.text.AccentFolder;
import java.util.Set;

/**
 * Finds a person's name inside prose. A capitalised word is a name only with something that
 * says so: a title before it (Mr., Dr., Frau), a greeting (Dear, Hallo, Bonjour) before a
 * known name, or a known given name followed by a known surname that is no street, place or
 * company word. A capitalised word alone is not enough: sentences start with one, and product,
 * place and company names are capitalised too.
 */
final class NamesInText {
	private static final Lexicon LEXICON = Dictionaries.shipped().lexicon;
	private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam",
			"herr", "frau", "monsieur", "madame", "mme", "mlle", "sr", "sra", "srta", "senor", "senora", "dott", "sig",
			"signor", "signora", "dhr", "mevr");
	private static final Set<String> GREETINGS = Set.of("dear", "hi", "hello", "hey", "hallo", "liebe", "lieber",
			"bonjour", "hola", "estimado", "estimada", "caro", "cara", "beste", "geachte", "ciao", "regards", "thanks",
			"cheers", "sincerely", "gruss", "grusse", "cordialement", "saludos");
	/**
	 * Words for a relative, partner or neighbour, after which people write a given name alone: "my
	 * husband Tom", "Ehefrau Anna", "sa fille Léa". A known given name must follow, as after a greeting.
	 */
	private static final Set<String> RELATIONS = Set.of("husband", "wife", "partner", "son", "daughter", "mother",
			"father", "mom", "mum", "dad", "brother", "sister", "friend", "neighbour", "neighbor", "boyfriend",
			"girlfriend", "fiance", "fiancee", "grandson", "granddaughter", "grandmother", "grandfather", "colleague",
			"ehefrau", "ehemann", "mann", "sohn", "tochter", "mutter", "vater", "bruder", "schwester", "nachbar",
			"nachbarin", "freund", "freundin", "partnerin", "mari", "femme", "fils", "fille", "mere", "pere", "frere",
			"soeur", "voisin", "voisine", "ami", "amie", "esposo", "esposa", "marido", "mujer", "hijo", "hija", "madre",
			"padre", "hermano", "hermana", "vecino", "vecina", "amigo", "amiga", "marito", "moglie", "figlio", "figlia",
			"fratello", "sorella", "echtgenoot", "echtgenote", "vrouw", "zoon", "dochter", "buurman", "buurvrouw");
	/** Capitalised words that follow a name but make it the name of a place, an institution or a thing. */
	private static final Set<String> NOT_A_PERSON_AFTER = Set.of("university", "college", "school", "institute",
			"hospital", "clinic", "church", "foundation", "center", "centre", "museum", "library", "hall", "park",
			"bridge", "airport", "station", "hotel", "bank", "group", "company", "corporation", "award", "prize",
			"trophy", "day", "cup", "memorial", "partners", "associates", "consulting", "international", "holdings",
			"industries", "services", "systems", "solutions", "controls", "causeway", "highway", "expressway",
			"parkway", "boulevard", "blvd", "jr", "stadium", "arena", "theatre", "theater", "building", "tower");
	private static final int NOT_A_PERSON_MASK = Lexicon.STREET_WORD | Lexicon.LEGAL_FORM | Lexicon.CITY
			| Lexicon.COUNTRY | Lexicon.STATE | Lexicon.JOB_WORD;

	/** The first name found: characters [from, to) and whether the dictionary knows it; from < 0 when none. */
	static final class Found {
		int from = -1;
		int to;
		boolean known;
	}

	private NamesInText() {
	}

	/** Looks for a name in {@code text}, which holds at least one upper-case letter; fills {@code out}. */
	static void find(String text, Found out) {
		out.from = -1;
		int len = text.length();
		int prevStart = -1;
		int prevEnd = -1;
		int i = 0;
		while (i < len) {
			while (i < len && !isLetter(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < len && (isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
				i++;
			}
			int end = i;
			if (end - start >= 2 && prevStart >= 0 && isCapitalised(text, start, end)
					&& onlySpaceOrPunctuation(text, prevEnd, start)) {
				String previous = fold(text, prevStart, prevEnd);
				if (isNameAfter(text, previous, prevStart, prevEnd, start, end)) {
					out.from = isCapitalised(text, prevStart, prevEnd) && !TITLES.contains(previous)
							&& !GREETINGS.contains(previous) && !RELATIONS.contains(previous) ? prevStart : start;
					out.to = end;
					out.known = (lookup(text, start, end) & Lexicon.PERSON) != 0;
					return;
				}
			}
			prevStart = start;
			prevEnd = end;
		}
		signature(text, out);
	}

	/**
	 * A signature at the end of the text: a dash, a known given name and an optional initial
	 * ("Great value. — Maria K."). A given name alone after a finished sentence and a dash at
	 * the very end is how people sign reviews and messages; "Colour - Olive" is a variant.
	 */
	private static void signature(String text, Found out) {
		int end = text.length();
		while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\n')) {
			end--;
		}
		int i = end;
		if (i >= 2 && text.charAt(i - 1) == '.' && Character.isUpperCase(text.charAt(i - 2))) {
			i -= 2; // an initial: Maria K.
		} else if (i >= 1 && Character.isUpperCase(text.charAt(i - 1))) {
			i -= 1;
		}
		int nameEnd = i < end ? i - 1 : i;
		if (nameEnd <= 0 || (i < end && text.charAt(nameEnd) != ' ')) {
			return;
		}
		int start = nameEnd;
		while (start > 0 && isLetter(text.charAt(start - 1))) {
			start--;
		}
		int dash = start - 1;
		while (dash >= 0 && text.charAt(dash) == ' ') {
			dash--;
		}
		if (dash < 0 || dash == start - 1 || "-\u2013\u2014~".indexOf(text.charAt(dash)) < 0
				|| !isCapitalised(text, start, nameEnd)) {
			return;
		}
		int before = dash - 1;
		while (before >= 0 && text.charAt(before) == ' ') {
			before--;
		}
		if (before >= 0 && ".!?)\n".indexOf(text.charAt(before)) < 0) {
			return; // "Colour - Olive" names a variant; a signature stands after a finished sentence
		}
		int mask = lookup(text, start, nameEnd);
		if ((mask & Lexicon.GIVEN_NAME) != 0 && (mask & NOT_A_PERSON_MASK) == 0) {
			out.from = start;
			out.to = end;
			out.known = true;
		}
	}

	private static boolean isNameAfter(String text, String previous, int prevStart, int prevEnd, int start, int end) {
		int mask = lookup(text, start, end);
		if (TITLES.contains(previous)) {
			return (mask & NOT_A_PERSON_MASK) == 0 || (mask & Lexicon.PERSON) != 0;
		}
		if (GREETINGS.contains(previous)) {
			return (mask & Lexicon.PERSON) != 0 && (mask & NOT_A_PERSON_MASK) == 0;
		}
		if (RELATIONS.contains(previous)) {
			// "for your wife Valentine's Day": the given name may start a longer proper noun
			return (mask & Lexicon.GIVEN_NAME) != 0 && (mask & NOT_A_PERSON_MASK) == 0 && endsPersonName(text, end);
		}
		// given name + surname, neither of them a place or company word, and not the start of a longer proper noun
		if (!isCapitalised(text, prevStart, prevEnd) || (LEXICON.lookup(previous) & Lexicon.GIVEN_NAME) == 0
				|| (LEXICON.lookup(previous) & NOT_A_PERSON_MASK) != 0 || (mask & Lexicon.SURNAME) == 0
				|| (mask & NOT_A_PERSON_MASK) != 0 || text.charAt(prevEnd) != ' '
				|| NOT_A_PERSON_AFTER.contains(fold(text, start, end))) {
			return false;
		}
		return endsPersonName(text, end);
	}

	/**
	 * Whether the capitalised words from {@code end} on, which belong to the same proper noun
	 * (Martin Luther King Boulevard, Linda Green Consulting Group Ltd), hold no street, place,
	 * company or institution word that makes it something else than a person's name.
	 */
	private static boolean endsPersonName(String text, int end) {
		int next = end;
		for (int words = 0; words < 4; words++) {
			while (next < text.length() && text.charAt(next) == ' ') {
				next++;
			}
			int nextEnd = next;
			while (nextEnd < text.length() && isLetter(text.charAt(nextEnd))) {
				nextEnd++;
			}
			if (nextEnd == next || !Character.isUpperCase(text.charAt(next))) {
				return true;
			}
			String following = fold(text, next, nextEnd);
			if (NOT_A_PERSON_AFTER.contains(following) || (LEXICON.lookup(following) & NOT_A_PERSON_MASK) != 0) {
				return false;
			}
			if (nextEnd < text.length() && text.charAt(nextEnd) != ' ') {
				return true; // punctuation ends the proper noun
			}
			next = nextEnd;
		}
		return true;
	}

	private static int lookup(String text, int from, int to) {
		int end = to;
		if (end - from > 2 && text.charAt(end - 1) == 's' && text.charAt(end - 2) == '\'') {
			end -= 2; // a possessive: Buchanan's
		}
		return LEXICON.lookup(fold(text, from, end));
	}

	/** A letter, tested without Unicode tables for ASCII: most of any text. */
	static boolean isLetter(char c) {
		char lower = (char) (c | 0x20);
		return (lower >= 'a' && lower <= 'z') || (c >= 128 && Character.isLetter(c));
	}

	/** The folded form of characters [from, to): lower-cased directly when they are ASCII letters. */
	private static String fold(String text, int from, int to) {
		char[] out = new char[to - from];
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if (c >= 128 || c == '\'') {
				return AccentFolder.fold(text.substring(from, to));
			}
			out[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
		}
		return new String(out);
	}

	/** An upper-case letter followed by lower-case ones: Anna, not ANNA or anna. */
	private static boolean isCapitalised(String text, int from, int to) {
		if (to - from < 2 || !Character.isUpperCase(text.charAt(from))) {
			return false;
		}
		for (int k = from + 1; k < to; k++) {
			char c = text.charAt(k);
			if (Character.isUpperCase(c)) {
				return false;
			}
		}
		return true;
	}

	/** Between two words only spaces and at most one of . , : (a title's dot, a greeting's comma). */
	private static boolean onlySpaceOrPunctuation(String text, int from, int to) {
		int punctuation = 0;
		for (int k = from; k < to; k++) {
			char c = text.charAt(k);
			if (c == '.' || c == ',' || c == ':') {
				punctuation++;
			} else if (c != ' ') {
				return false;
			}
		}
		return punctuation <= 1 && to - from <= 3;
	}
}
