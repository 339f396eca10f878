package io.pursight.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Throw-away databases on the machine's PostgreSQL and MariaDB by name, for tests that keep the
 * name in a static field between {@code @BeforeAll} and {@code @AfterAll}, and the labelled sample
 * datasets of the shared folder loaded into them. A shorthand for {@link DatabaseServer} and
 * {@link ThrowawayDatabase}: a database created here and never dropped is dropped when the JVM exits.
 */
public final class Databases {

	public static final String PG_ADMIN_URL = DatabaseServer.POSTGRESQL.url("postgres");
	public static final String MARIADB_ADMIN_URL = DatabaseServer.MARIADB.url(null);

	private Databases() {
	}

	/** {@code prefix_} and eight random hex digits: a name no other test or run uses. */
	public static String randomName(String prefix) {
		return ThrowawayDatabase.randomName(prefix);
	}

	/** Creates a PostgreSQL database {@code <prefix>_<8 hex>} and returns its name. */
	public static String createPostgres(String prefix) {
		return DatabaseServer.POSTGRESQL.create(prefix).name();
	}

	/** Drops a PostgreSQL database, connections and all; a null or missing one is ignored. */
	public static void dropPostgres(String name) {
		DatabaseServer.POSTGRESQL.drop(name);
	}

	public static String postgresUrl(String database) {
		return DatabaseServer.POSTGRESQL.url(database);
	}

	/** Creates a MariaDB database {@code <prefix>_<8 hex>} (utf8mb4) and returns its name. */
	public static String createMariaDb(String prefix) {
		return DatabaseServer.MARIADB.create(prefix).name();
	}

	/** Drops a MariaDB database; a null or missing one is ignored. */
	public static void dropMariaDb(String name) {
		DatabaseServer.MARIADB.drop(name);
	}

	public static String mariaDbUrl(String database) {
		return DatabaseServer.MARIADB.url(database);
	}

	/** Runs the statements on a connection to {@code url}; for what set-up needs beyond the helpers. */
	public static void execute(String url, String user, String password, String... statements) {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			for (String sql : statements) {
				s.execute(sql);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot execute on " + url + ": " + e.getMessage(), e);
		}
	}

	/** A file of the shared datasets folder, e.g. {@code chinook/chinook-postgresql.sql}; see {@link SharedDirectory}. */
	public static Path dataset(String relative) {
		return SharedDirectory.dataset(relative);
	}

	/** Loads a PostgreSQL script into the database (statements that create or switch databases are skipped). */
	public static void loadPostgres(String database, Path script) {
		DatabaseServer.POSTGRESQL.load(database, script);
	}

	/** Loads a MySQL/MariaDB script into the database (statements that create or switch databases are skipped). */
	public static void loadMariaDb(String database, Path script) {
		DatabaseServer.MARIADB.load(database, script);
	}
}
