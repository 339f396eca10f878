package io.pursight.classifier.internal.engine;

import io.pursight.classifier.CustomRule;
import io.pursight.classifier.Evidence;
import io.pursight.classifier.WeightAdjustment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Scores a custom rule on a column with the same log-odds model as the built-in types. */
final class RuleScorer {
	/** A rule written for a column name alone is trusted when the name matches. */
	static final double NAME_ONLY_CONFIDENCE = 0.9;
	static final double VALUE_WEIGHT = 6.0;
	/**
	 * After this many values of a column ran out of the regex budget, the rule's pattern is not
	 * run on the column's other values (they count as timed out too): a pattern that backtracks
	 * catastrophically would otherwise spend the whole per-value budget on every sampled value.
	 */
	static final int TIME_OUTS_BEFORE_GIVING_UP = 16;

	private RuleScorer() {
	}

	/** The rule's confidence and evidence; null when nothing points to the rule. */
	static RuleAssessment score(RuleMatcher matcher, String columnName, List<String> values, int minimumSamples) {
		return score(matcher.rule(), columnName, matcher.matchesColumnName(columnName), values, matcher::test,
				minimumSamples);
	}

	/** As above, with the outcome of each value and of the column name given (the rule tester knows them already). */
	static RuleAssessment score(CustomRule rule, String columnName, boolean nameMatch, List<String> values,
			Function<String, RuleMatcher.ValueOutcome> test, int minimumSamples) {
		List<String> notes = new ArrayList<>();
		int n = values.size();
		int matched = 0;
		int timedOut = 0;
		int validatorFailed = 0;
		int dictionaryHits = 0;
		if (rule.testsValues()) {
			for (String v : values) {
				RuleMatcher.ValueOutcome outcome = timedOut < TIME_OUTS_BEFORE_GIVING_UP ? test.apply(v)
						: RuleMatcher.ValueOutcome.TIMED_OUT;
				switch (outcome) {
					case MATCH -> {
						matched++;
						if (!rule.dictionary().isEmpty()) {
							dictionaryHits++;
						}
					}
					case TIMED_OUT -> timedOut++;
					case VALIDATOR_FAILED -> validatorFailed++;
					default -> {
					}
				}
			}
		}
		double ratio = n == 0 ? 0 : (double) matched / n;
		double confidence;
		if (!rule.testsValues()) {
			if (!nameMatch) {
				return null;
			}
			confidence = NAME_ONLY_CONFIDENCE;
		} else {
			if (matched == 0 && !nameMatch) {
				return null;
			}
			double logit = TypeScorer.PRIOR + (nameMatch ? TypeScorer.NAME_WEIGHT : 0);
			if (n == 0) {
				notes.add("no sampled values: only the column name speaks");
			} else if (n < minimumSamples) {
				notes.add("only " + n + " sampled values: the column name carries the decision");
				logit += ratio >= rule.minMatchRatio() ? 0.5 : -3.0;
			} else {
				double reliability = n / (n + TypeScorer.HALF_RELIABILITY_SAMPLES);
				double min = rule.minMatchRatio();
				if (ratio >= min) {
					double excess = min >= 1 ? 1 : (ratio - min) / (1 - min);
					logit += reliability * VALUE_WEIGHT * (0.75 + 0.25 * excess);
				} else {
					logit -= reliability * TypeScorer.CONTRADICTION_WEIGHT * (min - ratio) / min;
					notes.add("fewer values match than the rule's minimum ratio of " + min);
				}
			}
			confidence = 1 / (1 + Math.exp(-logit));
		}
		if (timedOut > 0) {
			notes.add(timedOut + " value" + (timedOut == 1 ? "" : "s") + " exceeded the regex time budget and counted as no match");
		}
		if (timedOut > TIME_OUTS_BEFORE_GIVING_UP) {
			notes.add("the value pattern was not run on the column's last " + (timedOut - TIME_OUTS_BEFORE_GIVING_UP)
					+ " values after " + TIME_OUTS_BEFORE_GIVING_UP + " time-outs");
		}
		List<String> parts = new ArrayList<>();
		if (rule.testsValues() && n > 0) {
			parts.add(matched + " of " + n + " sampled values matched rule '" + rule.id() + "'");
		}
		if (nameMatch) {
			parts.add("column name matches /" + rule.columnNamePattern().orElseThrow().pattern() + "/");
		}
		parts.addAll(notes);
		Evidence evidence = new Evidence(n, new java.util.HashSet<>(values).size(), matched + validatorFailed,
				rule.validator().map(v -> v.displayName()).orElse(null), matched, validatorFailed,
				rule.dictionary().isEmpty() ? null : "rule dictionary", dictionaryHits, Math.round(ratio * 1000) / 1000.0,
				nameMatch ? List.of(columnName) : List.of(), timedOut, confidence, WeightAdjustment.NONE, notes);
		return new RuleAssessment(rule, confidence, evidence, String.join("; ", parts));
	}

	record RuleAssessment(CustomRule rule, double confidence, Evidence evidence, String explanation) {
	}
}
