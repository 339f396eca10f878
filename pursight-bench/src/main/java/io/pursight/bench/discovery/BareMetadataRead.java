package io.pursight.bench.discovery;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the fastest honest plain-JDBC read of the metadata discovery reads (schemas,
 * tables, views with their definitions, columns with types, nullability, defaults and comments,
 * primary and foreign keys with their columns, indexes with their columns), in five
 * {@code pg_catalog} queries over one fresh connection, every row consumed into plain Java
 * objects and key and index columns resolved to names. No catalog writes, no HTTP, no framework.
 * Public for the scan benchmark ({@code io.pursight.bench.scan}), whose baseline begins with this read.
 */
public final class BareMetadataRead {

	private static final String NOT_SYSTEM = """
			n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
			AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'""";

	private static final String SCHEMAS = "SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE " + NOT_SYSTEM;

	private static final String RELATIONS = """
			SELECT c.oid, n.nspname, c.relname, c.relkind, d.description, c.reltuples::bigint,
			       CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END
			  FROM pg_catalog.pg_class c
			  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			  LEFT JOIN pg_catalog.pg_description d
			         ON d.objoid = c.oid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = 0
			 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND %s""".formatted(NOT_SYSTEM);

	private static final String COLUMNS = """
			SELECT a.attrelid, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,
			       a.attidentity, pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), d.description
			  FROM pg_catalog.pg_attribute a
			  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
			  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			  LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
			  LEFT JOIN pg_catalog.pg_description d
			         ON d.objoid = a.attrelid AND d.classoid = 'pg_catalog.pg_class'::regclass AND d.objsubid = a.attnum
			 WHERE a.attnum > 0 AND NOT a.attisdropped
			   AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND %s""".formatted(NOT_SYSTEM);

	private static final String KEYS = """
			SELECT con.conname, con.contype, con.conrelid, con.conkey, con.confrelid, con.confkey
			  FROM pg_catalog.pg_constraint con
			  JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
			  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			 WHERE con.contype IN ('p', 'f') AND con.conparentid = 0 AND %s""".formatted(NOT_SYSTEM);

	private static final String INDEXES = """
			SELECT ic.relname, i.indrelid, i.indisunique, i.indnkeyatts, i.indkey::text,
			       CASE WHEN 0 = ANY (i.indkey) THEN pg_catalog.pg_get_indexdef(i.indexrelid) END
			  FROM pg_catalog.pg_index i
			  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
			  JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
			  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
			 WHERE c.relkind IN ('r', 'p', 'm', 'f') AND NOT c.relispartition AND %s""".formatted(NOT_SYSTEM);

	public record Relation(long oid, String schema, String name, String kind, String comment, long rowEstimate, String definition) {
	}

	public record Column(long relation, int position, String name, String type, boolean nullable, String identity, String defaultValue,
			String comment) {
	}

	public record Key(String name, String kind, Relation table, List<String> columns, Relation referenced, List<String> referencedColumns) {
	}

	public record Index(String name, Relation table, boolean unique, List<String> columns) {
	}

	/** Everything read, and how many statements it took. */
	public record Metadata(List<String> schemas, List<Relation> relations, List<Column> columns, List<Key> keys, List<Index> indexes,
			int statements) {

		public long tables() {
			return relations.stream().filter(r -> !r.kind().equals("v") && !r.kind().equals("m")).count();
		}

		public long views() {
			return relations.size() - tables();
		}
	}

	private BareMetadataRead() {
	}

	public static Metadata read(String url, String user, String password) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.setFetchSize(0); // autocommit: the driver reads each result whole, the fastest way
			var schemas = new ArrayList<String>();
			try (ResultSet rows = statement.executeQuery(SCHEMAS)) {
				while (rows.next()) {
					schemas.add(rows.getString(1));
				}
			}
			var relations = new ArrayList<Relation>();
			var byOid = new HashMap<Long, Relation>();
			try (ResultSet rows = statement.executeQuery(RELATIONS)) {
				while (rows.next()) {
					var relation = new Relation(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
							rows.getString(5), rows.getLong(6), rows.getString(7));
					relations.add(relation);
					byOid.put(relation.oid(), relation);
				}
			}
			var columns = new ArrayList<Column>();
			var columnNames = new HashMap<Long, Map<Integer, String>>();
			try (ResultSet rows = statement.executeQuery(COLUMNS)) {
				while (rows.next()) {
					var column = new Column(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4),
							!rows.getBoolean(5), rows.getString(6), rows.getString(7), rows.getString(8));
					columns.add(column);
					columnNames.computeIfAbsent(column.relation(), r -> new HashMap<>()).put(column.position(), column.name());
				}
			}
			var keys = new ArrayList<Key>();
			try (ResultSet rows = statement.executeQuery(KEYS)) {
				while (rows.next()) {
					long table = rows.getLong(3);
					long referenced = rows.getLong(5);
					keys.add(new Key(rows.getString(1), rows.getString(2), byOid.get(table),
							names(columnNames.get(table), (Short[]) rows.getArray(4).getArray()), byOid.get(referenced),
							rows.getArray(6) == null ? List.of()
									: names(columnNames.get(referenced), (Short[]) rows.getArray(6).getArray())));
				}
			}
			var indexes = new ArrayList<Index>();
			try (ResultSet rows = statement.executeQuery(INDEXES)) {
				while (rows.next()) {
					long table = rows.getLong(2);
					int keyColumns = rows.getInt(4);
					String[] attnums = rows.getString(5).split(" ");
					var names = new ArrayList<String>(keyColumns);
					Map<Integer, String> known = columnNames.get(table);
					for (int k = 0; k < keyColumns; k++) {
						int attnum = Integer.parseInt(attnums[k]);
						names.add(attnum == 0 ? rows.getString(6) : known.get(attnum));
					}
					indexes.add(new Index(rows.getString(1), byOid.get(table), rows.getBoolean(3), names));
				}
			}
			return new Metadata(schemas, relations, columns, keys, indexes, 5);
		}
	}

	private static List<String> names(Map<Integer, String> columns, Short[] attnums) {
		var names = new ArrayList<String>(attnums.length);
		for (Short attnum : attnums) {
			names.add(columns.get((int) attnum));
		}
		return names;
	}
}
