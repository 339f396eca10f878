package io.pursight.classifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the scorer's confidence into a calibrated one: of the types given confidence about c, about c are right.
 * The scorer adds up evidence in its own units (a name, a share of valid values, a dictionary's coverage); how
 * often a given score is right is measured, not reasoned, so the map is fitted on the project's labelled columns
 * by Platt scaling ({@code pursight-bench}'s {@code CalibrationFit}) and shipped as knots sampled from the fitted
 * curve, interpolated linearly between them. The map is non-decreasing, so it never reorders two
 * candidates of a column; it changes which side of a threshold a score falls on, which is the point: a
 * threshold of 0.80 then means that four in five such labels are right.
 */
public final class Calibration {

	/** Where the fitted knots are shipped. */
	public static final String RESOURCE = "/io/pursight/classifier/calibration.tsv";

	private static final Calibration SHIPPED = read();

	private final double[] raw;
	private final double[] calibrated;

	private Calibration(double[] raw, double[] calibrated) {
		this.raw = raw;
		this.calibrated = calibrated;
	}

	/** The calibration fitted for this release. */
	public static Calibration shipped() {
		return SHIPPED;
	}

	/** Scores left as they are. */
	public static Calibration identity() {
		return new Calibration(new double[] {0, 1}, new double[] {0, 1});
	}

	/** A map through the given knots, which must rise in raw score and never fall in calibrated confidence. */
	public static Calibration of(double[] raw, double[] calibrated) {
		if (raw.length != calibrated.length || raw.length < 2) {
			throw new IllegalArgumentException("a calibration needs at least two knots, as many raw as calibrated");
		}
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] < 0 || raw[i] > 1 || calibrated[i] < 0 || calibrated[i] > 1) {
				throw new IllegalArgumentException("calibration knots lie in [0,1]: " + raw[i] + " -> " + calibrated[i]);
			}
			if (i > 0 && (raw[i] <= raw[i - 1] || calibrated[i] < calibrated[i - 1])) {
				throw new IllegalArgumentException("calibration knots must rise in raw score and never fall: knot " + i);
			}
		}
		return new Calibration(raw.clone(), calibrated.clone());
	}

	/** The calibrated confidence of a raw score in [0,1]; outside the first and last knot the end knot holds. */
	public double apply(double score) {
		if (score <= raw[0]) {
			return calibrated[0];
		}
		int last = raw.length - 1;
		if (score >= raw[last]) {
			return calibrated[last];
		}
		int i = 1;
		while (raw[i] < score) {
			i++;
		}
		double t = (score - raw[i - 1]) / (raw[i] - raw[i - 1]);
		return calibrated[i - 1] + t * (calibrated[i] - calibrated[i - 1]);
	}

	/** The knots as the resource file writes them: one {@code raw<TAB>calibrated} line each. */
	public String toTsv() {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < raw.length; i++) {
			b.append(String.format(Locale.ROOT, "%.4f\t%.4f%n", raw[i], calibrated[i]));
		}
		return b.toString();
	}

	private static Calibration read() {
		try (InputStream in = Calibration.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classifier");
			}
			List<double[]> knots = new ArrayList<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				knots.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])});
			}
			return of(knots.stream().mapToDouble(k -> k[0]).toArray(), knots.stream().mapToDouble(k -> k[1]).toArray());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
