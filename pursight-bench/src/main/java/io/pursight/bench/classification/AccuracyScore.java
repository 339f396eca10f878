package io.pursight.bench.classification;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.Decision;
import io.pursight.classifier.TypeMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Precision and recall by the benchmark's metric: only types applied automatically count.
 * TP: the expected type was applied; FN: it was not; FP: any other applied type that is not
 * the column's optional type.
 */
final class AccuracyScore {
	/** One wrong decision, with the classifier's own explanation. */
	record Mistake(String column, String kind, String type, String explanation) {
	}

	private int truePositives;
	private int falsePositives;
	private int falseNegatives;
	private int columns;
	private final Map<String, int[]> perType = new TreeMap<>();
	private final List<Mistake> mistakes = new ArrayList<>();
	private final Reliability reliability = new Reliability();

	/**
	 * Scores one column; {@code expected} may be null, {@code optional} holds the types that may be applied or not
	 * (the label's optional type and, for now, the types embedded in free text); never null.
	 */
	void record(String column, String expected, Set<String> optional, ClassificationResult result) {
		columns++;
		for (TypeMatch m : result.matches()) {
			if (!optional.contains(m.typeId())) {
				reliability.record(m.confidence(), m.typeId().equals(expected));
			}
		}
		List<TypeMatch> applied = result.applied();
		if (expected != null) {
			if (applied.stream().anyMatch(m -> m.typeId().equals(expected))) {
				truePositives++;
				counts(expected)[0]++;
			} else {
				falseNegatives++;
				counts(expected)[2]++;
				Optional<TypeMatch> m = result.match(expected);
				mistakes.add(new Mistake(column, "FN", expected, m.map(AccuracyScore::describe).orElse("no evidence")));
			}
		}
		for (TypeMatch m : applied) {
			if (m.typeId().equals(expected) || optional.contains(m.typeId())) {
				continue;
			}
			falsePositives++;
			counts(m.typeId())[1]++;
			mistakes.add(new Mistake(column, "FP", m.typeId(), describe(m)));
		}
	}

	/**
	 * Scores one column from the types a scan applied to it, as read back from the server: {@code applied} maps each
	 * applied type id to its description; {@code notApplied} describes why the expected type is missing (for FNs).
	 */
	void record(String column, String expected, Set<String> optional, Map<String, String> applied, String notApplied) {
		columns++;
		if (expected != null) {
			if (applied.containsKey(expected)) {
				truePositives++;
				counts(expected)[0]++;
			} else {
				falseNegatives++;
				counts(expected)[2]++;
				mistakes.add(new Mistake(column, "FN", expected, notApplied == null ? "no evidence" : notApplied));
			}
		}
		applied.forEach((type, description) -> {
			if (type.equals(expected) || optional.contains(type)) {
				return;
			}
			falsePositives++;
			counts(type)[1]++;
			mistakes.add(new Mistake(column, "FP", type, description));
		});
	}

	private static String describe(TypeMatch m) {
		return String.format(Locale.ROOT, "%.2f %s: %s", m.confidence(), m.decision() == Decision.APPLY ? "APPLY"
				: m.decision().name(), m.explanation());
	}

	private int[] counts(String type) {
		return perType.computeIfAbsent(type, k -> new int[3]);
	}

	void add(AccuracyScore other) {
		truePositives += other.truePositives;
		falsePositives += other.falsePositives;
		falseNegatives += other.falseNegatives;
		columns += other.columns;
		other.perType.forEach((type, c) -> {
			int[] mine = counts(type);
			for (int i = 0; i < 3; i++) {
				mine[i] += c[i];
			}
		});
		mistakes.addAll(other.mistakes);
		reliability.add(other.reliability);
	}

	/** The calibration of every type the engine reported (only for columns scored from the engine's results). */
	Reliability reliability() {
		return reliability;
	}

	double precision() {
		int applied = truePositives + falsePositives;
		return applied == 0 ? 1.0 : (double) truePositives / applied;
	}

	double recall() {
		int expected = truePositives + falseNegatives;
		return expected == 0 ? 1.0 : (double) truePositives / expected;
	}

	List<Mistake> mistakes() {
		return mistakes;
	}

	String summary(String name) {
		return String.format(Locale.ROOT, "%-22s columns=%4d TP=%4d FP=%3d FN=%3d precision=%.4f recall=%.4f", name,
				columns, truePositives, falsePositives, falseNegatives, precision(), recall());
	}

	String perTypeTable() {
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-24s %5s %5s %5s %9s %7s%n", "type", "TP",
				"FP", "FN", "precision", "recall"));
		perType.forEach((type, c) -> {
			double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
			double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
			b.append(String.format(Locale.ROOT, "  %-24s %5d %5d %5d %9.3f %7.3f%n", type, c[0], c[1], c[2], p, r));
		});
		return b.toString();
	}
}
