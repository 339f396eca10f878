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
		return matches(new BudgetedText(value, maxSteps, maxNanos));
	}

	/**
	 * Whole-value match under the per-value budget and within what is left of {@code shared},
	 * which is charged the steps taken. A spent shared budget times out without evaluating.
	 */
	public Outcome matches(String value, SharedBudget shared) {
		if (shared.isSpent()) {
			return Outcome.TIMED_OUT;
		}
		BudgetedText text = new BudgetedText(value, shared.steps(maxSteps), shared.nanos(maxNanos));
		try {
			return matches(text);
		} finally {
			shared.charge(text.stepsUsed());
		}
	}

	private Outcome matches(BudgetedText text) {
		try {
			return pattern.matcher(text).matches() ? Outcome.MATCH : Outcome.NO_MATCH;
		} catch (BudgetExceeded e) {
			return Outcome.TIMED_OUT;
		} catch (StackOverflowError e) {
			// deeply nested groups on long input overflow the engine's recursion: treat like a time-out
			return Outcome.TIMED_OUT;
		}
	}

	/** True when some part of the value matches ({@link java.util.regex.Matcher#find()}); a time-out counts as no match. */
	public boolean finds(String value) {
		return finds(new BudgetedText(value, maxSteps, maxNanos));
	}

	/** {@link #finds(String)} within what is left of {@code shared}, which is charged the steps taken. */
	public boolean finds(String value, SharedBudget shared) {
		if (shared.isSpent()) {
			return false;
		}
		BudgetedText text = new BudgetedText(value, shared.steps(maxSteps), shared.nanos(maxNanos));
		try {
			return finds(text);
		} finally {
			shared.charge(text.stepsUsed());
		}
	}

	private boolean finds(BudgetedText text) {
		try {
			return pattern.matcher(text).find();
		} catch (BudgetExceeded | StackOverflowError e) {
			return false;
		}
	}

	public Pattern pattern() {
		return pattern;
	}
}
