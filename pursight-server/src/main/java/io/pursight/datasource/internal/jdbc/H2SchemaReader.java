package io.pursight.datasource.internal.jdbc;

import io.pursight.catalog.SourceSnapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads an H2 2.x database from its {@code INFORMATION_SCHEMA}: five queries in all (schemas, relations
 * with view text, columns, keys, indexes), each covering every selected schema.
 */
final class H2SchemaReader implements SchemaReader {

	private static final String SCHEMAS = "select SCHEMA_NAME from INFORMATION_SCHEMA.SCHEMATA order by SCHEMA_NAME";

	// Temporary tables and synonyms are left out.
	private static final String RELATIONS = """
			select t.TABLE_SCHEMA as schema_name, t.TABLE_NAME as table_name,
			       case when t.TABLE_TYPE = 'VIEW' then 'VIEW' else 'TABLE' end as table_type,
			       t.REMARKS as comment, v.VIEW_DEFINITION as view_definition, t.ROW_COUNT_ESTIMATE as row_estimate
			from INFORMATION_SCHEMA.TABLES t
			left join INFORMATION_SCHEMA.VIEWS v on v.TABLE_SCHEMA = t.TABLE_SCHEMA and v.TABLE_NAME = t.TABLE_NAME
			where t.TABLE_TYPE in ('BASE TABLE', 'VIEW') and t.TABLE_SCHEMA in %s
			order by t.TABLE_SCHEMA, t.TABLE_NAME""";

	private static final String COLUMNS = """
			select TABLE_SCHEMA as schema_name, TABLE_NAME as table_name, COLUMN_NAME as column_name,
			       ORDINAL_POSITION as ordinal, DATA_TYPE as data_type,
			       case when DATA_TYPE in ('CHARACTER', 'CHARACTER VARYING', 'VARCHAR_IGNORECASE', 'BINARY',
			                               'BINARY VARYING') then CHARACTER_MAXIMUM_LENGTH end as max_length,
			       case when DATA_TYPE in ('NUMERIC', 'DECIMAL') then NUMERIC_PRECISION end as numeric_precision,
			       case when DATA_TYPE in ('NUMERIC', 'DECIMAL') then NUMERIC_SCALE end as numeric_scale,
			       IS_NULLABLE = 'YES' as nullable,
			       coalesce(COLUMN_DEFAULT, case when IS_IDENTITY = 'YES'
			                                     then concat('GENERATED ', IDENTITY_GENERATION, ' AS IDENTITY') end)
			           as default_value,
			       REMARKS as comment
			from INFORMATION_SCHEMA.COLUMNS
			where TABLE_SCHEMA in %s
			order by TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

	private static final String KEYS = """
			select c.TABLE_SCHEMA as schema_name, c.TABLE_NAME as table_name, c.CONSTRAINT_NAME as constraint_name,
			       case when c.CONSTRAINT_TYPE = 'PRIMARY KEY' then 'PRIMARY' else 'FOREIGN' end as key_kind,
			       k.COLUMN_NAME as column_name, r.TABLE_SCHEMA as referenced_schema, r.TABLE_NAME as referenced_table,
			       r.COLUMN_NAME as referenced_column
			from INFORMATION_SCHEMA.TABLE_CONSTRAINTS c
			join INFORMATION_SCHEMA.KEY_COLUMN_USAGE k on k.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
			     and k.CONSTRAINT_NAME = c.CONSTRAINT_NAME
			left join INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc on rc.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA
			     and rc.CONSTRAINT_NAME = c.CONSTRAINT_NAME
			left join INFORMATION_SCHEMA.KEY_COLUMN_USAGE r on r.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA
			     and r.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME and r.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
			where c.CONSTRAINT_TYPE in ('PRIMARY KEY', 'FOREIGN KEY') and c.TABLE_SCHEMA in %s
			order by c.TABLE_SCHEMA, c.TABLE_NAME, c.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

	// H2 tells unique indexes by their type name.
	private static final String INDEXES = """
			select i.TABLE_SCHEMA as schema_name, i.TABLE_NAME as table_name, i.INDEX_NAME as index_name,
			       i.INDEX_TYPE_NAME in ('PRIMARY KEY', 'UNIQUE INDEX') as is_unique, c.COLUMN_NAME as column_text
			from INFORMATION_SCHEMA.INDEXES i
			join INFORMATION_SCHEMA.INDEX_COLUMNS c on c.INDEX_SCHEMA = i.INDEX_SCHEMA and c.INDEX_NAME = i.INDEX_NAME
			where i.TABLE_SCHEMA in %s
			order by i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""";

	@Override
	public SourceSnapshot read(Connection connection, SchemaFilter filter) throws SQLException {
		List<String> selected = SchemaReaders.strings(connection, SCHEMAS).stream().filter(filter::includes).toList();
		SnapshotAssembler snapshot = new SnapshotAssembler(selected);
		if (!selected.isEmpty()) {
			String in = SchemaReaders.placeholders(selected.size());
			MetadataQueries queries = new MetadataQueries(connection,
					statement -> SchemaReaders.bind(statement, selected), snapshot);
			queries.relations(RELATIONS.formatted(in));
			queries.columns(COLUMNS.formatted(in));
			queries.keys(KEYS.formatted(in));
			queries.indexes(INDEXES.formatted(in));
		}
		return snapshot.build(connection.getCatalog());
	}
}
