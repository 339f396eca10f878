package io.pursight.classifier.internal.engine;

import io.pursight.classifier.internal.dictionary.Dictionaries;
import io.pursight.classifier.internal.dictionary.Lexicon;
import io.pursight.classifier.internal.text.AccentFolder;
import io.pursight.classifier.internal.text.ValueProfile;
import java.util.Locale;
import java.util.Set;

/**
 * The written forms that tell a person's name from an organisation's: a person's full name (a known given
 * name and a capitalised surname, "SURNAME, Given", "M. Surname") and a company name ending in a legal form
 * (Schmidt Logistik GmbH, Rossi S.r.l., Kowalski sp. z o.o.). Both are {@link TelltaleForm}s; a legal form
 * also rules a value out as a person's name, since companies are often named after their founders.
 */
final class NameForms {
	private static final Lexicon LEXICON = Dictionaries.shipped().lexicon;
	/** Words of at most this many that a legal form is made of ("s a de c v"). */
	private static final int LONGEST_LEGAL_FORM = 5;
	private static final Set<String> LEGAL_FORM_LAST_WORDS = Dictionaries.shipped().legalForms.lastWords();
	private static final int LONGEST_LAST_WORD = LEGAL_FORM_LAST_WORDS.stream().mapToInt(String::length).max()
			.orElse(0);

	/**
	 * Words that make a name an organisation's, a title's or a place's even without a legal form: a line of
	 * business (Morgan Logistics), a connective (Anna and the King, Bank of Scotland).
	 */
	static final Set<String> NOT_A_PERSON = Set.of("and", "und", "et", "of", "the", "for", "with", "from", "des", "der",
			"del", "consulting", "consultants", "logistics", "software", "solutions", "services", "systems", "technologies",
			"technology", "tech", "trading", "foods", "food", "engineering", "textiles", "healthcare", "solar", "media",
			"capital", "ventures", "labs", "studio", "studios", "design", "construction", "motors", "pharma", "insurance",
			"bakery", "restaurant", "hotel", "cafe", "store", "shop", "market", "markets", "energy", "electric", "chemicals",
			"finance", "financial", "investments", "properties", "realty", "management", "marketing", "logistik", "bau",
			"handel", "transport", "transporte", "freight", "airlines", "express", "digital", "network", "networks",
			"productions", "records", "publishing", "press", "books", "brothers", "bros", "sons", "family", "team", "club",
			"center", "centre", "company", "corporation", "incorporated", "limited");

	private NameForms() {
	}

	/**
	 * Whether the value ends in a company legal form after at least one word of name: "Acme Inc.", "Rossi S.p.A.",
	 * "Nowak sp. z o.o.", "Díaz S.A. de C.V.". Multi-word forms are looked up as the phrases they fold to.
	 */
	static boolean endsInLegalForm(ValueProfile v) {
		if (!mayEndInLegalForm(v.value())) {
			return false;
		}
		String folded = v.folded();
		int start = folded.length();
		for (int words = 1; words <= LONGEST_LEGAL_FORM; words++) {
			start = folded.lastIndexOf(' ', start - 1);
			if (start < 0) {
				return false; // the whole value: a legal form with no name before it is none
			}
			String form = folded.substring(start + 1);
			if ((LEXICON.lookup(form) & Lexicon.LEGAL_FORM) != 0) {
				return form.length() > 2 || !endsInLowerCaseWord(v.value());
			}
		}
		return false;
	}

