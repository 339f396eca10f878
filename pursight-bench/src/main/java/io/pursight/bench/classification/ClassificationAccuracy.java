package io.pursight.bench.classification;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ColumnClassifier;
import io.pursight.classifier.ColumnContext;
import io.pursight.testing.SharedDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures classification accuracy by the metric of {@code shared/benchmarks/classification/README.md}:
 * on the synthetic labelled columns, and on the real sample databases loaded into throw-away
 * databases of the local PostgreSQL and MariaDB servers.
 *
 * <pre>
 * java -cp pursight-bench/target/pursight-bench.jar io.pursight.bench.classification.ClassificationAccuracy \
 *      [--shared DIR] [--verbose] [--details]
 *      [synthetic|chinook-postgresql|chinook-mariadb|northwind-postgresql|corpus-&lt;dataset&gt;-&lt;engine&gt;|corpus|all]...
 * </pre>
 * {@code corpus} stands for every dataset of {@link io.pursight.bench.corpus.Corpus} on PostgreSQL and MariaDB;
 * {@code all} (the default) for everything.
 * {@code --verbose} lists every mistake with the classifier's explanation and the per-type table of each
 * dataset; {@code --details} prints every applied or suggested type of every real-database column.
 * Exits with status 1 when a dataset misses precision 0.97 or recall 0.95.
 */
public final class ClassificationAccuracy {
	static final double TARGET_PRECISION = 0.97;
	static final double TARGET_RECALL = 0.95;
	/** What {@code all} means before the corpus is added to it. */
	static final List<String> DEFAULT_TARGETS = List.of("synthetic", "chinook-postgresql", "chinook-mariadb",
			"northwind-postgresql");

	private ClassificationAccuracy() {
	}

	public static void main(String[] args) throws Exception {
		Path shared = null; // looked up only when a dataset needs it
		boolean verbose = false;
		boolean details = false;
		List<String> targets = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--shared" -> shared = Path.of(args[++i]);
				case "--verbose", "-v" -> verbose = true;
				case "--details" -> details = true;
				default -> targets.add(args[i]);
			}
		}
		targets = LabelledDatabase.expand(targets.isEmpty() ? List.of("all") : targets, DEFAULT_TARGETS);
		ColumnClassifier classifier = ColumnClassifier.withDefaults();
		Map<String, AccuracyScore> scores = new LinkedHashMap<>();
		for (String target : targets) {
			AccuracyScore score = target.equals("synthetic") ? synthetic(classifier)
					: database(classifier, shared, target, details);
			scores.put(target, score);
		}
		AccuracyScore overall = new AccuracyScore();
		boolean met = true;
		System.out.println();
		for (Map.Entry<String, AccuracyScore> e : scores.entrySet()) {
			AccuracyScore s = e.getValue();
			overall.add(s);
			System.out.println(s.summary(e.getKey()));
			met &= s.precision() >= TARGET_PRECISION && s.recall() >= TARGET_RECALL;
		}
		System.out.println(overall.summary("overall"));
		System.out.println();
		if (verbose) {
			for (Map.Entry<String, AccuracyScore> e : scores.entrySet()) {
				System.out.println("per type (" + e.getKey() + "):");
				System.out.print(e.getValue().perTypeTable());
				System.out.println();
			}
		}
		System.out.println("per type (all datasets):");
		System.out.print(overall.perTypeTable());
		System.out.println();
		System.out.println("calibration (all datasets, every type reported on a column):");
		System.out.print(overall.reliability().table());
		if (verbose || !met) {
			System.out.println();
			for (Map.Entry<String, AccuracyScore> e : scores.entrySet()) {
				for (AccuracyScore.Mistake m : e.getValue().mistakes()) {
					System.out.printf(Locale.ROOT, "%-20s %s %-22s %-40s %s%n", e.getKey(), m.kind(), m.type(), m.column(),
							m.explanation());
				}
			}
		}
		System.out.printf(Locale.ROOT, "%ntargets (precision >= %.2f, recall >= %.2f on every dataset): %s%n",
				TARGET_PRECISION, TARGET_RECALL, met ? "met" : "NOT met");
		if (!met) {
			System.exit(1);
		}
	}

	static AccuracyScore synthetic(ColumnClassifier classifier) {
		AccuracyScore score = new AccuracyScore();
		for (SyntheticColumns.LabelledColumn c : SyntheticColumns.generate(20260101L)) {
			ClassificationResult r = classifier.classify(c.column());
			score.record(c.column().tableName() + "." + c.column().columnName(), new AccuracyScore.Truth(c.expected(),
					Set.of(), c.optional() == null ? Set.of() : Set.of(c.optional())), r);
		}
		return score;
	}

	/** Loads {@code <dataset>-<server>} into a throw-away database, samples it with JDBC, classifies and scores it. */
	static AccuracyScore database(ColumnClassifier classifier, Path shared, String target) throws Exception {
		return database(classifier, shared, target, false);
	}

	static AccuracyScore database(ColumnClassifier classifier, Path shared, String target, boolean details)
			throws Exception {
		AccuracyScore score = new AccuracyScore();
		long start = System.nanoTime();
		long loadMillis;
		String loadNote;
		try (LabelledDatabase loaded = LabelledDatabase.open(target, () -> shared == null ? defaultSharedDirectory()
				: shared)) {
			loadMillis = loaded.loadMillis();
			loadNote = loaded.loadNote();
			DatasetLabels labels = loaded.labels();
			Map<String, List<ColumnContext>> tables = ColumnSampler.sample(loaded.db());
			for (List<ColumnContext> columns : tables.values()) {
				for (ClassificationResult r : classifier.classifyTable(columns)) {
					if (details) {
						printDetails(target, r);
					}
					score.record(r.tableName() + "." + r.columnName(), labels.truth(r.tableName(), r.columnName()), r);
				}
			}
		}
		System.out.printf(Locale.ROOT, "%s: loaded (%s) in %.1f s; loaded, sampled and classified in %.1f s%n", target,
				loadNote, loadMillis / 1e3, (System.nanoTime() - start) / 1e9);
		return score;
	}

	private static void printDetails(String target, ClassificationResult r) {
		r.matches().stream().filter(m -> m.decision() != io.pursight.classifier.Decision.IGNORE)
				.forEach(m -> System.out.printf(Locale.ROOT, "%s %-34s %-18s %-6s %.2f %s%n", target,
						r.tableName() + "." + r.columnName(), m.typeId(), m.decision(), m.confidence(), m.explanation()));
	}

	/** {@code ../shared} beside the project, or {@code PURSIGHT_SHARED_DIR}: see {@link SharedDirectory}. */
	static Path defaultSharedDirectory() {
		return SharedDirectory.path();
	}
}
