package io.pursight.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The corpus's own value lists under {@code resources/corpus/}: tab-separated lines, {@code #} comments and
 * blank lines skipped. Read once and kept: they are small.
 */
final class ResourceLists {
	private static final Map<String, List<String[]>> CACHE = new ConcurrentHashMap<>();

	private ResourceLists() {
	}

	/** The rows of {@code corpus/<file>}, each split at tabs; never empty. */
	static List<String[]> rows(String file) {
		return CACHE.computeIfAbsent(file, ResourceLists::read);
	}

	/** A one-value-per-line list: the first field of every row. */
	static List<String> lines(String file) {
		return rows(file).stream().map(r -> r[0]).toList();
	}

	private static List<String[]> read(String file) {
		String path = "/corpus/" + file;
		try (InputStream in = ResourceLists.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + path);
			}
			List<String[]> out = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					out.add(line.split("\t", -1));
				}
			}
			if (out.isEmpty()) {
				throw new IllegalStateException(path + " is empty");
			}
			return List.copyOf(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read " + path, e);
		}
	}
}
