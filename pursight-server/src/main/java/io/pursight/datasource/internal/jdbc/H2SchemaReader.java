package io.pursight.datasource.internal.jdbc;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.SourceSnapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Reads an H2 2.x database from its {@code INFORMATION_SCHEMA}: five queries in all (schemas, relations
 * with view text, columns, keys, indexes), each covering every selected schema.
 */
final class H2SchemaReader implements SchemaReader {

	private static final String SCHEMAS = "select SCHEMA_NAME from INFORMATION_SCHEMA.SCHEMATA order by SCHEMA_NAME";

	private static final String RELATIONS = """
			select t.TABLE_SCHEMA, t.TABLE_NAME, t.TABLE_TYPE, t.REMARKS, t.ROW_COUNT_ESTIMATE, v.VIEW_DEFINITION
			from INFORMATION_SCHEMA.TABLES t
			left join INFORMATION_SCHEMA.VIEWS v on v.TABLE_SCHEMA = t.TABLE_SCHEMA and v.TABLE_NAME = t.TABLE_NAME
			where t.TABLE_SCHEMA in %s
			order by t.TABLE_SCHEMA, t.TABLE_NAME""";

	private static final String COLUMNS = """
			select TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
			       NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, IDENTITY_GENERATION,
			       REMARKS
			from INFORMATION_SCHEMA.COLUMNS
			where TABLE_SCHEMA in %s
			order by TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

	private static final String KEYS = """
			select c.TABLE_SCHEMA, c.TABLE_NAME, c.CONSTRAINT_NAME, c.CONSTRAINT_TYPE, k.COLUMN_NAME,
			       r.TABLE_SCHEMA as REFERENCED_SCHEMA, r.TABLE_NAME as REFERENCED_TABLE,
			       r.COLUMN_NAME as REFERENCED_COLUMN
			from INFORMATION_SCHEMA.TABLE_CONSTRAINTS c
			join INFORMATION_SCHEMA.KEY_COLUMN_USAGE k on k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
			     and k.CONSTRAINT_NAME = c.CONSTRAINT_NAME
			left join INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc on rc.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
			     and rc.CONSTRAINT_NAME = c.CONSTRAINT_NAME
			left join INFORMATION_SCHEMA.KEY_COLUMN_USAGE r on r.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
			     and r.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME and r.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
			where c.CONSTRAINT_TYPE in ('PRIMARY KEY', 'FOREIGN KEY') and c.TABLE_SCHEMA in %s
			order by c.TABLE_SCHEMA, c.TABLE_NAME, c.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

	private static final String INDEXES = """
			select i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME
			from INFORMATION_SCHEMA.INDEXES i
			join INFORMATION_SCHEMA.INDEX_COLUMNS c on c.INDEX_SCHEMA = i.INDEX_SCHEMA and c.INDEX_NAME = i.INDEX_NAME
			where i.TABLE_SCHEMA in %s
			order by i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""";

	private static final Set<String> LENGTH_TYPES = Set.of("CHARACTER", "CHARACTER VARYING", "VARCHAR_IGNORECASE",
			"BINARY", "BINARY VARYING");
	private static final Set<String> DECIMAL_TYPES = Set.of("NUMERIC", "DECIMAL");

	@Override
	public SourceSnapshot read(Connection connection, SchemaFilter filter) throws SQLException {
		List<String> selected = SchemaReaders.strings(connection, SCHEMAS).stream().filter(filter::includes).toList();
		SnapshotAssembler snapshot = new SnapshotAssembler();
		selected.forEach(snapshot::schema);
		if (!selected.isEmpty()) {
			String in = SchemaReaders.placeholders(selected.size());
			readRelations(connection, RELATIONS.formatted(in), selected, snapshot);
			readColumns(connection, COLUMNS.formatted(in), selected, snapshot);
			readKeys(connection, KEYS.formatted(in), selected, snapshot);
			readIndexes(connection, INDEXES.formatted(in), selected, snapshot);
		}
		return snapshot.build(connection.getCatalog());
	}

	private static void readRelations(Connection connection, String sql, List<String> schemas,
			SnapshotAssembler snapshot) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			SchemaReaders.bind(statement, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					AssetType type = switch (rows.getString("TABLE_TYPE")) {
						case "BASE TABLE" -> AssetType.TABLE;
						case "VIEW" -> AssetType.VIEW;
						default -> null; // temporary tables, synonyms
					};
					if (type == null) {
						continue;
					}
					boolean view = type == AssetType.VIEW;
					snapshot.table(rows.getString("TABLE_SCHEMA"), rows.getString("TABLE_NAME"), type,
							rows.getString("REMARKS"), view ? rows.getString("VIEW_DEFINITION") : null,
							view ? null : SchemaReaders.longOrNull(rows, "ROW_COUNT_ESTIMATE"));
				}
			}
		}
	}

	private static void readColumns(Connection connection, String sql, List<String> schemas,
			SnapshotAssembler snapshot) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			SchemaReaders.bind(statement, schemas);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					SnapshotAssembler.TableParts table = snapshot.find(rows.getString("TABLE_SCHEMA"),
							rows.getString("TABLE_NAME"));
					if (table == null) {
						continue;
					}
					String dataType = rows.getString("DATA_TYPE");
					String defaultValue = rows.getString("COLUMN_DEFAULT");
					if (defaultValue == null && "YES".equals(rows.getString("IS_IDENTITY"))) {
						defaultValue = "GENERATED " + rows.getString("IDENTITY_GENERATION") + " AS IDENTITY";
					}
					boolean decimal = DECIMAL_TYPES.contains(dataType);
					table.column(new SourceSnapshot.Column(rows.getString("COLUMN_NAME"),
							rows.getInt("ORDINAL_POSITION"), dataType,
							LENGTH_TYPES.contains(dataType) ? SchemaReaders.intOrNull(rows, "CHARACTER_MAXIMUM_LENGTH") : null,
							decimal ? SchemaReaders.intOrNull(rows, "NUMERIC_PRECISION") : null,
							decimal ? SchemaReaders.intOrNull(rows, "NUMERIC_SCALE") : null,
							"YES".equals(rows.getString("IS_NULLABLE")), defaultValue, rows.getString("REMARKS")));
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
						table.foreignKeyColumn(name, rows.getString("COLUMN_NAME"), rows.getString("REFERENCED_SCHEMA"),
								rows.getString("REFERENCED_TABLE"), rows.getString("REFERENCED_COLUMN"));
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
				while (rows.next()) {
					SnapshotAssembler.TableParts table = snapshot.find(rows.getString("TABLE_SCHEMA"),
							rows.getString("TABLE_NAME"));
					if (table != null) {
						String kind = rows.getString("INDEX_TYPE_NAME");
						table.indexColumn(rows.getString("INDEX_NAME"),
								"PRIMARY KEY".equals(kind) || "UNIQUE INDEX".equals(kind), rows.getString("COLUMN_NAME"));
					}
				}
			}
		}
	}
}
