package io.pursight.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stable name of a catalog asset, {@code <source>.<database>.<schema>.<table>.<column>}. A
 * segment that is empty or holds a dot, a double quote or whitespace is double-quoted, inner quotes
 * doubled ({@code shop.db.public."we""ird.name"}), so that every name built with {@link #of} and
 * {@link #child} reads back into its {@link #segments}. {@code value} is kept exactly as given: a
 * name read from the store or asked for in a filter is compared as written. In JSON, a string.
 */
public record QualifiedName(@JsonValue String value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public QualifiedName {
		Objects.requireNonNull(value, "value");
	}

	/** The name made of these segments, in order, each quoted where needed. */
	public static QualifiedName of(String first, String... more) {
		StringBuilder text = new StringBuilder(quote(first));
		for (String segment : more) {
			text.append('.').append(quote(segment));
		}
		return new QualifiedName(text.toString());
	}

	/** The name of a child of this asset: this name, a dot, and the child's segment. */
	public QualifiedName child(String segment) {
		return value.isEmpty() ? new QualifiedName(quote(segment)) : new QualifiedName(value + "." + quote(segment));
	}

	/**
	 * The segments, unquoted.
	 *
	 * @throws IllegalArgumentException when the name is not one that {@link #of} could have built
	 */
	public List<String> segments() {
		List<String> segments = new ArrayList<>();
		int at = 0;
		while (true) {
			StringBuilder segment = new StringBuilder();
			at = value.startsWith("\"", at) ? readQuoted(at + 1, segment) : readPlain(at, segment);
			segments.add(segment.toString());
			if (at == value.length()) {
				return segments;
			}
			if (value.charAt(at) != '.') {
				throw malformed("a quoted segment must end the name or be followed by a dot");
			}
			at++;
		}
	}

	@Override
	public String toString() {
		return value;
	}

	/** Reads a quoted segment from just after its opening quote; returns where it ends. */
	private int readQuoted(int from, StringBuilder segment) {
		for (int at = from; at < value.length(); at++) {
			char c = value.charAt(at);
			if (c != '"') {
				segment.append(c);
			}
			else if (value.startsWith("\"", at + 1)) {
				segment.append('"');
				at++;
			}
			else {
				return at + 1;
			}
		}
		throw malformed("a quoted segment is not closed");
	}

	private int readPlain(int from, StringBuilder segment) {
		int at = from;
		while (at < value.length() && value.charAt(at) != '.') {
			segment.append(value.charAt(at++));
		}
		if (!quote(segment.toString()).contentEquals(segment)) {
			throw malformed("segment '" + segment + "' needs double quotes");
		}
		return at;
	}

	private IllegalArgumentException malformed(String reason) {
		return new IllegalArgumentException("Not a qualified name: " + value + " (" + reason + ")");
	}

	private static String quote(String segment) {
		boolean plain = !segment.isEmpty();
		for (int i = 0; i < segment.length() && plain; i++) {
			char c = segment.charAt(i);
			plain = c != '.' && c != '"' && !Character.isWhitespace(c);
		}
		return plain ? segment : "\"" + segment.replace("\"", "\"\"") + "\"";
	}
}
