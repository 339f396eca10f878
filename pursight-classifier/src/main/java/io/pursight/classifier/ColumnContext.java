package io.pursight.classifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything the classifier may look at for one column: its name and table, its declared
 * data type, its comment, sampled values and statistics.
 *
 * @param columnName  as the database spells it; never null
 * @param tableName   as the database spells it; empty when unknown
 * @param dataType    the declared type as the database reports it ({@code varchar(40)}, {@code int4}); empty when unknown
 * @param comment     the column comment; empty when none
 * @param samples     sampled values as text; nulls are allowed and count as null values
 * @param statistics  what the scanner measured; {@link ColumnStatistics#UNKNOWN} when nothing
 * @param regionHints ISO 3166 alpha-2 codes that values of this table likely come from
 *                    (e.g. from a sibling country column); used to parse national phone numbers
 * @param siblingColumns names of the other columns of the table; they tell whether a generic
 *                    name such as {@code region} belongs to a postal address
 */
public record ColumnContext(String columnName, String tableName, String dataType, String comment,
		List<String> samples, ColumnStatistics statistics, List<String> regionHints, List<String> siblingColumns) {

	public ColumnContext {
		Objects.requireNonNull(columnName, "columnName");
		tableName = tableName == null ? "" : tableName;
		dataType = dataType == null ? "" : dataType;
		comment = comment == null ? "" : comment;
		samples = samples == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(samples));
		statistics = statistics == null ? ColumnStatistics.UNKNOWN : statistics;
		regionHints = regionHints == null ? List.of() : List.copyOf(regionHints);
		siblingColumns = siblingColumns == null ? List.of() : List.copyOf(siblingColumns);
	}

	/** A column known by name only. */
	public static ColumnContext of(String columnName, List<String> samples) {
		return builder(columnName).samples(samples).build();
	}

	public static Builder builder(String columnName) {
		return new Builder(columnName);
	}

	/** A copy with other region hints. */
	public ColumnContext withRegionHints(List<String> hints) {
		return new ColumnContext(columnName, tableName, dataType, comment, samples, statistics, hints, siblingColumns);
	}

	/** Step-by-step construction; every field but the column name is optional. */
	public static final class Builder {
		private final String columnName;
		private String tableName = "";
		private String dataType = "";
		private String comment = "";
		private List<String> samples = List.of();
		private ColumnStatistics statistics = ColumnStatistics.UNKNOWN;
		private List<String> regionHints = List.of();
		private List<String> siblingColumns = List.of();

		private Builder(String columnName) {
			this.columnName = Objects.requireNonNull(columnName, "columnName");
		}

		public Builder table(String tableName) {
			this.tableName = tableName;
			return this;
		}

		public Builder dataType(String dataType) {
			this.dataType = dataType;
			return this;
		}

		public Builder comment(String comment) {
			this.comment = comment;
			return this;
		}

		public Builder samples(List<String> samples) {
			this.samples = samples;
			return this;
		}

		public Builder samples(String... samples) {
			this.samples = java.util.Arrays.asList(samples);
			return this;
		}

		public Builder statistics(ColumnStatistics statistics) {
			this.statistics = statistics;
			return this;
		}

		public Builder regionHints(List<String> regionHints) {
			this.regionHints = regionHints;
			return this;
		}

		public Builder siblingColumns(List<String> siblingColumns) {
			this.siblingColumns = siblingColumns;
			return this;
		}

		public ColumnContext build() {
			return new ColumnContext(columnName, tableName, dataType, comment, samples, statistics, regionHints,
					siblingColumns);
		}
	}
}
