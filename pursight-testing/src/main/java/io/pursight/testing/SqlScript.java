package io.pursight.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a database dump into statements for plain JDBC: respects quoted strings (with
 * doubled quotes, and backslash escapes for MySQL dumps), skips comments and psql
 * meta-commands, and leaves out the statements that pick or create the database, since tests
 * and benchmarks load it into a throw-away database of their own.
 */
public final class SqlScript {
	private SqlScript() {
	}

	/** The statements of {@code script}, without their terminating semicolons; never null. */
	public static List<String> statements(String script, boolean backslashEscapes) {
		List<String> out = new ArrayList<>();
		StringBuilder cur = new StringBuilder();
		int len = script.length();
		int i = 0;
		boolean lineStart = true;
		while (i < len) {
			char c = script.charAt(i);
			if (lineStart && c == '\\') {
				while (i < len && script.charAt(i) != '\n') {
					i++; // psql meta-command such as \c
				}
				continue;
			}
			lineStart = false;
			if (c == '-' && i + 1 < len && script.charAt(i + 1) == '-') {
				while (i < len && script.charAt(i) != '\n') {
					i++;
				}
				continue;
			}
			if (c == '/' && i + 1 < len && script.charAt(i + 1) == '*') {
				int end = script.indexOf("*/", i + 2);
				i = end < 0 ? len : end + 2;
				continue;
			}
			if (c == '\'' || c == '"' || c == '`') {
				int j = i + 1;
				while (j < len) {
					char d = script.charAt(j);
					if (backslashEscapes && d == '\\' && c == '\'') {
						j += 2;
						continue;
					}
					if (d == c) {
						if (j + 1 < len && script.charAt(j + 1) == c) {
							j += 2;
							continue;
						}
						break;
					}
					j++;
				}
				cur.append(script, i, Math.min(j + 1, len));
				i = j + 1;
				continue;
			}
			if (c == ';') {
				add(out, cur);
				i++;
				continue;
			}
			if (c == '\n') {
				lineStart = true;
			}
			cur.append(c);
			i++;
		}
		add(out, cur);
		return out;
	}

	private static void add(List<String> out, StringBuilder cur) {
		String s = cur.toString().strip();
		cur.setLength(0);
		if (s.isEmpty()) {
			return;
		}
		String upper = s.toUpperCase(java.util.Locale.ROOT);
		if (upper.startsWith("DROP DATABASE") || upper.startsWith("CREATE DATABASE") || upper.startsWith("USE ")) {
			return;
		}
		out.add(s);
	}
}
