package io.pursight.classifier.internal.engine;

import io.pursight.classifier.internal.text.AccentFolder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A small set of lower-case words, asked about a word inside a text without cutting it out:
 * ASCII words are compared in place, ignoring case, with the members of their length; only a
 * word with other letters is folded (Straße, née). The searches inside free text ask it about
 * the words next to every number, so asking must cost no allocation. Immutable.
 */
final class WordSet {
	private final Set<String> words;
	private final String[][] byLength;
	/** Bit {@code c - 'a'} for each ASCII letter a member starts with: most words are turned away by it alone. */
	private final int firstLetters;

	private WordSet(Set<String> words) {
		this.words = words;
		int longest = 0;
		for (String w : words) {
			longest = Math.max(longest, w.length());
		}
		List<List<String>> lists = new ArrayList<>();
		for (int n = 0; n <= longest; n++) {
			lists.add(new ArrayList<>());
		}
		for (String w : words) {
			lists.get(w.length()).add(w);
		}
		int first = 0;
		for (String w : words) {
			char c = w.charAt(0);
			first |= c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
		}
		firstLetters = first;
		byLength = new String[longest + 1][];
		for (int n = 0; n <= longest; n++) {
			byLength[n] = lists.get(n).toArray(String[]::new);
		}
	}

	/** The set of {@code words}, each lower-case with its accents folded (rue, allee, strasse, ne). */
	static WordSet of(String... words) {
		return new WordSet(new HashSet<>(List.of(words)));
	}

	/** Whether characters [from, to) of {@code text} are one of the words, in any case and with any accents. */
	boolean contains(String text, int from, int to) {
		int n = to - from;
		char c = (char) (text.charAt(from) | 0x20);
		if (n > byLength.length + 1 || (c >= 'a' && c <= 'z' && (firstLetters & 1 << (c - 'a')) == 0)) {
			return false; // longer than any member even after folding ß to ss, or no member starts so
		}
		for (int k = from; k < to; k++) {
			if (text.charAt(k) >= 128) {
				return words.contains(AccentFolder.fold(text.substring(from, to)));
			}
		}
		if (n >= byLength.length) {
			return false;
		}
		for (String w : byLength[n]) {
			if (w.charAt(0) == c && text.regionMatches(true, from, w, 0, n)) {
				return true;
			}
		}
		return false;
	}
}
