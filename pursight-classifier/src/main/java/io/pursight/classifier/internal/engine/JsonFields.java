package io.pursight.classifier.internal.engine;

/**
 * Reads the key/value pairs of a JSON document well enough to classify them, without building
 * a tree: each {@code "key": value} with a string, number or literal value is reported with the
 * value's character range, at any depth. Malformed documents are read as far as they go; nothing
 * is thrown and nothing is allocated but the keys.
 */
final class JsonFields {
	/** Receives one pair: the key, and the value as characters [from, to) of the document (quotes excluded). */
	interface Visitor {
		void field(String key, int from, int to);
	}

	private JsonFields() {
	}

	/** True when the text looks like a JSON object or array: its first and last characters are matching brackets. */
	static boolean isDocument(String text) {
		int len = text.length();
		if (len < 7) {
			return false;
		}
		char first = text.charAt(0);
		char last = text.charAt(len - 1);
		return (first == '{' && last == '}') || (first == '[' && last == ']' && text.indexOf('{') > 0);
	}

	static void read(String json, Visitor visitor) {
		int len = json.length();
		int i = 0;
		while (i < len) {
			char c = json.charAt(i);
			if (c != '"') {
				i++;
				continue;
			}
			int keyEnd = endOfString(json, i + 1);
			if (keyEnd < 0) {
				return;
			}
			int j = skipSpaces(json, keyEnd + 1);
			if (j >= len || json.charAt(j) != ':') {
				i = keyEnd + 1; // a string value or an array element, not a key
				continue;
			}
			String key = json.substring(i + 1, keyEnd);
			j = skipSpaces(json, j + 1);
			if (j >= len) {
				return;
			}
			char v = json.charAt(j);
			if (v == '"') {
				int end = endOfString(json, j + 1);
				if (end < 0) {
					return;
				}
				visitor.field(key, j + 1, end);
				i = end + 1;
			} else if (v == '{' || v == '[') {
				i = j; // nested: its own pairs are read in turn
			} else {
				int end = j;
				while (end < len && ",}] \t\r\n".indexOf(json.charAt(end)) < 0) {
					end++;
				}
				visitor.field(key, j, end);
				i = end;
			}
		}
	}

	/** Index of the closing quote of a string whose content starts at {@code from}, or -1. */
	private static int endOfString(String s, int from) {
		for (int i = from; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"') {
				return i;
			}
		}
		return -1;
	}

	private static int skipSpaces(String s, int i) {
		while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
			i++;
		}
		return i;
	}
}
