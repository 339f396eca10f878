package io.pursight.bench.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One table of a corpus dataset: its name, its full row count and its columns in order. */
public record CorpusTable(String name, int rows, List<CorpusColumn> columns) {

	public CorpusTable {
		Objects.requireNonNull(name, "name");
		columns = List.copyOf(columns);
		if (rows < 1 || columns.isEmpty()) {
			throw new IllegalArgumentException(name + " needs at least one row and one column");
		}
	}

	/** Starts a table; add columns in order, each followed by its label and sparseness. */
	public static Builder named(String name, int rows) {
		return new Builder(name, rows);
	}

	/**
	 * Describes a table column by column. {@link #expect}, {@link #optional}, {@link #embeds} and {@link #sparse}
	 * apply to the column added last, so a dataset reads like the schema it models:
	 * <pre>
	 * CorpusTable.named("employees", 2400)
	 *     .column("emp_no", SqlType.INT, r -> r.index() + 10001)
	 *     .column("first_name", SqlType.varchar(80), r -> r.person().given()).expect("PERSON_NAME")
	 *     .column("middle_name", SqlType.varchar(80), r -> r.person().middle()).expect("PERSON_NAME").sparse(0.7)
	 *     .build();
	 * </pre>
	 */
	public static final class Builder {
		private final String name;
		private final int rows;
		private final List<CorpusColumn> columns = new ArrayList<>();

		private Builder(String name, int rows) {
			this.name = name;
			this.rows = rows;
		}

		public Builder column(String column, SqlType type, ValueGenerator generator) {
			if (columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(column))) {
				throw new IllegalArgumentException(name + "." + column + " is defined twice");
			}
			columns.add(new CorpusColumn(column, type, generator, 0, null, null, Set.of()));
			return this;
		}

		/** The last column must be classified as {@code type}. */
		public Builder expect(String type) {
			CorpusColumn c = last();
			return replace(c.with(c.nullRate(), type, c.optional(), c.embedded()));
		}

		/** The last column may or may not be classified as {@code type}: neither counts. */
		public Builder optional(String type) {
			CorpusColumn c = last();
			return replace(c.with(c.nullRate(), c.expected(), type, c.embedded()));
		}

		/** Some values of the last (free-text) column contain these types inside longer text. */
		public Builder embeds(String... types) {
			CorpusColumn c = last();
			Set<String> all = new LinkedHashSet<>(c.embedded());
			all.addAll(List.of(types));
			return replace(c.with(c.nullRate(), c.expected(), c.optional(), all));
		}

		/** The last column is NULL in about this share of rows. */
		public Builder sparse(double nullRate) {
			CorpusColumn c = last();
			return replace(c.with(nullRate, c.expected(), c.optional(), c.embedded()));
		}

		public CorpusTable build() {
			return new CorpusTable(name, rows, columns);
		}

		private CorpusColumn last() {
			if (columns.isEmpty()) {
				throw new IllegalStateException("add a column to " + name + " before labelling it");
			}
			return columns.getLast();
		}

		private Builder replace(CorpusColumn column) {
			columns.set(columns.size() - 1, column);
			return this;
		}
	}
}
