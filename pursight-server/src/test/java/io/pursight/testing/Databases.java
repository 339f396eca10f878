package io.pursight.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Throw-away databases on the real PostgreSQL and MariaDB servers of the machine, and the
 * labelled sample datasets of {@code ../shared/datasets} loaded into them.
 */
public final class Databases {

	public static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
	public static final String MARIADB_ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/";

	private Databases() {
	}

	public static String randomName(String prefix) {
		byte[] bytes = new byte[4];
		ThreadLocalRandom.current().nextBytes(bytes);
		return prefix + "_" + HexFormat.of().formatHex(bytes);
	}

	public static String createPostgres(String prefix) {
		String name = randomName(prefix);
		execute(PG_ADMIN_URL, "postgres", "", "CREATE DATABASE " + name);
		return name;
	}

	public static void dropPostgres(String name) {
		execute(PG_ADMIN_URL, "postgres", "", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	public static String postgresUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:5432/" + database;
	}

	public static String createMariaDb(String prefix) {
		String name = randomName(prefix);
		execute(MARIADB_ADMIN_URL, "root", "", "CREATE DATABASE " + name);
		return name;
	}

	public static void dropMariaDb(String name) {
		execute(MARIADB_ADMIN_URL, "root", "", "DROP DATABASE IF EXISTS " + name);
	}

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

	/** The shared datasets folder ({@code ../shared/datasets} from the repository root). */
	public static Path dataset(String relative) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/datasets").resolve(relative);
			if (Files.exists(candidate)) {
				return candidate;
			}
			candidate = dir.resolveSibling("shared").resolve("datasets").resolve(relative);
			if (Files.exists(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("dataset " + relative + " not found: ../shared/datasets must be beside the repository");
	}

	/** Loads a PostgreSQL script with psql into the database (statements that create or switch databases are skipped). */
	public static void loadPostgres(String database, Path script) {
		run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-f",
				filtered(script, "(?i)^\\s*(CREATE DATABASE|DROP DATABASE|\\\\c(onnect)?\\s).*").toString()));
	}

	/** Loads a MySQL/MariaDB script with the mariadb client into the database. */
	public static void loadMariaDb(String database, Path script) {
		Path filtered = filtered(script, "(?i)^\\s*(CREATE DATABASE|DROP DATABASE|USE\\s).*");
		run(List.of("sh", "-c", "mariadb -h 127.0.0.1 -u root " + database + " < '" + filtered + "'"));
	}

	private static Path filtered(Path script, String skipRegex) {
		try {
			Path out = Files.createTempFile("pursight-dataset", ".sql");
			out.toFile().deleteOnExit();
			try (var lines = Files.lines(script)) {
				Files.write(out, (Iterable<String>) lines.filter(l -> !l.matches(skipRegex))::iterator);
			}
			return out;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("command failed: " + command + "\n" + output);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot run " + command, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
