package io.pursight.bench.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scan benchmark's command line, with its defaults.
 *
 * @param tables      the sizes to run, in tables ({@code --tables=500,2000,8000}), each on its own database and server
 * @param generateOnly only make sure the sources exist ({@code --generate-only}), to generate them ahead of a run
 * @param parallelism connections the bare baseline samples over: by default 4 (the scan's) with {@code --api=scans},
 *                    1 with {@code --api=legacy}, whose classification samples table after table on one connection
 */
record ScanOptions(List<Integer> tables, int rows, int columns, int sample, int rounds, int warmup, String store,
		String heap, Api api, int parallelism, int generators, String host, int port, String user, String password,
		boolean drop, boolean enforce, boolean generateOnly) {

	static final String USAGE = "usage: scan --tables=2000[,8000…] [--rows=10000] [--columns=10] [--sample=1000]"
			+ " [--rounds=3] [--warmup=1] [--store=h2|postgresql] [--heap=512m] [--api=scans|legacy] [--parallelism=4]"
			+ " [--generators=2] [--host=127.0.0.1] [--port=5432] [--user=postgres] [--password=] [--drop] [--enforce]"
			+ " [--generate-only]";

	/** Which endpoints run the scan: the scan API, or discovery then classification as before it. */
	enum Api {
		SCANS, LEGACY
	}

	private static final Pattern HEAP = Pattern.compile("\\d+[kmgKMG]?");

	/** Parses {@code --name=value} arguments; throws with an empty message for {@code --help}. */
	static ScanOptions parse(String... args) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				throw new IllegalArgumentException("");
			}
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument '" + arg + "'");
			}
			int equals = arg.indexOf('=');
			values.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals), equals < 0 ? "true" : arg.substring(equals + 1));
		}
		List<Integer> tables = new ArrayList<>();
		for (String size : values.getOrDefault("tables", "2000").split(",")) {
			tables.add(intOf("tables", size.trim(), 0));
		}
		values.remove("tables");
		Api api = switch (values.getOrDefault("api", "scans").toLowerCase(Locale.ROOT)) {
			case "scans" -> Api.SCANS;
			case "legacy" -> Api.LEGACY;
			default -> throw new IllegalArgumentException("--api is scans or legacy, not '" + values.get("api") + "'");
		};
		values.remove("api");
		String store = values.getOrDefault("store", "h2").toLowerCase(Locale.ROOT);
		if (!store.equals("h2") && !store.equals("postgresql")) {
			throw new IllegalArgumentException("--store is h2 or postgresql, not '" + store + "'");
		}
		String heap = values.getOrDefault("heap", "512m");
		if (!HEAP.matcher(heap).matches()) {
			throw new IllegalArgumentException("--heap is a size such as 512m or 1g, not '" + heap + "'");
		}
		var options = new ScanOptions(List.copyOf(tables), intOf("rows", values.remove("rows"), 10_000),
				intOf("columns", values.remove("columns"), 10), intOf("sample", values.remove("sample"), 1_000),
				intOf("rounds", values.remove("rounds"), 3), intOf("warmup", values.remove("warmup"), 1), store, heap, api,
				intOf("parallelism", values.remove("parallelism"), api == Api.SCANS ? 4 : 1),
				intOf("generators", values.remove("generators"), 2), values.getOrDefault("host", "127.0.0.1"),
				intOf("port", values.remove("port"), 5432), values.getOrDefault("user", "postgres"),
				values.getOrDefault("password", ""), flag(values.remove("drop")), flag(values.remove("enforce")),
				flag(values.remove("generate-only")));
		values.keySet().removeAll(List.of("store", "heap", "host", "user", "password"));
		if (!values.isEmpty()) {
			throw new IllegalArgumentException("Unknown option(s) " + values.keySet());
		}
		if (options.tables.stream().anyMatch(t -> t < 1) || options.rows < 1 || options.sample < 1 || options.rounds < 1
				|| options.parallelism < 1 || options.generators < 1) {
			throw new IllegalArgumentException(
					"--tables, --rows, --sample, --rounds, --parallelism and --generators must be positive");
		}
		if (options.columns < 2 || options.warmup < 0) {
			throw new IllegalArgumentException("--columns must be at least 2 (the id and one more), --warmup at least 0");
		}
		return options;
	}

	private static int intOf(String name, String value, int fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
		}
	}

	private static boolean flag(String value) {
		return value != null && !value.equals("false");
	}
}
