package io.pursight.classifier.internal.engine;

import java.util.List;

/** What the engine knows about a column apart from per-type counts. */
final class ColumnFacts {
	private final List<String> values;
	private final DataFamily family;
	private final String dataType;
	private final List<String> tableWords;
	private final int minimumSamples;
	private final DistinctValues distinct;

	/**
	 * @param values         non-null, non-blank sampled values (trimmed)
	 * @param distinct       the values that differ, with how often each occurs
	 * @param family         what the declared type can hold
	 * @param dataType       the declared type as reported
	 * @param tableWords     words of the table name, singular
	 * @param minimumSamples below this many values the values cannot decide
	 */
	ColumnFacts(List<String> values, DistinctValues distinct, DataFamily family, String dataType, List<String> tableWords,
			int minimumSamples) {
		this.values = values;
		this.distinct = distinct;
		this.family = family;
		this.dataType = dataType;
		this.tableWords = tableWords;
		this.minimumSamples = minimumSamples;
	}

	List<String> values() {
		return values;
	}

	int sampled() {
		return values.size();
	}

	int distinct() {
		return distinct.size();
	}

	/** How many distinct values the column holds, estimated so that every sample of it tells about the same. */
	double estimatedDistinct() {
		return distinct.estimatedSize();
	}

	/** Share of the sampled values that are none of the {@code k} most common. */
	double shareBeyondMostCommon(int k) {
		return distinct.shareBeyondMostCommon(k);
	}

	DataFamily family() {
		return family;
	}

	String dataType() {
		return dataType;
	}

	List<String> tableWords() {
		return tableWords;
	}

	int minimumSamples() {
		return minimumSamples;
	}

	/** Every sampled value differs, as in a code list where each row names one thing. */
	boolean allDistinct() {
		return values.size() >= 5 && distinct() == values.size();
	}
}
