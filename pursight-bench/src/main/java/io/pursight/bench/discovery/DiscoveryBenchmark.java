package io.pursight.bench.discovery;

import io.pursight.bench.InProcessServer;
import io.pursight.bench.PursightClient;
import io.pursight.bench.PursightClient.Discovery;

import io.pursight.bench.discovery.BareMetadataRead.Metadata;
import io.pursight.bench.discovery.SyntheticSchema.Shape;
import io.pursight.testing.DatabaseServer;
import io.pursight.testing.DatabaseServer.Kind;
import io.pursight.testing.ThrowawayDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * End-to-end discovery benchmark: PurSight discovering a synthetic PostgreSQL database of N tables
 * of ten columns (2,000 by default) through its HTTP API, against a bare JDBC read of the same
 * metadata in the same run.
 *
 * <p>It creates a throw-away database on the local PostgreSQL, starts the PurSight server in this
 * JVM, then for each round (after a warm-up round) reads the metadata bare, registers a new source
 * and discovers it twice: a first discovery (nothing of that source in the catalog: all inserts)
 * and a re-discovery (nothing changed). Interleaving the three spreads noise over all of them. It
 * reports medians, the discovery/bare ratios, the statements sent to the source, and drops every
 * database it created, also on failure.
 *
 * <pre>
 * java -jar pursight-bench/target/pursight-bench.jar discovery [--tables=2000] [--rounds=5] [--warmup=1]
 *      [--store=h2|postgresql] [--host=127.0.0.1] [--port=5432] [--user=postgres] [--password=] [--enforce]
 * </pre>
 * {@code --enforce} exits with status 1 when a target (≤ 10 s, ≤ 3× the bare read) is missed.
 */
public final class DiscoveryBenchmark {

	static final long TARGET_WALL_MILLIS = 10_000;
	static final double TARGET_RATIO = 3.0;

	/** The command line, with defaults. */
	record Options(int tables, int rounds, int warmup, String store, String host, int port, String user, String password,
			boolean enforce) {

		static Options parse(String... args) {
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
			var options = new Options(intOf(values.remove("tables"), 2_000), intOf(values.remove("rounds"), 5),
					intOf(values.remove("warmup"), 1), values.getOrDefault("store", "h2").toLowerCase(Locale.ROOT),
					values.getOrDefault("host", "127.0.0.1"), intOf(values.remove("port"), 5432),
					values.getOrDefault("user", "postgres"), values.getOrDefault("password", ""),
					Boolean.parseBoolean(values.getOrDefault("enforce", "false")));
			values.keySet().removeAll(List.of("store", "host", "user", "password", "enforce"));
			if (!values.isEmpty()) {
				throw new IllegalArgumentException("Unknown option(s) " + values.keySet());
			}
			if (options.tables < 1 || options.rounds < 1 || options.warmup < 0) {
				throw new IllegalArgumentException("--tables and --rounds must be positive, --warmup at least 0");
			}
			if (!options.store.equals("h2") && !options.store.equals("postgresql")) {
				throw new IllegalArgumentException("--store is h2 or postgresql, not '" + options.store + "'");
			}
			return options;
		}

		private static int intOf(String value, int fallback) {
			return value == null ? fallback : Integer.parseInt(value);
		}
	}

	/** One round: a bare read, a first discovery, another bare read, a re-discovery. */
	record Round(long bareMillis, long bareAgainMillis, Metadata bare, Discovery first, Discovery again) {
	}

	private DiscoveryBenchmark() {
	}

	public static void main(String... args) throws Exception {
		System.exit(run(args));
	}

