package io.pursight.datasource.internal.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.pursight.datasource.Engine;
import io.pursight.datasource.TableSample;

/**
 * Reads up to {@code limit} rows of chosen columns of one table with one statement. Identifiers
 * are quoted for the engine (double quotes for PostgreSQL and H2, backticks for MySQL and
 * MariaDB, the quote character doubled inside), never spliced raw; values come back as text
 * and are kept in memory only. Stateless.
 */
public final class TableSampler {

	/** Longer values are cut: classification never needs more, and memory stays bounded. */
	static final int MAX_VALUE_LENGTH = 1000;

	private TableSampler() {
	}

	public static TableSample sample(Connection connection, Engine engine, TableSample.Request request, int limit)
			throws SQLException {
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive");
		}
		List<String> columns = request.columns();
		if (columns.isEmpty()) {
			return new TableSample(request.schema(), request.table(), 0, List.of());
		}
		List<List<String>> values = new ArrayList<>();
		columns.forEach(c -> values.add(new ArrayList<>()));
		long rows = 0;
		try (Statement statement = connection.createStatement()) {
			statement.setMaxRows(limit);
			statement.setFetchSize(Math.min(limit, 1000));
			try (ResultSet rs = statement.executeQuery(select(engine, request, limit))) {
				while (rs.next()) {
					rows++;
					for (int i = 0; i < columns.size(); i++) {
						String value = rs.getString(i + 1);
						if (value != null && value.length() > MAX_VALUE_LENGTH) {
							value = value.substring(0, MAX_VALUE_LENGTH);
						}
						values.get(i).add(value);
					}
				}
			}
		}
		List<TableSample.ColumnSample> samples = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			List<String> v = values.get(i);
			Set<String> distinct = new HashSet<>();
			long nonNull = 0;
			for (String s : v) {
				if (s != null) {
					nonNull++;
					distinct.add(s);
				}
			}
			samples.add(new TableSample.ColumnSample(columns.get(i), v, nonNull, distinct.size()));
		}
		return new TableSample(request.schema(), request.table(), rows, samples);
	}

	/** The sampling statement; identifiers quoted for the engine. */
	static String select(Engine engine, TableSample.Request request, int limit) {
		StringBuilder sql = new StringBuilder("SELECT ");
		for (int i = 0; i < request.columns().size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(quote(engine, request.columns().get(i)));
		}
		sql.append(" FROM ");
		if (request.schema() != null && !request.schema().isEmpty()) {
			sql.append(quote(engine, request.schema())).append('.');
		}
		sql.append(quote(engine, request.table())).append(" LIMIT ").append(limit);
		return sql.toString();
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
