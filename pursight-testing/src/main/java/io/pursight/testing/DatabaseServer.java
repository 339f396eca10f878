package io.pursight.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * A database engine tests create throw-away databases on: the machine's PostgreSQL
 * (127.0.0.1:5432, {@code postgres}, trust) and MariaDB (127.0.0.1:3306, {@code root}, no password),
 * in-memory H2, or another server a benchmark is pointed at. Set-up goes through plain driver
 * connections, never through PurSight's own connection code, so a bug there cannot hide a test's data.
 *
 * @param host null for H2
 */
public record DatabaseServer(Kind kind, String host, int port, String user, String password) {

	/** The engines a throw-away database can live on. */
	public enum Kind {
		POSTGRESQL, MARIADB, H2
	}

	public static final DatabaseServer POSTGRESQL = new DatabaseServer(Kind.POSTGRESQL, "127.0.0.1", 5432, "postgres", "");
	public static final DatabaseServer MARIADB = new DatabaseServer(Kind.MARIADB, "127.0.0.1", 3306, "root", "");
	/** In-memory H2: a database lives while its {@link ThrowawayDatabase} is open. */
	public static final DatabaseServer H2 = new DatabaseServer(Kind.H2, null, 0, "sa", "");

	public DatabaseServer {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(user, "user");
		password = password == null ? "" : password;
	}

	/** The machine's server of that id: {@code postgresql}, {@code mariadb} or {@code h2}. */
	public static DatabaseServer named(String id) {
		return switch (id.toLowerCase(Locale.ROOT)) {
			case "postgresql" -> POSTGRESQL;
			case "mariadb" -> MARIADB;
			case "h2" -> H2;
			default -> throw new IllegalArgumentException("no database server " + id + "; use postgresql, mariadb or h2");
		};
	}

	/** {@code postgresql}, {@code mariadb} or {@code h2}. */
	public String id() {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	/** The JDBC URL of {@code database}; for MariaDB a null or empty database means the server itself. */
	public String url(String database) {
		String name = database == null ? "" : database;
		return switch (kind) {
			case POSTGRESQL -> "jdbc:postgresql://" + host + ":" + port + "/" + name;
			case MARIADB -> "jdbc:mariadb://" + host + ":" + port + "/" + name;
			case H2 -> "jdbc:h2:mem:" + name;
		};
	}

	/** A plain driver connection; MariaDB's accepts several statements in one string, as PostgreSQL's does. */
	public Connection connect(String database) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		if (kind == Kind.MARIADB) {
			properties.setProperty("allowMultiQueries", "true");
		}
		String url = kind == Kind.POSTGRESQL && (database == null || database.isEmpty()) ? url("postgres") : url(database);
		return DriverManager.getConnection(url, properties);
	}

	/** The server's version string, e.g. {@code 16.4} or {@code 10.11.9-MariaDB}. */
	public String version() {
		try (Connection connection = connect(null)) {
			return connection.getMetaData().getDatabaseProductVersion();
		}
		catch (SQLException e) {
			throw unreachable(e);
		}
	}

	/** Creates {@code <prefix>_<8 hex digits>}, dropped by {@link ThrowawayDatabase#close()} or when the JVM exits. */
	public ThrowawayDatabase create(String prefix) {
		return ThrowawayDatabase.create(this, prefix);
	}

	/** Drops a database of this server if it exists, whoever created it; null is ignored. */
	public void drop(String name) {
		ThrowawayDatabase.drop(this, name);
	}

	/** Runs each statement (each may hold several, separated by semicolons) in {@code database}. */
	public void execute(String database, String... statements) {
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot execute on " + url(database) + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Loads a dump (a dataset's SQL script, say) into {@code database}, statement by statement,
	 * leaving out what creates, drops or switches databases; the failing statement is named.
	 */
	public void load(String database, Path script) {
		String text;
		try {
			text = Files.readString(script);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + script, e);
		}
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			for (String sql : SqlScript.statements(text, kind == Kind.MARIADB)) {
				try {
					statement.execute(sql);
				}
				catch (SQLException e) {
					throw new IllegalStateException("loading " + script.getFileName() + " into " + database + " failed at: "
							+ sql.substring(0, Math.min(200, sql.length())) + " - " + e.getMessage(), e);
				}
			}
		}
		catch (SQLException e) {
			throw unreachable(e);
		}
	}

	/** {@code identifier} quoted for this engine's SQL. */
	public String quote(String identifier) {
		String quote = kind == Kind.MARIADB ? "`" : "\"";
		return quote + identifier.replace(quote, quote + quote) + quote;
	}

	String createStatement(String name) {
		return switch (kind) {
			case POSTGRESQL -> "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0";
			case MARIADB -> "CREATE DATABASE " + name + " CHARACTER SET utf8mb4";
			case H2 -> throw new IllegalStateException("in-memory H2 databases are created by connecting");
		};
	}

	String dropStatement(String name) {
		return switch (kind) {
			case POSTGRESQL -> "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
			case MARIADB -> "DROP DATABASE IF EXISTS " + name;
			case H2 -> throw new IllegalStateException("in-memory H2 databases vanish with their last connection");
		};
	}

	private IllegalStateException unreachable(SQLException e) {
		return new IllegalStateException("cannot reach " + kind + " at " + url(null) + " as " + user + " (is it running? "
				+ "../shared/DESIGN.md says how to start it): " + e.getMessage(), e);
	}
}
