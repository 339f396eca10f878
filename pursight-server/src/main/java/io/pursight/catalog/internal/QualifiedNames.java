package io.pursight.catalog.internal;

/**
 * Builds dotted names from segments. A segment that is empty or holds a dot, a quote or
 * whitespace is double-quoted (inner quotes doubled), so that every name reads back unambiguously.
 */
final class QualifiedNames {

	private QualifiedNames() {
	}

	static String append(String prefix, String segment) {
		String quoted = quote(segment);
		return prefix == null || prefix.isEmpty() ? quoted : prefix + "." + quoted;
	}

	static String quote(String segment) {
		boolean plain = !segment.isEmpty();
		for (int i = 0; i < segment.length() && plain; i++) {
			char c = segment.charAt(i);
			plain = c != '.' && c != '"' && !Character.isWhitespace(c);
		}
		return plain ? segment : "\"" + segment.replace("\"", "\"\"") + "\"";
	}
}
