package io.pursight.datasource.internal.jdbc;

import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.pursight.datasource.Engine;
import io.pursight.datasource.ExactProfile;
import io.pursight.datasource.TableSample;

/**
 * Counts a table's figures with one aggregate statement over the whole table: {@code COUNT(*)}, and per column
 * {@code COUNT}, {@code COUNT(DISTINCT)}, {@code MIN}/{@code MAX}, {@code AVG}/{@code STDDEV_SAMP} for numbers and
 * {@code CHAR_LENGTH} statistics for text. Which aggregates a column gets follows its type as the driver reports
 * it for a statement that reads no row ({@code WHERE 1 = 0}): PostgreSQL has no {@code MIN} of a boolean, H2 cannot
 * compare large objects, and nothing averages a UUID. Identifiers are quoted as {@link TableSampler} quotes them;
 * the only values a statement carries (the table's name for the size lookup) are bound. Every statement runs under
 * the query timeout. Extremes are values of the table: in memory only, cut like sampled values. Stateless.
 */
public final class TableAggregates {

	/** Type names that a driver reports as a number or as text but that these aggregates cannot take. */
	private static final Set<String> OPAQUE = Set.of("money", "uuid", "json", "jsonb", "xml", "interval", "geometry",
			"geography", "tsvector", "hstore");

	private TableAggregates() {
	}

	/** What each column gets. */
	private enum Family {
		NUMBER, TEXT, LARGE_TEXT, TEMPORAL, BOOLEAN, OPAQUE
	}

	/**
	 * Counts one table; throws the driver's exception when it cannot be read. The size comes from the engine's
	 * catalog ({@link #size}) and is null when that lookup fails: the figures do not depend on it.
	 *
	 * @param timeoutSeconds how long each statement may run, 0 for no limit
	 */
	public static ExactProfile count(Connection connection, Engine engine, TableSample.Request request,
			int timeoutSeconds) throws SQLException {
		List<String> columns = request.columns();
		String from = from(engine, request);
		Family[] families = new Family[columns.size()];
		String[] jdbcTypes = new String[columns.size()];
		if (!columns.isEmpty()) {
			StringBuilder probe = new StringBuilder("SELECT ");
			for (int i = 0; i < columns.size(); i++) {
				probe.append(i == 0 ? "" : ", ").append(TableSampler.quote(engine, columns.get(i)));
			}
			try (Statement statement = connection.createStatement()) {
				statement.setQueryTimeout(timeoutSeconds);
				try (ResultSet rs = statement.executeQuery(probe + from + " WHERE 1 = 0")) {
					ResultSetMetaData meta = rs.getMetaData();
					for (int i = 0; i < columns.size(); i++) {
						JDBCType type = jdbcType(meta.getColumnType(i + 1));
						jdbcTypes[i] = type == null ? null : type.getName();
						families[i] = family(type, meta.getColumnTypeName(i + 1));
					}
				}
			}
		}
		StringBuilder sql = new StringBuilder("SELECT COUNT(*)");
		for (int i = 0; i < columns.size(); i++) {
			String c = TableSampler.quote(engine, columns.get(i));
			sql.append(", COUNT(").append(c).append(')');
			switch (families[i]) {
				case NUMBER -> sql.append(", COUNT(DISTINCT ").append(c).append("), MIN(").append(c).append("), MAX(")
						.append(c).append("), AVG(").append(c).append("), STDDEV_SAMP(").append(c).append(')');
				case TEMPORAL -> sql.append(", COUNT(DISTINCT ").append(c).append("), MIN(").append(c).append("), MAX(")
						.append(c).append(')');
				case TEXT -> {
					String length = "CHAR_LENGTH(" + asText(engine, c) + ")";
					sql.append(", COUNT(DISTINCT ").append(c).append("), MIN(").append(c).append("), MAX(").append(c)
							.append("), MIN(").append(length).append("), MAX(").append(length).append("), AVG(")
							.append(length).append(')');
				}
				case LARGE_TEXT -> {
					String length = "CHAR_LENGTH(" + asText(engine, c) + ")";
					sql.append(", MIN(").append(length).append("), MAX(").append(length).append("), AVG(").append(length)
							.append(')');
				}
				case BOOLEAN -> sql.append(", COUNT(DISTINCT ").append(c).append(')');
				case OPAQUE -> {
					// counted only
				}
			}
		}
		List<ExactProfile.Column> figures = new ArrayList<>(columns.size());
		long rows;
		try (Statement statement = connection.createStatement()) {
			statement.setQueryTimeout(timeoutSeconds);
			try (ResultSet rs = statement.executeQuery(sql + from)) {
				rs.next();
				rows = rs.getLong(1);
				int at = 2;
				for (int i = 0; i < columns.size(); i++) {
					long nonNull = rs.getLong(at++);
					Long distinct = null;
					String min = null;
					String max = null;
					Double avg = null;
					Double stddev = null;
					Integer minLength = null;
					Integer maxLength = null;
					Double avgLength = null;
					switch (families[i]) {
						case NUMBER -> {
							distinct = rs.getLong(at++);
							min = text(rs, at++);
							max = text(rs, at++);
							avg = number(rs, at++);
							stddev = number(rs, at++);
						}
						case TEMPORAL -> {
							distinct = rs.getLong(at++);
							min = text(rs, at++);
							max = text(rs, at++);
						}
						case TEXT -> {
							distinct = rs.getLong(at++);
							min = text(rs, at++);
							max = text(rs, at++);
							minLength = whole(rs, at++);
							maxLength = whole(rs, at++);
							avgLength = number(rs, at++);
						}
						case LARGE_TEXT -> {
							minLength = whole(rs, at++);
							maxLength = whole(rs, at++);
							avgLength = number(rs, at++);
						}
						case BOOLEAN -> distinct = rs.getLong(at++);
						case OPAQUE -> {
						}
					}
					figures.add(new ExactProfile.Column(columns.get(i), jdbcTypes[i], nonNull, distinct, min, max, avg,
							stddev, minLength, maxLength, avgLength));
				}
			}
		}
		Long size = request.view() ? null : size(connection, engine, request.schema(), request.table(), timeoutSeconds);
		return new ExactProfile(request.schema(), request.table(), rows, size, figures, null);
	}

