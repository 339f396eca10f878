package io.pursight.datasource.internal.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.pursight.datasource.Engine;
import io.pursight.datasource.SampleSpec;
import io.pursight.datasource.TableSample;

/**
 * Reads up to {@code limit} rows of chosen columns of one table with one statement. A table
 * much larger than the sample is sampled at random: on PostgreSQL with {@code TABLESAMPLE}
 * (row by row up to {@link #ROW_SAMPLING_MAX_ROWS}, page by page beyond), on MySQL and MariaDB
 * by filtering rows with {@code RAND} up to {@link #RANDOM_SCAN_MAX_ROWS}; a few thousand rows
 * are read and a uniform subset kept. Otherwise, and for views, the first rows are read. Random
 * samples use a fixed seed, so the same data gives the same sample and a re-scan can tell a data
 * change from chance. Identifiers are quoted for the engine (double quotes for PostgreSQL and H2,
 * backticks for MySQL and MariaDB, the quote character doubled inside), never spliced raw;
 * values come back as text and are kept in memory only. Every statement runs under a query timeout, so a
 * table locked by a long migration fails alone instead of holding the run. Stateless.
 */
public final class TableSampler {

	/** Longer values are cut: classification never needs more, and memory stays bounded. */
	static final int MAX_VALUE_LENGTH = 1000;
	/** A table is sampled at random when its row estimate exceeds the limit this many times. */
	static final int RANDOM_ABOVE = 4;
	/** A random sample aims at this many rows (or twice the limit), so page sampling sees enough pages. */
	static final int RANDOM_ROWS = 2000;
	/** Row-level sampling reads the whole table; beyond this size PostgreSQL samples pages instead. */
	static final long ROW_SAMPLING_MAX_ROWS = 5_000_000;
	/** MySQL and MariaDB can only filter row by row: beyond this size the scan costs too much. */
	static final long RANDOM_SCAN_MAX_ROWS = 2_000_000;
	private static final long SEED = 20261122L;

	private TableSampler() {
	}

	/** Samples without a time limit of its own (the connection's read timeout still applies). */
	public static TableSample sample(Connection connection, Engine engine, TableSample.Request request, int limit)
			throws SQLException {
		return sample(connection, engine, request, limit, 0);
	}

	/**
	 * Samples one table; throws the driver's exception when the table cannot be read.
	 *
	 * @param timeoutSeconds how long each statement may run, 0 for no limit
	 */
	public static TableSample sample(Connection connection, Engine engine, TableSample.Request request, int limit,
			int timeoutSeconds) throws SQLException {
		return sample(connection, engine, request, limit, timeoutSeconds, SampleSpec.Mode.RANDOM, null);
	}

	/** Samples one table as the spec asks; throws the driver's exception when the table cannot be read. */
	public static TableSample sample(Connection connection, Engine engine, TableSample.Request request, SampleSpec spec)
			throws SQLException {
		return sample(connection, engine, request, spec.limit(), spec.timeoutSeconds(), spec.mode(), spec.percent());
	}

