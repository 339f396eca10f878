package io.pursight.datasource.internal.jdbc;

import io.pursight.catalog.SourceSnapshot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Reads MySQL and MariaDB from {@code information_schema}, where a schema is a database. Without an include
 * list it reads only the connection's database when one was given, else every non-system database; the
 * snapshot's database name is the connection's database, or empty without one. Five queries in all (schemas,
 * relations with view text, columns, keys, indexes), each covering every selected schema.
 */
final class MySqlSchemaReader implements SchemaReader {

	private static final String SCHEMAS = "select SCHEMA_NAME from information_schema.SCHEMATA order by SCHEMA_NAME";

	// Sequences, temporary and system views are left out. MySQL reports the comment of every view as "VIEW".
	private static final String RELATIONS = """
			select t.TABLE_SCHEMA as schema_name, t.TABLE_NAME as table_name,
			       case when t.TABLE_TYPE = 'VIEW' then 'VIEW' else 'TABLE' end as table_type,
			       case when t.TABLE_TYPE <> 'VIEW' then t.TABLE_COMMENT end as comment,
			       v.VIEW_DEFINITION as view_definition, t.TABLE_ROWS as row_estimate
			from information_schema.TABLES t
			left join information_schema.VIEWS v on v.TABLE_SCHEMA = t.TABLE_SCHEMA and v.TABLE_NAME = t.TABLE_NAME
			where t.TABLE_TYPE in ('BASE TABLE', 'SYSTEM VERSIONED', 'VIEW') and t.TABLE_SCHEMA in %s
			order by t.TABLE_SCHEMA, t.TABLE_NAME""";

	// Default values come raw, with EXTRA: see MySqlValues.
	private static final String COLUMNS = """
			select TABLE_SCHEMA as schema_name, TABLE_NAME as table_name, COLUMN_NAME as column_name,
			       ORDINAL_POSITION as ordinal,
			       concat(lower(DATA_TYPE),
			              case when instr(lower(COLUMN_TYPE), ' unsigned') > 0 then ' unsigned' else '' end) as data_type,
			       case when lower(DATA_TYPE) in ('char', 'varchar', 'binary', 'varbinary')
			            then CHARACTER_MAXIMUM_LENGTH end as max_length,
			       case when lower(DATA_TYPE) in ('decimal', 'numeric') then NUMERIC_PRECISION end as numeric_precision,
			       case when lower(DATA_TYPE) in ('decimal', 'numeric') then NUMERIC_SCALE end as numeric_scale,
			       IS_NULLABLE = 'YES' as nullable, COLUMN_DEFAULT as default_value, EXTRA as extra,
			       nullif(COLUMN_COMMENT, '') as comment
			from information_schema.COLUMNS
			where TABLE_SCHEMA in %s
			order by TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

	private static final String KEYS = """
			select k.TABLE_SCHEMA as schema_name, k.TABLE_NAME as table_name, k.CONSTRAINT_NAME as constraint_name,
			       case when c.CONSTRAINT_TYPE = 'PRIMARY KEY' then 'PRIMARY' else 'FOREIGN' end as key_kind,
			       k.COLUMN_NAME as column_name, k.REFERENCED_TABLE_SCHEMA as referenced_schema,
			       k.REFERENCED_TABLE_NAME as referenced_table, k.REFERENCED_COLUMN_NAME as referenced_column
			from information_schema.TABLE_CONSTRAINTS c
			join information_schema.KEY_COLUMN_USAGE k on k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
			     and k.TABLE_NAME = c.TABLE_NAME and k.CONSTRAINT_NAME = c.CONSTRAINT_NAME
			where c.CONSTRAINT_TYPE in ('PRIMARY KEY', 'FOREIGN KEY') and c.TABLE_SCHEMA in %s
			order by k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

	// s.*: MySQL 8 adds an EXPRESSION column for functional index parts, MariaDB has none. Its TABLE_NAME and
	// INDEX_NAME serve as table_name and index_name.
	private static final String INDEXES = """
			select s.*, s.TABLE_SCHEMA as schema_name, s.NON_UNIQUE = 0 as is_unique, s.COLUMN_NAME as column_text
			from information_schema.STATISTICS s
			where s.TABLE_SCHEMA in %s
			order by s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX""";

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
		SnapshotAssembler snapshot = new SnapshotAssembler(selected);
		if (!selected.isEmpty()) {
			String in = SchemaReaders.placeholders(selected.size());
			MetadataQueries queries = new MetadataQueries(connection,
					statement -> SchemaReaders.bind(statement, selected), new MySqlValues(mariaDb), snapshot);
			queries.relations(RELATIONS.formatted(in));
			queries.columns(COLUMNS.formatted(in));
			queries.keys(KEYS.formatted(in));
			queries.indexes(INDEXES.formatted(in));
		}
		return snapshot.build(current);
	}

	/** Default values and index expressions as MySQL and MariaDB report them. */
	private record MySqlValues(boolean mariaDb) implements MetadataQueries.EngineValues {

		@Override
		public String defaultValue(ResultSet row) throws SQLException {
			String defaultValue = row.getString("default_value");
			if (mariaDb && "NULL".equals(defaultValue)) {
				defaultValue = null; // MariaDB shows defaults as SQL expressions: NULL means none
			}
			String extra = row.getString("extra");
			if (defaultValue == null && extra != null && extra.toLowerCase(Locale.ROOT).contains("auto_increment")) {
				defaultValue = "auto_increment";
			}
			return defaultValue;
		}

		@Override
		public String indexColumn(ResultSet row) throws SQLException {
			String column = row.getString("column_text");
			if (column == null && hasColumn(row.getMetaData(), "EXPRESSION")) {
				column = row.getString("EXPRESSION");
			}
			return column == null ? "(expression)" : column;
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
}
