package io.pursight.bench.classification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the small JSON documents of the benchmark (label files) into maps, lists, strings, numbers and booleans. */
final class JsonReader {
	private final String text;
	private int pos;

	private JsonReader(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		JsonReader reader = new JsonReader(text);
		Object value = reader.value();
		reader.skipSpace();
		if (reader.pos != text.length()) {
			throw reader.error("trailing characters");
		}
		return value;
	}

	private Object value() {
		skipSpace();
		if (pos >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(pos);
		return switch (c) {
			case '{' -> object();
			case '[' -> array();
			case '"' -> string();
			case 't' -> literal("true", Boolean.TRUE);
			case 'f' -> literal("false", Boolean.FALSE);
			case 'n' -> literal("null", null);
			default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		pos++;
		skipSpace();
		if (peek() == '}') {
			pos++;
			return map;
		}
		while (true) {
			skipSpace();
			String key = string();
			skipSpace();
			expect(':');
			map.put(key, value());
			skipSpace();
			if (peek() == ',') {
				pos++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		pos++;
		skipSpace();
		if (peek() == ']') {
			pos++;
			return list;
		}
		while (true) {
			list.add(value());
			skipSpace();
			if (peek() == ',') {
				pos++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder b = new StringBuilder();
		while (true) {
			char c = text.charAt(pos++);
			if (c == '"') {
				return b.toString();
			}
			if (c == '\\') {
				char e = text.charAt(pos++);
				switch (e) {
					case 'n' -> b.append('\n');
					case 't' -> b.append('\t');
					case 'r' -> b.append('\r');
					case 'b' -> b.append('\b');
					case 'f' -> b.append('\f');
					case 'u' -> {
						b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
						pos += 4;
					}
					default -> b.append(e);
				}
			} else {
				b.append(c);
			}
		}
	}

	private Object number() {
		int start = pos;
		while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
			pos++;
		}
		if (start == pos) {
			throw error("unexpected character");
		}
		return Double.parseDouble(text.substring(start, pos));
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, pos)) {
			throw error("expected " + word);
		}
		pos += word.length();
		return value;
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		pos++;
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void skipSpace() {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
			pos++;
		}
	}

	private IllegalArgumentException error(String what) {
		return new IllegalArgumentException("JSON: " + what + " at offset " + pos);
	}
}
