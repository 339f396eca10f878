package io.pursight.datasource;

import java.util.List;
import java.util.Objects;

/**
 * Figures of one whole table counted by the source itself, with one aggregate statement: rows, and per column
 * the non-null and distinct values, the extremes, and the moments or lengths that fit its type. Like a
 * {@link TableSample}, the extremes are values of the table: they live in memory only and are never stored or
 * logged by the data source module; the caller decides what of them it may keep.
 *
 * @param schema    the schema (database for MySQL/MariaDB) as the catalog names it; may be null
 * @param table     the table as the catalog names it
 * @param rowCount  {@code COUNT(*)}; -1 when the read failed
 * @param sizeBytes the table's size with its indexes as the engine reports it (PostgreSQL
 *                  pages in {@code pg_class}, MySQL/MariaDB {@code data_length + index_length}); null on H2,
 *                  for a view, or when the engine does not say
 * @param columns   one entry per requested column, in the requested order; empty when the read failed
 * @param failure   why the table could not be read, or null when it was
 */
public record ExactProfile(String schema, String table, long rowCount, Long sizeBytes, List<Column> columns,
		TableSample.Failure failure) {

	public ExactProfile {
		Objects.requireNonNull(table, "table");
		columns = List.copyOf(columns);
	}

	/** A table whose aggregate statement failed: no figures, only the reason. */
	public static ExactProfile failed(String schema, String table, TableSample.Failure failure) {
		return new ExactProfile(schema, table, -1, null, List.of(), Objects.requireNonNull(failure, "failure"));
	}

	public boolean hasFailed() {
		return failure != null;
	}

	/**
	 * One column's figures; a figure that does not apply to the column's type is null.
	 *
	 * @param name          the column
	 * @param jdbcType      the {@link java.sql.JDBCType} name the driver reported for it, e.g. {@code INTEGER}
	 * @param nonNullCount  {@code COUNT(column)}
	 * @param distinctCount {@code COUNT(DISTINCT column)}; null for binary and other types without equality
	 * @param min           {@code MIN} as text, for numbers, text and temporals
	 * @param max           {@code MAX} as text, likewise
	 * @param avg           {@code AVG} of a number
	 * @param stddev        {@code STDDEV_SAMP} of a number
	 * @param minLength     {@code MIN(CHAR_LENGTH)} of text
	 * @param maxLength     {@code MAX(CHAR_LENGTH)} of text
	 * @param avgLength     {@code AVG(CHAR_LENGTH)} of text
	 */
	public record Column(String name, String jdbcType, long nonNullCount, Long distinctCount, String min, String max,
			Double avg, Double stddev, Integer minLength, Integer maxLength, Double avgLength) {

		public Column {
			Objects.requireNonNull(name, "name");
		}
	}
}
