package io.pursight.bench.classification;

import io.pursight.bench.classification.Reliability.Point;
import io.pursight.classifier.Calibration;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the classifier's calibration on every labelled dataset the harness knows (the synthetic columns, the shared
 * sample databases, the corpus), from the scorer's uncalibrated scores, and says how well it holds on data it was
 * not fitted on: each dataset family (a dataset on every engine) is calibrated by a map fitted on all the others,
 * and the expected calibration error of those held-out predictions is the figure to trust. The in-sample figure is
 * printed too, and is always the better of the two.
 *
 * <pre>
 * java -cp pursight-bench/target/pursight-bench.jar io.pursight.bench.classification.CalibrationFit \
 *      [--shared DIR] [--write pursight-classifier/src/main/resources/io/pursight/classifier/calibration.tsv]
 * </pre>
 */
public final class CalibrationFit {

	private CalibrationFit() {
	}

	public static void main(String[] args) throws Exception {
		Path shared = null;
		Path write = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--shared" -> shared = Path.of(args[++i]);
				case "--write" -> write = Path.of(args[++i]);
				default -> throw new IllegalArgumentException("usage: CalibrationFit [--shared DIR] [--write FILE]");
			}
		}
		Path sharedDir = shared == null ? ClassificationAccuracy.defaultSharedDirectory() : shared;
		ColumnClassifier raw = ColumnClassifier
				.create(ClassifierConfig.builder().calibration(Calibration.identity()).build());
		Map<String, List<Point>> families = new LinkedHashMap<>();
		for (String target : LabelledDatabase.expand(List.of("all"), ClassificationAccuracy.DEFAULT_TARGETS)) {
			if (target.equals("synthetic")) {
				families.put(target, ClassificationAccuracy.synthetic(raw).reliability().points());
				continue;
			}
			String family = target.substring(0, target.lastIndexOf('-'));
			List<Point> points = ClassificationAccuracy.database(raw, sharedDir, target).reliability().points();
			families.computeIfAbsent(family, f -> new ArrayList<>()).addAll(points);
		}

		List<Point> all = families.values().stream().flatMap(List::stream).toList();
		Calibration fitted = PlattFit.fit(all);
		List<Point> heldOut = new ArrayList<>();
		for (Map.Entry<String, List<Point>> family : families.entrySet()) {
			List<Point> others = families.entrySet().stream().filter(e -> !e.getKey().equals(family.getKey()))
					.flatMap(e -> e.getValue().stream()).toList();
			heldOut.addAll(map(PlattFit.fit(others), family.getValue()));
		}
		System.out.println();
		System.out.printf("%d types reported on %d dataset families%n", all.size(), families.size());
		System.out.println("uncalibrated scores:");
		System.out.print(reliability(all).table());
		System.out.println("calibrated, each family by a map fitted on the others (held out):");
		System.out.print(reliability(heldOut).table());
		System.out.println("calibrated, in sample (the map shipped):");
		System.out.print(reliability(map(fitted, all)).table());
		double[] ab = PlattFit.parameters(all);
		System.out.printf("calibrated = sigmoid(%.3f * logit(score) + %.3f); knots (raw score -> calibrated):%n", ab[0],
				ab[1]);
		System.out.print(fitted.toTsv());
		if (write != null) {
			Files.writeString(write, "# raw score -> calibrated confidence; fitted " + LocalDate.now()
					+ " by pursight-bench CalibrationFit on " + all.size() + " labelled types of " + families.keySet()
					+ "\n" + fitted.toTsv());
			System.out.println("written to " + write);
		}
	}

	private static List<Point> map(Calibration calibration, List<Point> points) {
		return points.stream().map(p -> new Point(calibration.apply(p.confidence()), p.correct())).toList();
	}

	private static Reliability reliability(List<Point> points) {
		Reliability r = new Reliability();
		points.forEach(p -> r.record(p.confidence(), p.correct()));
		return r;
	}
}
