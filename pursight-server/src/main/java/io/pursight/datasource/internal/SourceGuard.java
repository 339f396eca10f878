package io.pursight.datasource.internal;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import io.pursight.common.Problem;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses sources that would let a workspace read what is not its own: PurSight's own metadata
 * store (it holds every workspace's data), and embedded H2 files outside the directory the
 * operator set aside for them (an H2 URL can point at any file the server can read).
 */
@Component
public class SourceGuard {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

	private final Path h2Directory;
	private final String storeUrl;

	SourceGuard(@Value("${pursight.sources.h2-directory:${pursight.data-dir}/sources}") Path h2Directory,
			@Value("${spring.datasource.url}") String storeUrl) {
		this.h2Directory = h2Directory.toAbsolutePath().normalize();
		this.storeUrl = storeUrl;
	}

	/** Where embedded H2 sources must live. */
	public Path h2Directory() {
		return h2Directory;
	}

	public void check(ConnectionSpec spec) {
		ConnectionSpec.Target target = spec.target();
		if (spec.engine() == Engine.H2 && target.host() == null) {
			checkEmbeddedH2(target.database());
		}
		if (pointsAtStore(spec, target)) {
			throw Problem.invalid("This is PurSight's own metadata store; it cannot be registered as a data source.");
		}
	}

	private void checkEmbeddedH2(String location) {
		if (location == null || !location.startsWith("file:")) {
			throw Problem.invalid("Embedded H2 sources must be database files (jdbc:h2:file:...); in-memory databases "
					+ "of the PurSight process cannot be registered.");
		}
		Path file = Path.of(location.substring("file:".length())).toAbsolutePath().normalize();
		if (!file.startsWith(h2Directory)) {
			throw Problem.invalid("Embedded H2 database files must be under the directory an operator set aside for "
					+ "them (pursight.sources.h2-directory). Move the file there or serve it with an H2 TCP server.");
		}
	}

	private boolean pointsAtStore(ConnectionSpec spec, ConnectionSpec.Target target) {
		String store = storeUrl.toLowerCase(Locale.ROOT);
		if (spec.engine() == Engine.H2) {
			return target.host() == null && target.database() != null && store.startsWith("jdbc:h2:")
					&& sameH2File(store, target.database());
		}
		if (!store.startsWith(spec.engine().urlPrefix())) {
			return false;
		}
		String rest = store.substring(spec.engine().urlPrefix().length()).replaceFirst("^//", "");
		String hostPort = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
		String database = rest.contains("/") ? rest.substring(rest.indexOf('/') + 1).replaceFirst("[?;].*$", "") : "";
		String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.lastIndexOf(':')) : hostPort;
		int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.lastIndexOf(':') + 1))
				: spec.engine().defaultPort();
		return port == target.port() && database.equalsIgnoreCase(target.database() == null ? "" : target.database())
				&& sameHost(host, target.host());
	}

	private static boolean sameH2File(String storeUrl, String location) {
		String storePath = storeUrl.substring("jdbc:h2:".length()).replaceFirst(";.*$", "").replaceFirst("^file:", "");
		String sourcePath = location.replaceFirst("^file:", "");
		return Path.of(storePath).toAbsolutePath().normalize().equals(Path.of(sourcePath).toAbsolutePath().normalize());
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
}
