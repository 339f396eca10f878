package io.pursight.bench.classification;

import io.pursight.bench.corpus.CorpusLabels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One benchmark label file, or the labels of a corpus dataset: the script that loads the dataset per engine, the
 * expected type per column, the optional ones and the types embedded in free text. Column keys are compared in a
 * normal form (lower case, no underscores) so that PascalCase schemas such as Chinook on MariaDB match. The shared
 * files are read with the documented {@link LabelAmendments} applied.
 */
record DatasetLabels(String dataset, Map<String, String> loads, Map<String, String> expected,
		Map<String, String> optional, Map<String, Set<String>> embedded) {

	@SuppressWarnings("unchecked")
	static DatasetLabels read(Path file) throws IOException {
		Map<String, Object> json = (Map<String, Object>) JsonReader.parse(Files.readString(file));
		return LabelAmendments.shipped().applyTo(new DatasetLabels((String) json.get("dataset"), strings(json.get("loads")),
				normalised(json.get("expected")), normalised(json.get("optional")), Map.of()));
	}

	/** The labels of a corpus dataset, which has no load script: the corpus loader creates its tables. */
	static DatasetLabels of(CorpusLabels corpus) {
		Map<String, Set<String>> embedded = new HashMap<>();
		corpus.embedded().forEach((k, v) -> embedded.put(normalise(k), v));
		return new DatasetLabels("corpus-" + corpus.dataset(), Map.of(), normalised(corpus.expected()),
				normalised(corpus.optional()), embedded);
	}

	/** The key a column is looked up by: {@code table.column} lower-cased without underscores. */
	static String key(String table, String column) {
		return normalise(table + "." + column);
	}

	/** What the labels say the column holds. */
	AccuracyScore.Truth truth(String table, String column) {
		String key = key(table, column);
		return new AccuracyScore.Truth(expected.get(key), embedded.getOrDefault(key, Set.of()),
				optional.containsKey(key) ? Set.of(optional.get(key)) : Set.of());
	}

	private static String normalise(String key) {
		return key.replace("_", "").toLowerCase(Locale.ROOT);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> strings(Object o) {
		Map<String, String> out = new HashMap<>();
		if (o instanceof Map<?, ?> map) {
			((Map<String, Object>) map).forEach((k, v) -> out.put(k, String.valueOf(v)));
		}
		return out;
	}

	private static Map<String, String> normalised(Object o) {
		Map<String, String> out = new HashMap<>();
		strings(o).forEach((k, v) -> out.put(normalise(k), v));
		return out;
	}
}
