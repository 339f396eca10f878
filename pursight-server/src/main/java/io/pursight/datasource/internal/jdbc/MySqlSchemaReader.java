package io.pursight.datasource.internal.jdbc;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.SourceSnapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads MySQL and MariaDB from {@code information_schema}, where a schema is a database. Without an include
 * list it reads only the connection's database when one was given, else every non-system database; the
 * snapshot's database name is the connection's database, or empty without one. Five queries in all (schemas,
 * relations with view text, columns, keys, indexes), each covering every selected schema.
 */
final class MySqlSchemaReader implements SchemaReader {

	private static final String SCHEMAS = "select SCHEMA_NAME from information_schema.SCHEMATA order by SCHEMA_NAME";

	private static final String RELATIONS = """
			select t.TABLE_SCHEMA, t.TABLE_NAME, t.TABLE_TYPE, t.TABLE_COMMENT, t.TABLE_ROWS, v.VIEW_DEFINITION
			from information_schema.TABLES t
			left join information_schema.VIEWS v on v.TABLE_SCHEMA = t.TABLE_SCHEMA and v.TABLE_NAME = t.TABLE_NAME
			where t.TABLE_SCHEMA in %s
			order by t.TABLE_SCHEMA, t.TABLE_NAME""";

	private static final String COLUMNS = """
			select TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, COLUMN_TYPE,
			       CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT,
			       COLUMN_COMMENT, EXTRA
			from information_schema.COLUMNS
			where TABLE_SCHEMA in %s
			order by TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

	private static final String KEYS = """
			select k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, k.COLUMN_NAME,
			       k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME
			from information_schema.TABLE_CONSTRAINTS c
			join information_schema.KEY_COLUMN_USAGE k on k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
			     and k.TABLE_NAME = c.TABLE_NAME and k.CONSTRAINT_NAME = c.CONSTRAINT_NAME
			where c.CONSTRAINT_TYPE in ('PRIMARY KEY', 'FOREIGN KEY') and c.TABLE_SCHEMA in %s
			order by k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

	// select *: MySQL 8 adds an EXPRESSION column for functional index parts, MariaDB has none.
	private static final String INDEXES = """
			select * from information_schema.STATISTICS
			where TABLE_SCHEMA in %s
			order by TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""";

	private static final Set<String> LENGTH_TYPES = Set.of("char", "varchar", "binary", "varbinary");
	private static final Set<String> DECIMAL_TYPES = Set.of("decimal", "numeric");

