package io.pursight.datasource;

import io.pursight.common.Problem;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How to reach a data source: either {@code host} (+ {@code port}, defaulting to the engine's) and
 * {@code database}, or a {@code jdbcUrl} of the engine. This is user input, so the constructor validates it
 * strictly and rejects anything PurSight would not pass to a driver as-is:
 * <ul>
 * <li>driver options come from a small allowlist per engine ({@link #allowedOptions}), in the {@code options}
 * map and in the URL's query alike; everything that could load classes, read local files or run scripts
 * (PostgreSQL {@code socketFactory}, MySQL {@code allowLoadLocalInfile}, H2 {@code INIT}, …) is refused;</li>
 * <li>URLs are parsed into host, port, database and options and rebuilt by PurSight, so multi-host,
 * load-balancing or credential-carrying URL forms are refused rather than passed through;</li>
 * <li>H2 is opened only as {@code jdbc:h2:file:}, {@code jdbc:h2:mem:} or {@code jdbc:h2:tcp:}, always with
 * {@code IFEXISTS=TRUE} and read-only data access.</li>
 * </ul>
 * Client mistakes throw {@link Problem#invalid}. {@link #toString()} never shows the password, and no message
 * repeats the URL or an option value that could hold a secret.
 */
public record ConnectionSpec(Engine engine, String host, Integer port, String database, String jdbcUrl,
		String username, String password, Map<String, String> options) {

	/** The TCP port H2 servers listen on unless told otherwise. */
	public static final int H2_DEFAULT_TCP_PORT = 9092;

	private static final String H2_TAKES_NO_OPTIONS = "H2 takes no driver options; put the supported settings "
			+ "(MODE, DATABASE_TO_LOWER, DATABASE_TO_UPPER, CASE_INSENSITIVE_IDENTIFIERS, DEFAULT_NULL_ORDERING) "
			+ "in the JDBC URL as ;NAME=VALUE instead.";
	private static final int MAX_DATABASE_LENGTH = 255;
	private static final int MAX_USERNAME_LENGTH = 255;
	private static final int MAX_PASSWORD_LENGTH = 4096;
	private static final int MAX_URL_LENGTH = 2048;

	private static final Pattern HOST_NAME = Pattern.compile(
			"(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?");
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\\d{1,3}(?:\\.\\d{1,3}){3})?");
	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
	private static final Pattern URL_FORBIDDEN = Pattern.compile("[\\x00-\\x20\\x7f#]");
	private static final Pattern H2_MEM_NAME = Pattern.compile("[A-Za-z0-9_.$-]{1,128}");
	private static final Pattern H2_PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");
	private static final Pattern FILE_SYSTEM_PREFIX = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

	public ConnectionSpec {
		if (engine == null) {
			throw Problem.invalid("Choose the database engine: one of POSTGRESQL, MYSQL, MARIADB or H2.");
		}
		host = strippedOrNull(host);
		if (host != null && host.length() > 2 && host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		jdbcUrl = strippedOrNull(jdbcUrl);
		database = database == null || database.isEmpty() ? null : database;
		if (engine == Engine.H2 && options != null && !options.isEmpty()) {
			throw Problem.invalid(H2_TAKES_NO_OPTIONS);
		}
		options = normalizeOptions(engine, options == null ? Map.of() : options, "option");
		checkUsername(username);
		if (password != null && password.length() > MAX_PASSWORD_LENGTH) {
			throw Problem.invalid("The password is longer than " + MAX_PASSWORD_LENGTH + " characters.");
		}
		resolve(engine, host, port, database, jdbcUrl, options);
	}

	/** A spec for a server reached by host name; {@code port} may be null for the engine's default. */
	public static ConnectionSpec forHost(Engine engine, String host, Integer port, String database, String username,
			String password) {
		return new ConnectionSpec(engine, host, port, database, null, username, password, Map.of());
	}

	/** A spec given as a JDBC URL of the engine. */
	public static ConnectionSpec forUrl(Engine engine, String jdbcUrl, String username, String password) {
		return new ConnectionSpec(engine, null, null, null, jdbcUrl, username, password, Map.of());
	}

	/** This spec with another password (for example the decrypted stored one). */
	public ConnectionSpec withPassword(String newPassword) {
		return new ConnectionSpec(engine, host, port, database, jdbcUrl, username, newPassword, options);
	}

	/** This spec with other driver options (validated like the constructor's). */
	public ConnectionSpec withOptions(Map<String, String> newOptions) {
		return new ConnectionSpec(engine, host, port, database, jdbcUrl, username, password, newOptions);
	}

	/** Where this spec points, resolved from whichever form it was given in. Never null. */
	public Target target() {
		return resolve(engine, host, port, database, jdbcUrl, options);
	}

	/**
	 * The option names (spelled as the driver spells them) accepted for an engine, in the options map and the
	 * URL's query; for H2, the settings accepted after the path of a JDBC URL.
	 */
	public static Set<String> allowedOptions(Engine engine) {
		return Collections.unmodifiableSet(OptionRules.forEngine(engine).keySet());
	}

	@Override
	public String toString() {
		return "ConnectionSpec[engine=" + engine + ", host=" + host + ", port=" + port + ", database=" + database
				+ ", jdbcUrl=" + jdbcUrl + ", username=" + username + ", password="
				+ (password == null ? "(none)" : "(hidden)") + ", options=" + options + "]";
	}

	/**
	 * A validated, normalised destination. For the network engines {@code host} and {@code port} are set and
	 * {@code database} is the database name (null for MySQL/MariaDB when none was given). For H2,
	 * {@code host} is set only for {@code tcp:} URLs; {@code database} is the location after the host
	 * ({@code ~/path}, {@code mem:name}) or, for embedded databases, {@code file:path} or {@code mem:name}.
	 * {@code options} holds the allowlisted driver options (for H2, URL settings) with canonical names.
	 */
	public record Target(Engine engine, String host, int port, String database, Map<String, String> options) {

		/** {@code host:port} (IPv6 in brackets), or the H2 location for embedded H2. */
		public String address() {
			if (host == null) {
				return database;
			}
			return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
		}

		@Override
		public String toString() {
			return address() + (database != null && host != null ? "/" + database : "");
		}
	}

	// ---------------------------------------------------------------------------------------------------------

	private static Target resolve(Engine engine, String host, Integer port, String database, String jdbcUrl,
			Map<String, String> options) {
		if (jdbcUrl != null) {
			if (host != null || port != null || database != null) {
				throw Problem.invalid("Give either a JDBC URL or host, port and database, not both.");
			}
			return engine == Engine.H2 ? parseH2Url(jdbcUrl, options) : parseServerUrl(engine, jdbcUrl, options);
		}
		if (engine == Engine.H2) {
			if (database == null) {
				throw Problem.invalid(
						"Give the H2 database: a jdbc:h2:file:, jdbc:h2:mem: or jdbc:h2:tcp: URL, or its path as the database.");
			}
			if (host == null) {
				if (port != null) {
					throw Problem.invalid("A port only applies to an H2 server: give its host as well, or leave the port empty.");
				}
				String location = database.startsWith("mem:") || database.startsWith("file:") ? database : "file:" + database;
				return new Target(engine, null, 0, checkH2Location(location, false), options);
			}
			checkHost(host);
			return new Target(engine, host, checkPort(port == null ? H2_DEFAULT_TCP_PORT : port),
					checkH2Location(database, true), options);
		}
		if (host == null) {
			throw Problem.invalid("Give the host name or IP address of the " + displayName(engine)
					+ " server, or a JDBC URL starting with " + engine.urlPrefix() + "//.");
		}
		checkHost(host);
		int effectivePort = checkPort(port == null ? engine.defaultPort() : port);
		return new Target(engine, host, effectivePort, checkDatabase(engine, database), options);
	}

	private static Target parseServerUrl(Engine engine, String url, Map<String, String> options) {
		String form = engine.urlPrefix() + "//host:port/database?option=value";
		checkUrlCharacters(url);
		if (!url.startsWith(engine.urlPrefix())) {
			throw Problem.invalid("A " + displayName(engine) + " JDBC URL must start with " + engine.urlPrefix()
					+ "//, for example " + form + ".");
		}
		String rest = url.substring(engine.urlPrefix().length());
		if (!rest.startsWith("//")) {
			throw Problem.invalid("Use a JDBC URL of the form " + form
					+ " (multi-host, load-balancing and replication URLs are not supported).");
		}
		rest = rest.substring(2);
		int authorityEnd = indexOfAny(rest, "/?");
		String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
		String afterAuthority = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
		if (authority.indexOf('@') >= 0) {
			throw Problem.invalid("Put the user name and password in their own fields, not in the JDBC URL.");
		}
		if (authority.indexOf(',') >= 0 || authority.indexOf('(') >= 0 || authority.indexOf('=') >= 0) {
			throw Problem.invalid("Use a JDBC URL of the form " + form
					+ " with a single host (multi-host and address=(…) forms are not supported).");
		}
		String host;
		Integer port = null;
		if (authority.startsWith("[")) {
			int close = authority.indexOf(']');
			if (close < 0) {
				throw Problem.invalid("The IPv6 address in the JDBC URL lacks its closing bracket.");
			}
			host = authority.substring(1, close);
			String tail = authority.substring(close + 1);
			if (!tail.isEmpty()) {
				if (!tail.startsWith(":")) {
					throw Problem.invalid("Use a JDBC URL of the form " + form + ".");
				}
				port = parsePort(tail.substring(1));
			}
		}
		else {
			int colon = authority.indexOf(':');
			host = colon < 0 ? authority : authority.substring(0, colon);
			if (colon >= 0) {
				port = parsePort(authority.substring(colon + 1));
			}
		}
		if (host.isEmpty()) {
			throw Problem.invalid("The JDBC URL names no host; use the form " + form + ".");
		}
		checkHost(host);
		String path = afterAuthority;
		String query = null;
		int question = path.indexOf('?');
		if (question >= 0) {
			query = path.substring(question + 1);
			path = path.substring(0, question);
		}
		String database = null;
		if (path.length() > 1) {
			String encoded = path.substring(1);
			if (encoded.indexOf('/') >= 0) {
				throw Problem.invalid("The database part of the JDBC URL contains '/'; percent-encode it as %2F.");
			}
			database = percentDecode(encoded, "database name in the JDBC URL");
		}
		Map<String, String> merged = mergeOptions(engine, options, parseQuery(engine, query));
		return new Target(engine, host, checkPort(port == null ? engine.defaultPort() : port),
				checkDatabase(engine, database), merged);
	}

	private static Target parseH2Url(String url, Map<String, String> options) {
		checkUrlCharacters(url);
		String forms = "jdbc:h2:file:<path>, jdbc:h2:mem:<name> or jdbc:h2:tcp://host:port/<path>";
		if (!url.startsWith(Engine.H2.urlPrefix())) {
			throw Problem.invalid("An H2 JDBC URL must be one of " + forms + ".");
		}
		String rest = url.substring(Engine.H2.urlPrefix().length());
		int semicolon = rest.indexOf(';');
		String location = semicolon < 0 ? rest : rest.substring(0, semicolon);
		Map<String, String> settings = new TreeMap<>();
		if (semicolon >= 0) {
			for (String part : rest.substring(semicolon + 1).split(";")) {
				if (part.isEmpty()) {
					continue;
				}
				int eq = part.indexOf('=');
				if (eq <= 0) {
					throw Problem.invalid("Each H2 setting in the URL must look like ;NAME=VALUE.");
				}
				String name = part.substring(0, eq);
				String value = part.substring(eq + 1);
				if (settings.put(name.toUpperCase(Locale.ROOT), value) != null) {
					throw Problem.invalid("The H2 setting " + sanitize(name) + " appears twice in the URL.");
				}
			}
		}
		Map<String, String> normalized = normalizeOptions(Engine.H2, settings, "setting");
		// IFEXISTS=TRUE and ACCESS_MODE_DATA=r are always applied by PurSight; keep only the others.
		Map<String, String> kept = new TreeMap<>(normalized);
		kept.remove("IFEXISTS");
		kept.remove("ACCESS_MODE_DATA");
		Map<String, String> h2Options = Collections.unmodifiableMap(kept);
		if (location.startsWith("tcp://")) {
			String remote = location.substring("tcp://".length());
			int slash = remote.indexOf('/');
			if (slash <= 0) {
				throw Problem.invalid("An H2 server URL needs a host and a database path: jdbc:h2:tcp://host:port/<path>.");
			}
			String authority = remote.substring(0, slash);
			String host = authority;
			Integer port = null;
			int colon = authority.lastIndexOf(':');
			if (colon >= 0 && !authority.endsWith("]")) {
				host = authority.substring(0, colon);
				port = parsePort(authority.substring(colon + 1));
			}
			if (host.startsWith("[") && host.endsWith("]")) {
				host = host.substring(1, host.length() - 1);
			}
			checkHost(host);
			return new Target(Engine.H2, host, checkPort(port == null ? H2_DEFAULT_TCP_PORT : port),
					checkH2Location(remote.substring(slash + 1), true), h2Options);
		}
		if (location.startsWith("file:") || location.startsWith("mem:")) {
			return new Target(Engine.H2, null, 0, checkH2Location(location, false), h2Options);
		}
		throw Problem.invalid("Use an H2 URL of the form " + forms + ".");
	}

	/** Checks an H2 location: {@code mem:name}, {@code file:path}, or (remote) a bare path. */
	private static String checkH2Location(String location, boolean remote) {
		if (location.indexOf(';') >= 0) {
			throw Problem.invalid("Put H2 settings only in a JDBC URL, after the database path (;NAME=VALUE).");
		}
		if (CONTROL.matcher(location).find()) {
			throw Problem.invalid("The H2 database path contains control characters.");
		}
		if (location.length() > 1024) {
			throw Problem.invalid("The H2 database path is longer than 1024 characters.");
		}
		if (H2_PERCENT_ESCAPE.matcher(location).find()) {
			// H2 reads '%2e' as three characters; whatever decodes it elsewhere would see another path.
			throw Problem.invalid("The H2 database path contains a percent escape such as %2e; H2 does not decode "
					+ "them, so write the characters themselves.");
		}
		if (location.startsWith("mem:")) {
			if (!H2_MEM_NAME.matcher(location.substring(4)).matches()) {
				throw Problem.invalid(
						"Name the in-memory H2 database with letters, digits, '_', '.', '$' or '-' (jdbc:h2:mem:<name>).");
			}
			return location;
		}
		String path = remote ? location : location.substring("file:".length());
		if (!remote && !location.startsWith("file:")) {
			throw Problem.invalid("Use jdbc:h2:file:<path> or jdbc:h2:mem:<name> for an embedded H2 database.");
		}
		if (path.isBlank()) {
			throw Problem.invalid("Give the path of the H2 database file.");
		}
		if (FILE_SYSTEM_PREFIX.matcher(path).matches()) {
			throw Problem.invalid(
					"The H2 database path must be a plain file path; H2 file system prefixes such as zip: or split: are not supported.");
		}
		return location;
	}

	private static void checkHost(String host) {
		if (host.length() > 253 || !(HOST_NAME.matcher(host).matches() || IPV6.matcher(host).matches())) {
			throw Problem.invalid("The host must be a host name or IP address, without a scheme, path, port, "
					+ "user name or spaces (for example db.example.com or 10.0.0.5).");
		}
	}

	private static int parsePort(String text) {
		if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
			throw Problem.invalid("The port in the JDBC URL must be a number from 1 to 65535.");
		}
		return Integer.parseInt(text);
	}

	private static int checkPort(int port) {
		if (port < 1 || port > 65535) {
			throw Problem.invalid("The port must be a number from 1 to 65535.");
		}
		return port;
	}

	private static String checkDatabase(Engine engine, String database) {
		if (database == null || database.isEmpty()) {
			if (engine == Engine.POSTGRESQL) {
				throw Problem.invalid("Name the PostgreSQL database to connect to (for example postgres).");
			}
			return null;
		}
		if (database.length() > MAX_DATABASE_LENGTH) {
			throw Problem.invalid("The database name is longer than " + MAX_DATABASE_LENGTH + " characters.");
		}
		if (CONTROL.matcher(database).find()) {
			throw Problem.invalid("The database name contains control characters; use its printable name.");
		}
		return database;
	}

	private static void checkUsername(String username) {
		if (username == null) {
			return;
		}
		if (username.length() > MAX_USERNAME_LENGTH) {
			throw Problem.invalid("The user name is longer than " + MAX_USERNAME_LENGTH + " characters.");
		}
		if (CONTROL.matcher(username).find()) {
			throw Problem.invalid("The user name contains control characters.");
		}
	}

	private static void checkUrlCharacters(String url) {
		if (url.length() > MAX_URL_LENGTH) {
			throw Problem.invalid("The JDBC URL is longer than " + MAX_URL_LENGTH + " characters.");
		}
		if (URL_FORBIDDEN.matcher(url).find()) {
			throw Problem.invalid("The JDBC URL must not contain spaces, control characters or '#'; "
					+ "percent-encode them (a space is %20).");
		}
	}

	private static Map<String, String> parseQuery(Engine engine, String query) {
		Map<String, String> result = new TreeMap<>();
		if (query == null || query.isEmpty()) {
			return result;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = percentDecode(eq < 0 ? pair : pair.substring(0, eq), "option name in the JDBC URL");
			String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1), "option value in the JDBC URL");
			if (result.put(key, value) != null) {
				throw Problem.invalid("The option " + sanitize(key) + " appears twice in the JDBC URL.");
			}
		}
		return normalizeOptions(engine, result, "option");
	}

	private static Map<String, String> mergeOptions(Engine engine, Map<String, String> given,
			Map<String, String> fromUrl) {
		Map<String, String> merged = new TreeMap<>(fromUrl);
		given.forEach((key, value) -> {
			String previous = merged.put(key, value);
			if (previous != null && !previous.equals(value)) {
				throw Problem.invalid("The option " + key + " is set differently in the JDBC URL and in the options; "
						+ "set it in one place.");
			}
		});
		return Collections.unmodifiableMap(merged);
	}

	/** Validates option names and values against the engine's allowlist; returns them with canonical spelling. */
	private static Map<String, String> normalizeOptions(Engine engine, Map<String, String> given, String noun) {
		Map<String, OptionRules.Rule> rules = OptionRules.forEngine(engine);
		Map<String, String> result = new TreeMap<>();
		for (Map.Entry<String, String> entry : given.entrySet()) {
			String key = entry.getKey();
			if (key == null || key.isBlank()) {
				throw Problem.invalid("An " + noun + " has no name.");
			}
			OptionRules.Rule rule = OptionRules.find(rules, key);
			if (rule == null) {
				throw Problem.invalid(OptionRules.refusal(engine, key, noun));
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

	private static String percentDecode(String text, String what) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
						|| Character.digit(text.charAt(i + 2), 16) < 0) {
					throw Problem.invalid("The " + what + " has a '%' that is not followed by two hex digits.");
				}
				bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw Problem.invalid("The " + what + " is not valid percent-encoded UTF-8.");
		}
	}

	private static int indexOfAny(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return i;
			}
		}
		return -1;
	}

	private static String strippedOrNull(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** Echoes user text in a message: printable, short. Only used for names and non-secret option values. */
	static String sanitize(String text) {
		String printable = CONTROL.matcher(text).replaceAll("?");
		return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
	}

	static String displayName(Engine engine) {
		return switch (engine) {
			case POSTGRESQL -> "PostgreSQL";
			case MYSQL -> "MySQL";
			case MARIADB -> "MariaDB";
			case H2 -> "H2";
		};
	}

	/** The per-engine allowlists of driver options. */
	private static final class OptionRules {

		/** One allowed option: either a fixed set of choices (matched ignoring case) or a value pattern. */
		record Rule(String name, List<String> choices, Pattern pattern, String hint) {
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

		static final Map<String, Rule> POSTGRESQL = rules(
				choice("sslmode", "disable", "allow", "prefer", "require", "verify-ca", "verify-full"),
				choice("ssl", BOOLEAN),
				pattern("ApplicationName", "[\\p{L}\\p{N} ._:-]{1,63}", "use up to 63 letters, digits, spaces, '.', '_', ':' or '-'"),
				pattern("currentSchema", "[\\p{L}\\p{N}_$, ]{1,256}", "list schema names separated by commas"),
				choice("tcpKeepAlive", BOOLEAN));

		static final Map<String, Rule> MYSQL = rules(
				choice("sslMode", "DISABLED", "PREFERRED", "REQUIRED", "VERIFY_CA", "VERIFY_IDENTITY"),
				choice("useSSL", BOOLEAN),
				choice("allowPublicKeyRetrieval", BOOLEAN),
				pattern("serverTimezone", TIME_ZONE.pattern(), "use a time zone id such as UTC or Europe/Paris"),
				pattern("connectionTimeZone", TIME_ZONE.pattern(), "use a time zone id such as UTC, LOCAL or SERVER"),
				pattern("characterEncoding", "[A-Za-z0-9_.:-]{1,40}", "use a Java charset name such as UTF-8"),
				choice("zeroDateTimeBehavior", "EXCEPTION", "ROUND", "CONVERT_TO_NULL"),
				choice("tcpKeepAlive", BOOLEAN));

		static final Map<String, Rule> MARIADB = rules(
				choice("sslMode", "disable", "trust", "verify-ca", "verify-full"),
				choice("allowPublicKeyRetrieval", BOOLEAN),
				pattern("timezone", TIME_ZONE.pattern(), "use a time zone id such as UTC, or auto or disable"),
				pattern("restrictedAuth", "[a-z0-9_,]{1,200}", "list authentication plugin names separated by commas"),
				choice("tcpKeepAlive", BOOLEAN));

		/** H2 URL settings; IFEXISTS and ACCESS_MODE_DATA only with the values PurSight forces anyway. */
		static final Map<String, Rule> H2_SETTINGS = rules(
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

		static Map<String, Rule> forEngine(Engine engine) {
			return switch (engine) {
				case POSTGRESQL -> POSTGRESQL;
				case MYSQL -> MYSQL;
				case MARIADB -> MARIADB;
				case H2 -> H2_SETTINGS;
			};
		}

		static Rule find(Map<String, Rule> rules, String key) {
			for (Rule rule : rules.values()) {
				if (rule.name().equalsIgnoreCase(key)) {
					return rule;
				}
			}
			return null;
		}

		static String refusal(Engine engine, String key, String noun) {
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

		private static Map<String, Rule> rules(Rule... rules) {
			Map<String, Rule> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			List<Rule> list = new ArrayList<>(List.of(rules));
			list.forEach(rule -> map.put(rule.name(), rule));
			return Collections.unmodifiableMap(map);
		}
	}
}
