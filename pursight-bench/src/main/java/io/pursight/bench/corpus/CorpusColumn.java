package io.pursight.bench.corpus;

import java.util.Objects;
import java.util.Set;

/**
 * One column of a corpus table with its label as a careful data steward would set it: the one type a correct
 * scan must assign ({@code expected}), a type that may or may not be assigned ({@code optional}, for honest
 * ambiguity), and the types found inside some of its free-text values ({@code embedded}). A column with none of
 * them is a negative: it must get no sensitive type.
 *
 * @param nullRate the share of rows left NULL (sparse columns), 0 to 1
 */
public record CorpusColumn(String name, SqlType type, ValueGenerator generator, double nullRate, String expected,
		String optional, Set<String> embedded) {

	public CorpusColumn {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(generator, "generator");
		embedded = Set.copyOf(embedded);
		if (nullRate < 0 || nullRate > 1) {
			throw new IllegalArgumentException("null rate of " + name + " must be in [0, 1], was " + nullRate);
		}
	}

	/** True when a scan must assign some type to this column. */
	public boolean positive() {
		return expected != null;
	}

	/** True when no type may be assigned: not expected, not optional, no embedded PII. */
	public boolean negative() {
		return expected == null && optional == null && embedded.isEmpty();
	}

	CorpusColumn with(double nullRate, String expected, String optional, Set<String> embedded) {
		return new CorpusColumn(name, type, generator, nullRate, expected, optional, embedded);
	}
}
