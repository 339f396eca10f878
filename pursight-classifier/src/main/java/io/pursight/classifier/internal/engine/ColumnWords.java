package io.pursight.classifier.internal.engine;

import io.pursight.classifier.internal.text.AccentFolder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits identifiers and comments into lower-case words: separators, camelCase and
 * PascalCase boundaries, trailing counters ({@code address2}), plurals, run-together words
 * that the vocabulary knows ({@code firstname}, {@code mothersmaiden}), and abbreviations
 * written out ({@code fname} reads "first name", {@code addr} "address").
 */
final class ColumnWords {
	/** Short words that column names run together; see {@link WordSegmenter} for why others are kept out. */
	private static final Set<String> SHORT_PARTS = Set.of("id", "ip", "no", "nr", "num", "of", "de", "di", "da", "du",
			"at", "ssn", "dob", "zip", "tel", "fax", "vin", "vat", "sex", "key", "mac", "url", "uri", "api", "cvv", "cvc",
			"mrn", "npi", "nhs", "plz", "nom", "dni", "nif", "bic");

	/** In free text only abbreviations of three letters or more are written out: "ph" or "cc" in a sentence mean other things. */
	private static final int MIN_TEXT_ABBREVIATION = 3;

	private final Set<String> known;
	private final Map<String, String[]> abbreviations;
	private final WordSegmenter segmenter;

	ColumnWords(Set<String> vocabularyWords) {
		this.abbreviations = NameResources.abbreviations();
		Set<String> all = new HashSet<>(vocabularyWords);
		all.addAll(abbreviations.keySet());
		this.known = Set.copyOf(all);
		Set<String> shortParts = new HashSet<>(SHORT_PARTS);
		for (String a : abbreviations.keySet()) {
			if (a.length() <= 3) {
				shortParts.add(a);
			}
		}
		this.segmenter = new WordSegmenter(known, Set.copyOf(shortParts));
	}

	/** Words of a column or table identifier. */
	List<String> ofIdentifier(String identifier) {
		List<String> words = new ArrayList<>();
		for (String raw : splitCase(identifier)) {
			String folded = AccentFolder.fold(raw).replace(" ", "");
			if (!folded.isEmpty()) {
				for (String w : normalise(folded, true)) {
					expand(w, 1, words);
				}
			}
		}
		return words;
	}

	/** Words of free text such as a column comment. */
	List<String> ofText(String text) {
		List<String> words = new ArrayList<>();
		for (String w : AccentFolder.fold(text).split(" ")) {
			if (!w.isEmpty()) {
				for (String n : normalise(w, false)) {
					expand(n, MIN_TEXT_ABBREVIATION, words);
				}
			}
		}
		return words;
	}

	private void expand(String word, int minAbbreviation, List<String> out) {
		String[] full = word.length() >= minAbbreviation ? abbreviations.get(word) : null;
		if (full == null) {
			out.add(word);
		} else {
			out.addAll(List.of(full));
		}
	}

	/**
	 * The known words a token stands for. Only identifiers are read as an unknown modifier and a
	 * known head (see {@link WordSegmenter#splitHead}): prose runs no words together, and its own
	 * long words would be cut at a known ending.
	 */
	private List<String> normalise(String word, boolean identifier) {
		if (known.contains(word)) {
			return List.of(word);
		}
		String stem = stripTrailingDigits(word);
		if (stem.isEmpty()) {
			return List.of(word);
		}
		if (known.contains(stem)) {
			return List.of(stem);
		}
		String singular = singular(stem);
		if (known.contains(singular)) {
			return List.of(singular);
		}
		List<String> parts = segmenter.split(stem);
		if (parts != null) {
			return parts;
		}
		List<String> headed = identifier ? segmenter.splitHead(stem) : null;
		if (headed == null && identifier && !singular.equals(stem)) {
			headed = segmenter.splitHead(singular);
		}
		if (headed != null) {
			return headed;
		}
		return List.of(singular.length() >= 3 ? singular : stem);
	}

	/** Singular form by the regular English rules; good enough for identifiers. */
	static String singular(String w) {
		if (w.length() > 4 && w.endsWith("ies")) {
			return w.substring(0, w.length() - 3) + "y";
		}
		if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes"))) {
			return w.substring(0, w.length() - 2);
		}
		if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
			return w.substring(0, w.length() - 1);
		}
		return w;
	}

	private static String stripTrailingDigits(String w) {
		int end = w.length();
		while (end > 0 && Character.isDigit(w.charAt(end - 1))) {
			end--;
		}
		return end >= 2 ? w.substring(0, end) : "";
	}

	/** Splits at non-alphanumerics, lower-to-upper and acronym-to-word boundaries, and digit-to-letter boundaries. */
	static List<String> splitCase(String s) {
		List<String> out = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		int len = s.length();
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				flush(cur, out);
				continue;
			}
			if (cur.length() > 0) {
				char prev = s.charAt(i - 1);
				boolean lowerToUpper = Character.isLowerCase(prev) && Character.isUpperCase(c);
				boolean acronymEnd = Character.isUpperCase(prev) && Character.isUpperCase(c) && i + 1 < len
						&& Character.isLowerCase(s.charAt(i + 1));
				boolean digitToLetter = Character.isDigit(prev) && Character.isLetter(c);
				if (lowerToUpper || acronymEnd || digitToLetter) {
					flush(cur, out);
				}
			}
			cur.append(c);
		}
		flush(cur, out);
		return out;
	}

	private static void flush(StringBuilder cur, List<String> out) {
		if (cur.length() > 0) {
			out.add(cur.toString());
			cur.setLength(0);
		}
	}
}