	private static TableSample sample(Connection connection, Engine engine, TableSample.Request request, int limit,
			int timeoutSeconds, SampleSpec.Mode mode, Double percent) throws SQLException {
		if (timeoutSeconds < 0) {
			throw new IllegalArgumentException("timeoutSeconds must not be negative");
		}
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive");
		}
		List<String> columns = request.columns();
		if (columns.isEmpty()) {
			return new TableSample(request.schema(), request.table(), 0, List.of());
		}
		Query query = switch (mode) {
			case RANDOM -> query(engine, request, limit);
			case FIRST_N -> firstRows(engine, request, limit);
			case PERCENTAGE -> percentage(engine, request, limit, percent);
		};
		List<String[]> kept;
		try {
			kept = read(connection, query, columns.size(), limit, timeoutSeconds);
		}
		catch (SQLException e) {
			if (!query.random() || SampleFailures.timedOut(e)) {
				throw e; // a locked table would only make the second statement wait as long again
			}
			// some relations refuse TABLESAMPLE (foreign tables, for one): their first rows will do
			kept = read(connection, firstRows(engine, request, limit), columns.size(), limit, timeoutSeconds);
		}
		List<TableSample.ColumnSample> samples = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			List<String> v = new ArrayList<>(kept.size());
			for (String[] row : kept) {
				v.add(row[i]);
			}
			samples.add(new TableSample.ColumnSample(columns.get(i), v));
		}
		return new TableSample(request.schema(), request.table(), kept.size(), samples);
	}

	/**
	 * Runs the query and keeps at most {@code limit} rows, each row read with the same chance
	 * (a reservoir with a fixed seed: the same rows give the same sample).
	 */
	private static List<String[]> read(Connection connection, Query query, int columns, int limit, int timeoutSeconds)
			throws SQLException {
		List<String[]> kept = new ArrayList<>();
		Random random = new Random(SEED);
		long read = 0;
		try (Statement statement = connection.createStatement()) {
			statement.setQueryTimeout(timeoutSeconds);
			statement.setMaxRows(query.rows());
			statement.setFetchSize(Math.min(query.rows(), 1000));
			try (ResultSet rs = statement.executeQuery(query.sql())) {
				while (rs.next()) {
					long slot = read < limit ? read : random.nextLong(read + 1);
					read++;
					if (slot < kept.size()) {
						kept.set((int) slot, row(rs, columns));
					}
					else if (slot < limit) {
						kept.add(row(rs, columns));
					}
				}
			}
		}
		return kept;
	}

	private static String[] row(ResultSet rs, int columns) throws SQLException {
		String[] row = new String[columns];
		for (int i = 0; i < columns; i++) {
			String value = rs.getString(i + 1);
			row[i] = value != null && value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value;
		}
		return row;
	}

	/** A sampling statement (identifiers quoted for the engine), the most rows it returns, and whether it samples at random. */
	record Query(String sql, int rows, boolean random) {
	}

	static Query query(Engine engine, TableSample.Request request, int limit) {
		Long estimate = request.rowEstimate();
		if (request.view() || estimate == null || estimate <= (long) limit * RANDOM_ABOVE || engine == Engine.H2
				|| (engine != Engine.POSTGRESQL && estimate > RANDOM_SCAN_MAX_ROWS)) {
			return firstRows(engine, request, limit);
		}
		int wanted = Math.max(2 * limit, RANDOM_ROWS);
		double fraction = Math.min(1.0, (double) wanted / estimate);
		String sampling = switch (engine) {
			case POSTGRESQL -> String.format(Locale.ROOT, " TABLESAMPLE %s (%.6f) REPEATABLE (%d)",
					estimate <= ROW_SAMPLING_MAX_ROWS ? "BERNOULLI" : "SYSTEM", 100 * fraction, SEED);
			default -> String.format(Locale.ROOT, " WHERE RAND(%d) < %.9f", SEED, fraction);
		};
		// twice what is expected, so that the end of the table is rarely cut off
		return new Query(from(engine, request) + sampling + " LIMIT " + 2 * wanted, 2 * wanted, true);
	}

	/**
	 * Each row with the same chance: {@code percent} of the rows, of which the first {@code limit} are kept
	 * (views too: the filter is evaluated row by row on any relation).
	 */
	static Query percentage(Engine engine, TableSample.Request request, int limit, double percent) {
		String filter = switch (engine) {
			case POSTGRESQL -> request.view() ? String.format(Locale.ROOT, " WHERE random() < %.9f", percent / 100)
					: String.format(Locale.ROOT, " TABLESAMPLE BERNOULLI (%.6f) REPEATABLE (%d)", percent, SEED);
			case H2 -> String.format(Locale.ROOT, " WHERE RAND() < %.9f", percent / 100);
			default -> String.format(Locale.ROOT, " WHERE RAND(%d) < %.9f", SEED, percent / 100);
		};
		return new Query(from(engine, request) + filter + " LIMIT " + limit, limit, true);
	}

	private static Query firstRows(Engine engine, TableSample.Request request, int limit) {
		return new Query(from(engine, request) + " LIMIT " + limit, limit, false);
	}

	private static String from(Engine engine, TableSample.Request request) {
		StringBuilder sql = new StringBuilder("SELECT ");
		for (int i = 0; i < request.columns().size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(quote(engine, request.columns().get(i)));
		}
		sql.append(" FROM ");
		if (request.schema() != null && !request.schema().isEmpty()) {
			sql.append(quote(engine, request.schema())).append('.');
		}
		return sql.append(quote(engine, request.table())).toString();
	}

	/** Quotes one identifier for the engine, doubling the quote character inside it. */
	static String quote(Engine engine, String identifier) {
		if (identifier.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("identifiers cannot contain NUL");
		}
		return switch (engine) {
			case MYSQL, MARIADB -> "`" + identifier.replace("`", "``") + "`";
			case POSTGRESQL, H2 -> "\"" + identifier.replace("\"", "\"\"") + "\"";
		};
	}
}
