package io.pursight.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The single source of randomness of one demo database: every value is drawn from it in a fixed
 * order, so one seed always yields the same database ({@link Random}'s algorithm is specified).
 */
final class SeededRandom {

	private final Random random;

	SeededRandom(long seed) {
		this.random = new Random(seed);
	}

	/** A uniformly drawn int in {@code [low, high]} (both inclusive). */
	int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	/** A uniformly drawn long in {@code [low, high]} (both inclusive). */
	long between(long low, long high) {
		return low + (long) (random.nextDouble() * (high - low + 1));
	}

	double between(double low, double high) {
		return low + random.nextDouble() * (high - low);
	}

	/** True with the given probability. */
	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	int digit() {
		return random.nextInt(10);
	}

	/** {@code count} random decimal digits, leading zeros allowed. */
	String digits(int count) {
		var out = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			out.append((char) ('0' + random.nextInt(10)));
		}
		return out.toString();
	}

	char letterOf(String alphabet) {
		return alphabet.charAt(random.nextInt(alphabet.length()));
	}

	String lettersOf(String alphabet, int count) {
		var out = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			out.append(letterOf(alphabet));
		}
		return out.toString();
	}

	<T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Picks an index with probability proportional to its weight. */
	int weightedIndex(int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	LocalDate dateBetween(LocalDate first, LocalDate last) {
		return first.plusDays(between(0L, last.toEpochDay() - first.toEpochDay()));
	}

	/** Approximately normal, clamped to {@code [low, high]}. */
	double gaussian(double mean, double deviation, double low, double high) {
		return Math.max(low, Math.min(high, mean + random.nextGaussian() * deviation));
	}
}
