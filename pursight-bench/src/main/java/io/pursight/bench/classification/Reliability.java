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

	private final int[] count = new int[BINS];
	private final int[] right = new int[BINS];
	private final double[] confidence = new double[BINS];
	private final List<Point> points = new ArrayList<>();

	/** One reported type: its confidence and whether the labels say it is right. */
	record Point(double confidence, boolean correct) {
	}

	void record(double c, boolean correct) {
		points.add(new Point(c, correct));
		int bin = Math.min(BINS - 1, (int) Math.floor(Math.max(0, c) * BINS));
		count[bin]++;
		confidence[bin] += c;
		if (correct) {
			right[bin]++;
		}
	}

	/** Every type recorded, in the order recorded: what a calibration is fitted on. */
	List<Point> points() {
		return List.copyOf(points);
	}

	void add(Reliability other) {
		points.addAll(other.points);
		for (int b = 0; b < BINS; b++) {
			count[b] += other.count[b];
			right[b] += other.right[b];
			confidence[b] += other.confidence[b];
		}
	}

	int total() {
		int n = 0;
		for (int c : count) {
			n += c;
		}
		return n;
	}

	/** The expected calibration error, in [0,1]; 0 when nothing was recorded. */
	double expectedCalibrationError() {
		int n = total();
		double error = 0;
		for (int b = 0; b < BINS; b++) {
			if (count[b] > 0) {
				error += (double) count[b] / n * Math.abs((double) right[b] / count[b] - confidence[b] / count[b]);
			}
		}
		return n == 0 ? 0 : error;
	}

	String table() {
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-11s %6s %16s %13s%n", "confidence",
				"types", "mean confidence", "share right"));
		for (int i = 0; i < BINS; i++) {
			if (count[i] == 0) {
				continue;
			}
			b.append(String.format(Locale.ROOT, "  %.1f - %.1f   %6d %16.3f %13.3f%n", (double) i / BINS,
					(double) (i + 1) / BINS, count[i], confidence[i] / count[i], (double) right[i] / count[i]));
		}
		b.append(String.format(Locale.ROOT, "  expected calibration error %.3f over %d types%n",
				expectedCalibrationError(), total()));
		return b.toString();
	}
}
