package io.pursight.classifier.internal.text;

import java.text.Normalizer;

/**
 * Folds text for dictionary lookups: lower case, diacritics removed (São → sao, Bjørn →
 * bjorn, Straße → strasse), apostrophes dropped, every other non-alphanumeric run turned into
 * one space. Dictionaries are folded the same way when loaded.
 */
public final class AccentFolder {
	private AccentFolder() {
	}

	public static String fold(CharSequence s) {
		int len = s.length();
		StringBuilder out = new StringBuilder(len);
		boolean pendingSpace = false;
		for (int i = 0; i < len; i++) {
			char c = s.charAt(i);
			if (c < 128) {
				if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
					pendingSpace = appendSpace(out, pendingSpace);
					out.append(c);
				} else if (c >= 'A' && c <= 'Z') {
					pendingSpace = appendSpace(out, pendingSpace);
					out.append((char) (c + 32));
				} else if (c != '\'' && c != '`') {
					pendingSpace = true;
				}
			} else {
				String folded = foldNonAscii(c);
				if (folded == null) {
					pendingSpace = true;
				} else if (!folded.isEmpty()) {
					pendingSpace = appendSpace(out, pendingSpace);
					out.append(folded);
				}
			}
		}
		return out.toString();
	}

	private static boolean appendSpace(StringBuilder out, boolean pendingSpace) {
		if (pendingSpace && !out.isEmpty()) {
			out.append(' ');
		}
		return false;
	}

	/** The folded form of one non-ASCII character: "" to drop it, null for a separator. */
	private static String foldNonAscii(char c) {
		switch (c) {
			case 'ß':
				return "ss";
			case 'æ':
			case 'Æ':
				return "ae";
			case 'œ':
			case 'Œ':
				return "oe";
			case 'ø':
			case 'Ø':
				return "o";
			case 'ł':
			case 'Ł':
				return "l";
			case 'đ':
			case 'Đ':
			case 'ð':
			case 'Ð':
				return "d";
			case 'þ':
			case 'Þ':
				return "th";
			case 'ı':
				return "i";
			case '’':
			case '‘':
			case 'ʼ':
				return "";
			default:
				break;
		}
		if (!Character.isLetterOrDigit(c)) {
			return Character.getType(c) == Character.NON_SPACING_MARK ? "" : null;
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		StringBuilder b = new StringBuilder(2);
		for (int i = 0; i < decomposed.length(); i++) {
			char d = decomposed.charAt(i);
			if (Character.getType(d) != Character.NON_SPACING_MARK) {
				b.append(Character.toLowerCase(d));
			}
		}
		return b.toString();
	}
}
