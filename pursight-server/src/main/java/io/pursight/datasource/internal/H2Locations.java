package io.pursight.datasource.internal;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.pursight.common.Problem;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.ConnectionSpec.Target;
import io.pursight.datasource.Engine;

import static io.pursight.datasource.internal.ConnectionFields.CONTROL;
import static io.pursight.datasource.internal.ConnectionFields.checkHost;
import static io.pursight.datasource.internal.ConnectionFields.checkPort;
import static io.pursight.datasource.internal.ConnectionFields.checkUrlCharacters;
import static io.pursight.datasource.internal.ConnectionFields.parsePort;
import static io.pursight.datasource.internal.ConnectionFields.sanitize;

/**
 * Parses H2 JDBC URLs ({@code jdbc:h2:file:}, {@code jdbc:h2:mem:}, {@code jdbc:h2:tcp://}) and checks H2
 * locations as written. Whether an embedded file may be opened is decided later, on the file H2 would really
 * open ({@link SourceGuard}, {@link H2FileResolver}); this only refuses what H2 would read as something other
 * than a plain path. Stateless.
 */
final class H2Locations {

	private static final String FORMS = "jdbc:h2:file:<path>, jdbc:h2:mem:<name> or jdbc:h2:tcp://host:port/<path>";
	private static final Pattern MEM_NAME = Pattern.compile("[A-Za-z0-9_.$-]{1,128}");
	private static final Pattern PERCENT_ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");
	private static final Pattern FILE_SYSTEM_PREFIX = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

	private H2Locations() {
	}

	static Target parseUrl(String url, Map<String, String> options) {
		checkUrlCharacters(url);
		if (!url.startsWith(Engine.H2.urlPrefix())) {
			throw Problem.invalid("An H2 JDBC URL must be one of " + FORMS + ".");
		}
		String rest = url.substring(Engine.H2.urlPrefix().length());
		int semicolon = rest.indexOf(';');
		String location = semicolon < 0 ? rest : rest.substring(0, semicolon);
		Map<String, String> h2Options = settings(semicolon < 0 ? "" : rest.substring(semicolon + 1));
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
			return new Target(Engine.H2, host, checkPort(port == null ? ConnectionSpec.H2_DEFAULT_TCP_PORT : port),
					check(remote.substring(slash + 1), true), h2Options);
		}
		if (location.startsWith("file:") || location.startsWith("mem:")) {
			return new Target(Engine.H2, null, 0, check(location, false), h2Options);
		}
		throw Problem.invalid("Use an H2 URL of the form " + FORMS + ".");
	}

	/** The ;NAME=VALUE settings after the path, allowlisted, without the two PurSight always applies. */
	private static Map<String, String> settings(String text) {
		Map<String, String> settings = new TreeMap<>();
		for (String part : text.split(";")) {
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
		Map<String, String> kept = new TreeMap<>(DriverOptions.normalize(Engine.H2, settings, "setting"));
		// IFEXISTS=TRUE and ACCESS_MODE_DATA=r are always applied by PurSight; keep only the others.
		kept.remove("IFEXISTS");
		kept.remove("ACCESS_MODE_DATA");
		return Collections.unmodifiableMap(kept);
	}

	/** Checks an H2 location: {@code mem:name}, {@code file:path}, or (remote) a bare path. */
	static String check(String location, boolean remote) {
		if (location.indexOf(';') >= 0) {
			throw Problem.invalid("Put H2 settings only in a JDBC URL, after the database path (;NAME=VALUE).");
		}
		if (CONTROL.matcher(location).find()) {
			throw Problem.invalid("The H2 database path contains control characters.");
		}
		if (location.length() > 1024) {
			throw Problem.invalid("The H2 database path is longer than 1024 characters.");
		}
		if (PERCENT_ESCAPE.matcher(location).find()) {
			// H2 reads '%2e' as three characters; whatever decodes it elsewhere would see another path.
			throw Problem.invalid("The H2 database path contains a percent escape such as %2e; H2 does not decode "
					+ "them, so write the characters themselves.");
		}
		if (location.startsWith("mem:")) {
			if (!MEM_NAME.matcher(location.substring(4)).matches()) {
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
}
