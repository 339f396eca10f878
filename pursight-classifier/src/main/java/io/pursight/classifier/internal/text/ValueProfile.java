package io.pursight.classifier.internal.text;

/**
 * Character statistics of one sampled value, computed in a single pass so that every type
 * check can reject a value with a few comparisons before running anything costlier.
 * Mutable and reused value after value by one thread; never shared.
 */
public final class ValueProfile {
	/**
	 * Values longer than this are profiled on their prefix only (keys, binary dumps, long
	 * texts): counters then describe the first characters, which is all the gates of the long
	 * types (keys, tokens, URLs, photos) look at, and it keeps long values from costing more.
	 */
	public static final int PROFILE_LIMIT = 256;

	private String value;
	private int length;
	private int digits;
	private int letters;
	private int upper;
	private int lower;
	private int spaces;
	private int nonAscii;
	private int hexLetters;
	private int symbols;
	private int dots;
	private int dashes;
	private int ats;
	private int colons;
	private int slashes;
	private int commas;
	private int plus;
	private int parens;
	private int words;
	private String folded;
	private boolean wordsScanned;
	private int fullMask;
	private int anyWordMask;
	private int lastWordMask;
	private int wordCount;
	private int nameWords;
	private int longestWord;

	/** Profiles a trimmed, non-empty value. */
	public ValueProfile reset(String v) {
		value = v;
		length = v.length();
		digits = letters = upper = lower = spaces = nonAscii = hexLetters = symbols = 0;
		dots = dashes = ats = colons = slashes = commas = plus = parens = words = 0;
		folded = null;
		wordsScanned = false;
		boolean inWord = false;
		int limit = Math.min(length, PROFILE_LIMIT);
		for (int i = 0; i < limit; i++) {
			char c = v.charAt(i);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
				spaces++;
				inWord = false;
				continue;
			}
			if (!inWord) {
				words++;
				inWord = true;
			}
			if (c >= '0' && c <= '9') {
				digits++;
			} else if (c >= 'a' && c <= 'z') {
				letters++;
				lower++;
				if (c <= 'f') {
					hexLetters++;
				}
			} else if (c >= 'A' && c <= 'Z') {
				letters++;
				upper++;
				if (c <= 'F') {
					hexLetters++;
				}
			} else if (c < 128) {
				symbols++;
				switch (c) {
					case '.' -> dots++;
					case '-' -> dashes++;
					case '@' -> ats++;
					case ':' -> colons++;
					case '/' -> slashes++;
					case ',' -> commas++;
					case '+' -> plus++;
					case '(', ')' -> parens++;
					default -> {
					}
				}
			} else {
				nonAscii++;
				if (Character.isLetter(c)) {
					letters++;
					if (Character.isUpperCase(c)) {
						upper++;
					} else {
						lower++;
					}
				} else {
					symbols++;
				}
			}
		}
		return this;
	}

	public String value() {
		return value;
	}

	public int length() {
		return length;
	}

	public int digits() {
		return digits;
	}

	public int letters() {
		return letters;
	}

	public int upper() {
		return upper;
	}

	public int lower() {
		return lower;
	}

	public int spaces() {
		return spaces;
	}

	public int nonAscii() {
		return nonAscii;
	}

	public int symbols() {
		return symbols;
	}

	public int dots() {
		return dots;
	}

	public int dashes() {
		return dashes;
	}

	public int ats() {
		return ats;
	}

	public int colons() {
		return colons;
	}

	public int slashes() {
		return slashes;
	}

	public int commas() {
		return commas;
	}

	public int plus() {
		return plus;
	}

	public int parens() {
		return parens;
	}

	public int words() {
		return words;
	}

	public char first() {
		return value.charAt(0);
	}

	public boolean isAllDigits() {
		return digits == length;
	}

	/** Only ASCII letters and digits. */
	public boolean isAlphanumeric() {
		return digits + letters == length && nonAscii == 0;
	}

	/** Only hex digits (0-9, a-f, A-F). */
	public boolean isHex() {
		return digits + hexLetters == length;
	}

	/** Digits plus grouping characters (space, dash, dot, slash, parentheses, plus) only. */
	public boolean isDigitsAndGrouping() {
		return digits + spaces + dots + dashes + slashes + parens + plus == length && digits > 0;
	}

	/**
	 * Looks the folded value and each of its words up in the lexicon, once per value; the
	 * results are read through {@link #fullMask()}, {@link #anyWordMask()} and friends.
	 */
	public ValueProfile scanWords(io.pursight.classifier.internal.dictionary.Lexicon lexicon) {
		if (wordsScanned) {
			return this;
		}
		wordsScanned = true;
		String f = folded();
		fullMask = lexicon.lookup(f);
		anyWordMask = 0;
		lastWordMask = 0;
		wordCount = 0;
		nameWords = 0;
		longestWord = 0;
		int start = 0;
		int len = f.length();
		for (int i = 0; i <= len; i++) {
			if (i == len || f.charAt(i) == ' ') {
				int wordLength = i - start;
				if (wordLength > 0) {
					wordCount++;
					longestWord = Math.max(longestWord, wordLength);
					int mask = wordLength == len ? fullMask : lexicon.lookup(f.substring(start, i));
					anyWordMask |= mask;
					lastWordMask = mask;
					if (wordLength >= 3 && (mask & io.pursight.classifier.internal.dictionary.Lexicon.PERSON) != 0) {
						nameWords++;
					}
				}
				start = i + 1;
			}
		}
		return this;
	}

	/** Lexicon bits of the whole folded value. */
	public int fullMask() {
		return fullMask;
	}

	/** Union of the lexicon bits of every word. */
	public int anyWordMask() {
		return anyWordMask;
	}

	/** Lexicon bits of the last word. */
	public int lastWordMask() {
		return lastWordMask;
	}

	/** Words of the folded value. */
	public int wordCount() {
		return wordCount;
	}

	/** Words of three letters or more that are known given names or surnames. */
	public int nameWords() {
		return nameWords;
	}

	public int longestWord() {
		return longestWord;
	}

	/** Accent-folded lower-case form for dictionary lookups, computed once per value. */
	public String folded() {
		if (folded == null) {
			folded = AccentFolder.fold(length > 256 ? value.substring(0, 256) : value);
		}
		return folded;
	}
}
