package io.pursight.bench.scan;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

import io.pursight.bench.HeapSampler;
import io.pursight.bench.InProcessServer;
import io.pursight.bench.PursightClient;
import io.pursight.bench.ServerProcess;
import io.pursight.bench.ServerProcess.GcPeaks;
import io.pursight.bench.scan.ScanDatabase.Shape;
import io.pursight.bench.scan.ScanDriver.Scan;
import io.pursight.bench.scan.ScanOptions.Api;
import io.pursight.testing.DatabaseServer;
import io.pursight.testing.DatabaseServer.Kind;
import io.pursight.testing.ThrowawayDatabase;

/**
 * End-to-end scan benchmark (issue 9): a full scan of a synthetic PostgreSQL source (discovery,
 * sampling, classification, profiling, catalog write) through the HTTP API, against the floor
 * measured in the same run: {@link BareScan}, the same metadata and the same samples read over
 * plain JDBC. Then an incremental re-scan with nothing changed.
 *
 * <p>For each size of {@code --tables}: make sure the source exists ({@link ScanDatabase}, kept
 * between runs), start the server in a JVM of its own with {@code -Xmx} of {@code --heap} and
 * follow its heap ({@link HeapSampler}, GC log), then per round read the floor, register a new
 * source, scan it fully and, with the scan API, scan it again incrementally. Warm-up rounds are
 * printed, not counted. Reports medians, the ratio to the floor, the time per 1,000 columns (across
 * sizes, to show the cost grows linearly), the incremental/full ratio and the heap's peak.
 *
 * <pre>
 * java -jar pursight-bench/target/pursight-bench.jar scan --tables=2000[,…] [--rows=10000] [--columns=10]
 *      [--sample=1000] [--rounds=3] [--warmup=1] [--store=h2|postgresql] [--heap=512m] [--api=scans|legacy]
 *      [--parallelism=4] [--generators=2] [--drop] [--enforce] [--generate-only]
 * </pre>
 * {@code --generate-only} makes sure the sources exist and stops; {@code --drop} drops them at the
 * end; {@code --enforce} exits with status 1 when a target is missed.
 */
public final class ScanBenchmark {

	static final double TARGET_RATIO = 2.0;
	static final long TARGET_WALL_MILLIS = 60_000;
	static final double TARGET_INCREMENTAL = 0.10;
	static final long TARGET_HEAP_BYTES = 512L << 20;
	/**
	 * How often the server's heap is read over HTTP. Each read costs the server (a request, the whole Prometheus
	 * text) on the two cores it shares with the source; the GC log gives the true peak anyway.
	 */
	static final Duration HEAP_SAMPLING = Duration.ofSeconds(1);

	/** One measured round. */
	record Round(BareScan.Result bare, Scan full, long fullHeap, Scan incremental, long incrementalHeap) {
	}

	/** What one size gave, for the scaling table. */
	record SizeResult(Shape shape, long bareMillis, long fullMillis, long incrementalMillis, long heapBytes, boolean met) {

		int columns() {
			return shape.tables() * shape.columns();
		}
	}

	private ScanBenchmark() {
	}

	public static void main(String... args) throws Exception {
		System.exit(run(args));
	}

	/** Runs the benchmark; returns the process exit status. */
	public static int run(String... args) throws Exception {
		ScanOptions options;
		try {
			options = ScanOptions.parse(args);
		}
		catch (IllegalArgumentException e) {
			if (!e.getMessage().isEmpty()) {
				System.err.println(e.getMessage());
			}
			System.err.println(ScanOptions.USAGE);
			return 2;
		}
		var postgres = new DatabaseServer(Kind.POSTGRESQL, options.host(), options.port(), options.user(), options.password());
		print("PurSight scan benchmark: PostgreSQL %s, %d processors, JDK %s, API %s", postgres.version(),
				Runtime.getRuntime().availableProcessors(), Runtime.version(), options.api().name().toLowerCase(Locale.ROOT));
		if (options.generateOnly()) {
			for (int tables : options.tables()) {
				generate(options, postgres, new Shape(tables, options.rows(), options.columns()));
			}
			return 0;
		}
		var results = new ArrayList<SizeResult>();
		try {
			for (int tables : options.tables()) {
				results.add(size(options, postgres, new Shape(tables, options.rows(), options.columns())));
			}
		}
		finally {
			if (options.drop()) {
				options.tables().forEach(t -> postgres.drop(new Shape(t, options.rows(), options.columns()).database()));
				print("Dropped the generated sources");
			}
		}
		if (results.size() > 1) {
			scaling(results);
		}
		return options.enforce() && results.stream().anyMatch(r -> !r.met()) ? 1 : 0;
	}

