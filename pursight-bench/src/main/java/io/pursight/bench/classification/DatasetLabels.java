package io.pursight.bench.classification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One benchmark label file: the script that loads the dataset per engine, the expected type
 * per column and the optional ones. Column keys are compared in a normal form (lower case,
 * no underscores) so that PascalCase schemas such as Chinook on MariaDB match. The shared files are
 * read with the documented {@link LabelAmendments} applied.
 */
record DatasetLabels(String dataset, Map<String, String> loads, Map<String, String> expected,
		Map<String, String> optional) {

	@SuppressWarnings("unchecked")
	static DatasetLabels read(Path file) throws IOException {
		Map<String, Object> json = (Map<String, Object>) JsonReader.parse(Files.readString(file));
		return LabelAmendments.shipped().applyTo(new DatasetLabels((String) json.get("dataset"), strings(json.get("loads")),
				normalised(json.get("expected")), normalised(json.get("optional"))));
	}

	/** The key a column is looked up by: {@code table.column} lower-cased without underscores. */
	static String key(String table, String column) {
		return normalise(table + "." + column);
	}

	String expectedType(String table, String column) {
		return expected.get(key(table, column));
	}

	String optionalType(String table, String column) {
		return optional.get(key(table, column));
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
