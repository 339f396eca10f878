package io.pursight.bench.classification;

import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.ColumnStatistics;
import io.pursight.testing.DatabaseServer;
import io.pursight.testing.DatabaseServer.Kind;
import io.pursight.testing.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a database the way a scan does, with plain JDBC: tables and columns from the
 * metadata, then up to {@value #SAMPLE_SIZE} non-null values of each column and its null ratio.
 */
final class ColumnSampler {
	static final int SAMPLE_SIZE = 500;
	/** Binary and long text values are cut here: the classifier looks at prefixes of such values only. */
	private static final int MAX_VALUE_LENGTH = 4096;

	private ColumnSampler() {
	}

	/** Column contexts grouped by table, in metadata order. */
	static Map<String, List<ColumnContext>> sample(ThrowawayDatabase db) throws SQLException {
		try (Connection c = db.connect()) {
			return sample(db, c);
		}
	}

	private static Map<String, List<ColumnContext>> sample(ThrowawayDatabase db, Connection c) throws SQLException {
		DatabaseServer server = db.server();
		DatabaseMetaData meta = c.getMetaData();
		String catalog = server.kind() == Kind.MARIADB ? db.name() : null;
		String schema = server.kind() == Kind.POSTGRESQL ? "public" : null;
		Map<String, List<String[]>> columns = new LinkedHashMap<>();
		try (ResultSet tables = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
			while (tables.next()) {
				columns.put(tables.getString("TABLE_NAME"), new ArrayList<>());
			}
		}
		for (Map.Entry<String, List<String[]>> table : columns.entrySet()) {
			try (ResultSet rs = meta.getColumns(catalog, schema, table.getKey(), "%")) {
				while (rs.next()) {
					table.getValue().add(new String[] {rs.getString("COLUMN_NAME"), rs.getString("TYPE_NAME")});
				}
			}
		}
		Map<String, List<ColumnContext>> out = new LinkedHashMap<>();
		try (Statement s = c.createStatement()) {
			for (Map.Entry<String, List<String[]>> table : columns.entrySet()) {
				String quotedTable = server.quote(table.getKey());
				long rows = count(s, "SELECT COUNT(*) FROM " + quotedTable);
				List<String> names = table.getValue().stream().map(col -> col[0]).toList();
				List<ColumnContext> contexts = new ArrayList<>();
				for (String[] col : table.getValue()) {
					String quotedColumn = server.quote(col[0]);
					long nonNull = count(s, "SELECT COUNT(" + quotedColumn + ") FROM " + quotedTable);
					List<String> values = new ArrayList<>();
					try (ResultSet rs = s.executeQuery("SELECT " + quotedColumn + " FROM " + quotedTable + " WHERE "
							+ quotedColumn + " IS NOT NULL LIMIT " + SAMPLE_SIZE)) {
						while (rs.next()) {
							String v = rs.getString(1);
							values.add(v.length() > MAX_VALUE_LENGTH ? v.substring(0, MAX_VALUE_LENGTH) : v);
						}
					}
					double nullRatio = rows == 0 ? -1 : (double) (rows - nonNull) / rows;
					ColumnStatistics stats = new ColumnStatistics(rows, values.size(), -1, nullRatio);
					contexts.add(ColumnContext.builder(col[0]).table(table.getKey()).dataType(col[1]).samples(values)
							.statistics(stats).siblingColumns(names.stream().filter(n -> !n.equals(col[0])).toList())
							.build());
				}
				out.put(table.getKey(), contexts);
			}
		}
		return out;
	}

	private static long count(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
