package io.pursight.datasource.internal.jdbc;

import io.pursight.catalog.SourceSnapshot;
import io.pursight.datasource.ConnectionSpec;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads snapshots the way discovery does, and turns them into plain strings that tests can compare. */
final class Snapshots {

	private Snapshots() {
	}

	/** A snapshot and the number of statements it took. */
	record Read(SourceSnapshot snapshot, long statements) {
	}

	static Read read(ConnectionSpec spec, SchemaFilter filter) throws SQLException {
		try (CountingConnection connection = CountingConnection.wrap(new ConnectionFactory().open(spec))) {
			SourceSnapshot snapshot = SchemaReaders.forEngine(spec.engine()).read(connection, filter);
			return new Read(snapshot, connection.statementsExecuted());
		}
	}

	static SourceSnapshot.Schema schema(SourceSnapshot snapshot, String name) {
		return snapshot.schemas().stream().filter(s -> s.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no schema " + name + " in " + schemaNames(snapshot)));
	}

	static List<String> schemaNames(SourceSnapshot snapshot) {
		return snapshot.schemas().stream().map(SourceSnapshot.Schema::name).toList();
	}

	static List<String> tableNames(SourceSnapshot.Schema schema) {
		return schema.tables().stream().map(SourceSnapshot.Table::name).toList();
	}

	static SourceSnapshot.Table table(SourceSnapshot.Schema schema, String name) {
		return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no table " + name + " in " + tableNames(schema)));
	}

	static List<String> columnNames(SourceSnapshot.Table table) {
		return table.columns().stream().map(SourceSnapshot.Column::name).toList();
	}

	/** Every table's column names, in order. */
	static Map<String, List<String>> columnsByTable(SourceSnapshot.Schema schema) {
		Map<String, List<String>> result = new TreeMap<>();
		schema.tables().forEach(t -> result.put(t.name(), columnNames(t)));
		return result;
	}

	static SourceSnapshot.Column column(SourceSnapshot.Table table, String name) {
		return table.columns().stream().filter(c -> c.name().equals(name)).findFirst()
			.orElseThrow(() -> new AssertionError("no column " + name + " in " + columnNames(table)));
	}

	/** Every primary key as {@code table(a, b)}. */
	static Set<String> primaryKeys(SourceSnapshot.Schema schema) {
		Set<String> result = new TreeSet<>();
		schema.tables().stream().filter(t -> t.primaryKey() != null)
			.forEach(t -> result.add(t.name() + "(" + String.join(", ", t.primaryKey().columns()) + ")"));
		return result;
	}

	/** Every foreign key as {@code table(a) -> referenced(b)}, the referenced schema left out. */
	static Set<String> foreignKeys(SourceSnapshot.Schema schema) {
		Set<String> result = new TreeSet<>();
		for (SourceSnapshot.Table table : schema.tables()) {
			for (SourceSnapshot.ForeignKey key : table.foreignKeys()) {
				result.add(table.name() + "(" + String.join(", ", key.columns()) + ") -> " + key.referencedTable() + "("
						+ String.join(", ", key.referencedColumns()) + ")");
			}
		}
		return result;
	}

	/** The table's indexes as {@code name(a, b)}, with {@code unique } in front of unique ones. */
	static List<String> indexes(SourceSnapshot.Table table) {
		return table.indexes().stream()
			.map(i -> (i.unique() ? "unique " : "") + i.name() + "(" + String.join(", ", i.columns()) + ")")
			.toList();
	}
}
