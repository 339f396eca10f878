package io.pursight.bench.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well confidences are calibrated: of the types given confidence about c, about c should be right. Every
 * type the engine reports on a labelled column (applied, for review or below) counts, right when the column is
 * labelled with it; a type the labels call optional counts neither way. Ten bins of confidence, and the expected
 * calibration error: the bins' gaps between mean confidence and share right, weighted by their sizes.
 */
final class Reliability {

	static final int BINS = 10;

	private final List<Point> points = new ArrayList<>();

	/** One reported type: its confidence and whether the labels say it is right. */
	record Point(double confidence, boolean correct) {
	}

	/** Each bin's count, types right and sum of confidences, from the points. */
	private record Bins(int[] count, int[] right, double[] confidence) {
	}

	void record(double c, boolean correct) {
		points.add(new Point(c, correct));
	}

	/** Every type recorded, in the order recorded: what a calibration is fitted on. */
	List<Point> points() {
		return List.copyOf(points);
	}

	void add(Reliability other) {
		points.addAll(other.points);
	}

	int total() {
		return points.size();
	}

	/** The expected calibration error, in [0,1]; 0 when nothing was recorded. */
	double expectedCalibrationError() {
		Bins b = bins();
		int n = total();
		double error = 0;
		for (int i = 0; i < BINS; i++) {
			if (b.count[i] > 0) {
				error += (double) b.count[i] / n * Math.abs((double) b.right[i] / b.count[i] - b.confidence[i] / b.count[i]);
			}
		}
		return n == 0 ? 0 : error;
	}

	String table() {
		Bins b = bins();
		StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "  %-11s %6s %16s %13s%n", "confidence",
				"types", "mean confidence", "share right"));
		for (int i = 0; i < BINS; i++) {
			if (b.count[i] == 0) {
				continue;
			}
			s.append(String.format(Locale.ROOT, "  %.1f - %.1f   %6d %16.3f %13.3f%n", (double) i / BINS,
					(double) (i + 1) / BINS, b.count[i], b.confidence[i] / b.count[i], (double) b.right[i] / b.count[i]));
		}
		s.append(String.format(Locale.ROOT, "  expected calibration error %.3f over %d types%n",
				expectedCalibrationError(), total()));
		return s.toString();
	}

	private Bins bins() {
		Bins b = new Bins(new int[BINS], new int[BINS], new double[BINS]);
		for (Point p : points) {
			int bin = Math.min(BINS - 1, (int) Math.floor(Math.max(0, p.confidence()) * BINS));
			b.count[bin]++;
			b.confidence[bin] += p.confidence();
			if (p.correct()) {
				b.right[bin]++;
			}
		}
		return b;
	}
}
