package io.pursight.datasource;

import java.util.Map;
import java.util.Set;

import io.pursight.common.Problem;
import io.pursight.datasource.internal.ConnectionTargets;

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
 * The parsing and the option rules live in the module's {@code internal} package; this record is the value.
 * Client mistakes throw {@link Problem#invalid}. {@link #toString()} never shows the password, and no message
 * repeats the URL or an option value that could hold a secret.
 */
public record ConnectionSpec(Engine engine, String host, Integer port, String database, String jdbcUrl,
		String username, String password, Map<String, String> options) {

	/** The TCP port H2 servers listen on unless told otherwise. */
	public static final int H2_DEFAULT_TCP_PORT = 9092;

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
		options = ConnectionTargets.options(engine, options);
		ConnectionTargets.checkCredentials(username, password);
		ConnectionTargets.resolve(engine, host, port, database, jdbcUrl, options);
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
		return ConnectionTargets.resolve(engine, host, port, database, jdbcUrl, options);
	}

	/**
	 * The option names (spelled as the driver spells them) accepted for an engine, in the options map and the
	 * URL's query; for H2, the settings accepted after the path of a JDBC URL.
	 */
	public static Set<String> allowedOptions(Engine engine) {
		return ConnectionTargets.allowedOptions(engine);
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

	private static String strippedOrNull(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
