package io.pursight.classifier.internal.engine;

import io.pursight.classifier.internal.text.AccentFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits identifiers and comments into lower-case words: separators, camelCase and
 * PascalCase boundaries, trailing counters ({@code address2}), plurals, and run-together
 * words that the vocabulary knows ({@code firstname}, {@code billingpostalcode}).
 */
final class ColumnWords {
	private final Set<String> known;

	ColumnWords(Set<String> known) {
		this.known = known;
	}

	/** Words of a column or table identifier. */
	List<String> ofIdentifier(String identifier) {
		List<String> words = new ArrayList<>();
		for (String raw : splitCase(identifier)) {
			String folded = AccentFolder.fold(raw).replace(" ", "");
			if (!folded.isEmpty()) {
				normalise(folded, words);
			}
		}
		return words;
	}

	/** Words of free text such as a column comment. */
	List<String> ofText(String text) {
		List<String> words = new ArrayList<>();
		for (String w : AccentFolder.fold(text).split(" ")) {
			if (!w.isEmpty()) {
				normalise(w, words);
			}
		}
		return words;
	}

	private void normalise(String word, List<String> out) {
		if (known.contains(word)) {
			out.add(word);
			return;
		}
		String stem = stripTrailingDigits(word);
		if (stem.isEmpty()) {
			out.add(word);
			return;
		}
		if (known.contains(stem)) {
			out.add(stem);
			return;
		}
		String singular = singular(stem);
		if (known.contains(singular)) {
			out.add(singular);
			return;
		}
		List<String> parts = compound(stem);
		if (parts != null) {
			out.addAll(parts);
			return;
		}
		out.add(singular.length() >= 3 ? singular : stem);
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

	/** Splits a run-together word into known words (fewest parts, each at least two letters), or null. */
	private List<String> compound(String w) {
		int n = w.length();
		if (n < 5 || n > 40) {
			return null;
		}
		int[] parts = new int[n + 1];
		int[] from = new int[n + 1];
		java.util.Arrays.fill(parts, Integer.MAX_VALUE);
		parts[0] = 0;
		for (int end = 2; end <= n; end++) {
			for (int start = 0; start <= end - 2; start++) {
				if (parts[start] != Integer.MAX_VALUE && parts[start] + 1 < parts[end]
						&& known.contains(w.substring(start, end))) {
					parts[end] = parts[start] + 1;
					from[end] = start;
				}
			}
		}
		if (parts[n] == Integer.MAX_VALUE || parts[n] < 2) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (int end = n; end > 0; end = from[end]) {
			out.addFirst(w.substring(from[end], end));
		}
		return out;
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
