package io.pursight.datasource.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import io.pursight.common.Problem;
import io.pursight.datasource.ConnectionSpec.Target;
import io.pursight.datasource.Engine;

import static io.pursight.datasource.internal.ConnectionFields.checkDatabase;
import static io.pursight.datasource.internal.ConnectionFields.checkHost;
import static io.pursight.datasource.internal.ConnectionFields.checkPort;
import static io.pursight.datasource.internal.ConnectionFields.checkUrlCharacters;
import static io.pursight.datasource.internal.ConnectionFields.displayName;
import static io.pursight.datasource.internal.ConnectionFields.parsePort;
import static io.pursight.datasource.internal.ConnectionFields.sanitize;

/**
 * Parses the JDBC URL of a database server ({@code jdbc:<engine>://host:port/database?option=value}) into its
 * parts, which PurSight checks one by one and later rebuilds a URL from. Forms that name several hosts, carry
 * credentials or hide options in the authority are refused, not passed through. Stateless.
 */
final class ServerUrls {

	private ServerUrls() {
	}

	static Target parse(Engine engine, String url, Map<String, String> options) {
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
		Map<String, String> merged = merge(options, parseQuery(engine, query));
		return new Target(engine, host, checkPort(port == null ? engine.defaultPort() : port),
				checkDatabase(engine, database), merged);
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
		return DriverOptions.normalize(engine, result, "option");
	}

	/** The options of the map and of the URL's query together; one set differently in both is refused. */
	private static Map<String, String> merge(Map<String, String> given, Map<String, String> fromUrl) {
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
}