	/** Runs the benchmark; returns the process exit status. */
	public static int run(String... args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			if (!e.getMessage().isEmpty()) {
				System.err.println(e.getMessage());
			}
			System.err.println("usage: discovery [--tables=2000] [--rounds=5] [--warmup=1] [--store=h2|postgresql]"
					+ " [--host=127.0.0.1] [--port=5432] [--user=postgres] [--password=] [--enforce]");
			return 2;
		}
		var postgres = new DatabaseServer(Kind.POSTGRESQL, options.host(), options.port(), options.user(), options.password());
		boolean storeOnPostgres = options.store().equals("postgresql");
		// dropped at the end, or when the JVM exits if the run is interrupted
		try (ThrowawayDatabase sourceDatabase = postgres.create("pursight_bench");
				ThrowawayDatabase storeDatabase = storeOnPostgres ? postgres.create("pursight_bench_store") : null) {
			String version = postgres.version();
			String source = sourceDatabase.name();
			print("Creating %d tables × %d columns in %s (PostgreSQL %s) ...", options.tables(), SyntheticSchema.COLUMNS, source,
					version);
			long created = System.nanoTime();
			Shape shape;
			try (Connection connection = sourceDatabase.connect()) {
				shape = SyntheticSchema.create(connection, options.tables());
			}
			print("  %d schemas, %d tables, %d views, %d columns, %d foreign keys, %d indexes in %d ms", shape.schemas(),
					shape.tables(), shape.views(), shape.columns(), shape.foreignKeys(), shape.indexes(), millisSince(created));

			Map<String, String> properties = new LinkedHashMap<>();
			String store = "H2 (embedded file)";
			if (storeOnPostgres) {
				// the driver rewrites a batch of inserts into multi-row statements: docs/configuration.md recommends it
				properties.put("spring.datasource.url", storeDatabase.url() + "?reWriteBatchedInserts=true");
				properties.put("spring.datasource.username", postgres.user());
				properties.put("spring.datasource.password", postgres.password());
				store = "PostgreSQL " + version + " (" + storeDatabase.name() + ")";
			}
			print("Starting the PurSight server in-process, metadata store %s ...", store);
			long started = System.nanoTime();
			try (var server = InProcessServer.start(properties)) {
				print("  listening on %s after %d ms", server.baseUrl(), millisSince(started));
				var client = server.adminClient();
				String workspace = client.workspaceId("default");

				var rounds = new ArrayList<Round>();
				for (int r = 1; r <= options.warmup() + options.rounds(); r++) {
					boolean warmup = r <= options.warmup();
					client.login(InProcessServer.ADMIN, server.adminPassword()); // tokens are short-lived; a long run outlives one
					long bareStart = System.nanoTime();
					Metadata bare = BareMetadataRead.read(postgres.url(source), postgres.user(), postgres.password());
					long bareMillis = millisSince(bareStart);
					String id = client.registerPostgres(workspace, "bench-" + r, postgres.host(), postgres.port(), source,
							postgres.user(), postgres.password());
					Discovery first = client.discover(workspace, id);
					long bareAgainStart = System.nanoTime();
					Metadata bareAgain = BareMetadataRead.read(postgres.url(source), postgres.user(), postgres.password());
					long bareAgainMillis = millisSince(bareAgainStart);
					Discovery again = client.discover(workspace, id);
					print("%s %d: bare %d/%d ms, first discovery %d ms (%d statements), re-discovery %d ms (%d statements)",
							warmup ? "warm-up" : "round", warmup ? r : r - options.warmup(), bareMillis, bareAgainMillis,
							first.wallMillis(), first.statementsSent(), again.wallMillis(), again.statementsSent());
					if (!warmup) {
						rounds.add(new Round(bareMillis, bareAgainMillis, bareAgain, first, again));
					}
				}
				int status = report(options, shape, store, version, rounds);
				catalogReads(client, workspace, client.get("/api/v1/workspaces/" + workspace + "/sources?size=1").path("total")
						.asLong());
				return status;
			}
		}
	}

	private static int report(Options options, Shape shape, String store, String version, List<Round> measured) {
		Metadata bare = measured.get(0).bare();
		Discovery sample = measured.get(0).first();
		List<Long> bareReads = measured.stream().flatMap(r -> Stream.of(r.bareMillis(), r.bareAgainMillis())).toList();
		long bareMedian = median(bareReads, Long::longValue);
		long firstMedian = median(measured, r -> r.first().wallMillis());
		long againMedian = median(measured, r -> r.again().wallMillis());
		double firstRatio = (double) firstMedian / bareMedian;
		double againRatio = (double) againMedian / bareMedian;

		print("");
		print("PurSight discovery benchmark");
		print("  source          PostgreSQL %s: %d schemas, %d tables × %d columns, %d views, %d foreign keys, %d indexes",
				version, shape.schemas(), shape.tables(), SyntheticSchema.COLUMNS, shape.views(), shape.foreignKeys(),
				shape.indexes());
		print("  metadata store  %s", store);
		print("  rounds          %d measured (+%d warm-up); each registers a new source, reads bare twice (%d samples)",
				measured.size(), options.warmup(), bareReads.size());
		print("  bare read saw   %d tables, %d views, %d columns, %d keys, %d indexes",
				bare.tables(), bare.views(), bare.columns().size(), bare.keys().size(), bare.indexes().size());
		print("  discovery saw   %d tables, %d views, %d columns (%d catalog assets created)",
				sample.tables(), sample.views(), sample.columns(), sample.created());
		if (sample.tables() != bare.tables() || sample.views() != bare.views() || sample.columns() != bare.columns().size()) {
			print("  WARNING: discovery and the bare read disagree on what the source holds");
		}
		print("");
		print("  %-22s %9s %9s %9s %11s %22s", "", "median", "min", "max", "statements", "server read / write");
		print("  %-22s %6d ms %6d ms %6d ms %11d %22s", "bare JDBC read", bareMedian, min(bareReads, Long::longValue),
				max(bareReads, Long::longValue), bare.statements(), "");
		print("  %-22s %6d ms %6d ms %6d ms %11d %22s", "first discovery", firstMedian, min(measured, r -> r.first().wallMillis()),
				max(measured, r -> r.first().wallMillis()), sample.statementsSent(),
				median(measured, r -> r.first().readMillis()) + " / " + median(measured, r -> r.first().writeMillis()) + " ms");
		Discovery again = measured.get(0).again();
		print("  %-22s %6d ms %6d ms %6d ms %11d %22s", "re-discovery", againMedian, min(measured, r -> r.again().wallMillis()),
				max(measured, r -> r.again().wallMillis()), again.statementsSent(),
				median(measured, r -> r.again().readMillis()) + " / " + median(measured, r -> r.again().writeMillis()) + " ms");
		print("");
		boolean wallMet = firstMedian <= TARGET_WALL_MILLIS && againMedian <= TARGET_WALL_MILLIS;
		boolean ratioMet = firstRatio <= TARGET_RATIO && againRatio <= TARGET_RATIO;
		print("  wall time       first %.1f s, re-discovery %.1f s   (target ≤ %d s: %s)", firstMedian / 1000.0,
				againMedian / 1000.0, TARGET_WALL_MILLIS / 1000, wallMet ? "met" : "MISSED");
		print("  vs bare read    first %.2f×, re-discovery %.2f×     (target ≤ %.0f×: %s)", firstRatio, againRatio, TARGET_RATIO,
				ratioMet ? "met" : "MISSED");
		print("RESULT tables=%d store=%s bare_ms=%d first_ms=%d rediscovery_ms=%d first_ratio=%.2f rediscovery_ratio=%.2f "
				+ "statements_first=%d statements_rediscovery=%d", shape.tables(), options.store(), bareMedian, firstMedian,
				againMedian, firstRatio, againRatio, sample.statementsSent(), again.statementsSent());
		return options.enforce() && !(wallMet && ratioMet) ? 1 : 0;
	}

	/**
	 * How long browsing the catalog takes once it holds every round's source: listings of
	 * relations page in SQL; listings that may hold columns read the candidate relations
	 * (docs/adr/0001). Every table here has a column named {@code email}, the worst case.
	 */
	private static void catalogReads(PursightClient client, String workspace, long sources) throws Exception {
		String assets = "/api/v1/workspaces/" + workspace + "/assets";
		JsonNode table = client.get(assets + "?type=TABLE&name=t_0001&size=1").path("items").get(0);
		String source = table.path("sourceId").asString();
		String tableId = table.path("id").asString();
		String columnId = client.get(assets + "/" + tableId).path("columns").get(3).path("id").asString();
		Map<String, String> reads = new LinkedHashMap<>();
		reads.put("tables of a source, a page of 50", assets + "?sourceId=" + source + "&type=TABLE&size=50");
		reads.put("a table with its columns", assets + "/" + tableId);
		reads.put("a column by id", assets + "/" + columnId);
		reads.put("columns of a table", assets + "?parentId=" + tableId);
		reads.put("'email' columns of a source, page of 50", assets + "?sourceId=" + source + "&type=COLUMN&name=email&size=50");
		reads.put("'email' columns of all sources", assets + "?type=COLUMN&name=email&size=50");
		print("");
		print("  catalog reads   (%d sources like this one in the workspace; median of 11 after 3 warm-ups)", sources);
		for (var read : reads.entrySet()) {
			List<Long> millis = new ArrayList<>();
			long total = 0;
			for (int i = 0; i < 14; i++) {
				long started = System.nanoTime();
				JsonNode answer = client.get(read.getValue());
				if (i >= 3) {
					millis.add(millisSince(started));
				}
				total = answer.path("total").asLong(-1);
			}
			print("  %-42s %6d ms%s", read.getKey(), median(millis, Long::longValue), total < 0 ? "" : "  (" + total + " found)");
		}
	}

	private static <T> long median(List<T> values, ToLongFunction<T> metric) {
		long[] sorted = values.stream().mapToLong(metric).sorted().toArray();
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static <T> long min(List<T> values, ToLongFunction<T> metric) {
		return values.stream().mapToLong(metric).min().orElseThrow();
	}

	private static <T> long max(List<T> values, ToLongFunction<T> metric) {
		return values.stream().mapToLong(metric).max().orElseThrow();
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}


	private static void print(String format, Object... arguments) {
		System.out.println(String.format(Locale.ROOT, format, arguments));
	}

}
