package io.pursight.datasource;

import java.time.Duration;
import java.util.Objects;

/**
 * How one table is sampled.
 *
 * @param limit   the most rows kept
 * @param mode    how rows are chosen
 * @param percent for {@link Mode#PERCENTAGE}: the share of rows read, in (0, 100]; null otherwise
 * @param timeout how long each statement on the source may run
 */
public record SampleSpec(int limit, Mode mode, Double percent, Duration timeout) {

	/** How rows are chosen. */
	public enum Mode {
		/** A repeatable random sample of large tables, the first rows of small ones and of views. */
		RANDOM,
		/** The first rows the engine returns: cheapest, biased towards old rows. */
		FIRST_N,
		/** Each row with the same chance, {@code percent} of them, at most {@code limit}. */
		PERCENTAGE
	}

	public SampleSpec {
		Objects.requireNonNull(mode, "mode");
		Objects.requireNonNull(timeout, "timeout");
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be positive, not " + limit);
		}
		if (mode == Mode.PERCENTAGE && (percent == null || percent <= 0 || percent > 100)) {
			throw new IllegalArgumentException("a percentage sample needs a percent in (0, 100], not " + percent);
		}
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive, not " + timeout);
		}
	}

	/** Whole seconds, at least one: JDBC query timeouts count in seconds. */
	public int timeoutSeconds() {
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
	}
}
