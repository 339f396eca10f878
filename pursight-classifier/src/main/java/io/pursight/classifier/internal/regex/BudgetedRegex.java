package io.pursight.classifier.internal.regex;

import java.util.regex.Pattern;

/** A compiled user pattern evaluated under a per-value budget; thread-safe (Pattern is). */
public final class BudgetedRegex {
	/** Outcome of one evaluation. */
	public enum Outcome {
		MATCH, NO_MATCH, TIMED_OUT
	}

	private final Pattern pattern;
	private final long maxSteps;
	private final long maxNanos;

	public BudgetedRegex(Pattern pattern, long maxSteps, long maxNanos) {
		this.pattern = pattern;
		this.maxSteps = maxSteps;
		this.maxNanos = maxNanos;
	}

	/** Whole-value match ({@link java.util.regex.Matcher#matches()}) under the budget. */
	public Outcome matches(String value) {
		try {
			return pattern.matcher(new BudgetedText(value, maxSteps, maxNanos)).matches() ? Outcome.MATCH
					: Outcome.NO_MATCH;
		} catch (BudgetExceeded e) {
			return Outcome.TIMED_OUT;
		} catch (StackOverflowError e) {
			// deeply nested groups on long input overflow the engine's recursion: treat like a time-out
			return Outcome.TIMED_OUT;
		}
	}

	/** True when some part of the value matches ({@link java.util.regex.Matcher#find()}); a time-out counts as no match. */
	public boolean finds(String value) {
		try {
			return pattern.matcher(new BudgetedText(value, maxSteps, maxNanos)).find();
		} catch (BudgetExceeded | StackOverflowError e) {
			return false;
		}
	}

	public Pattern pattern() {
		return pattern;
	}
}