	/** Makes sure the source of {@code shape} exists; prints how long generating it took and its size. */
	private static void generate(ScanOptions options, DatabaseServer postgres, Shape shape) throws Exception {
		String database = shape.database();
		print("");
		print("Source %s: %,d tables × %d columns × %,d rows ...", database, shape.tables(), shape.columns(), shape.rows());
		long generation = System.nanoTime();
		boolean generated = ScanDatabase.ensure(postgres, database, shape, options.generators(), ScanBenchmark::print);
		print("  %s in %.1f s; %s on disk, %,d MB left on the working directory's file system",
				generated ? "generated (" + options.generators() + " connections)" : "reused (same shape)",
				millisSince(generation) / 1000.0, databaseSize(postgres, database),
				new File(System.getProperty("user.dir")).getUsableSpace() >> 20);
	}

	private static SizeResult size(ScanOptions options, DatabaseServer postgres, Shape shape) throws Exception {
		generate(options, postgres, shape);
		boolean storeOnPostgres = options.store().equals("postgresql");
		try (ThrowawayDatabase storeDatabase = storeOnPostgres ? postgres.create("pursight_bench_store") : null) {
			Map<String, String> properties = new LinkedHashMap<>();
			String store = "H2 (embedded file)";
			if (storeDatabase != null) {
				properties.put("spring.datasource.url", storeDatabase.url() + "?reWriteBatchedInserts=true");
				properties.put("spring.datasource.username", postgres.user());
				properties.put("spring.datasource.password", postgres.password());
				store = "PostgreSQL (" + storeDatabase.name() + ")";
			}
			long starting = System.nanoTime();
			try (var server = ServerProcess.start(options.heap(), properties);
					var heap = new HeapSampler(server.baseUrl(), HEAP_SAMPLING)) {
				print("Server: own JVM -Xmx%s, metadata store %s, listening on %s after %d ms", options.heap(), store,
						server.baseUrl(), millisSince(starting));
				try {
					return rounds(options, postgres, shape, store, server, heap);
				}
				catch (Exception | Error e) {
					print("FAILED at %,d tables with -Xmx%s: %s", shape.tables(), options.heap(), e.getMessage());
					server.printLog();
					throw e;
				}
			}
		}
	}

	private static SizeResult rounds(ScanOptions options, DatabaseServer postgres, Shape shape, String store,
			ServerProcess server, HeapSampler heap) throws Exception {
		String database = shape.database();
		PursightClient client = server.adminClient();
		String workspace = client.workspaceId("default");
		var driver = new ScanDriver(client, server, workspace, options.api(), options.sample());
		String incrementalRuleSet = null;
		if (options.api() == Api.SCANS) {
			incrementalRuleSet = driver.createIncrementalRuleSet();
		}
		else {
			print("Legacy API: discovery then classification; no incremental re-scan (it needs the scan API and"
					+ " incremental rule sets)");
		}
		var measured = new ArrayList<Round>();
		for (int r = 1; r <= options.warmup() + options.rounds(); r++) {
			boolean warmup = r <= options.warmup();
			client.login(InProcessServer.ADMIN, server.adminPassword());
			var bare = BareScan.run(postgres.url(database), postgres.user(), postgres.password(), options.sample(),
					options.parallelism());
			String source = client.registerPostgres(workspace, "bench-scan-" + r, postgres.host(), postgres.port(), database,
					postgres.user(), postgres.password());
			heap.takeWindowMax();
			Scan full = driver.full(source);
			long fullHeap = heap.takeWindowMax();
			Scan incremental = incrementalRuleSet == null ? null : driver.incremental(source, incrementalRuleSet);
			long incrementalHeap = heap.takeWindowMax();
			print("%s %d: floor %,d ms (metadata %d ms, %,d rows); full scan %,d ms (server %,d ms, %,d objects, %d failed,"
					+ " %,d columns, %,d rows; heap ≤ %d MB)%s; %s", warmup ? "warm-up" : "round",
					warmup ? r : r - options.warmup(), bare.millis(), bare.metadataMillis(), bare.rowsSampled(),
					full.wallMillis(), full.serverMillis(), full.objects(), full.objectsFailed(), full.columns(),
					full.rowsSampled(), fullHeap >> 20, incremental == null ? "" : String.format(Locale.ROOT,
							"; incremental %,d ms (heap ≤ %d MB)", incremental.wallMillis(), incrementalHeap >> 20),
					full.detail());
			if (!warmup) {
				if (measured.isEmpty()) {
					LabelCheck.print(client, workspace, source, shape, ScanBenchmark::print);
				}
				measured.add(new Round(bare, full, fullHeap, incremental, incrementalHeap));
			}
		}
		return report(options, shape, store, server, heap, measured);
	}

