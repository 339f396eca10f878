package io.pursight.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Creates the demo database a new PurSight installation offers as its first data source: an
 * embedded H2 file database of a fictitious online shop, with schemas {@code sales} and
 * {@code hr}, realistic synthetic personal data (names, e-mails, phone numbers, addresses, dates
 * of birth, card numbers, IBANs, national ids) and look-alikes that are not personal data.
 *
 * <p>The same seed and size always produce the same rows. The database is built under a
 * temporary name and renamed when complete, so a crash never leaves a half-built demo behind,
 * and an existing demo is never touched.
 */
public final class DemoDatabaseGenerator {

	/** The seed of the demo every installation gets. */
	public static final long DEFAULT_SEED = 20_250_630L;

	/** The number of customers of the default demo. */
	public static final int DEFAULT_CUSTOMERS = 1_000;

	/** User name of the generated database. */
	public static final String USER = "sa";

	/** Password of the generated database (the demo holds nothing real). */
	public static final String PASSWORD = "";

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
	private static final Object LOCK = new Object();

	private DemoDatabaseGenerator() {
	}

	/** The JDBC URL of the demo database {@code name} in {@code directory}; never null. */
	public static String jdbcUrl(Path directory, String name) {
		return "jdbc:h2:file:" + directory.toAbsolutePath().normalize().resolve(checkedName(name));
	}

	/** Whether the demo database {@code name} already exists in {@code directory}. */
	public static boolean exists(Path directory, String name) {
		return Files.exists(databaseFile(directory, checkedName(name)));
	}

	/**
	 * Generates the demo database {@code name} in {@code directory} unless it already exists.
	 *
	 * @param directory where the database file goes; created if missing
	 * @param name database name: letters, digits, {@code _} and {@code -}
	 * @param seed the same seed gives the same data
	 * @param customers number of customers, 1 to 100,000 (orders, payments and employees scale with it)
	 * @return true if this call created the database, false if it existed already
	 * @throws UncheckedIOException if the directory or file cannot be written
	 * @throws IllegalStateException if the database cannot be built
	 */
	public static boolean generate(Path directory, String name, long seed, int customers) {
		checkedName(name);
		if (customers < 1 || customers > 100_000) {
			throw new IllegalArgumentException("customers must be between 1 and 100000, was " + customers);
		}
		Path target = databaseFile(directory, name);
		if (Files.exists(target)) {
			return false;
		}
		synchronized (LOCK) {
			if (Files.exists(target)) {
				return false;
			}
			String scratchName = name + "-building-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
			Path scratch = databaseFile(directory, scratchName);
			try {
				Files.createDirectories(directory);
				build(jdbcUrl(directory, scratchName), seed, customers);
				try {
					Files.move(scratch, target);
					return true;
				}
				catch (FileAlreadyExistsException alreadyBuilt) {
					return false; // another process finished first; its database stays
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("Could not write the demo database in " + directory, e);
			}
			catch (SQLException e) {
				throw new IllegalStateException("Could not build the demo database " + name + ": " + e.getMessage(), e);
			}
			finally {
				deleteQuietly(scratch);
				deleteQuietly(directory.resolve(scratchName + ".trace.db"));
			}
		}
	}

	private static void build(String url, long seed, int customers) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD)) {
			connection.setAutoCommit(false);
			DemoSchema.createTables(connection);
			new DemoDataWriter(connection, seed).write(customers);
			DemoSchema.createIndexesViewsAndComments(connection);
			connection.commit();
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN"); // closes the file so it can be renamed
			}
		}
	}

	private static Path databaseFile(Path directory, String name) {
		return directory.resolve(name + ".mv.db");
	}

	private static String checkedName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A demo database name is 1 to 64 letters, digits, '_' or '-', was: " + name);
		}
		return name;
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ignored) {
			// a stray scratch file is harmless: it never has the demo's name
		}
	}
}