	/**
	 * The table's size with its indexes as the engine's catalog reports it, without reading nor locking the table
	 * (a table locked by a migration must not hold up a scan's planning): PostgreSQL the pages of the table, its
	 * TOAST table and its indexes in {@code pg_class} (as of the last VACUUM or ANALYZE; {@code
	 * pg_total_relation_size} would wait for the lock), MySQL/MariaDB {@code data_length + index_length}; null on
	 * H2, for a relation the catalog does not know, and when the lookup fails (which costs nothing else).
	 */
	public static Long size(Connection connection, Engine engine, String schema, String table, int timeoutSeconds) {
		String sql = switch (engine) {
			case POSTGRESQL -> "SELECT (c.relpages::bigint + COALESCE(t.relpages, 0) + COALESCE((SELECT SUM(i.relpages) "
					+ "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = c.oid), 0)) "
					+ "* current_setting('block_size')::bigint FROM pg_class c LEFT JOIN pg_class t ON t.oid = c.reltoastrelid "
					+ "WHERE c.oid = to_regclass(?)";
			case MYSQL, MARIADB -> "SELECT data_length + index_length FROM information_schema.tables "
					+ "WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?";
			case H2 -> null;
		};
		if (sql == null) {
			return null;
		}
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setQueryTimeout(timeoutSeconds);
			if (engine == Engine.POSTGRESQL) {
				boolean schemaKnown = schema != null && !schema.isEmpty();
				statement.setString(1, (schemaKnown ? TableSampler.quote(engine, schema) + "." : "")
						+ TableSampler.quote(engine, table));
			}
			else {
				statement.setString(1, schema == null || schema.isEmpty() ? null : schema);
				statement.setString(2, table);
			}
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					return null;
				}
				long size = rs.getLong(1);
				return rs.wasNull() ? null : size;
			}
		}
		catch (SQLException e) {
			rollBack(connection);
			return null;
		}
	}

	private static void rollBack(Connection connection) {
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
			}
		}
		catch (SQLException e) {
			// the next statement tells whether the connection is still usable
		}
	}

	private static String from(Engine engine, TableSample.Request request) {
		StringBuilder sql = new StringBuilder(" FROM ");
		if (request.schema() != null && !request.schema().isEmpty()) {
			sql.append(TableSampler.quote(engine, request.schema())).append('.');
		}
		return sql.append(TableSampler.quote(engine, request.table())).toString();
	}

	/** The column as text, so that the length of an enum or a fixed-width char is taken as written. */
	private static String asText(Engine engine, String column) {
		return switch (engine) {
			case POSTGRESQL -> "CAST(" + column + " AS TEXT)";
			case MYSQL, MARIADB -> "CAST(" + column + " AS CHAR)";
			case H2 -> column;
		};
	}

	private static JDBCType jdbcType(int type) {
		try {
			return JDBCType.valueOf(type);
		}
		catch (IllegalArgumentException e) {
			return null; // a vendor's own type code
		}
	}

	private static Family family(JDBCType type, String typeName) {
		String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
		if (type == null || OPAQUE.contains(name)) {
			return Family.OPAQUE;
		}
		return switch (type) {
			case TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, REAL, DOUBLE, NUMERIC, DECIMAL -> Family.NUMBER;
			case CHAR, VARCHAR, LONGVARCHAR, NCHAR, NVARCHAR, LONGNVARCHAR -> Family.TEXT;
			case CLOB, NCLOB -> Family.LARGE_TEXT;
			case DATE, TIME, TIMESTAMP, TIME_WITH_TIMEZONE, TIMESTAMP_WITH_TIMEZONE -> Family.TEMPORAL;
			case BIT, BOOLEAN -> Family.BOOLEAN;
			default -> Family.OPAQUE;
		};
	}

	private static String text(ResultSet rs, int column) throws SQLException {
		String value = rs.getString(column);
		return value != null && value.length() > TableSampler.MAX_VALUE_LENGTH
				? value.substring(0, TableSampler.MAX_VALUE_LENGTH) : value;
	}

	private static Double number(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		try {
			return value == null ? null : Double.valueOf(value.toString());
		}
		catch (NumberFormatException e) {
			return null; // a driver's own rendering of a special value: the figure is left out, not guessed
		}
	}

	private static Integer whole(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		return value instanceof Number n ? n.intValue() : null;
	}
}
