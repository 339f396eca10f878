package io.pursight.classifier;

/**
 * A custom rule that cannot be used: a regex that does not compile, a ratio out of range.
 * For regex errors {@link #index()} is the position in the pattern where the error was found,
 * so that an editor can point at it.
 */
public final class InvalidRuleException extends IllegalArgumentException {
	private final String field;
	private final String pattern;
	private final int index;
	private final String description;

	public InvalidRuleException(String field, String pattern, int index, String description) {
		super(message(field, pattern, index, description));
		this.field = field;
		this.pattern = pattern;
		this.index = index;
		this.description = description;
	}

	private static String message(String field, String pattern, int index, String description) {
		if (pattern == null) {
			return field + ": " + description;
		}
		return field + ": " + description + (index >= 0 ? " at index " + index : "") + " in /" + pattern + "/";
	}

	/** The rule field at fault, e.g. "valuePattern". */
	public String field() {
		return field;
	}

	/** The offending pattern, or null when the error is not about a pattern. */
	public String pattern() {
		return pattern;
	}

	/** Position of the error in the pattern, or -1 when unknown. */
	public int index() {
		return index;
	}

	/** What is wrong, e.g. "Unclosed group". */
	public String description() {
		return description;
	}
}
