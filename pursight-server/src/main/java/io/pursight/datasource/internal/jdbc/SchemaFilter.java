package io.pursight.datasource.internal.jdbc;

import io.pursight.common.Problem;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which schemas a discovery reads: names or simple globs ({@code *} any run of characters, {@code ?} one
 * character), matched ignoring case. An empty include list means every schema. Exclusions win over
 * inclusions, and the engines' system schemas are always left out.
 */
public record SchemaFilter(List<String> include, List<String> exclude) {

	private static final int MAX_PATTERN_LENGTH = 128;

	public SchemaFilter {
		include = checked(include, "include");
		exclude = checked(exclude, "exclude");
	}

	/** Every non-system schema. */
	public static SchemaFilter all() {
		return new SchemaFilter(List.of(), List.of());
	}

	/** Only the schemas matching one of the patterns. */
	public static SchemaFilter including(String... patterns) {
		return new SchemaFilter(Arrays.asList(patterns), List.of());
	}

	/** This filter, also leaving out the schemas matching one of the patterns. */
	public SchemaFilter excluding(String... patterns) {
		return new SchemaFilter(include, concat(exclude, Arrays.asList(patterns)));
	}

	/** Whether the include list names schemas explicitly. */
	public boolean hasIncludes() {
		return !include.isEmpty();
	}

	/** Whether the schema is selected: not a system schema, included (or no includes), not excluded. */
	public boolean includes(String schema) {
		Objects.requireNonNull(schema, "schema");
		return !isSystemSchema(schema) && (include.isEmpty() || matchesAny(include, schema))
				&& !matchesAny(exclude, schema);
	}

	/** Whether the schema is one an engine keeps for itself (catalogs, statistics, temporary schemas). */
	public static boolean isSystemSchema(String schema) {
		String name = schema.toLowerCase(Locale.ROOT);
		return switch (name) {
			case "pg_catalog", "information_schema", "pg_toast", "mysql", "performance_schema", "sys" -> true;
			default -> name.startsWith("pg_temp_") || name.startsWith("pg_toast_temp_");
		};
	}

	private static boolean matchesAny(List<String> patterns, String schema) {
		for (String pattern : patterns) {
			if (glob(pattern).matcher(schema).matches()) {
				return true;
			}
		}
		return false;
	}

	private static Pattern glob(String glob) {
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (char c : glob.toCharArray()) {
			if (c == '*' || c == '?') {
				if (!literal.isEmpty()) {
					regex.append(Pattern.quote(literal.toString()));
					literal.setLength(0);
				}
				regex.append(c == '*' ? ".*" : ".");
			}
			else {
				literal.append(c);
			}
		}
		if (!literal.isEmpty()) {
			regex.append(Pattern.quote(literal.toString()));
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

	private static List<String> checked(List<String> patterns, String which) {
		if (patterns == null) {
			return List.of();
		}
		for (String pattern : patterns) {
			if (pattern == null || pattern.isBlank()) {
				throw Problem.invalid("The " + which + " list of schemas has an empty entry; remove it.");
			}
			if (pattern.length() > MAX_PATTERN_LENGTH) {
				throw Problem.invalid("A schema pattern in the " + which + " list is longer than "
						+ MAX_PATTERN_LENGTH + " characters.");
			}
		}
		return List.copyOf(patterns);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}
}
