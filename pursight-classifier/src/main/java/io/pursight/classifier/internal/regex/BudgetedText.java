package io.pursight.classifier.internal.regex;

/**
 * A value handed to {@link java.util.regex.Matcher} that counts every character the regex
 * engine reads and aborts the match with {@link BudgetExceeded} once the step budget or the
 * deadline is spent. Java's backtracking engine reads characters through {@code charAt} on
 * every step, so a catastrophic pattern such as {@code (a+)+$} is stopped within the budget
 * instead of running for minutes. Single use, single thread.
 */
public final class BudgetedText implements CharSequence {
	/** The clock is read only every this many steps; reading it costs more than a step. */
	private static final int CLOCK_INTERVAL = 4096;

	private final String text;
	private final long deadlineNanos;
	private final long maxSteps;
	private long stepsLeft;
	private int untilClock = CLOCK_INTERVAL;

	public BudgetedText(String text, long maxSteps, long maxNanos) {
		this.text = text;
		this.maxSteps = maxSteps;
		this.stepsLeft = maxSteps;
		this.deadlineNanos = System.nanoTime() + maxNanos;
	}

	@Override
	public char charAt(int index) {
		if (--stepsLeft < 0) {
			throw new BudgetExceeded();
		}
		if (--untilClock == 0) {
			untilClock = CLOCK_INTERVAL;
			if (System.nanoTime() > deadlineNanos) {
				throw new BudgetExceeded();
			}
		}
		return text.charAt(index);
	}

	/** The steps the engine has taken on this text so far, never more than its budget. */
	public long stepsUsed() {
		return Math.min(maxSteps, maxSteps - stepsLeft);
	}

	@Override
	public int length() {
		return text.length();
	}

	@Override
	public CharSequence subSequence(int start, int end) {
		// the engine asks for sub-sequences only to build group strings, after matching
		return text.substring(start, end);
	}

	@Override
	public String toString() {
		return text;
	}
}
