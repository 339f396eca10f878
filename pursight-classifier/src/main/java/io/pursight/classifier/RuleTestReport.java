package io.pursight.classifier;

import java.util.List;

/**
 * What {@link RuleTester} found.
 *
 * @param ruleId            the rule tested
 * @param values            one result per value tested, in the order supplied; the values after a
 *                          stop at the test's budget are not listed
 * @param columnNameMatches whether the rule's column-name pattern matched the supplied name
 * @param columnVerdict     how a column of the tested values (and name) would be classified by the rule; null when not applicable
 * @param stoppedAtBudget   whether the test stopped because its total budget was spent
 * @param untestedValues    how many supplied values were not reached because of that stop
 * @param advice            what to change when values ran out of budget, else null
 */
public record RuleTestReport(String ruleId, List<ValueResult> values, boolean columnNameMatches, TypeMatch columnVerdict,
		boolean stoppedAtBudget, int untestedValues, String advice) {

	public RuleTestReport {
		values = List.copyOf(values);
	}

	/**
	 * @param value    the value as supplied
	 * @param matched  whether it satisfies every value condition of the rule
	 * @param timedOut whether the regex ran out of its budget on it
	 * @param reason   why it matched or did not, e.g. "does not match /EMP-\d{6}/"
	 */
	public record ValueResult(String value, boolean matched, boolean timedOut, String reason) {
	}

	public long matchedCount() {
		return values.stream().filter(ValueResult::matched).count();
	}

	public long timedOutCount() {
		return values.stream().filter(ValueResult::timedOut).count();
	}
}
