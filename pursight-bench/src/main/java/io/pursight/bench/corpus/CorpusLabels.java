package io.pursight.bench.corpus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The labels of a dataset, derived from its model: expected, optional and embedded types per column key. The key
 * is {@code table.column} lower-cased without underscores, the normal form the benchmark's label files use
 * ({@code DatasetLabels.key}), so names match whatever case an engine reports.
 */
public record CorpusLabels(String dataset, Map<String, String> expected, Map<String, String> optional,
		Map<String, Set<String>> embedded) {

	public static CorpusLabels of(CorpusDataset dataset) {
		Map<String, String> expected = new HashMap<>();
		Map<String, String> optional = new HashMap<>();
		Map<String, Set<String>> embedded = new HashMap<>();
		for (CorpusTable table : dataset.tables()) {
			for (CorpusColumn c : table.columns()) {
				String key = key(table.name(), c.name());
				if (c.expected() != null) {
					expected.put(key, c.expected());
				}
				if (c.optional() != null) {
					optional.put(key, c.optional());
				}
				if (!c.embedded().isEmpty()) {
					embedded.put(key, c.embedded());
				}
			}
		}
		return new CorpusLabels(dataset.name(), Map.copyOf(expected), Map.copyOf(optional), Map.copyOf(embedded));
	}

	/** {@code table.column} lower-cased without underscores. */
	public static String key(String table, String column) {
		return (table + "." + column).replace("_", "").toLowerCase(Locale.ROOT);
	}
}