	private static SizeResult report(ScanOptions options, Shape shape, String store, ServerProcess server,
			HeapSampler heap, List<Round> rounds) {
		int columns = shape.tables() * shape.columns();
		long bare = median(rounds, r -> r.bare().millis());
		long full = median(rounds, r -> r.full().wallMillis());
		boolean incrementalRun = rounds.get(0).incremental() != null;
		long incremental = incrementalRun ? median(rounds, r -> r.incremental().wallMillis()) : -1;
		long fullHeap = rounds.stream().mapToLong(Round::fullHeap).max().orElse(0);
		GcPeaks gc = server.gcPeaks();
		long peak = Math.max(heap.overallMax(), gc.maxBeforeBytes());
		double ratio = (double) full / bare;
		print("");
		print("Scan benchmark: %,d tables × %d columns × %,d rows (%,d columns), PostgreSQL source %s", shape.tables(),
				shape.columns(), shape.rows(), columns, shape.database());
		print("  server          own JVM, -Xmx%s, metadata store %s, API %s, sample %,d rows a table", options.heap(),
				store, options.api().name().toLowerCase(Locale.ROOT), options.sample());
		print("  floor           in the harness: 5 pg_catalog queries + TableSampler over %d connection(s), nothing else",
				options.parallelism());
		print("  rounds          %d measured (+%d warm-up), medians below", rounds.size(), options.warmup());
		print("");
		print("  %-22s %9s %9s %9s %18s", "", "median", "min", "max", "per 1,000 columns");
		line("floor (bare JDBC)", rounds, r -> r.bare().millis(), columns);
		line(options.api() == Api.SCANS ? "full scan" : "discover + classify", rounds, r -> r.full().wallMillis(), columns);
		if (incrementalRun) {
			line("incremental re-scan", rounds, r -> r.incremental().wallMillis(), columns);
		}
		print("");
		print("  server heap     max sampled %d MB during full scans, %d MB overall (%d samples every %d ms);"
				+ " GC log: %d MB before a collection at most, %d MB after, %d pauses", fullHeap >> 20,
				heap.overallMax() >> 20, heap.samples(), HEAP_SAMPLING.toMillis(), gc.maxBeforeBytes() >> 20,
				gc.maxAfterBytes() >> 20, gc.pauses());
		boolean ratioMet = ratio <= TARGET_RATIO;
		boolean wallMet = full <= TARGET_WALL_MILLIS;
		boolean heapMet = peak <= TARGET_HEAP_BYTES;
		print("  vs the floor    %.2f×   (target ≤ %.1f×: %s)", ratio, TARGET_RATIO, ratioMet ? "met" : "MISSED");
		print("  wall time       %.1f s  (target ≤ %d s: %s)", full / 1000.0, TARGET_WALL_MILLIS / 1000,
				wallMet ? "met" : "MISSED");
		print("  heap            %d MB at most (target ≤ 512 MB: %s)", peak >> 20, heapMet ? "met" : "MISSED");
		boolean incrementalMet = true;
		if (incrementalRun) {
			double share = (double) incremental / full;
			incrementalMet = share <= TARGET_INCREMENTAL;
			print("  incremental     %.1f %% of the full scan (target ≤ %.0f %%: %s)", 100 * share, 100 * TARGET_INCREMENTAL,
					incrementalMet ? "met" : "MISSED");
		}
		print("RESULT tables=%d columns=%d rows=%d api=%s store=%s parallelism=%d floor_ms=%d full_ms=%d ratio=%.2f"
				+ " incremental_ms=%d full_ms_per_1000_columns=%.1f heap_mb=%d", shape.tables(), columns, shape.rows(),
				options.api().name().toLowerCase(Locale.ROOT), options.store(), options.parallelism(), bare, full, ratio,
				incremental, full * 1000.0 / columns, peak >> 20);
		return new SizeResult(shape, bare, full, incremental, peak, ratioMet && wallMet && heapMet && incrementalMet);
	}

	private static void scaling(List<SizeResult> results) {
		print("");
		print("Scaling (medians; time per 1,000 columns should stay flat if the cost grows linearly)");
		print("  %8s %9s %11s %11s %13s %13s %7s %11s", "tables", "columns", "floor", "full", "floor/1k col",
				"full/1k col", "ratio", "incremental");
		for (SizeResult r : results) {
			print("  %,8d %,9d %8.1f s %8.1f s %10.1f ms %10.1f ms %6.2f× %11s", r.shape().tables(), r.columns(),
					r.bareMillis() / 1000.0, r.fullMillis() / 1000.0, r.bareMillis() * 1000.0 / r.columns(),
					r.fullMillis() * 1000.0 / r.columns(), (double) r.fullMillis() / r.bareMillis(),
					r.incrementalMillis() < 0 ? "-" : String.format(Locale.ROOT, "%.1f s", r.incrementalMillis() / 1000.0));
		}
	}

	private static void line(String label, List<Round> rounds, ToLongFunction<Round> metric, int columns) {
		long median = median(rounds, metric);
		print("  %-22s %6d ms %6d ms %6d ms %15.1f ms", label, median, rounds.stream().mapToLong(metric).min().orElseThrow(),
				rounds.stream().mapToLong(metric).max().orElseThrow(), median * 1000.0 / columns);
	}

	private static String databaseSize(DatabaseServer postgres, String database) throws Exception {
		try (Connection connection = postgres.connect(null);
				PreparedStatement query = connection.prepareStatement("SELECT pg_size_pretty(pg_database_size(?))")) {
			query.setString(1, database);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	static <T> long median(List<T> values, ToLongFunction<T> metric) {
		long[] sorted = values.stream().mapToLong(metric).sorted().toArray();
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	static void print(String format, Object... arguments) {
		System.out.println(String.format(Locale.ROOT, format, arguments));
	}
}
