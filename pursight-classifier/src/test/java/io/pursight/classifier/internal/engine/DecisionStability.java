package io.pursight.classifier.internal.engine;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.Decision;
import io.pursight.classifier.TypeMatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Test support: classifies many random samples of one population of rows, as a scan on another
 * engine or on another day would draw them, and tells whether the decisions agree. A decision that
 * flips with the sample drawn is a decision near a step the engine should not have: the same data
 * must be labelled the same way wherever it is scanned.
 *
 * <p>A sample's decision is every type the engine applies or suggests, with its decision; types
 * below review do not count (they change nothing a steward sees). Samples are drawn without
 * replacement, like {@code ORDER BY random() LIMIT n} or {@code TABLESAMPLE}; a population
 * smaller than the sample size is read whole.
 */
final class DecisionStability {

	/** Rows of one column as a database holds them, and how the column is declared. */
	record Population(String table, String column, String dataType, List<String> rows) {
		@Override
		public String toString() {
			return table + "." + column + " " + dataType + " (" + rows.size() + " rows)";
		}
	}

	/** What the samples of one population were decided: how many samples got each decision. */
	record Report(Population population, Map<String, Integer> outcomes, Map<String, double[]> confidenceRange) {

		boolean isStable() {
			return outcomes.size() == 1;
		}

		/** The one decision every sample got; fails when they differ. */
		String decision() {
			if (!isStable()) {
				throw new AssertionError(describe());
			}
			return outcomes.keySet().iterator().next();
		}

		String describe() {
			StringBuilder s = new StringBuilder(population.toString()).append(isStable() ? ": stable" : ": UNSTABLE");
			outcomes.forEach((k, v) -> s.append("\n  ").append(v).append(" samples: ").append(k.isEmpty() ? "(none)" : k));
			confidenceRange.forEach((type, r) -> s.append(String.format(Locale.ROOT, "\n  %s confidence %.3f .. %.3f",
					type, r[0], r[1])));
			return s.toString();
		}
	}

	private DecisionStability() {
	}

	/**
	 * Classifies {@code draws} samples of every size in {@code sampleSizes} and gathers their decisions.
	 * Deterministic for a seed.
	 */
	static Report check(ClassificationEngine engine, Population p, int[] sampleSizes, int draws, long seed) {
		Random random = new Random(seed);
		Map<String, Integer> outcomes = new TreeMap<>();
		Map<String, double[]> ranges = new TreeMap<>();
		for (int size : sampleSizes) {
			for (int draw = 0; draw < draws; draw++) {
				List<String> sample = sample(p.rows(), size, random);
				ClassificationResult result = engine.classify(ColumnContext.builder(p.column()).table(p.table())
						.dataType(p.dataType()).samples(sample).build());
				outcomes.merge(signature(result), 1, Integer::sum);
				for (TypeMatch m : result.matches()) {
					double[] r = ranges.computeIfAbsent(m.typeId(), t -> new double[] {1, 0});
					r[0] = Math.min(r[0], m.confidence());
					r[1] = Math.max(r[1], m.confidence());
				}
			}
		}
		return new Report(p, outcomes, ranges);
	}

	/** The types a steward would see, with their decisions, in a fixed order. */
	static String signature(ClassificationResult result) {
		TreeSet<String> seen = new TreeSet<>();
		for (TypeMatch m : result.matches()) {
			if (m.decision() != Decision.IGNORE) {
				seen.add(m.typeId() + "=" + m.decision());
			}
		}
		return String.join(", ", seen);
	}

	/** {@code size} rows drawn without replacement (the whole population when it is smaller). */
	static List<String> sample(List<String> rows, int size, Random random) {
		List<String> copy = new ArrayList<>(rows);
		if (size >= copy.size()) {
			Collections.shuffle(copy, random);
			return copy;
		}
		// a partial Fisher-Yates shuffle: the first `size` positions are a uniform sample
		for (int i = 0; i < size; i++) {
			Collections.swap(copy, i, i + random.nextInt(copy.size() - i));
		}
		return copy.subList(0, size);
	}
}
