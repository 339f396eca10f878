package io.pursight.classifier;

import io.pursight.classifier.internal.engine.RuleMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tries a custom rule on values a steward supplies, before the rule is saved: which values
 * match, which do not and why, and whether a column would be classified. Uses the same
 * matching and time budget as scans. Thread-safe.
 */
public final class RuleTester {
	private final long maxSteps;
	private final Duration maxTime;

	private RuleTester(long maxSteps, Duration maxTime) {
		this.maxSteps = maxSteps;
		this.maxTime = maxTime;
	}

	/** A tester with the regex budget of the given configuration. */
	public static RuleTester using(ClassifierConfig config) {
		return new RuleTester(config.regexStepBudget(), config.regexTimeBudget());
	}

	public static RuleTester withDefaults() {
		return using(ClassifierConfig.defaults());
	}

	/**
	 * Runs the rule over the values (and, when given, a column name); nulls and blanks are
	 * reported as skipped. Never returns null.
	 */
	public RuleTestReport test(CustomRule rule, String columnName, List<String> values) {
		Objects.requireNonNull(rule, "rule");
		RuleMatcher matcher = new RuleMatcher(rule, maxSteps, maxTime);
		List<RuleTestReport.ValueResult> results = new ArrayList<>(values.size());
		for (String raw : values) {
			if (raw == null || raw.isBlank()) {
				results.add(new RuleTestReport.ValueResult(raw, false, false, "skipped: null or blank"));
				continue;
			}
			RuleMatcher.ValueOutcome outcome = matcher.test(raw.strip());
			results.add(new RuleTestReport.ValueResult(raw, outcome == RuleMatcher.ValueOutcome.MATCH,
					outcome == RuleMatcher.ValueOutcome.TIMED_OUT, reason(rule, outcome)));
		}
		boolean nameMatches = columnName != null && matcher.matchesColumnName(columnName);
		ColumnClassifier classifier = ColumnClassifier.create(ClassifierConfig.builder().customRule(rule)
				.regexBudget(maxSteps, maxTime).build());
		TypeMatch verdict = columnName == null && values.isEmpty() ? null
				: classifier.classify(ColumnContext.builder(columnName == null ? "" : columnName).samples(values).build())
						.matches().stream().filter(m -> rule.id().equals(m.ruleId())).findFirst().orElse(null);
		return new RuleTestReport(rule.id(), results, nameMatches, verdict);
	}

	public RuleTestReport test(CustomRule rule, List<String> values) {
		return test(rule, null, values);
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
