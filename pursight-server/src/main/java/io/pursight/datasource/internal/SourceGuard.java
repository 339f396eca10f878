package io.pursight.datasource.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;

import io.pursight.common.Problem;
import io.pursight.common.WorkspaceId;
import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;
import io.pursight.datasource.internal.jdbc.ConnectionPolicy;

/**
 * Refuses sources that would let a workspace reach what is not its own, when a definition is registered or
 * tested and again before every connection (as the {@link ConnectionPolicy} of the connection factory):
 * <ul>
 * <li>PurSight's own metadata store, which holds every workspace's data, in any spelling or through links,
 * and the servers it lives on ({@link StoreServers});</li>
 * <li>embedded H2 files outside the workspace's own directory, {@code <pursight.sources.h2-directory>/<workspace
 * id>/}, judged by the file H2 will really open ({@link H2FileResolver}), or any embedded H2 database at all
 * when {@code pursight.sources.embedded-h2-enabled} is false;</li>
 * <li>hosts with an address in a denied network or outside the allowed ones ({@link NetworkRules}): by default
 * link-local and cloud metadata endpoints, so test-connection cannot probe them. Every address a name resolves
 * to is checked, at every connection, so a changed DNS record is caught too.</li>
 * </ul>
 * The check at connection time matters as much as the one at registration: a link can be planted in a
 * workspace directory and a DNS record changed after the definition was accepted. Thread-safe.
 */
final class SourceGuard implements ConnectionPolicy {

	/** Resolves a host name to all its addresses (the JVM's resolver, which the drivers use as well). */
	@FunctionalInterface
	interface HostResolver {
		InetAddress[] resolve(String host) throws UnknownHostException;
	}

	private static final String STORE = "This is PurSight's own metadata store; it cannot be registered as a data source.";

	private final Path h2Directory;
	private final String storeUrl;
	private final StoreServers storeServers;
	private final boolean embeddedH2Enabled;
	private final NetworkRules network;
	private final H2FileResolver files;
	private final HostResolver hosts;

	/**
	 * @param h2Directory holds one directory per workspace for embedded H2 sources
	 * @param storeUrl the JDBC URL of PurSight's own metadata store
	 * @param hosts resolves host names; {@code InetAddress::getAllByName} outside tests
	 */
	SourceGuard(Path h2Directory, String storeUrl, boolean embeddedH2Enabled, NetworkRules network,
			H2FileResolver files, HostResolver hosts) {
		this.h2Directory = h2Directory.toAbsolutePath().normalize();
		this.storeUrl = storeUrl;
		this.storeServers = StoreServers.of(storeUrl);
		this.embeddedH2Enabled = embeddedH2Enabled;
		this.network = network;
		this.files = files;
		this.hosts = hosts;
	}

	/**
	 * Checks a definition for a workspace before it is saved or tested.
	 *
	 * @throws Problem (400) naming the rule and, where an operator can change it, the setting
	 */
	void check(WorkspaceId workspace, ConnectionSpec spec) {
		inspect(Objects.requireNonNull(workspace, "workspace"), spec);
	}

	@Override
	public ConnectionSpec.Target admit(WorkspaceId workspace, ConnectionSpec spec) throws SQLException {
		ConnectionSpec.Target target = spec.target();
		if (isEmbedded(target)) {
			if (workspace == null) {
				throw Problem.invalid("Embedded H2 databases are opened only for the workspace they belong to, and "
						+ "this request named none; it was refused. Please report this to the PurSight developers.");
			}
			Path file = embeddedFile(workspace, target);
			// Hand H2 the file that was checked, not the spelling it was checked from.
			return new ConnectionSpec.Target(Engine.H2, null, 0, "file:" + files.databaseName(file), target.options());
		}
		refuseStoreServer(target);
		InetAddress[] addresses;
		try {
			addresses = hosts.resolve(target.host());
		}
		catch (UnknownHostException e) {
			// Refused here rather than left to the driver, which would resolve again (and might get an answer).
			throw new SQLException("Unknown host", "08001", e);
		}
		refuseAddresses(target.host(), addresses);
		return target;
	}

	private void inspect(WorkspaceId workspace, ConnectionSpec spec) {
		ConnectionSpec.Target target = spec.target();
		if (isEmbedded(target)) {
			embeddedFile(workspace, target);
			return;
		}
		refuseStoreServer(target);
		try {
			refuseAddresses(target.host(), hosts.resolve(target.host()));
		}
		catch (UnknownHostException unresolvable) {
			// Not decidable now; every connection resolves and checks again, and an unknown host is reported then.
		}
	}

