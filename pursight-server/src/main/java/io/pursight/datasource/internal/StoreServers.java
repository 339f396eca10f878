package io.pursight.datasource.internal;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;

/**
 * The database servers PurSight's own metadata store lives on, read from its JDBC URL, so that no source
 * is let in there. Unlike {@link ServerUrls}, which refuses whatever it does not know in a source's URL, this
 * must find the store in any form an operator may have written: every host of a multi-host URL, the short
 * forms ({@code jdbc:postgresql:db} is localhost), any letter case, a percent-encoded database name. On a
 * PostgreSQL server only the store's database is off limits (the others are separate); on MySQL, MariaDB and
 * H2 servers, or when the database cannot be told, the whole server is, since one login there may reach every
 * database. An embedded store (an H2 file) is no server; {@link SourceGuard} compares files for it. Immutable.
 */
final class StoreServers {

	/** One server of the store; {@code database} null when every database of the server counts as the store. */
	record Server(String host, int port, String database) {
	}

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1");
	private static final Pattern ADDRESS_HOST = Pattern.compile("\\(host=([^)]*)\\)", Pattern.CASE_INSENSITIVE);
	private static final Pattern ADDRESS_PORT = Pattern.compile("\\(port=(\\d{1,5})\\)", Pattern.CASE_INSENSITIVE);
	private static final Pattern PORT = Pattern.compile("\\d{1,5}");

	private final List<Server> servers;

	private StoreServers(List<Server> servers) {
		this.servers = List.copyOf(servers);
	}

	/** The servers a store URL names; none for an embedded store or an engine sources cannot use. */
	static StoreServers of(String storeUrl) {
		String url = storeUrl.strip();
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:h2:tcp://") || lower.startsWith("jdbc:h2:ssl://")) {
			String authority = url.substring("jdbc:h2:tcp://".length()).split("[/;]", 2)[0];
			return new StoreServers(hosts(authority, ConnectionSpec.H2_DEFAULT_TCP_PORT));
		}
		for (Engine engine : List.of(Engine.POSTGRESQL, Engine.MYSQL, Engine.MARIADB)) {
			if (lower.startsWith(engine.urlPrefix())) {
				return new StoreServers(servers(engine, url.substring(engine.urlPrefix().length())));
			}
		}
		return new StoreServers(List.of());
	}

	/** Whether a source's target is (a database of) a server of the store. */
	boolean holds(ConnectionSpec.Target target) {
		for (Server server : servers) {
			if (server.port() == target.port() && sameHost(server.host(), target.host())
					&& (server.database() == null || server.database().equalsIgnoreCase(
							target.database() == null ? "" : target.database()))) {
				return true;
			}
		}
		return false;
	}

	List<Server> servers() {
		return servers;
	}

	/** The servers after the engine's prefix: {@code //hosts/database?…}, or a short form without hosts. */
	private static List<Server> servers(Engine engine, String rest) {
		int slashes = rest.indexOf("//");
		if (slashes < 0) {
			// jdbc:postgresql:database and jdbc:postgresql:/ both mean the default port on localhost.
			return List.of(server(engine, "localhost", null, rest.replaceFirst("^/", "")));
		}
		// Whatever stands before '//' (MySQL's loadbalance:, replication: …) names a mode, not a server.
		String afterSlashes = rest.substring(slashes + 2);
		int end = indexOfAny(afterSlashes, "/?");
		String authority = end < 0 ? afterSlashes : afterSlashes.substring(0, end);
		String path = end < 0 || afterSlashes.charAt(end) != '/' ? "" : afterSlashes.substring(end + 1);
		List<Server> found = new ArrayList<>();
		for (Server host : hosts(authority, engine.defaultPort())) {
			found.add(server(engine, host.host(), host.port(), path));
		}
		return found;
	}

	private static Server server(Engine engine, String host, Integer port, String path) {
		String database = decode(path.split("[?;]", 2)[0]);
		boolean separateDatabases = engine == Engine.POSTGRESQL && !database.isEmpty();
		return new Server(host, port == null ? engine.defaultPort() : port, separateDatabases ? database : null);
	}

	/** Comma-separated {@code host[:port]}, {@code [ipv6][:port]} or {@code address=(host=…)(port=…)}: whole servers. */
	private static List<Server> hosts(String authority, int defaultPort) {
		List<Server> hosts = new ArrayList<>();
		for (String entry : authority.split(",")) {
			String host = entry.strip();
			String port = null;
			Matcher addressHost = ADDRESS_HOST.matcher(host);
			if (addressHost.find()) {
				Matcher addressPort = ADDRESS_PORT.matcher(host);
				port = addressPort.find() ? addressPort.group(1) : null;
				host = addressHost.group(1);
			}
			else if (host.startsWith("[") && host.indexOf(']') > 0) {
				String tail = host.substring(host.indexOf(']') + 1);
				port = tail.startsWith(":") ? tail.substring(1) : null;
				host = host.substring(1, host.indexOf(']'));
			}
			else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') >= 0) {
				port = host.substring(host.indexOf(':') + 1);
				host = host.substring(0, host.indexOf(':'));
			}
			hosts.add(new Server(host.isEmpty() ? "localhost" : host,
					port != null && PORT.matcher(port).matches() ? Integer.parseInt(port) : defaultPort, null));
		}
		return hosts;
	}

	private static boolean sameHost(String a, String b) {
		if (a.equalsIgnoreCase(b)) {
			return true;
		}
		if (isLoopback(a) && isLoopback(b)) {
			return true;
		}
		try {
			return InetAddress.getByName(a).equals(InetAddress.getByName(b));
		}
		catch (Exception unresolvable) {
			return false;
		}
	}

	private static boolean isLoopback(String host) {
		return LOOPBACK.contains(host.toLowerCase(Locale.ROOT).replace("[", "").replace("]", ""));
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException notEncoded) {
			return text;
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
