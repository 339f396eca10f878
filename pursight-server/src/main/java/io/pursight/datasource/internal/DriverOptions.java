package io.pursight.datasource.internal;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.pursight.common.Problem;
import io.pursight.datasource.Engine;

import static io.pursight.datasource.internal.ConnectionFields.displayName;
import static io.pursight.datasource.internal.ConnectionFields.sanitize;

/**
 * The per-engine allowlists of driver options (for H2, of URL settings): only what cannot load classes, read
 * local files, run scripts or loosen a limit PurSight sets itself. Names match ignoring case and come back
 * spelled as the driver spells them. Stateless.
 */
final class DriverOptions {

	/** One allowed option: either a fixed set of choices (matched ignoring case) or a value pattern. */
	private record Rule(String name, List<String> choices, Pattern pattern, String hint) {

		String canonical(String value) {
			if (choices != null) {
				for (String choice : choices) {
					if (choice.equalsIgnoreCase(value)) {
						return choice;
					}
				}
				return null;
			}
			return pattern.matcher(value).matches() ? value : null;
		}
	}

	private static final List<String> BOOLEAN = List.of("true", "false");
	private static final Pattern TIME_ZONE = Pattern.compile("[A-Za-z0-9/_+:.-]{1,64}");

	private static final Map<String, Rule> POSTGRESQL = rules(
			choice("sslmode", "disable", "allow", "prefer", "require", "verify-ca", "verify-full"),
			choice("ssl", BOOLEAN),
			pattern("ApplicationName", "[\\p{L}\\p{N} ._:-]{1,63}", "use up to 63 letters, digits, spaces, '.', '_', ':' or '-'"),
			pattern("currentSchema", "[\\p{L}\\p{N}_$, ]{1,256}", "list schema names separated by commas"),
			choice("tcpKeepAlive", BOOLEAN));

	private static final Map<String, Rule> MYSQL = rules(
			choice("sslMode", "DISABLED", "PREFERRED", "REQUIRED", "VERIFY_CA", "VERIFY_IDENTITY"),
			choice("useSSL", BOOLEAN),
			choice("allowPublicKeyRetrieval", BOOLEAN),
			pattern("serverTimezone", TIME_ZONE.pattern(), "use a time zone id such as UTC or Europe/Paris"),
			pattern("connectionTimeZone", TIME_ZONE.pattern(), "use a time zone id such as UTC, LOCAL or SERVER"),
			pattern("characterEncoding", "[A-Za-z0-9_.:-]{1,40}", "use a Java charset name such as UTF-8"),
			choice("zeroDateTimeBehavior", "EXCEPTION", "ROUND", "CONVERT_TO_NULL"),
			choice("tcpKeepAlive", BOOLEAN));

	private static final Map<String, Rule> MARIADB = rules(
			choice("sslMode", "disable", "trust", "verify-ca", "verify-full"),
			choice("allowPublicKeyRetrieval", BOOLEAN),
			pattern("timezone", TIME_ZONE.pattern(), "use a time zone id such as UTC, or auto or disable"),
			pattern("restrictedAuth", "[a-z0-9_,]{1,200}", "list authentication plugin names separated by commas"),
			choice("tcpKeepAlive", BOOLEAN));

	/** H2 URL settings; IFEXISTS and ACCESS_MODE_DATA only with the values PurSight forces anyway. */
	private static final Map<String, Rule> H2_SETTINGS = rules(
			choice("MODE", "REGULAR", "STRICT", "LEGACY", "DB2", "Derby", "HSQLDB", "MSSQLServer", "MariaDB",
					"MySQL", "Oracle", "PostgreSQL"),
			choice("DATABASE_TO_LOWER", "TRUE", "FALSE"),
			choice("DATABASE_TO_UPPER", "TRUE", "FALSE"),
			choice("CASE_INSENSITIVE_IDENTIFIERS", "TRUE", "FALSE"),
			choice("DEFAULT_NULL_ORDERING", "LOW", "HIGH", "FIRST", "LAST"),
			new Rule("IFEXISTS", List.of("TRUE"), null,
					"PurSight opens only existing H2 databases, so IFEXISTS can only be TRUE"),
			new Rule("ACCESS_MODE_DATA", List.of("r"), null,
					"PurSight opens H2 databases read-only, so ACCESS_MODE_DATA can only be r"));