	private static boolean isEmbedded(ConnectionSpec.Target target) {
		return target.engine() == Engine.H2 && target.host() == null;
	}

	// --- embedded H2 -------------------------------------------------------------------------------------

	/** The checked data file of an embedded H2 source of the workspace. */
	private Path embeddedFile(WorkspaceId workspace, ConnectionSpec.Target target) {
		if (!embeddedH2Enabled) {
			throw Problem.invalid("Embedded H2 databases are disabled on this server "
					+ "(pursight.sources.embedded-h2-enabled is false). Serve the database with an H2 TCP server "
					+ "(jdbc:h2:tcp://host:port/path) or use another engine.");
		}
		String location = target.database();
		if (location == null || !location.startsWith("file:")) {
			throw Problem.invalid("Embedded H2 sources must be database files (jdbc:h2:file:...); in-memory databases "
					+ "of the PurSight process cannot be registered.");
		}
		Path file = files.dataFile(location);
		if (isStore(file)) {
			throw Problem.invalid(STORE);
		}
		Path root = H2FileResolver.realPath(h2Directory);
		Path own = root.resolve(workspace.toString());
		if (!file.startsWith(own) || file.getNameCount() <= own.getNameCount()) {
			throw Problem.invalid("Embedded H2 database files must be in this workspace's own directory, "
					+ "<pursight.sources.h2-directory>/<workspace id>/, which an operator sets aside for them "
					+ "(links that lead out of it do not count). Put the file there or serve it with an H2 TCP server.");
		}
		if (hasDanglingLink(own, file)) {
			// A link that leads nowhere yet could lead anywhere by the time H2 follows it.
			throw Problem.invalid("The H2 database path goes through a symbolic link whose target does not exist; "
					+ "remove the link or point it at a file in this workspace's directory.");
		}
		if (files.databaseName(file) == null) {
			throw Problem.invalid("The H2 database path leads to a file name H2 would read differently "
					+ "(it contains '\\', ':', ';' or a percent escape); rename the file.");
		}
		return file;
	}

	/** Whether a part of the resolved path below the workspace directory is still a link (so: a dangling one). */
	private static boolean hasDanglingLink(Path own, Path file) {
		for (Path part = file; part != null && part.startsWith(own) && !part.equals(own); part = part.getParent()) {
			if (Files.isSymbolicLink(part)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the file is the store's data file: the same real path, or the same file through a hard link. */
	private boolean isStore(Path file) {
		Path store = storeDataFile();
		if (store == null) {
			return false;
		}
		if (file.equals(store)) {
			return true;
		}
		if (!Files.exists(file) || !Files.exists(store)) {
			return false;
		}
		try {
			return Files.isSameFile(file, store);
		}
		catch (IOException e) {
			return true; // cannot tell: assume the worst
		}
	}

	/** The real data file of an embedded H2 store, or null when the store is not one. */
	private Path storeDataFile() {
		String url = storeUrl.strip();
		if (!url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
			return null;
		}
		String name = url.substring("jdbc:h2:".length()).replaceFirst(";.*$", "");
		if (name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("mem:") || name.equals(".")) {
			return null;
		}
		try {
			return files.dataFile(name);
		}
		catch (Problem unusual) {
			return null;
		}
	}

	// --- servers -----------------------------------------------------------------------------------------

	private void refuseAddresses(String host, InetAddress[] addresses) {
		for (InetAddress address : addresses) {
			network.refusal(address).ifPresent(refusal -> {
				String which = address.getHostAddress().equalsIgnoreCase(host) ? address.getHostAddress()
						: address.getHostAddress() + " (an address of " + host + ")";
				if (refusal.deniedBy() != null) {
					throw Problem.invalid("PurSight does not connect data sources to " + which + ": it is in "
							+ refusal.deniedBy() + ", a network denied to data sources by the setting "
							+ "pursight.sources.network.denied (by default link-local, cloud metadata and unspecified "
							+ "addresses). If a database server really listens there, an operator can change that setting.");
				}
				throw Problem.invalid("PurSight does not connect data sources to " + which + ": it is outside the "
						+ "networks allowed for data sources by the setting pursight.sources.network.allowed. "
						+ "An operator can add its network to that setting.");
			});
		}
	}

	/** Refuses a server of PurSight's own store, whatever engine the source claims to be. */
	private void refuseStoreServer(ConnectionSpec.Target target) {
		if (storeServers.holds(target)) {
			throw Problem.invalid(STORE);
		}
	}
}
