package io.pursight.scanrules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.pursight.common.Problem;

/**
 * A pattern a schema, table or column name must match, case-insensitively and as a whole. A {@link Syntax#GLOB}
 * knows {@code *} (any run of characters), {@code ?} (one character) and {@code [abc]} / {@code [a-z]} /
 * {@code [!abc]} (one of, or none of, a set); a {@link Syntax#REGEX} is a {@link java.util.regex} expression.
 * Both are checked when created: a malformed pattern is a 400 naming it. Regular expressions come from users
 * and run against every name of a source, so they are held to {@value #MAX_LENGTH} characters and a nested
 * quantifier such as {@code (a+)+}, the shape of catastrophic backtracking, is refused.
 */
public record NamePattern(Syntax syntax, String pattern) {

	public static final int MAX_LENGTH = 500;

	/** Compiled patterns, shared: the same few patterns are tested against thousands of names. */
	private static final Map<NamePattern, Pattern> COMPILED = new ConcurrentHashMap<>();
	private static final int MAX_CACHED = 10_000;

	public enum Syntax {
		GLOB, REGEX
	}

	public NamePattern {
		if (syntax == null) {
			syntax = Syntax.GLOB;
		}
		if (pattern == null || pattern.isBlank()) {
			throw Problem.invalid("A name pattern must not be empty; use * to match every name.");
		}
		if (pattern.length() > MAX_LENGTH) {
			throw Problem.invalid("The pattern '" + pattern.substring(0, 40) + "…' is " + pattern.length()
					+ " characters long; at most " + MAX_LENGTH + " are allowed.");
		}
		compile(syntax, pattern);
	}

	public static NamePattern glob(String pattern) {
		return new NamePattern(Syntax.GLOB, pattern);
	}

	public static NamePattern regex(String pattern) {
		return new NamePattern(Syntax.REGEX, pattern);
	}

	/** Whether the whole of {@code name} matches, ignoring case; false for null. */
	public boolean matches(String name) {
		if (name == null) {
			return false;
		}
		Pattern compiled = COMPILED.get(this);
		if (compiled == null) {
			if (COMPILED.size() >= MAX_CACHED) {
				COMPILED.clear();
			}
			compiled = COMPILED.computeIfAbsent(this, p -> compile(p.syntax, p.pattern));
		}
		return compiled.matcher(name).matches();
	}

	@Override
	public String toString() {
		return syntax.name().toLowerCase() + ":" + pattern;
	}

	private static Pattern compile(Syntax syntax, String pattern) {
		String regex = syntax == Syntax.GLOB ? globToRegex(pattern) : checkedRegex(pattern);
		try {
			return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		}
		catch (PatternSyntaxException e) {
			throw Problem.invalid("The " + syntax.name().toLowerCase() + " pattern '" + pattern + "' is not valid: "
					+ e.getDescription() + " near position " + e.getIndex() + ".");
		}
	}

	private static String globToRegex(String glob) {
		StringBuilder regex = new StringBuilder();
		int i = 0;
		while (i < glob.length()) {
			char c = glob.charAt(i);
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				case '[' -> {
					int end = glob.indexOf(']', i + 2);
					if (end < 0) {
						throw Problem.invalid("The glob pattern '" + glob + "' opens a set with '[' at position " + i
								+ " that is never closed with ']'.");
					}
					String set = glob.substring(i + 1, end);
					boolean negated = set.startsWith("!");
					if (negated) {
						set = set.substring(1);
					}
					regex.append(negated ? "[^" : "[").append(set.replace("\\", "\\\\").replace("[", "\\[")
							.replace("&&", "\\&\\&")).append(']');
					i = end;
				}
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
			i++;
		}
		return regex.toString();
	}

	/**
	 * Refuses a group that repeats something repeated, {@code (a+)+}, {@code (\w*)*}, {@code (x{2,})+}: with a
	 * name that almost matches, the engine tries every way of splitting it between the two repetitions.
	 */
	private static String checkedRegex(String regex) {
		Deque<Boolean> groups = new ArrayDeque<>(); // per open group: does it contain a repetition?
		boolean repeatedInside = false;
		boolean inClass = false;
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
				continue;
			}
			if (inClass) {
				inClass = c != ']';
				continue;
			}
			switch (c) {
				case '[' -> inClass = true;
				case '(' -> {
					groups.push(repeatedInside);
					repeatedInside = false;
				}
				case ')' -> {
					boolean groupRepeats = repeatedInside;
					repeatedInside = groups.isEmpty() ? groupRepeats : groups.pop() || groupRepeats;
					if (groupRepeats && i + 1 < regex.length() && "+*{".indexOf(regex.charAt(i + 1)) >= 0) {
						throw Problem.invalid("The regex pattern '" + regex + "' repeats a group that itself repeats "
								+ "(like (a+)+), which can take exponential time; write it without the nested repetition.");
					}
				}
				case '+', '*' -> repeatedInside = true;
				case '{' -> repeatedInside |= regex.indexOf(',', i) > i && regex.indexOf(',', i) < regex.indexOf('}', i);
				default -> {
				}
			}
		}
		return regex;
	}
}
