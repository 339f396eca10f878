package io.pursight.datasource.internal.jdbc;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.SourceSnapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs a reader's four bulk queries (relations, columns, keys, indexes) and adds their rows to a
 * {@link SnapshotAssembler}. Every reader's SQL answers with the column labels listed on each method, so what
 * stays in a reader is its SQL, how it binds the schema list, and the few {@link EngineValues} its engine reports
 * its own way. One statement per query; rows of relations the snapshot does not hold are skipped.
 */
final class MetadataQueries {

	/** Binds the selected schemas to a query's parameters. */
	@FunctionalInterface
	interface SchemaBinding {
		void bind(PreparedStatement statement) throws SQLException;
	}

	/** Values an engine's SQL cannot answer under the shared labels; by default each is read from its label. */
	interface EngineValues {

		default Integer length(ResultSet row) throws SQLException {
			return intOrNull(row, "max_length");
		}

		default Integer precision(ResultSet row) throws SQLException {
			return intOrNull(row, "numeric_precision");
		}

		default Integer scale(ResultSet row) throws SQLException {
			return intOrNull(row, "numeric_scale");
		}

		default String defaultValue(ResultSet row) throws SQLException {
			return row.getString("default_value");
		}

		/** The indexed column, or the text of an indexed expression. */
		default String indexColumn(ResultSet row) throws SQLException {
			return row.getString("column_text");
		}
	}

	private static final EngineValues AS_LABELLED = new EngineValues() {
	};

	private final Connection connection;
	private final SchemaBinding binding;
	private final EngineValues values;
	private final SnapshotAssembler snapshot;

	MetadataQueries(Connection connection, SchemaBinding binding, SnapshotAssembler snapshot) {
		this(connection, binding, AS_LABELLED, snapshot);
	}

	MetadataQueries(Connection connection, SchemaBinding binding, EngineValues values, SnapshotAssembler snapshot) {
		this.connection = connection;
		this.binding = binding;
		this.values = values;
		this.snapshot = snapshot;
	}

	/**
	 * Registers relations from rows of {@code schema_name, table_name, table_type} (an {@link AssetType} name:
	 * {@code TABLE}, {@code VIEW} or {@code MATERIALIZED_VIEW}), {@code comment, view_definition, row_estimate}.
	 */
	void relations(String sql) throws SQLException {
		forEachRow(sql, row -> {
			AssetType type = AssetType.valueOf(row.getString("table_type"));
			snapshot.table(row.getString("schema_name"), row.getString("table_name"), type, row.getString("comment"),
					row.getString("view_definition"), type == AssetType.VIEW ? null : longOrNull(row, "row_estimate"));
		});
	}

	/**
	 * Adds columns from rows of {@code schema_name, table_name, column_name, ordinal, data_type, max_length,
	 * numeric_precision, numeric_scale, nullable} (a boolean), {@code default_value, comment}.
	 */
	void columns(String sql) throws SQLException {
		forEachTableRow(sql, (table, row) -> table.column(new SourceSnapshot.Column(row.getString("column_name"),
				row.getInt("ordinal"), row.getString("data_type"), values.length(row), values.precision(row),
				values.scale(row), row.getBoolean("nullable"), values.defaultValue(row), row.getString("comment"))));
	}

	/**
	 * Adds primary and foreign keys from rows of {@code schema_name, table_name, constraint_name, key_kind}
	 * ({@code PRIMARY} or {@code FOREIGN}), {@code column_name, referenced_schema, referenced_table,
	 * referenced_column}, ordered by key and position in the key.
	 */
	void keys(String sql) throws SQLException {
		forEachTableRow(sql, (table, row) -> {
			String name = row.getString("constraint_name");
			if ("PRIMARY".equals(row.getString("key_kind"))) {
				table.primaryKeyColumn(name, row.getString("column_name"));
			}
			else {
				table.foreignKeyColumn(name, row.getString("column_name"), row.getString("referenced_schema"),
						row.getString("referenced_table"), row.getString("referenced_column"));
			}
		});
	}

	/**
	 * Adds indexes from rows of {@code schema_name, table_name, index_name, is_unique} (a boolean),
	 * {@code column_text}, ordered by index and position in the index.
	 */
	void indexes(String sql) throws SQLException {
		forEachTableRow(sql, (table, row) -> table.indexColumn(row.getString("index_name"),
				row.getBoolean("is_unique"), values.indexColumn(row)));
	}

	private void forEachTableRow(String sql, TableRowHandler handler) throws SQLException {
		forEachRow(sql, row -> {
			SnapshotAssembler.TableParts table = snapshot.find(row.getString("schema_name"),
					row.getString("table_name"));
			if (table != null) {
				handler.accept(table, row);
			}
		});
	}

	private void forEachRow(String sql, RowHandler handler) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			binding.bind(statement);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					handler.accept(rows);
				}
			}
		}
	}

	/** An int column that may be SQL NULL. */
	private static Integer intOrNull(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : (int) value;
	}

	/** A long column that may be SQL NULL. */
	private static Long longOrNull(ResultSet row, String column) throws SQLException {
		long value = row.getLong(column);
		return row.wasNull() ? null : value;
	}

	@FunctionalInterface
	private interface RowHandler {
		void accept(ResultSet row) throws SQLException;
	}

	@FunctionalInterface
	private interface TableRowHandler {
		void accept(SnapshotAssembler.TableParts table, ResultSet row) throws SQLException;
	}
}
