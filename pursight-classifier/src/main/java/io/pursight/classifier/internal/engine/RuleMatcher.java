package io.pursight.classifier.internal.engine;

import io.pursight.classifier.CustomRule;
import io.pursight.classifier.internal.regex.BudgetedRegex;
import io.pursight.classifier.internal.regex.SharedBudget;
import io.pursight.classifier.internal.text.AccentFolder;
import java.time.Duration;

/** Applies one custom rule to single values and to a column name, with every regex under the budget. */
public final class RuleMatcher {
	/** Why a value matched or did not. */
	public enum ValueOutcome {
		MATCH("matched"),
		PATTERN_MISMATCH("does not match the value pattern"),
		VALIDATOR_FAILED("fails the validator"),
		NOT_IN_DICTIONARY("is not in the rule's dictionary"),
		TIMED_OUT("the value pattern ran out of its time budget (counted as no match)");

		private final String reason;

		ValueOutcome(String reason) {
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}
	}

	private final CustomRule rule;
	private final BudgetedRegex valueRegex;
	private final BudgetedRegex nameRegex;

	public RuleMatcher(CustomRule rule, long maxSteps, Duration maxTime) {
		this.rule = rule;
		long nanos = maxTime.toNanos();
		this.valueRegex = rule.valuePattern().map(p -> new BudgetedRegex(p, maxSteps, nanos)).orElse(null);
		this.nameRegex = rule.columnNamePattern().map(p -> new BudgetedRegex(p, maxSteps, nanos)).orElse(null);
	}

	public CustomRule rule() {
		return rule;
	}

	/** Tests one trimmed value against every value condition of the rule, cheapest first after the regex. */
	public ValueOutcome test(String value) {
		return test(value, null);
	}

	/**
	 * {@link #test(String)} with the regex also within what is left of {@code shared} (null: no
	 * shared budget); when the shared budget runs out the value is reported as timed out.
	 */
	public ValueOutcome test(String value, SharedBudget shared) {
		if (valueRegex != null) {
			BudgetedRegex.Outcome outcome = shared == null ? valueRegex.matches(value) : valueRegex.matches(value, shared);
			if (outcome == BudgetedRegex.Outcome.TIMED_OUT) {
				return ValueOutcome.TIMED_OUT;
			}
			if (outcome == BudgetedRegex.Outcome.NO_MATCH) {
				return ValueOutcome.PATTERN_MISMATCH;
			}
		}
		if (!rule.dictionary().isEmpty() && !rule.dictionary().contains(AccentFolder.fold(value))) {
			return ValueOutcome.NOT_IN_DICTIONARY;
		}
		if (rule.validator().isPresent() && !rule.validator().get().test(value)) {
			return ValueOutcome.VALIDATOR_FAILED;
		}
		return ValueOutcome.MATCH;
	}

	/** True when the rule has a column-name pattern and the name contains a match. */
	public boolean matchesColumnName(String columnName) {
		return matchesColumnName(columnName, null);
	}

	/** {@link #matchesColumnName(String)} within what is left of {@code shared} (null: no shared budget). */
	public boolean matchesColumnName(String columnName, SharedBudget shared) {
		if (nameRegex == null) {
			return false;
		}
		return shared == null ? nameRegex.finds(columnName) : nameRegex.finds(columnName, shared);
	}

	public boolean hasColumnNamePattern() {
		return nameRegex != null;
	}
}
