package io.pursight.datasource.internal.jdbc;

import io.pursight.datasource.ConnectionSpec;
import io.pursight.datasource.Engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Throw-away databases on the real PostgreSQL (127.0.0.1:5432, user postgres, trust) and MariaDB
 * (127.0.0.1:3306, root, no password) servers. Names are {@code pursight_t_<8 hex>}; callers drop them
 * when done. Set-up connections are plain driver connections, not PurSight's {@link ConnectionFactory}.
 */
final class TestDatabases {

	static final String HOST = "127.0.0.1";
	static final Path DATASETS = Path.of("/work/shared/datasets");

	private TestDatabases() {
	}

	static String randomName() {
		byte[] bytes = new byte[4];
		ThreadLocalRandom.current().nextBytes(bytes);
		return "pursight_t_" + HexFormat.of().formatHex(bytes);
	}

	// PostgreSQL ------------------------------------------------------------------------------------------

	static Connection postgres(String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/" + database, "postgres", "");
	}

	static String createPostgresDatabase() throws SQLException {
		String name = randomName();
		try (Connection admin = postgres("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("create database " + name);
		}
		return name;
	}

	static void dropPostgresDatabase(String name) throws SQLException {
		if (name == null) {
			return;
		}
		try (Connection admin = postgres("postgres"); Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
	}

	/** Runs SQL (several statements allowed) in a PostgreSQL database. */
	static void postgresSql(String database, String sql) throws SQLException {
		try (Connection connection = postgres(database); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static ConnectionSpec postgresSpec(String database) {
		return ConnectionSpec.forHost(Engine.POSTGRESQL, HOST, 5432, database, "postgres", null);
	}

	// MariaDB ---------------------------------------------------------------------------------------------

	static Connection mariaDb(String database) throws SQLException {
		Properties props = new Properties();
		props.setProperty("user", "root");
		props.setProperty("password", "");
		props.setProperty("allowMultiQueries", "true");
		return DriverManager.getConnection("jdbc:mariadb://" + HOST + ":3306/" + (database == null ? "" : database),
				props);
	}

	static String createMariaDbDatabase() throws SQLException {
		String name = randomName();
		mariaDbSql(null, "create database " + name + " character set utf8mb4");
		return name;
	}

	static void dropMariaDbDatabase(String name) throws SQLException {
		if (name != null) {
			mariaDbSql(null, "drop database if exists " + name);
		}
	}

	/** Runs SQL (several statements allowed) in a MariaDB database, or without one when null. */
	static void mariaDbSql(String database, String sql) throws SQLException {
		try (Connection connection = mariaDb(database); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static ConnectionSpec mariaDbSpec(String database) {
		return ConnectionSpec.forHost(Engine.MARIADB, HOST, 3306, database, "root", null);
	}

	/** MySQL Connector/J talking to the MariaDB server: the MySQL code paths without a MySQL server. */
	static ConnectionSpec mySqlSpec(String database) {
		return ConnectionSpec.forHost(Engine.MYSQL, HOST, 3306, database, "root", null);
	}

	// Scripts ---------------------------------------------------------------------------------------------

	/** A dataset script without the lines the predicate rejects (its own CREATE DATABASE, \c, USE …). */
	static String script(String relativePath, Predicate<String> keepLine) throws IOException {
		try (var lines = Files.lines(DATASETS.resolve(relativePath))) {
			return lines.filter(keepLine).collect(Collectors.joining("\n"));
		}
	}

	/** Keeps every line except those creating, dropping or switching databases. */
	static boolean notDatabaseLevel(String line) {
		String upper = line.strip().toUpperCase(java.util.Locale.ROOT);
		return !(upper.startsWith("DROP DATABASE") || upper.startsWith("CREATE DATABASE") || upper.startsWith("\\C ")
				|| upper.startsWith("USE "));
	}
}
