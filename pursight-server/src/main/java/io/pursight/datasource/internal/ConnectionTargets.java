package io.pursight.datasource.internal;

import java.util.Map;
import java.util.Set;

import io.pursight.common.Problem;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.ConnectionSpec.Target;
import io.pursight.datasource.Engine;

import static io.pursight.datasource.internal.ConnectionFields.checkDatabase;
import static io.pursight.datasource.internal.ConnectionFields.checkHost;
import static io.pursight.datasource.internal.ConnectionFields.checkPort;
import static io.pursight.datasource.internal.ConnectionFields.displayName;

/**
 * Validates what a {@link ConnectionSpec} is made of and resolves it to a {@link Target}: the host form here,
 * URLs in {@link ServerUrls} and {@link H2Locations}, driver options against {@link DriverOptions}. Public only
 * because the spec, a value of the module's API, calls it from its constructor. Stateless.
 */
public final class ConnectionTargets {

	private static final String H2_TAKES_NO_OPTIONS = "H2 takes no driver options; put the supported settings "
			+ "(MODE, DATABASE_TO_LOWER, DATABASE_TO_UPPER, CASE_INSENSITIVE_IDENTIFIERS, DEFAULT_NULL_ORDERING) "
			+ "in the JDBC URL as ;NAME=VALUE instead.";

	private ConnectionTargets() {
	}

	/**
	 * The options map of a spec, checked against the engine's allowlist, with canonical names; never null.
	 *
	 * @param given null for none
	 */
	public static Map<String, String> options(Engine engine, Map<String, String> given) {
		if (engine == Engine.H2 && given != null && !given.isEmpty()) {
			throw Problem.invalid(H2_TAKES_NO_OPTIONS);
		}
		return DriverOptions.normalize(engine, given == null ? Map.of() : given, "option");
	}

	/** Checks the user name and the password a spec carries (their length, no control characters). */
	public static void checkCredentials(String username, String password) {
		ConnectionFields.checkUsername(username);
		ConnectionFields.checkPassword(password);
	}

	/** The allowlisted option names of an engine, spelled as its driver spells them. */
	public static Set<String> allowedOptions(Engine engine) {
		return DriverOptions.allowed(engine);
	}

	/**
	 * Where a spec points. The arguments are the spec's, already stripped; {@code options} already normalised.
	 *
	 * @throws Problem (400) naming what is wrong, never repeating a URL or an option value that could be secret
	 */
	public static Target resolve(Engine engine, String host, Integer port, String database, String jdbcUrl,
			Map<String, String> options) {
		if (jdbcUrl != null) {
			if (host != null || port != null || database != null) {
				throw Problem.invalid("Give either a JDBC URL or host, port and database, not both.");
			}
			return engine == Engine.H2 ? H2Locations.parseUrl(jdbcUrl, options)
					: ServerUrls.parse(engine, jdbcUrl, options);
		}
		if (engine == Engine.H2) {
			return h2(host, port, database, options);
		}
		if (host == null) {
			throw Problem.invalid("Give the host name or IP address of the " + displayName(engine)
					+ " server, or a JDBC URL starting with " + engine.urlPrefix() + "//.");
		}
		checkHost(host);
		int effectivePort = checkPort(port == null ? engine.defaultPort() : port);
		return new Target(engine, host, effectivePort, checkDatabase(engine, database), options);
	}

	private static Target h2(String host, Integer port, String database, Map<String, String> options) {
		if (database == null) {
			throw Problem.invalid(
					"Give the H2 database: a jdbc:h2:file:, jdbc:h2:mem: or jdbc:h2:tcp: URL, or its path as the database.");
		}
		if (host == null) {
			if (port != null) {
				throw Problem.invalid("A port only applies to an H2 server: give its host as well, or leave the port empty.");
			}
			String location = database.startsWith("mem:") || database.startsWith("file:") ? database : "file:" + database;
			return new Target(Engine.H2, null, 0, H2Locations.check(location, false), options);
		}
		checkHost(host);
		return new Target(Engine.H2, host, checkPort(port == null ? ConnectionSpec.H2_DEFAULT_TCP_PORT : port),
				H2Locations.check(database, true), options);
	}
}
