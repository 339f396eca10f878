package io.pursight.classifier;

import io.pursight.classifier.internal.engine.ClassificationEngine;
import io.pursight.classifier.internal.engine.RuleMatcher;
import io.pursight.classifier.internal.regex.SharedBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tries a custom rule on values a steward supplies, before the rule is saved: which values
 * match, which do not and why, and whether a column would be classified. Uses the same
 * matching and per-value budget as scans, and bounds the whole test too: once its total budget
 * is spent the test stops and reports the values it did not reach. Each distinct value is
 * evaluated once. Thread-safe.
 */
public final class RuleTester {
	/** Regex steps one whole test may take by default: a hundred values at the per-value maximum. */
	public static final long DEFAULT_TOTAL_STEPS = 20_000_000;
	/** Wall time one whole test may take by default. */
	public static final Duration DEFAULT_TOTAL_TIME = Duration.ofSeconds(2);

	private static final String SIMPLIFY = "The value pattern backtracks heavily: simplify it. Avoid a repeated group"
			+ " whose content can match the same text in several ways, such as (.*)+, (a|aa)* or (.*){1,1000}, and"
			+ " prefer a precise class such as [A-Z0-9]{6} to .*";

	private final long maxSteps;
	private final Duration maxTime;
	private final long totalSteps;
	private final Duration totalTime;
	private final ClassificationEngine engine;

	private RuleTester(long maxSteps, Duration maxTime, long totalSteps, Duration totalTime, ClassificationEngine engine) {
		if (totalSteps < 1 || totalTime.isNegative() || totalTime.isZero()) {
			throw new IllegalArgumentException("the total budget of a rule test must be positive");
		}
		this.maxSteps = maxSteps;
		this.maxTime = maxTime;
		this.totalSteps = totalSteps;
		this.totalTime = totalTime;
		this.engine = engine;
	}

	/** A tester with the regex budget, minimum samples and adjustments of the given configuration. */
	public static RuleTester using(ClassifierConfig config) {
		return new RuleTester(config.regexStepBudget(), config.regexTimeBudget(), DEFAULT_TOTAL_STEPS,
				DEFAULT_TOTAL_TIME, new ClassificationEngine(config));
	}

	public static RuleTester withDefaults() {
		return using(ClassifierConfig.defaults());
	}

	/** This tester with another budget for one whole test: regex steps and wall time, both positive. */
	public RuleTester withTotalBudget(long steps, Duration time) {
		return new RuleTester(maxSteps, maxTime, steps, Objects.requireNonNull(time, "time"), engine);
	}

	/**
	 * Runs the rule over the values (and, when given, a column name); nulls and blanks are
	 * reported as skipped. Never returns null.
	 */
	public RuleTestReport test(CustomRule rule, String columnName, List<String> values) {
		Objects.requireNonNull(rule, "rule");
		RuleMatcher matcher = new RuleMatcher(rule, maxSteps, maxTime);
		SharedBudget budget = SharedBudget.of(totalSteps, totalTime.toNanos());
		boolean nameMatches = columnName != null && matcher.matchesColumnName(columnName, budget);
		Map<String, RuleMatcher.ValueOutcome> known = new HashMap<>();
		List<RuleTestReport.ValueResult> results = new ArrayList<>(values.size());
		List<String> tested = new ArrayList<>(values.size());
		int untested = 0;
		int timedOut = 0;
		for (int i = 0; i < values.size(); i++) {
			String raw = values.get(i);
			if (raw == null || raw.isBlank()) {
				results.add(new RuleTestReport.ValueResult(raw, false, false, "skipped: null or blank"));
				continue;
			}
			String value = raw.strip();
			RuleMatcher.ValueOutcome outcome = known.get(value);
			if (outcome == null) {
				outcome = budget.isSpent() ? null : matcher.test(value, budget);
				if (outcome == null || (outcome == RuleMatcher.ValueOutcome.TIMED_OUT && budget.isSpent())) {
					untested = values.size() - i; // stopped by the test's budget, not the value's
					break;
				}
				known.put(value, outcome);
			}
			if (outcome == RuleMatcher.ValueOutcome.TIMED_OUT) {
				timedOut++;
			}
			results.add(new RuleTestReport.ValueResult(raw, outcome == RuleMatcher.ValueOutcome.MATCH,
					outcome == RuleMatcher.ValueOutcome.TIMED_OUT, reason(rule, outcome)));
			tested.add(value);
		}
		TypeMatch verdict = null;
		if (columnName != null || !values.isEmpty()) {
			boolean nameForVerdict = columnName != null ? nameMatches : matcher.matchesColumnName("", budget);
			verdict = engine.scoreRule(rule, columnName == null ? "" : columnName, nameForVerdict, tested, known::get);
		}
		return new RuleTestReport(rule.id(), results, nameMatches, verdict, untested > 0, untested,
				advice(values.size(), untested, timedOut));
	}

	public RuleTestReport test(CustomRule rule, List<String> values) {
		return test(rule, null, values);
	}

	private String advice(int total, int untested, int timedOut) {
		if (untested > 0) {
			return "Stopped after the test's budget (" + totalTime.toMillis() + " ms or " + totalSteps
					+ " regex steps): " + (total - untested) + " of " + total + " values were tested. " + SIMPLIFY;
		}
		if (timedOut > 0) {
			return timedOut + " value" + (timedOut == 1 ? "" : "s") + " ran out of the per-value budget. " + SIMPLIFY;
		}
		return null;
	}

	private static String reason(CustomRule rule, RuleMatcher.ValueOutcome outcome) {
		return switch (outcome) {
			case MATCH -> "matches" + conditions(rule);
			case PATTERN_MISMATCH -> "does not match /" + rule.valuePattern().orElseThrow().pattern() + "/";
			case VALIDATOR_FAILED -> "fails the " + rule.validator().orElseThrow().displayName();
			case NOT_IN_DICTIONARY -> "is not in the rule's dictionary";
			case TIMED_OUT -> "the pattern exceeded its time budget on this value; counted as no match";
		};
	}

	private static String conditions(CustomRule rule) {
		List<String> parts = new ArrayList<>();
		rule.valuePattern().ifPresent(p -> parts.add("/" + p.pattern() + "/"));
		rule.validator().ifPresent(v -> parts.add("passes the " + v.displayName()));
		if (!rule.dictionary().isEmpty()) {
			parts.add("is in the dictionary");
		}
		return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
	}
}
