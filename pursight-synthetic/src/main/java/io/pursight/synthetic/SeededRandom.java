package io.pursight.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The source of randomness of a generator: every value is drawn from it in a fixed order, so one
 * seed always yields the same values ({@link Random}'s algorithm is specified). Not thread-safe
 * in the sense that concurrent draws make the order, and so the values, unpredictable.
 */
public final class SeededRandom {

	private final Random random;

	public SeededRandom(long seed) {
		this(new Random(seed));
	}

	/** Draws from {@code random}, interleaved with whatever else draws from it; must not be null. */
	public SeededRandom(Random random) {
		this.random = java.util.Objects.requireNonNull(random, "random");
	}

	/** A uniformly drawn int in {@code [low, high]} (both inclusive). */
	public int between(int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	/** A uniformly drawn long in {@code [low, high]} (both inclusive). */
	public long between(long low, long high) {
		return low + (long) (random.nextDouble() * (high - low + 1));
	}

	public double between(double low, double high) {
		return low + random.nextDouble() * (high - low);
	}

	/** True with the given probability. */
	public boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	public int digit() {
		return random.nextInt(10);
	}

	/** {@code count} random decimal digits, leading zeros allowed. */
	public String digits(int count) {
		var out = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			out.append((char) ('0' + random.nextInt(10)));
		}
		return out.toString();
	}

	public char letterOf(String alphabet) {
		return alphabet.charAt(random.nextInt(alphabet.length()));
	}

	public String lettersOf(String alphabet, int count) {
		var out = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			out.append(letterOf(alphabet));
		}
		return out.toString();
	}

	public <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	public <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Picks an index with probability proportional to its weight. */
	public int weightedIndex(int[] weights) {
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

	public LocalDate dateBetween(LocalDate first, LocalDate last) {
		return first.plusDays(between(0L, last.toEpochDay() - first.toEpochDay()));
	}

	/** Approximately normal, clamped to {@code [low, high]}. */
	public double gaussian(double mean, double deviation, double low, double high) {
		return Math.max(low, Math.min(high, mean + random.nextGaussian() * deviation));
	}
}