	/** Names a person might try that PurSight sets itself, with the reason to give. */
	private static final Map<String, String> FORCED = Map.ofEntries(
			Map.entry("allowloadlocalinfile", "PurSight never lets the server read local files"),
			Map.entry("allowlocalinfile", "PurSight never lets the server read local files"),
			Map.entry("allowurlinlocalinfile", "PurSight never lets the server read local files"),
			Map.entry("autodeserialize", "PurSight never deserializes Java objects from the server"),
			Map.entry("allowmultiqueries", "PurSight sends one statement at a time"),
			Map.entry("readonly", "PurSight always connects read-only"),
			Map.entry("init", "PurSight never runs scripts when opening a database"),
			Map.entry("connecttimeout", "PurSight sets its own time limits"),
			Map.entry("sockettimeout", "PurSight sets its own time limits"),
			Map.entry("logintimeout", "PurSight sets its own time limits"));

	private DriverOptions() {
	}

	/** The allowed names for an engine, in the driver's spelling. */
	static Set<String> allowed(Engine engine) {
		return Collections.unmodifiableSet(forEngine(engine).keySet());
	}

	/**
	 * Validates option names and values against the engine's allowlist; returns them with canonical spelling.
	 *
	 * @param noun what the user calls them in this place: "option", or "setting" for H2 URL settings
	 */
	static Map<String, String> normalize(Engine engine, Map<String, String> given, String noun) {
		Map<String, Rule> rules = forEngine(engine);
		Map<String, String> result = new TreeMap<>();
		for (Map.Entry<String, String> entry : given.entrySet()) {
			String key = entry.getKey();
			if (key == null || key.isBlank()) {
				throw Problem.invalid("An " + noun + " has no name.");
			}
			Rule rule = rules.get(key);
			if (rule == null) {
				throw Problem.invalid(refusal(engine, key, noun));
			}
			String value = entry.getValue();
			if (value == null) {
				throw Problem.invalid("The " + noun + " " + rule.name() + " has no value; " + rule.hint() + ".");
			}
			String canonical = rule.canonical(value);
			if (canonical == null) {
				throw Problem.invalid("The " + noun + " " + rule.name() + " cannot be '" + sanitize(value) + "'; "
						+ rule.hint() + ".");
			}
			if (result.put(rule.name(), canonical) != null) {
				throw Problem.invalid("The " + noun + " " + rule.name() + " is given twice.");
			}
		}
		return Collections.unmodifiableMap(result);
	}

	private static Map<String, Rule> forEngine(Engine engine) {
		return switch (engine) {
			case POSTGRESQL -> POSTGRESQL;
			case MYSQL -> MYSQL;
			case MARIADB -> MARIADB;
			case H2 -> H2_SETTINGS;
		};
	}

	private static String refusal(Engine engine, String key, String noun) {
		String lower = key.toLowerCase(Locale.ROOT);
		if (lower.equals("user") || lower.equals("password") || lower.equals("username")) {
			return "Put the user name and password in their own fields, not in the " + noun + "s or the URL.";
		}
		String allowed = String.join(", ", forEngine(engine).keySet());
		String reason = FORCED.get(lower);
		if (reason != null) {
			return "The " + noun + " " + sanitize(key) + " cannot be set: " + reason + ". Allowed " + noun + "s for "
					+ displayName(engine) + ": " + allowed + ".";
		}
		return "The " + noun + " " + sanitize(key) + " is not supported for " + displayName(engine) + ". Allowed "
				+ noun + "s: " + allowed + ".";
	}

	private static Rule choice(String name, String... choices) {
		return choice(name, List.of(choices));
	}

	private static Rule choice(String name, List<String> choices) {
		return new Rule(name, choices, null, "use one of " + String.join(", ", choices));
	}

	private static Rule pattern(String name, String regex, String hint) {
		return new Rule(name, null, Pattern.compile(regex), hint);
	}

	/** Rules by name, looked up ignoring case. */
	private static Map<String, Rule> rules(Rule... rules) {
		Map<String, Rule> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (Rule rule : rules) {
			map.put(rule.name(), rule);
		}
		return Collections.unmodifiableMap(map);
	}
}
