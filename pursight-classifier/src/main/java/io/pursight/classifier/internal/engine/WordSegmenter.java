package io.pursight.classifier.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits a run-together identifier token into known words ({@code mothersmaiden} to mother,
 * maiden; {@code custfname} to cust, fname) by dynamic programming over the vocabulary: the
 * split with the fewest parts wins, then the one with the longest parts. A token splits only
 * when every part is known, so random tokens ({@code zzkb}) and ordinary words stay whole.
 *
 * <p>Short words are where accidental splits come from ({@code export} holds "exp" and "ort",
 * {@code passage} holds "pass" and "age"), so a part of two or three letters must be one of
 * the short words that column names really run together: abbreviations and connectors.
 * A part may carry a plural or possessive "s" ({@code mothers}), reported without it.
 *
 * <p>German and Dutch compounds, and English names run together with a word the vocabulary
 * does not hold, put an unknown modifier before a known head ({@code lieferadresse},
 * {@code kundentelefon}, {@code pickupaddress}): {@link #splitHead} reads the head and keeps
 * the modifier as one unknown word, which names nothing.
 */
final class WordSegmenter {
	private static final int MIN_TOKEN = 5;
	private static final int MAX_TOKEN = 40;
	private static final int NONE = Integer.MAX_VALUE;
	/**
	 * A head read after an unknown modifier has at least this many letters: shorter known words
	 * end too many ordinary words ({@code nickname}, {@code microphone}, {@code interstate}).
	 */
	static final int MIN_HEAD = 6;
	/** The unknown modifier has at least this many letters, so that a stray letter or two is no word ({@code emobile}). */
	static final int MIN_MODIFIER = 3;

	private final Set<String> known;
	private final Set<String> shortParts;
	/** No part is longer (the longest known word and a plural "s"), so longer pieces are not looked up. */
	private final int maxPart;

	/**
	 * @param known      the words a part may be
	 * @param shortParts which known words of two or three letters may be parts
	 */
	WordSegmenter(Set<String> known, Set<String> shortParts) {
		this.known = known;
		this.shortParts = shortParts;
		this.maxPart = known.stream().mapToInt(String::length).max().orElse(0) + 1;
	}

	/** The known words the token is made of (at least two), or null when it is no such compound. */
	List<String> split(String token) {
		int n = token.length();
		if (n < MIN_TOKEN || n > MAX_TOKEN) {
			return null;
		}
		int[] parts = new int[n + 1];
		int[] weight = new int[n + 1];
		int[] from = new int[n + 1];
		String[] word = new String[n + 1];
		Arrays.fill(parts, NONE);
		parts[0] = 0;
		for (int end = 2; end <= n; end++) {
			for (int start = Math.max(0, end - maxPart); start <= end - 2; start++) {
				if (parts[start] == NONE) {
					continue;
				}
				String part = asPart(token.substring(start, end));
				if (part == null) {
					continue;
				}
				int p = parts[start] + 1;
				int w = weight[start] + (end - start) * (end - start);
				if (p < parts[end] || (p == parts[end] && w > weight[end])) {
					parts[end] = p;
					weight[end] = w;
					from[end] = start;
					word[end] = part;
				}
			}
		}
		if (parts[n] == NONE || parts[n] < 2) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (int end = n; end > 0; end = from[end]) {
			out.addFirst(word[end]);
		}
		return out;
	}

	/**
	 * The token read as an unknown modifier and a known head, the longest head that is a known
	 * word or splits into known words: {@code lieferadresse} to liefer, adresse. Null when no
	 * head of {@link #MIN_HEAD} letters or more ends the token. Only for tokens that {@link #split}
	 * could not read whole.
	 */
	List<String> splitHead(String token) {
		int n = token.length();
		if (n < MIN_MODIFIER + MIN_HEAD || n > MAX_TOKEN) {
			return null;
		}
		for (int start = MIN_MODIFIER; start <= n - MIN_HEAD; start++) {
			String head = token.substring(start);
			String modifier = token.substring(0, start);
			if (!isLetters(modifier)) {
				return null;
			}
			String word = asPart(head);
			List<String> parts = word != null ? List.of(word) : split(head);
			if (parts != null) {
				List<String> out = new ArrayList<>(parts.size() + 1);
				out.add(modifier);
				out.addAll(parts);
				return out;
			}
		}
		return null;
	}

	private static boolean isLetters(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (!Character.isLetter(s.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The known word a piece of the token stands for, or null. */
	private String asPart(String piece) {
		if (isPart(piece)) {
			return piece;
		}
		if (piece.length() >= 5 && piece.endsWith("s")) {
			String bare = piece.substring(0, piece.length() - 1);
			if (isPart(bare)) {
				return bare;
			}
		}
		return null;
	}

	private boolean isPart(String piece) {
		return known.contains(piece) && (piece.length() > 3 || shortParts.contains(piece));
	}
}
