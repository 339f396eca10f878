package io.pursight.classification;

import java.time.Duration;

import io.pursight.classifier.RuleTester;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's classification settings ({@code pursight.classification.*}), bound and checked at
 * start; the defaults live here and nowhere else. A workspace's own thresholds and sample size are
 * {@link WorkspaceClassificationSettings}.
 *
 * @param ruleTest the budget of one rule test ({@code …/classification-rules/test}), on top of the
 *                 classifier's per-value regex budget
 */
@ConfigurationProperties("pursight.classification")
public record ClassificationSettings(@DefaultValue RuleTest ruleTest) {

	/**
	 * @param timeBudget a rule test stops after this long and reports how far it got
	 * @param stepBudget … or after this many regex steps, whichever comes first
	 */
	public record RuleTest(@DefaultValue("2s") Duration timeBudget,
			@DefaultValue("" + RuleTester.DEFAULT_TOTAL_STEPS) long stepBudget) {

		public RuleTest {
			if (timeBudget.isNegative() || timeBudget.isZero()) {
				throw new IllegalArgumentException(
						"pursight.classification.rule-test.time-budget must be positive (got " + timeBudget + ").");
			}
			if (stepBudget < 1) {
				throw new IllegalArgumentException(
						"pursight.classification.rule-test.step-budget must be at least 1 (got " + stepBudget + ").");
			}
		}
	}
}
