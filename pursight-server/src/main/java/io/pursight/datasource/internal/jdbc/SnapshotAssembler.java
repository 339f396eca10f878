package io.pursight.datasource.internal.jdbc;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.SourceSnapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the rows of a reader's bulk queries, table by table, and builds the sorted {@link SourceSnapshot}.
 * Rows for relations it was not told about (for example columns of a sequence) are ignored.
 */
final class SnapshotAssembler {

	private final Map<String, Map<String, TableParts>> schemas = new TreeMap<>();

	/** Starts a snapshot of the selected schemas, each of which appears in it even without tables. */
	SnapshotAssembler(List<String> selectedSchemas) {
		selectedSchemas.forEach(schema -> schemas.put(schema, new TreeMap<>()));
	}

	/** Registers a relation of a registered schema. */
	void table(String schema, String name, AssetType type, String comment, String viewDefinition, Long rowEstimate) {
		schemas.computeIfAbsent(schema, key -> new TreeMap<>())
			.put(name, new TableParts(name, type, emptyToNull(comment), viewDefinition, rowEstimate));
	}

	/** The relation's parts, or null when the relation was not registered. */
	TableParts find(String schema, String table) {
		Map<String, TableParts> tables = schemas.get(schema);
		return tables == null ? null : tables.get(table);
	}

	SourceSnapshot build(String databaseName) {
		List<SourceSnapshot.Schema> result = new ArrayList<>();
		schemas.forEach((schema, tables) -> result.add(new SourceSnapshot.Schema(schema,
				tables.values().stream().map(TableParts::build).toList())));
		return new SourceSnapshot(databaseName == null ? "" : databaseName, result);
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	/** The parts of one relation as the rows arrive. */
	static final class TableParts {

		private final String name;
		private final AssetType type;
		private final String comment;
		private final String viewDefinition;
		private final Long rowEstimate;
		private final List<SourceSnapshot.Column> columns = new ArrayList<>();
		private String primaryKeyName;
		private final List<String> primaryKeyColumns = new ArrayList<>();
		private final Map<String, KeyParts> foreignKeys = new TreeMap<>();
		private final Map<String, IndexParts> indexes = new TreeMap<>();

		private TableParts(String name, AssetType type, String comment, String viewDefinition, Long rowEstimate) {
			this.name = name;
			this.type = type;
			this.comment = comment;
			this.viewDefinition = viewDefinition;
			this.rowEstimate = rowEstimate;
		}

		void column(SourceSnapshot.Column column) {
			columns.add(column);
		}

		/** Adds the next column of the primary key; call in key order. */
		void primaryKeyColumn(String constraintName, String column) {
			primaryKeyName = constraintName;
			primaryKeyColumns.add(column);
		}

		/** Adds the next column pair of a foreign key; call in key order. */
		void foreignKeyColumn(String constraintName, String column, String referencedSchema, String referencedTable,
				String referencedColumn) {
			KeyParts key = foreignKeys.computeIfAbsent(constraintName,
					k -> new KeyParts(referencedSchema, referencedTable));
			key.columns.add(column);
			key.referencedColumns.add(referencedColumn);
		}

		/** Adds the next column (or expression) of an index; call in index order. */
		void indexColumn(String indexName, boolean unique, String column) {
			indexes.computeIfAbsent(indexName, k -> new IndexParts(unique)).columns.add(column);
		}

		private SourceSnapshot.Table build() {
			List<SourceSnapshot.Column> sorted = new ArrayList<>(columns);
			sorted.sort(Comparator.comparingInt(SourceSnapshot.Column::ordinal));
			SourceSnapshot.PrimaryKey primaryKey = primaryKeyColumns.isEmpty() ? null
					: new SourceSnapshot.PrimaryKey(primaryKeyName, primaryKeyColumns);
			List<SourceSnapshot.ForeignKey> keys = new ArrayList<>();
			foreignKeys.forEach((keyName, key) -> keys.add(new SourceSnapshot.ForeignKey(keyName, key.columns,
					key.referencedSchema, key.referencedTable, key.referencedColumns)));
			List<SourceSnapshot.Index> indexList = new ArrayList<>();
			indexes.forEach((indexName, index) -> indexList.add(new SourceSnapshot.Index(indexName, index.unique,
					index.columns)));
			return new SourceSnapshot.Table(name, type, comment, viewDefinition, rowEstimate, sorted, primaryKey, keys,
					indexList);
		}
	}

	private static final class KeyParts {
		private final String referencedSchema;
		private final String referencedTable;
		private final List<String> columns = new ArrayList<>();
		private final List<String> referencedColumns = new ArrayList<>();

		private KeyParts(String referencedSchema, String referencedTable) {
			this.referencedSchema = referencedSchema;
			this.referencedTable = referencedTable;
		}
	}

	private static final class IndexParts {
		private final boolean unique;
		private final List<String> columns = new ArrayList<>();

		private IndexParts(boolean unique) {
			this.unique = unique;
		}
	}
}
