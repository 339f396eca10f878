package io.pursight.classifier.internal.regex;

/**
 * Steps and time shared by many budgeted evaluations, e.g. every value of one rule test: each
 * evaluation gets the smaller of its own budget and what is left here, and is charged the
 * steps it used. Bounds the whole, where the per-value budget alone lets the cost grow with the
 * number of values. Single thread.
 */
public final class SharedBudget {
	private long stepsLeft;
	private final long deadlineNanos;

	private SharedBudget(long steps, long nanos) {
		if (steps < 1 || nanos < 1) {
			throw new IllegalArgumentException("a shared budget must be positive");
		}
		this.stepsLeft = steps;
		this.deadlineNanos = System.nanoTime() + nanos;
	}

	/** A budget of at most {@code steps} regex steps and {@code nanos} of wall time, starting now. */
	public static SharedBudget of(long steps, long nanos) {
		return new SharedBudget(steps, nanos);
	}

	/** True once the steps or the time are used up. */
	public boolean isSpent() {
		return stepsLeft <= 0 || System.nanoTime() - deadlineNanos >= 0;
	}

	long steps(long perEvaluation) {
		return Math.min(perEvaluation, stepsLeft);
	}

	long nanos(long perEvaluation) {
		return Math.max(1, Math.min(perEvaluation, deadlineNanos - System.nanoTime()));
	}

	void charge(long steps) {
		stepsLeft -= steps;
	}
}
