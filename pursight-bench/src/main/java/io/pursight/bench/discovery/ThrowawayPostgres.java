package io.pursight.bench.discovery;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * PostgreSQL databases created for one benchmark run and dropped at its end, whatever happens:
 * {@link #close()} drops every database created here, and a shutdown hook does the same if
 * the run is interrupted.
 */
final class ThrowawayPostgres implements AutoCloseable {

	private final String host;
	private final int port;
	private final String user;
	private final String password;
	private final String prefix;
	private final List<String> created = new ArrayList<>();
	private final Thread dropOnExit = new Thread(this::dropAll, "drop-bench-databases");

	ThrowawayPostgres(String host, int port, String user, String password) {
		this.host = host;
		this.port = port;
		this.user = user;
		this.password = password;
		byte[] random = new byte[4];
		ThreadLocalRandom.current().nextBytes(random);
		this.prefix = "pursight_bench_" + HexFormat.of().formatHex(random);
		Runtime.getRuntime().addShutdownHook(dropOnExit);
	}

	/** Creates an empty database named after this run and {@code suffix}, and returns its name. */
	String create(String suffix) throws SQLException {
		String name = suffix.isEmpty() ? prefix : prefix + "_" + suffix;
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		synchronized (created) {
			created.add(name);
		}
		return name;
	}

	String url(String database) {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database;
	}

	String host() {
		return host;
	}

	int port() {
		return port;
	}

	String user() {
		return user;
	}

	String password() {
		return password;
	}

	Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(url(database), user, password);
	}

	String serverVersion() throws SQLException {
		try (Connection connection = connect("postgres")) {
			return connection.getMetaData().getDatabaseProductVersion();
		}
	}

	@Override
	public void close() {
		dropAll();
		try {
			Runtime.getRuntime().removeShutdownHook(dropOnExit);
		}
		catch (IllegalStateException shuttingDown) {
			// the hook is running or has run
		}
	}

	private void dropAll() {
		List<String> names;
		synchronized (created) {
			names = List.copyOf(created);
			created.clear();
		}
		if (names.isEmpty()) {
			return;
		}
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			for (String name : names) {
				try {
					statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
				}
				catch (SQLException e) {
					System.err.println("Could not drop benchmark database " + name + ": " + e.getMessage());
				}
			}
		}
		catch (SQLException e) {
			System.err.println("Could not drop benchmark databases " + names + ": " + e.getMessage());
		}
	}
}
