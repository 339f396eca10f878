package io.pursight.bench.classification;

import io.pursight.classifier.ClassificationResult;
import io.pursight.classifier.Decision;
import io.pursight.classifier.TypeMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeMap;

/**
 * Precision and recall by the benchmark's metric: only types applied automatically count. A column's truth names
 * the type its whole values are (expected), the types found inside its free text (embedded), and types that may be
 * applied or not (optional). TP: an expected or embedded type applied with that occurrence; FN: one that was not (a
 * type applied with the other occurrence is one FN, not also an FP); FP: any other applied type.
 */
final class AccuracyScore {
	/** What a column holds, by its labels; {@code expected} may be null, the sets never are. */
	record Truth(String expected, Set<String> embedded, Set<String> optional) {

		static final Truth NONE = new Truth(null, Set.of(), Set.of());

		Truth {
			embedded = Set.copyOf(embedded);
			optional = Set.copyOf(optional);
		}

		/** Whether a type applied with this occurrence is right. */
		boolean holds(String type, boolean inText) {
			return inText ? embedded.contains(type) : type.equals(expected);
		}

		/** Whether the type concerns this column at all: expected, embedded or optional. */
		boolean mentions(String type) {
			return type.equals(expected) || embedded.contains(type) || optional.contains(type);
		}
	}

	/** One applied type: its id, whether it was found inside text, and how the classifier explained it. */
	record Applied(String type, boolean inText, String description) {
	}

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

	/** Scores one column from the engine's result, and records every reported type's confidence for calibration. */
	void record(String column, Truth truth, ClassificationResult result) {
		for (TypeMatch m : result.matches()) {
			if (!truth.optional().contains(m.typeId())) {
				reliability.record(m.confidence(), truth.holds(m.typeId(), m.isEmbedded()));
			}
		}
		List<Applied> applied = result.applied().stream()
				.map(m -> new Applied(m.typeId(), m.isEmbedded(), describe(m))).toList();
		record(column, truth, applied, type -> result.match(type).map(AccuracyScore::describe).orElse(null));
	}

	/**
	 * Scores one column from the types applied to it; {@code whyNot} describes what became of a type that was not
	 * applied (null when the classifier did not report it).
	 */
	void record(String column, Truth truth, List<Applied> applied, Function<String, String> whyNot) {
		columns++;
		List<String> wanted = new ArrayList<>();
		if (truth.expected() != null) {
			wanted.add(truth.expected());
		}
		truth.embedded().stream().sorted().forEach(wanted::add);
		for (int i = 0; i < wanted.size(); i++) {
			String type = wanted.get(i);
			boolean inText = truth.expected() == null || i > 0;
			String key = key(type, inText);
			if (applied.stream().anyMatch(a -> a.type().equals(type) && a.inText() == inText)) {
				truePositives++;
				counts(key)[0]++;
			}
			else {
				falseNegatives++;
				counts(key)[2]++;
				String other = applied.stream().filter(a -> a.type().equals(type)).findFirst()
						.map(a -> "applied " + (a.inText() ? "inside text" : "as whole values") + ": " + a.description())
						.orElse(null);
				String why = other != null ? other : whyNot.apply(type);
				mistakes.add(new Mistake(column, "FN", key, why == null ? "no evidence" : why));
			}
		}
		for (Applied a : applied) {
			if (!truth.mentions(a.type())) {
				falsePositives++;
				counts(key(a.type(), a.inText()))[1]++;
				mistakes.add(new Mistake(column, "FP", key(a.type(), a.inText()), a.description()));
			}
		}
	}

	/** How a type and its occurrence are reported: {@code EMAIL_ADDRESS} or {@code EMAIL_ADDRESS (in text)}. */
	static String key(String type, boolean inText) {
		return inText ? type + " (in text)" : type;
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