	@Override
	public SourceSnapshot read(Connection connection, SchemaFilter filter) throws SQLException {
		String current = connection.getCatalog();
		boolean mariaDb = connection.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT)
			.contains("mariadb");
		List<String> selected = SchemaReaders.strings(connection, SCHEMAS)
			.stream()
			.filter(filter::includes)
			.filter(schema -> filter.hasIncludes() || current == null || current.isEmpty() || schema.equals(current))
			.toList();
		SnapshotAssembler snapshot = new SnapshotAssembler();
		selected.forEach(snapshot::schema);
		if (!selected.isEmpty()) {
			String in = SchemaReaders.placeholders(selected.size());
			readRelations(connection, RELATIONS.formatted(in), selected, snapshot);
			readColumns(connection, COLUMNS.formatted(in), selected, snapshot, mariaDb);
			readKeys(connection, KEYS.formatted(in), selected, snapshot);
			readIndexes(connection, INDEXES.formatted(in), selected, snapshot);
		}
		return snapshot.build(current);
	}

	private static void readRelations(Connection connection, String sql, List<String> schemas,
			SnapshotAssembler snapshot) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			SchemaReaders.bind(statement, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					AssetType type = switch (rows.getString("TABLE_TYPE")) {
						case "BASE TABLE", "SYSTEM VERSIONED" -> AssetType.TABLE;
						case "VIEW" -> AssetType.VIEW;
						default -> null; // sequences, temporary and system views
					};
					if (type == null) {
						continue;
					}
					boolean view = type == AssetType.VIEW;
					// MySQL reports the comment of every view as "VIEW".
					snapshot.table(rows.getString("TABLE_SCHEMA"), rows.getString("TABLE_NAME"), type,
							view ? null : rows.getString("TABLE_COMMENT"),
							view ? rows.getString("VIEW_DEFINITION") : null,
							view ? null : SchemaReaders.longOrNull(rows, "TABLE_ROWS"));
				}
			}
		}
	}

	private static void readColumns(Connection connection, String sql, List<String> schemas,
			SnapshotAssembler snapshot, boolean mariaDb) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			SchemaReaders.bind(statement, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					SnapshotAssembler.TableParts table = snapshot.find(rows.getString("TABLE_SCHEMA"),
							rows.getString("TABLE_NAME"));
					if (table == null) {
						continue;
					}
					String dataType = rows.getString("DATA_TYPE").toLowerCase(Locale.ROOT);
					String columnType = rows.getString("COLUMN_TYPE").toLowerCase(Locale.ROOT);
					String shownType = columnType.contains(" unsigned") ? dataType + " unsigned" : dataType;
					String defaultValue = rows.getString("COLUMN_DEFAULT");
					if (mariaDb && "NULL".equals(defaultValue)) {
						defaultValue = null; // MariaDB shows defaults as SQL expressions: NULL means none
					}
					String extra = rows.getString("EXTRA");
					if (defaultValue == null && extra != null && extra.toLowerCase(Locale.ROOT).contains("auto_increment")) {
						defaultValue = "auto_increment";
					}
					boolean decimal = DECIMAL_TYPES.contains(dataType);
					table.column(new SourceSnapshot.Column(rows.getString("COLUMN_NAME"),
							rows.getInt("ORDINAL_POSITION"), shownType,
							LENGTH_TYPES.contains(dataType) ? SchemaReaders.intOrNull(rows, "CHARACTER_MAXIMUM_LENGTH") : null,
							decimal ? SchemaReaders.intOrNull(rows, "NUMERIC_PRECISION") : null,
							decimal ? SchemaReaders.intOrNull(rows, "NUMERIC_SCALE") : null,
							"YES".equals(rows.getString("IS_NULLABLE")), defaultValue,
							SnapshotAssembler.emptyToNull(rows.getString("COLUMN_COMMENT"))));
				}
			}
		}
	}

	private static void readKeys(Connection connection, String sql, List<String> schemas, SnapshotAssembler snapshot)
			throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			SchemaReaders.bind(statement, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					SnapshotAssembler.TableParts table = snapshot.find(rows.getString("TABLE_SCHEMA"),
							rows.getString("TABLE_NAME"));
					if (table == null) {
						continue;
					}
					String name = rows.getString("CONSTRAINT_NAME");
					if ("PRIMARY KEY".equals(rows.getString("CONSTRAINT_TYPE"))) {
						table.primaryKeyColumn(name, rows.getString("COLUMN_NAME"));
					}
					else {
						table.foreignKeyColumn(name, rows.getString("COLUMN_NAME"),
								rows.getString("REFERENCED_TABLE_SCHEMA"), rows.getString("REFERENCED_TABLE_NAME"),
								rows.getString("REFERENCED_COLUMN_NAME"));
					}
				}
			}
		}
	}

	private static void readIndexes(Connection connection, String sql, List<String> schemas,
			SnapshotAssembler snapshot) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			SchemaReaders.bind(statement, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				boolean hasExpression = hasColumn(rows.getMetaData(), "EXPRESSION");
				while (rows.next()) {
					SnapshotAssembler.TableParts table = snapshot.find(rows.getString("TABLE_SCHEMA"),
							rows.getString("TABLE_NAME"));
					if (table == null) {
						continue;
					}
					String column = rows.getString("COLUMN_NAME");
					if (column == null && hasExpression) {
						column = rows.getString("EXPRESSION");
					}
					if (column == null) {
						column = "(expression)";
					}
					table.indexColumn(rows.getString("INDEX_NAME"), rows.getLong("NON_UNIQUE") == 0, column);
				}
			}
		}
	}

	private static boolean hasColumn(ResultSetMetaData metaData, String name) throws SQLException {
		for (int i = 1; i <= metaData.getColumnCount(); i++) {
			if (name.equalsIgnoreCase(metaData.getColumnLabel(i))) {
				return true;
			}
		}
		return false;
	}
}
