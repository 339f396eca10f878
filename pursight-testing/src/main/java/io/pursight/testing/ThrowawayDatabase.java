package io.pursight.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * A database created for one test class or benchmark run and dropped when it is closed, or when the
 * JVM exits if nobody closed it (a failed set-up, an interrupted run), so the shared servers do not
 * fill up with leftovers. An in-memory H2 one lives while it is open.
 */
public final class ThrowawayDatabase implements AutoCloseable {

	private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,40}");
	/** Databases not yet dropped, by server and name: what the exit hook drops. */
	private static final Map<String, ThrowawayDatabase> LIVE = new ConcurrentHashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.values().forEach(ThrowawayDatabase::dropQuietly),
				"drop-throwaway-databases"));
	}

	private final DatabaseServer server;
	private final String name;
	/** H2 only: the connection that keeps an in-memory database alive. */
	private final Connection keepAlive;

	private ThrowawayDatabase(DatabaseServer server, String name, Connection keepAlive) {
		this.server = server;
		this.name = name;
		this.keepAlive = keepAlive;
	}

	static ThrowawayDatabase create(DatabaseServer server, String prefix) {
		if (!PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException("a database prefix is lower-case letters, digits and _, was " + prefix);
		}
		String name = randomName(prefix);
		Connection keepAlive = null;
		try {
			if (server.kind() == DatabaseServer.Kind.H2) {
				keepAlive = server.connect(name);
			}
			else {
				server.execute(null, server.createStatement(name));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot create " + name + " on " + server.url(null) + ": " + e.getMessage(), e);
		}
		ThrowawayDatabase database = new ThrowawayDatabase(server, name, keepAlive);
		LIVE.put(key(server, name), database);
		return database;
	}

	/** {@code prefix_} and eight random hex digits. */
	static String randomName(String prefix) {
		byte[] bytes = new byte[4];
		ThreadLocalRandom.current().nextBytes(bytes);
		return prefix + "_" + HexFormat.of().formatHex(bytes);
	}

	static void drop(DatabaseServer server, String name) {
		if (name == null) {
			return;
		}
		ThrowawayDatabase live = LIVE.get(key(server, name));
		if (live != null) {
			live.close();
		}
		else if (server.kind() != DatabaseServer.Kind.H2) {
			server.execute(null, server.dropStatement(name));
		}
	}

	public String name() {
		return name;
	}

	public DatabaseServer server() {
		return server;
	}

	public String url() {
		return server.url(name);
	}

	/** A new plain driver connection to this database; the caller closes it. */
	public Connection connect() throws SQLException {
		return server.connect(name);
	}

	/** Runs each statement (each may hold several) in this database. */
	public void execute(String... statements) {
		server.execute(name, statements);
	}

	/** Loads a dump into this database; see {@link DatabaseServer#load}. */
	public ThrowawayDatabase load(Path script) {
		server.load(name, script);
		return this;
	}

	/** Drops the database; calling it again does nothing. */
	@Override
	public void close() {
		if (LIVE.remove(key(server, name)) == null) {
			return;
		}
		if (keepAlive != null) {
			try {
				keepAlive.close();
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot close " + url() + ": " + e.getMessage(), e);
			}
		}
		else {
			server.execute(null, server.dropStatement(name));
		}
	}

	@Override
	public String toString() {
		return url();
	}

	private void dropQuietly() {
		try {
			close();
		}
		catch (RuntimeException e) {
			System.err.println("Could not drop the throw-away database " + url() + ": " + e.getMessage());
		}
	}

	private static String key(DatabaseServer server, String name) {
		return server.url(name);
	}
}
