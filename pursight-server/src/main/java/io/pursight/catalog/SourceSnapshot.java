package io.pursight.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Everything one discovery read from a source: the input of {@link Catalog#synchronize}.
 * A snapshot is complete for the schemas it lists; assets of those schemas that are missing
 * from it are marked deleted.
 */
public record SourceSnapshot(String databaseName, List<Schema> schemas) {

	public SourceSnapshot {
		Objects.requireNonNull(databaseName, "databaseName");
		schemas = List.copyOf(schemas);
	}

	public record Schema(String name, List<Table> tables) {
		public Schema {
			Objects.requireNonNull(name, "name");
			tables = List.copyOf(tables);
		}
	}

	/**
	 * A table, view or materialized view. {@code viewDefinition} is the SQL text of a view,
	 * {@code rowEstimate} the engine's statistics estimate (null when unknown), {@code primaryKey}
	 * null when there is none.
	 */
	public record Table(String name, AssetType type, String comment, String viewDefinition, Long rowEstimate,
			List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys, List<Index> indexes) {
		public Table {
			Objects.requireNonNull(name, "name");
			if (!type.isRelation()) {
				throw new IllegalArgumentException("not a relation type: " + type);
			}
			columns = List.copyOf(columns);
			foreignKeys = List.copyOf(foreignKeys);
			indexes = List.copyOf(indexes);
		}
	}

	/** A column; {@code ordinal} starts at 1; length/precision/scale are null where they do not apply. */
	public record Column(String name, int ordinal, String dataType, Integer length, Integer precision, Integer scale,
			boolean nullable, String defaultValue, String comment) {
		public Column {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(dataType, "dataType");
		}
	}

	public record PrimaryKey(String name, List<String> columns) {
		public PrimaryKey {
			columns = List.copyOf(columns);
		}
	}

	/** A foreign key; {@code columns} and {@code referencedColumns} are in matching order. */
	public record ForeignKey(String name, List<String> columns, String referencedSchema, String referencedTable,
			List<String> referencedColumns) {
		public ForeignKey {
			columns = List.copyOf(columns);
			referencedColumns = List.copyOf(referencedColumns);
		}
	}

	public record Index(String name, boolean unique, List<String> columns) {
		public Index {
			columns = List.copyOf(columns);
		}
	}
}
