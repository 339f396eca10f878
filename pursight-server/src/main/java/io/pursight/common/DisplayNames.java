package io.pursight.common;

/**
 * What a name shown to people may contain: any text but control characters, line and
 * paragraph separators and bidirectional overrides (which can make a name display as another).
 */
public final class DisplayNames {

	/** For {@code @Pattern(regexp = DisplayNames.PATTERN, message = DisplayNames.MESSAGE)}. */
	public static final String PATTERN = "[^\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]+";
	public static final String MESSAGE = "must not contain control characters, line separators or bidirectional overrides";

	private DisplayNames() {
	}
}
