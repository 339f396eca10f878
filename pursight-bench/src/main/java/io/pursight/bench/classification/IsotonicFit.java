package io.pursight.bench.classification;

import io.pursight.bench.classification.Reliability.Point;
import io.pursight.classifier.Calibration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fits a calibration by isotonic regression (pool adjacent violators): sorted by raw score, neighbouring groups
 * whose share right falls as the score rises are pooled until it never falls. Each pool becomes a knot at its mean
 * score and its share right; small pools are first merged with their neighbours so that a handful of columns
 * cannot make a step of their own, and the share is smoothed towards one half by one pseudo-observation, so that
 * no knot claims certainty from a finite sample.
 */
final class IsotonicFit {

	/** Fewer columns than this are too few to stand as a knot of their own. */
	static final int MIN_POOL = 15;

	private IsotonicFit() {
	}

	private static final class Pool {
		double scoreSum;
		double right;
		int n;

		Pool(Point p) {
			scoreSum = p.confidence();
			right = p.correct() ? 1 : 0;
			n = 1;
		}

		void absorb(Pool other) {
			scoreSum += other.scoreSum;
			right += other.right;
			n += other.n;
		}

		double share() {
			return right / n;
		}

		double score() {
			return scoreSum / n;
		}
	}

	static Calibration fit(List<Point> points) {
		if (points.size() < 2 * MIN_POOL) {
			throw new IllegalArgumentException("too few labelled types to fit a calibration on: " + points.size());
		}
		List<Point> sorted = new ArrayList<>(points);
		sorted.sort(Comparator.comparingDouble(Point::confidence));
		List<Pool> pools = new ArrayList<>();
		for (Point p : sorted) {
			Pool next = new Pool(p);
			Pool last = pools.isEmpty() ? null : pools.getLast();
			if (last != null && last.score() == p.confidence()) {
				last.absorb(next); // equal scores are one observation of the map; they cannot be told apart
			}
			else {
				pools.add(next);
			}
			while (pools.size() > 1 && violates(pools.get(pools.size() - 2), pools.getLast())) {
				Pool tail = pools.removeLast();
				pools.getLast().absorb(tail);
			}
		}
		pools = mergeSmall(pools);
		double[] raw = new double[pools.size()];
		double[] calibrated = new double[pools.size()];
		for (int i = 0; i < pools.size(); i++) {
			Pool pool = pools.get(i);
			raw[i] = pool.score();
			double smoothed = (pool.right + 0.5) / (pool.n + 1);
			calibrated[i] = i == 0 ? smoothed : Math.max(calibrated[i - 1], smoothed);
		}
		return Calibration.of(raw, calibrated);
	}

	private static boolean violates(Pool before, Pool after) {
		return before.share() > after.share();
	}

	/** Merges each pool below the minimum into the neighbour closer in share, until none is left. */
	private static List<Pool> mergeSmall(List<Pool> pools) {
		List<Pool> out = new ArrayList<>(pools);
		boolean merged = true;
		while (merged && out.size() > 2) {
			merged = false;
			for (int i = 0; i < out.size(); i++) {
				if (out.get(i).n >= MIN_POOL) {
					continue;
				}
				int into = i == 0 ? 1 : i == out.size() - 1 ? i - 1
						: Math.abs(out.get(i - 1).share() - out.get(i).share()) <= Math.abs(
								out.get(i + 1).share() - out.get(i).share()) ? i - 1 : i + 1;
				out.get(into).absorb(out.remove(i));
				merged = true;
				break;
			}
		}
		return out;
	}
}
