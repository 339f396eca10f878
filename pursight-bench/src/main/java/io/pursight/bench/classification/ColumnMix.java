package io.pursight.bench.classification;

import io.pursight.classifier.ColumnContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed, realistic workload for throughput measurements: the synthetic labelled columns
 * (every type, names, ids, amounts, dates, free text), generated with the same number of
 * fresh values each (nulls dropped and topped up), so that one pass classifies exactly
 * {@link #VALUES} values. Values repeat only as they would in data (countries, statuses),
 * never by copying a column's sample.
 */
final class ColumnMix {
	static final int COLUMNS = 190;
	static final int VALUES_PER_COLUMN = 250;
	static final int VALUES = COLUMNS * VALUES_PER_COLUMN;

	private ColumnMix() {
	}

	static List<ColumnContext> build() {
		List<ColumnContext> out = new ArrayList<>(COLUMNS);
		for (SyntheticColumns.LabelledColumn labelled : SyntheticColumns.generate(42L, VALUES_PER_COLUMN + 60)) {
			ColumnContext c = labelled.column();
			List<String> source = c.samples().stream().filter(v -> v != null && !v.isBlank()).toList();
			if (source.size() < VALUES_PER_COLUMN) {
				continue; // tiny and empty tables say little about throughput
			}
			List<String> values = new ArrayList<>(source.subList(0, VALUES_PER_COLUMN));
			out.add(ColumnContext.builder(c.columnName()).table(c.tableName()).dataType(c.dataType()).comment(c.comment())
					.samples(values).build());
			if (out.size() == COLUMNS) {
				return out;
			}
		}
		throw new IllegalStateException("the synthetic set has fewer than " + COLUMNS + " usable columns");
	}
}