	/**
	 * Whether the value's last word could end a legal form, read without folding the value: most text values
	 * end in no legal form's last word, and folding every value of every text column to look for one is what
	 * the test used to cost. A last word outside ASCII is left to the full test.
	 */
	private static boolean mayEndInLegalForm(String value) {
		int end = value.length();
		while (end > 0 && !Character.isLetterOrDigit(value.charAt(end - 1))) {
			end--;
		}
		int start = end;
		while (start > 0 && Character.isLetterOrDigit(value.charAt(start - 1))) {
			if (value.charAt(--start) > 127) {
				return true;
			}
		}
		return end > start && end - start <= LONGEST_LAST_WORD
				&& LEGAL_FORM_LAST_WORDS.contains(value.substring(start, end).toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the value's last word is written in lower case: two-letter legal forms are common words too
	 * ("call me", "same as", "what it is"), and companies write them in capitals (Haugen Bygg AS, Mendes ME).
	 */
	private static boolean endsInLowerCaseWord(String value) {
		int i = value.length() - 1;
		while (i >= 0 && !Character.isLetter(value.charAt(i))) {
			i--;
		}
		for (; i >= 0 && Character.isLetter(value.charAt(i)); i--) {
			if (Character.isUpperCase(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether a value that passed the person name test is written like one person's full name: a known given
	 * name followed by capitalised names, initials or particles ("Anna Maria de Vries", "Jan K. Nowak"); an
	 * initial then a known name ("M. Schmidt", "J. R. Okafor"); or "SURNAME, Given". A place, street, company
	 * title or product that merely starts with a given name ("Victoria Falls", "Karl-Marx-Allee", "Morgan
	 * Logistics", "Anna and the King", "Calvin Klein Eternity") is not.
	 */
	static boolean isFullPersonName(ValueProfile v) {
		if ((v.fullMask() & (Lexicon.CITY | Lexicon.STATE | Lexicon.COUNTRY)) != 0 || v.value().indexOf('&') >= 0) {
			return false;
		}
		String[] tokens = v.value().split("\\s+");
		if (tokens.length < 2 || tokens.length > 4) {
			return false;
		}
		for (int i = 1; i < tokens.length; i++) {
			if (!isInitial(tokens[i]) && notAPersonWord(tokens[i])) {
				return false;
			}
		}
		int comma = v.value().indexOf(',');
		if (comma >= 0) {
			return familyFirst(v.value(), comma);
		}
		if (isInitial(tokens[0])) {
			// "M. Schmidt", "J. R. Okafor": initials, then a name the dictionary knows
			for (int i = 1; i < tokens.length - 1; i++) {
				if (!isInitial(tokens[i])) {
					return false;
				}
			}
			String last = tokens[tokens.length - 1];
			return isCapitalisedWord(last) && (wordMask(last) & Lexicon.PERSON) != 0;
		}
		if ((wordMask(tokens[0]) & Lexicon.GIVEN_NAME) == 0 || !isCapitalisedWord(tokens[0])) {
			return false;
		}
		for (int i = 1; i < tokens.length; i++) {
			String t = tokens[i];
			boolean particle = Character.isLowerCase(t.charAt(0)) && (wordMask(t) & Lexicon.NAME_PARTICLE) != 0;
			if (!particle && !isInitial(t) && !isCapitalisedWord(t)) {
				return false;
			}
		}
		String last = tokens[tokens.length - 1];
		if (tokens.length == 2) {
			return isCapitalisedWord(last) || isInitial(last);
		}
		// with a middle part, the last word must be a known name: "Calvin Klein Eternity" is a perfume
		return isCapitalisedWord(last) && (wordMask(last) & Lexicon.PERSON) != 0;
	}

	/** "SCHMIDT, Maria", "de Vries, Jan K.": one or two capitalised words, a comma, then a known given name. */
	private static boolean familyFirst(String value, int comma) {
		if (value.indexOf(',', comma + 1) >= 0) {
			return false;
		}
		String[] family = value.substring(0, comma).trim().split("\\s+");
		String[] given = value.substring(comma + 1).trim().split("\\s+");
		if (family.length > 2 || given.length > 2 || family[0].isEmpty() || given[0].isEmpty()) {
			return false;
		}
		if (!isCapitalisedWord(family[family.length - 1])) {
			return false;
		}
		return isCapitalisedWord(given[0]) && (wordMask(given[0]) & Lexicon.GIVEN_NAME) != 0;
	}

	/** A word of the name that makes it a company's, a street's or a title's. */
	private static boolean notAPersonWord(String token) {
		String folded = AccentFolder.fold(token);
		for (String word : folded.split(" ")) {
			if (NOT_A_PERSON.contains(word)) {
				return true;
			}
			int mask = LEXICON.lookup(word);
			// Hill and Park are surnames as well as street words; Allee and Straße are not
			if ((mask & Lexicon.LEGAL_FORM) != 0 || ((mask & Lexicon.STREET_WORD) != 0 && (mask & Lexicon.PERSON) == 0)) {
				return true;
			}
		}
		return PeopleAndPlaceTests.hasStreetSuffixWord(folded);
	}

	/** One or two letters each followed by a dot: "M.", "J.R.". */
	private static boolean isInitial(String token) {
		int len = token.length();
		if (len < 2 || len > 4 || token.charAt(len - 1) != '.') {
			return false;
		}
		for (int i = 0; i < len; i++) {
			char c = token.charAt(i);
			if (c != '.' && !Character.isUpperCase(c)) {
				return false;
			}
		}
		return true;
	}

	/** Two letters or more, starting with a capital: Schmidt, SCHMIDT, O'Brien, Müller-Lüdenscheidt, McDonald. */
	private static boolean isCapitalisedWord(String token) {
		int letters = 0;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
			} else if (c != '-' && c != '\'' && c != '’') {
				return false;
			}
		}
		return letters >= 2 && Character.isUpperCase(token.charAt(0));
	}

	/** Lexicon bits of the first folded word of a token ("Anna-Lena" is looked up as "anna"). */
	private static int wordMask(String token) {
		String folded = AccentFolder.fold(token);
		int space = folded.indexOf(' ');
		return LEXICON.lookup(space < 0 ? folded : folded.substring(0, space));
	}
}
