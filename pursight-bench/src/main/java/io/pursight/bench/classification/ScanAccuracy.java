package io.pursight.bench.classification;

import io.pursight.bench.InProcessServer;
import io.pursight.bench.PursightClient;
import io.pursight.bench.PursightClient.Classification;
import io.pursight.bench.PursightClient.ColumnLabel;
import io.pursight.bench.corpus.Corpus;
import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ColumnClassifier;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.TypeMatch;
import io.pursight.testing.DatabaseServer;
import io.pursight.testing.ThrowawayDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Classification accuracy through a real scan: the metric of {@code shared/benchmarks/classification/README.md}
 * measured on what the PurSight server itself applies, not on the classifier library called directly.
 *
 * <p>It starts the server once in this JVM (temporary data directory, no demo data), then for each dataset loads
 * it into a throw-away database of the local PostgreSQL or MariaDB, registers that database as a source, discovers
 * and classifies it with the default settings through the REST API, reads the labels back from
 * {@code classified-columns} and scores the APPLIED ones per {@code table.column} (PascalCase MariaDB names are
 * matched as the labels file says: without underscores, case-insensitively). Unless {@code --no-compare}, it also
 * samples the same database with plain JDBC and runs the classifier directly, as {@link ClassificationAccuracy}
 * does, and lists every column where the two paths applied different types. Every database is dropped at the end,
 * also on failure.
 *
 * <pre>
 * java -jar pursight-bench/target/pursight-bench.jar accuracy [--shared=DIR] [--no-compare] [--enforce]
 *      [chinook-postgresql|chinook-mariadb|northwind-postgresql|corpus-&lt;dataset&gt;-&lt;engine&gt;|corpus|all]...
 * </pre>
 * {@code corpus} stands for every dataset of {@link Corpus} on PostgreSQL and MariaDB, {@code all} for the sample
 * databases and the corpus; without a target the sample databases are scanned.
 * {@code --enforce} exits with status 1 when a dataset misses precision 0.97 or recall 0.95.
 */
public final class ScanAccuracy {

	static final List<String> DATASETS = List.of("chinook-postgresql", "chinook-mariadb", "northwind-postgresql");

	/** What one dataset's scan gave: the score, the applied types per column key, and the classify report. */
	private record Outcome(AccuracyScore score, Map<String, TreeSet<String>> appliedByColumn,
			Map<String, TreeSet<String>> directByColumn, Map<String, String> columnNames, Classification report, List<String> notes) {
	}

	private ScanAccuracy() {
	}

	public static void main(String... args) throws Exception {
		System.exit(run(args));
	}

