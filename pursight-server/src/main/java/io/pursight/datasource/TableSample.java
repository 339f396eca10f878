package io.pursight.datasource;

import java.util.List;
import java.util.Objects;

/**
 * Values read from one table for classification. The values live in memory only: they are
 * never stored or logged by the data source module.
 *
 * @param schema   the schema (database for MySQL/MariaDB) as the catalog names it; may be null
 * @param table    the table as the catalog names it
 * @param rowsRead rows in the sample
 * @param columns  one entry per requested column, in the requested order; empty when the read failed
 * @param failure  why the table could not be read, or null when it was: a failed table costs that table only
 */
public record TableSample(String schema, String table, long rowsRead, List<ColumnSample> columns, Failure failure) {

	public TableSample {
		columns = List.copyOf(columns);
	}

	public TableSample(String schema, String table, long rowsRead, List<ColumnSample> columns) {
		this(schema, table, rowsRead, columns, null);
	}

	/** A table whose read failed: no values, only the reason. */
	public static TableSample failed(String schema, String table, Failure failure) {
		return new TableSample(schema, table, 0, List.of(), Objects.requireNonNull(failure, "failure"));
	}

	/** Whether the table could not be read; its columns are then empty. */
	public boolean hasFailed() {
		return failure != null;
	}

	/** The sample of one column, or null when it was not requested. */
	public ColumnSample column(String name) {
		return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
	}

	/**
	 * @param name   the column name
	 * @param values sampled values as text, one per row read; null values stay null
	 * @param counts the distinct non-null values with their counts, counted once here for every use
	 */
	public record ColumnSample(String name, List<String> values, ValueCounts counts) {
		public ColumnSample {
			Objects.requireNonNull(name, "name");
			values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
			Objects.requireNonNull(counts, "counts");
		}

		public ColumnSample(String name, List<String> values) {
			this(name, values, ValueCounts.of(values));
		}

		/** Values that were not null. */
		public long nonNullCount() {
			return counts.total();
		}

		/** Distinct non-null values. */
		public long distinctCount() {
			return counts.size();
		}
	}

	/**
	 * Why one table could not be read: never a value of the table, only what a person needs to act.
	 *
	 * @param sqlState the SQL state the source answered, or null when the driver gave none
	 * @param message  what happened and what to do about it, e.g. {@code GRANT SELECT …}
	 */
	public record Failure(String sqlState, String message) {
		public Failure {
			Objects.requireNonNull(message, "message");
		}
	}

	/**
	 * Which columns of which table to sample. {@code rowEstimate} (null when unknown) lets a large
	 * table be sampled at random instead of from its first rows; {@code view} says the relation is
	 * a view, which is always read from the start.
	 */
	public record Request(String schema, String table, List<String> columns, Long rowEstimate, boolean view) {
		public Request {
			Objects.requireNonNull(table, "table");
			columns = List.copyOf(columns);
		}
	}
}
