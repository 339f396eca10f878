package io.pursight.datasource.internal.jdbc;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.SourceSnapshot;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PostgreSQL database from {@code pg_catalog}: five queries in all (schemas, relations, columns,
 * keys, indexes), each covering every selected schema. Partitions are left out (their parent stands for
 * them); foreign tables count as tables.
 * <p>
 * Unlike the other readers it walks its rows itself rather than through {@link MetadataQueries}: the queries
 * stay plain scans and joins of the catalog, and the work they would do per row (window functions, unnested
 * key and index columns, description and name look-ups) is done here on what was already read. Relations are
 * known by oid, column positions are counted in Java, and key and index columns come as attribute numbers
 * resolved against the columns read.
 */
final class PostgresSchemaReader implements SchemaReader {

	private static final String SCHEMAS = "select nspname from pg_catalog.pg_namespace order by nspname";

	// reltuples is -1 until the table is first analyzed or vacuumed (PostgreSQL 14+); views have none.
	private static final String RELATIONS = """
			select c.oid, n.nspname, c.relname, c.relkind, d.description,
			       case when c.relkind in ('v', 'm') then pg_catalog.pg_get_viewdef(c.oid, true) end,
			       case when c.reltuples >= 0 then c.reltuples::bigint end
			from pg_catalog.pg_class c
			join pg_catalog.pg_namespace n on n.oid = c.relnamespace
			left join pg_catalog.pg_description d
			     on d.objoid = c.oid and d.classoid = 'pg_catalog.pg_class'::regclass and d.objsubid = 0
			where %s""".formatted(selected("c", "n"));

	// Lengths, precisions and scales come encoded in atttypmod: see TypeModifiers. Defaults are deparsed without
	// their relation unless they refer to its columns, as only generated columns (PostgreSQL 12+) do: given a
	// relation, pg_get_expr opens and locks it, which doubles the time of this query.
	private static final String COLUMNS = columnsSql("case when a.attgenerated = '' then 0::oid else ad.adrelid end");

	private static final String COLUMNS_BEFORE_12 = columnsSql("0::oid");

	// Key columns come as attribute numbers. Referenced columns too, except when the referenced table is not read
	// (another schema, a partition): their names come with the row.
	private static final String KEYS = """
			select con.conrelid, con.conname, con.contype, pg_catalog.array_to_string(con.conkey, ' '),
			       con.confrelid, pg_catalog.array_to_string(con.confkey, ' '), rn.nspname, rc.relname,
			       case when con.contype = 'f' and not (%s) then
			            array(select ra.attname
			                  from unnest(con.confkey) with ordinality as k(attnum, position)
			                  left join pg_catalog.pg_attribute ra
			                       on ra.attrelid = con.confrelid and ra.attnum = k.attnum
			                  order by k.position) end
			from pg_catalog.pg_constraint con
			join pg_catalog.pg_class c on c.oid = con.conrelid
			join pg_catalog.pg_namespace n on n.oid = c.relnamespace
			left join pg_catalog.pg_class rc on rc.oid = con.confrelid
			left join pg_catalog.pg_namespace rn on rn.oid = rc.relnamespace
			where con.contype in ('p', 'f') and con.conparentid = 0 and %s""".formatted(selected("rc", "rn"),
			selected("c", "n"));

	// Index columns come as attribute numbers, 0 standing for an expression: only indexes with one have their
	// columns' text deparsed.
	private static final String INDEXES = """
			select i.indrelid, ic.relname, i.indisunique, i.indnkeyatts, i.indkey::text,
			       case when 0 = any(i.indkey) then
			            array(select pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
			                  from generate_series(1, i.indnkeyatts::int) as k order by k) end
			from pg_catalog.pg_index i
			join pg_catalog.pg_class ic on ic.oid = i.indexrelid
			join pg_catalog.pg_class c on c.oid = i.indrelid
			join pg_catalog.pg_namespace n on n.oid = c.relnamespace
			where %s""".formatted(selected("c", "n"));

	private static String columnsSql(String defaultRelation) {
		return """
				select a.attrelid, a.attnum, a.attname, pg_catalog.format_type(a.atttypid, null), t.typname,
				       a.atttypmod, a.attnotnull, a.attidentity, pg_catalog.pg_get_expr(ad.adbin, %s), d.description
				from pg_catalog.pg_attribute a
				join pg_catalog.pg_class c on c.oid = a.attrelid
				join pg_catalog.pg_namespace n on n.oid = c.relnamespace
				join pg_catalog.pg_type t on t.oid = a.atttypid
				left join pg_catalog.pg_attrdef ad on a.atthasdef and ad.adrelid = a.attrelid and ad.adnum = a.attnum
				left join pg_catalog.pg_description d
				     on d.objoid = a.attrelid and d.classoid = 'pg_catalog.pg_class'::regclass and d.objsubid = a.attnum
				where a.attnum > 0 and not a.attisdropped and %s""".formatted(defaultRelation, selected("c", "n"));
	}