	/** Runs the harness; returns the process exit status. */
	public static int run(String... args) throws Exception {
		Path shared = null; // the default is looked up after the arguments, so --shared works without it
		boolean compare = true;
		boolean enforce = false;
		List<String> targets = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--shared=")) {
				shared = Path.of(arg.substring("--shared=".length()));
			} else if (arg.equals("--shared") && i + 1 < args.length) {
				shared = Path.of(args[++i]);
			} else if (arg.equals("--no-compare")) {
				compare = false;
			} else if (arg.equals("--enforce")) {
				enforce = true;
			} else if (arg.equals("all") || arg.equals(LabelledDatabase.CORPUS) || DATASETS.contains(arg)
					|| Corpus.targets().contains(arg)) {
				targets.add(arg);
			} else {
				System.err.println((arg.equals("--help") || arg.equals("-h") ? "" : "Unexpected argument '" + arg + "'\n")
						+ "usage: accuracy [--shared=DIR] [--no-compare] [--enforce] [" + String.join("|", DATASETS)
						+ "|corpus-<dataset>-<engine>|corpus|all]...");
				return 2;
			}
		}
		targets = targets.isEmpty() ? DATASETS : LabelledDatabase.expand(targets, DATASETS);
		Path sharedDirectory = shared; // looked up only when a target reads the shared folder
		Supplier<Path> sharedFolder = () -> sharedDirectory == null ? ClassificationAccuracy.defaultSharedDirectory()
				: sharedDirectory;

		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		print("Starting the PurSight server in-process (demo disabled) ...");
		long started = System.nanoTime();
		try (var server = InProcessServer.start(Map.of())) {
			print("  listening on %s after %d ms", server.baseUrl(), millisSince(started));
			PursightClient client = server.adminClient();
			ColumnClassifier direct = compare ? ColumnClassifier.withDefaults() : null;
			for (String target : targets) {
				client.login(InProcessServer.ADMIN, server.adminPassword()); // tokens are short-lived; a long run outlives one
				String workspace = client.workspaceId("default");
				outcomes.put(target, scan(client, workspace, sharedFolder, target, direct));
			}
		}
		return report(outcomes, compare, enforce);
	}

	private static Outcome scan(PursightClient client, String workspace, Supplier<Path> shared, String target,
			ColumnClassifier direct) throws Exception {
		try (LabelledDatabase labelled = LabelledDatabase.open(target, shared)) {
			ThrowawayDatabase db = labelled.db();
			DatabaseServer server = db.server();
			DatasetLabels labels = labelled.labels();
			long loaded = labelled.loadMillis();
			Map<String, String> columnNames = columns(db); // key -> table.column as the database spells it
			String source = client.registerSource(workspace, "accuracy-" + target, server.kind().name(), server.host(),
					server.port(), db.name(), server.user(), server.password());
			long discoverStart = System.nanoTime();
			int discovered = client.discoverColumns(workspace, source);
			long discoverMillis = millisSince(discoverStart);
			Classification report = client.classify(workspace, source);
			List<ColumnLabel> effective = client.classifiedColumns(workspace, source);
			List<ColumnLabel> all = client.classifications(workspace, source);

			Map<String, TreeSet<String>> appliedByColumn = new TreeMap<>();
			Map<String, List<AccuracyScore.Applied>> applied = new TreeMap<>();
			for (ColumnLabel label : effective) {
				if (!label.status().equals("APPLIED")) {
					continue; // APPROVED cannot occur in a fresh workspace; only automatic labels count anyway
				}
				String key = DatasetLabels.key(label.table(), label.column());
				applied.computeIfAbsent(key, k -> new ArrayList<>())
						.add(new AccuracyScore.Applied(label.typeId(), label.embedded(), describe(label)));
				appliedByColumn.computeIfAbsent(key, k -> new TreeSet<>())
						.add(AccuracyScore.key(label.typeId(), label.embedded()));
			}
			Map<String, String> otherLabels = new TreeMap<>(); // key|type -> a non-applied label, to explain FNs
			List<String> notes = new ArrayList<>(); // neither TP, FP nor FN: applied optional types, pending labels
			for (ColumnLabel label : all) {
				String column = label.table() + "." + label.column();
				if (label.status().equals("APPLIED")
						&& labels.truth(label.table(), label.column()).optional().contains(label.typeId())) {
					notes.add(String.format(Locale.ROOT, "optional applied %-18s %-34s %s", label.typeId(), column,
							describe(label)));
				} else if (!label.status().equals("APPLIED")) {
					notes.add(String.format(Locale.ROOT, "%-16s %-18s %-34s %s", label.status(), label.typeId(), column,
							describe(label)));
					otherLabels.put(DatasetLabels.key(label.table(), label.column()) + "|" + label.typeId(),
							label.status() + " " + describe(label));
				}
			}
			for (String key : applied.keySet()) {
				if (!columnNames.containsKey(key)) {
					print("  WARNING: %s has labels but is not a column the JDBC metadata lists", key);
					columnNames.put(key, key);
				}
			}

			AccuracyScore score = new AccuracyScore();
			for (Map.Entry<String, String> column : columnNames.entrySet()) {
				String key = column.getKey();
				String[] parts = column.getValue().split("\\.", 2);
				score.record(column.getValue(), labels.truth(parts[0], parts[1]), applied.getOrDefault(key, List.of()),
						type -> otherLabels.get(key + "|" + type));
			}

			Map<String, TreeSet<String>> directByColumn = null;
			if (direct != null) {
				directByColumn = new TreeMap<>();
				for (List<ColumnContext> table : ColumnSampler.sample(db).values()) {
					for (ClassificationResult r : direct.classifyTable(table)) {
						TreeSet<String> types = r.applied().stream().map(m -> AccuracyScore.key(m.typeId(), m.isEmbedded()))
								.collect(Collectors.toCollection(TreeSet::new));
						if (!types.isEmpty()) {
							directByColumn.put(DatasetLabels.key(r.tableName(), r.columnName()), types);
						}
					}
				}
			}
			print("%s: loaded in %d ms; discovered %d columns in %d ms; classified %d tables / %d columns in %d ms "
					+ "(%d rows sampled): %d applied, %d pending review", target, loaded, discovered, discoverMillis,
					report.tables(), report.columnsClassified(), report.wallMillis(), report.rowsSampled(), report.applied(),
					report.pending());
			return new Outcome(score, appliedByColumn, directByColumn, columnNames, report, notes);
		}
	}

	/** {@code table.column} of every column of the database's base tables, keyed as {@link DatasetLabels#key}. */
	private static Map<String, String> columns(ThrowawayDatabase db) throws SQLException {
		try (Connection connection = db.connect()) {
			return columns(db, connection.getMetaData());
		}
	}

	private static Map<String, String> columns(ThrowawayDatabase db, DatabaseMetaData meta) throws SQLException {
		String catalog = db.server().kind() == DatabaseServer.Kind.MARIADB ? db.name() : null;
		String schema = db.server().kind() == DatabaseServer.Kind.POSTGRESQL ? "public" : null;
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME"));
			}
		}
		Map<String, String> out = new TreeMap<>();
		for (String table : tables) {
			try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
				while (rs.next()) {
					String column = rs.getString("COLUMN_NAME");
					out.put(DatasetLabels.key(table, column), table + "." + column);
				}
			}
		}
		return out;
	}

	private static int report(Map<String, Outcome> outcomes, boolean compared, boolean enforce) {
		AccuracyScore overall = new AccuracyScore();
		boolean met = true;
		print("");
		print("PurSight classification accuracy through the server (register, discover, classify; APPLIED labels only)");
		for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
			AccuracyScore s = e.getValue().score();
			overall.add(s);
			System.out.println(s.summary(e.getKey()));
			met &= s.precision() >= ClassificationAccuracy.TARGET_PRECISION
					&& s.recall() >= ClassificationAccuracy.TARGET_RECALL;
		}
		System.out.println(overall.summary("overall"));
		for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
			print("");
			print("per type (%s):", e.getKey());
			System.out.print(e.getValue().score().perTypeTable());
		}
		print("");
		print("per type (all datasets):");
		System.out.print(overall.perTypeTable());
		print("");
		print("mistakes:");
		int mistakes = 0;
		for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
			for (AccuracyScore.Mistake m : e.getValue().score().mistakes()) {
				mistakes++;
				print("  %-21s %s %-20s %-34s %s", e.getKey(), m.kind(), m.type(), m.column(), m.explanation());
			}
		}
		if (mistakes == 0) {
			print("  none");
		}
		print("");
		print("not scored (optional types applied, labels left for review):");
		for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
			e.getValue().notes().forEach(note -> print("  %-21s %s", e.getKey(), note));
		}
		if (compared) {
			print("");
			print("server path vs direct path (JDBC sample of 500 non-null values + ColumnClassifier.withDefaults()):");
			int differences = 0;
			for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
				Outcome o = e.getValue();
				var keys = new TreeSet<String>(o.appliedByColumn().keySet());
				keys.addAll(o.directByColumn().keySet());
				for (String key : keys) {
					TreeSet<String> server = o.appliedByColumn().getOrDefault(key, new TreeSet<>());
					TreeSet<String> direct = o.directByColumn().getOrDefault(key, new TreeSet<>());
					if (!Objects.equals(server, direct)) {
						differences++;
						print("  %-21s %-34s server %-30s direct %s", e.getKey(), o.columnNames().getOrDefault(key, key),
								server.isEmpty() ? "-" : String.join(",", server),
								direct.isEmpty() ? "-" : String.join(",", direct));
					}
				}
			}
			if (differences == 0) {
				print("  no column differs: both paths applied the same types");
			}
		}
		print("");
		print("targets (precision >= %.2f, recall >= %.2f on every dataset): %s", ClassificationAccuracy.TARGET_PRECISION,
				ClassificationAccuracy.TARGET_RECALL, met ? "met" : "NOT met");
		for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
			AccuracyScore s = e.getValue().score();
			print("RESULT dataset=%s path=server precision=%.4f recall=%.4f", e.getKey(), s.precision(), s.recall());
		}
		print("RESULT dataset=overall path=server precision=%.4f recall=%.4f", overall.precision(), overall.recall());
		return enforce && !met ? 1 : 0;
	}

	private static String describe(ColumnLabel label) {
		return String.format(Locale.ROOT, "%.2f %s", label.confidence(), label.explanation());
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}


	private static void print(String format, Object... arguments) {
		System.out.println(String.format(Locale.ROOT, format, arguments));
	}

}