	/** The relations read: of the kinds read, not partitions, in a selected schema (the one parameter). */
	private static String selected(String relation, String namespace) {
		return ("%1$s.relkind in ('r', 'p', 'v', 'm', 'f') and not %1$s.relispartition and %2$s.nspname::text = any(?)")
			.formatted(relation, namespace);
	}

	@Override
	public SourceSnapshot read(Connection connection, SchemaFilter filter) throws SQLException {
		List<String> selected = SchemaReaders.strings(connection, SCHEMAS).stream().filter(filter::includes).toList();
		SnapshotAssembler snapshot = new SnapshotAssembler(selected);
		if (!selected.isEmpty()) {
			Array schemas = connection.createArrayOf("text", selected.toArray());
			try {
				String columns = connection.getMetaData().getDatabaseMajorVersion() >= 12 ? COLUMNS : COLUMNS_BEFORE_12;
				Map<Long, Relation> relations = relations(connection, schemas, snapshot);
				columns(connection, schemas, columns, relations);
				keys(connection, schemas, relations);
				indexes(connection, schemas, relations);
			}
			finally {
				schemas.free();
			}
		}
		return snapshot.build(connection.getCatalog());
	}

	private static Map<Long, Relation> relations(Connection connection, Array schemas, SnapshotAssembler snapshot)
			throws SQLException {
		Map<Long, Relation> relations = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(RELATIONS)) {
			statement.setArray(1, schemas);
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					String schema = row.getString(2);
					String name = row.getString(3);
					AssetType type = switch (row.getString(4)) {
						case "v" -> AssetType.VIEW;
						case "m" -> AssetType.MATERIALIZED_VIEW;
						default -> AssetType.TABLE;
					};
					long estimate = row.getLong(7);
					Long rowEstimate = type == AssetType.VIEW || row.wasNull() ? null : estimate;
					snapshot.table(schema, name, type, row.getString(5), row.getString(6), rowEstimate);
					SnapshotAssembler.TableParts table = snapshot.find(schema, name);
					if (table != null) {
						relations.put(row.getLong(1), new Relation(table));
					}
				}
			}
		}
		return relations;
	}

	private static void columns(Connection connection, Array schemas, String sql, Map<Long, Relation> relations)
			throws SQLException {
		forEachRow(connection, sql, schemas, 1, relations, (relation, row) -> {
			String typeName = row.getString(5);
			int modifier = row.getInt(6);
			String defaultValue = switch (row.getString(8)) {
				case "a" -> "GENERATED ALWAYS AS IDENTITY";
				case "d" -> "GENERATED BY DEFAULT AS IDENTITY";
				default -> row.getString(9);
			};
			relation.columns.add(new ColumnRow(row.getInt(2), row.getString(3), row.getString(4),
					TypeModifiers.length(typeName, modifier), TypeModifiers.precision(typeName, modifier),
					TypeModifiers.scale(typeName, modifier), !row.getBoolean(7), defaultValue, row.getString(10)));
		});
		relations.values().forEach(Relation::addColumns);
	}

	private static void keys(Connection connection, Array schemas, Map<Long, Relation> relations) throws SQLException {
		forEachRow(connection, KEYS, schemas, 2, relations, (relation, row) -> {
			String name = row.getString(2);
			List<String> columns = relation.names(row.getString(4));
			if ("p".equals(row.getString(3))) {
				columns.forEach(column -> relation.table.primaryKeyColumn(name, column));
				return;
			}
			Array named = row.getArray(9);
			List<String> referencedColumns;
			if (named != null) {
				referencedColumns = Arrays.asList((String[]) named.getArray());
				named.free();
			}
			else {
				Relation referenced = relations.get(row.getLong(5));
				referencedColumns = referenced == null ? nulls(columns.size()) : referenced.names(row.getString(6));
			}
			String referencedSchema = row.getString(7);
			String referencedTable = row.getString(8);
			for (int i = 0; i < columns.size(); i++) {
				relation.table.foreignKeyColumn(name, columns.get(i), referencedSchema, referencedTable,
						i < referencedColumns.size() ? referencedColumns.get(i) : null);
			}
		});
	}

	private static void indexes(Connection connection, Array schemas, Map<Long, Relation> relations)
			throws SQLException {
		forEachRow(connection, INDEXES, schemas, 1, relations, (relation, row) -> {
			String name = row.getString(2);
			boolean unique = row.getBoolean(3);
			int keyColumns = row.getInt(4);
			int[] attnums = attnums(row.getString(5));
			Array texts = row.getArray(6);
			String[] expressions = texts == null ? null : (String[]) texts.getArray();
			for (int k = 0; k < keyColumns && k < attnums.length; k++) {
				String column = attnums[k] == 0 ? null : relation.name(attnums[k]);
				if (column == null && expressions != null) {
					column = expressions[k];
				}
				relation.table.indexColumn(name, unique, column);
			}
			if (texts != null) {
				texts.free();
			}
		});
	}

	/** What one row of a per-relation query adds to its relation. */
	@FunctionalInterface
	private interface RowReader {
		void read(Relation relation, ResultSet row) throws SQLException;
	}

	/**
	 * Runs a query whose first column is the relation's oid, with the schema list bound to each of
	 * its {@code placeholders}, and hands every row to its relation; rows of relations this read
	 * did not select are skipped.
	 */
	private static void forEachRow(Connection connection, String sql, Array schemas, int placeholders,
			Map<Long, Relation> relations, RowReader reader) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 1; i <= placeholders; i++) {
				statement.setArray(i, schemas);
			}
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					Relation relation = relations.get(row.getLong(1));
					if (relation != null) {
						reader.read(relation, row);
					}
				}
			}
		}
	}

	/** Attribute numbers from their text: {@code int2vector} output, or an array joined with spaces. */
	private static int[] attnums(String text) {
		if (text == null || text.isBlank()) {
			return new int[0];
		}
		String[] parts = text.trim().split(" ");
		int[] attnums = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			attnums[i] = Integer.parseInt(parts[i]);
		}
		return attnums;
	}

	private static List<String> nulls(int count) {
		return Arrays.asList(new String[count]);
	}

	/** A relation read: its parts in the snapshot, then its columns as they arrive and their names by number. */
	private static final class Relation {

		private final SnapshotAssembler.TableParts table;
		private final List<ColumnRow> columns = new ArrayList<>();
		private String[] namesByAttnum = new String[0];

		Relation(SnapshotAssembler.TableParts table) {
			this.table = table;
		}

		/** Adds the columns to the table, numbered from 1 in attribute order (dropped columns leave no gap). */
		void addColumns() {
			columns.sort(Comparator.comparingInt(ColumnRow::attnum));
			namesByAttnum = new String[columns.isEmpty() ? 0 : columns.getLast().attnum() + 1];
			int ordinal = 0;
			for (ColumnRow column : columns) {
				namesByAttnum[column.attnum()] = column.name();
				table.column(new SourceSnapshot.Column(column.name(), ++ordinal, column.dataType(), column.length(),
						column.precision(), column.scale(), column.nullable(), column.defaultValue(),
						column.comment()));
			}
			columns.clear();
		}

		/** The name of the column, or null when it was not read. */
		String name(int attnum) {
			return attnum > 0 && attnum < namesByAttnum.length ? namesByAttnum[attnum] : null;
		}

		List<String> names(String attnums) {
			List<String> names = new ArrayList<>();
			for (int attnum : attnums(attnums)) {
				names.add(name(attnum));
			}
			return names;
		}
	}

	private record ColumnRow(int attnum, String name, String dataType, Integer length, Integer precision,
			Integer scale, boolean nullable, String defaultValue, String comment) {
	}

	/**
	 * Lengths, precisions and scales decoded from type modifiers as PostgreSQL encodes them (see format_type in
	 * the server sources); arrays carry their element type's modifier, so "_varchar" is read like "varchar".
	 */
	private static final class TypeModifiers {

		private TypeModifiers() {
		}

		static Integer length(String typeName, int modifier) {
			return switch (elementType(typeName)) {
				case "varchar", "bpchar" -> modifier >= 4 ? modifier - 4 : null;
				case "bit", "varbit" -> modifier > 0 ? modifier : null;
				default -> null;
			};
		}

		static Integer precision(String typeName, int modifier) {
			return isNumeric(typeName, modifier) ? ((modifier - 4) >> 16) & 0xffff : null;
		}

		static Integer scale(String typeName, int modifier) {
			// Since PostgreSQL 15 the scale is an 11-bit signed number and may be negative.
			return isNumeric(typeName, modifier) ? (((modifier - 4) & 0x7ff) ^ 1024) - 1024 : null;
		}

		private static boolean isNumeric(String typeName, int modifier) {
			return elementType(typeName).equals("numeric") && modifier >= 4;
		}

		private static String elementType(String typeName) {
			return typeName.startsWith("_") ? typeName.substring(1) : typeName;
		}
	}
}
