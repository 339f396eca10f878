package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RuleTesterTests {

	@Test
	void showsWhichValuesMatchedAndWhy() {
		CustomRule rule = CustomRule.builder("loyalty", "LOYALTY_CARD").valuePattern("\\d{16}")
				.validator(BuiltInValidator.LUHN).build();
		RuleTestReport report = RuleTester.withDefaults().test(rule, "loyalty_no",
				Arrays.asList("4111111111111111", "4111111111111112", "abc", null));
		assertThat(report.values()).extracting(RuleTestReport.ValueResult::matched).containsExactly(true, false, false,
				false);
		assertThat(report.values().get(0).reason()).contains("matches").contains("Luhn check");
		assertThat(report.values().get(1).reason()).isEqualTo("fails the Luhn check");
		assertThat(report.values().get(2).reason()).contains("does not match /\\d{16}/");
		assertThat(report.values().get(3).reason()).contains("skipped");
		assertThat(report.matchedCount()).isEqualTo(1);
	}

	@Test
	void tellsWhetherTheColumnNamePatternMatchesAndHowAColumnWouldBeClassified() {
		CustomRule rule = CustomRule.builder("emp", "EMPLOYEE_ID").valuePattern("EMP-\\d{6}").columnNamePattern("emp")
				.build();
		RuleTestReport report = RuleTester.withDefaults().test(rule, "emp_code",
				TypeExamples.column(java.util.List.of("EMP-000001", "EMP-000002")));
		assertThat(report.columnNameMatches()).isTrue();
		assertThat(report.columnVerdict()).isNotNull();
		assertThat(report.columnVerdict().decision()).isEqualTo(Decision.APPLY);
	}

	/** The attack on the rule tester: a thousand distinct values a catastrophic pattern cannot match. */
	@Test
	@Timeout(30)
	void stopsAtTheTotalBudgetAndSaysWhatToSimplify() {
		CustomRule hostile = CustomRule.builder("evil", "EVIL").valuePattern("(.*){1,32000}[bc]").build();
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			values.add("a".repeat(500) + i + "!");
		}

		RuleTestReport report = RuleTester.withDefaults().test(hostile, "notes", values);

		assertThat(report.stoppedAtBudget()).isTrue();
		assertThat(report.untestedValues()).isPositive();
		assertThat(report.values().size() + report.untestedValues()).isEqualTo(1000);
		assertThat(report.values()).allSatisfy(v -> assertThat(v.timedOut()).isTrue());
		assertThat(report.advice()).contains("Stopped after the test's budget", "simplify", "(.*)+");
	}

	@Test
	@Timeout(30)
	void stopsAtTheTotalTimeEvenWithStepsLeft() {
		CustomRule hostile = CustomRule.builder("evil", "EVIL").valuePattern("(.*){1,32000}[bc]").build();
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			values.add("a".repeat(500) + i + "!");
		}

		RuleTestReport report = RuleTester.withDefaults().withTotalBudget(Long.MAX_VALUE, Duration.ofMillis(1))
				.test(hostile, values);

		assertThat(report.stoppedAtBudget()).isTrue();
		assertThat(report.untestedValues()).isGreaterThan(900);
	}

	@Test
	@Timeout(30)
	void evaluatesEachDistinctValueOnce() {
		CustomRule hostile = CustomRule.builder("evil", "EVIL").valuePattern("(.*){1,32000}[bc]").build();
		List<String> values = Collections.nCopies(1000, "a".repeat(500) + "!");

		RuleTestReport report = RuleTester.withDefaults().withTotalBudget(1_000_000, Duration.ofMinutes(1))
				.test(hostile, values);

		assertThat(report.stoppedAtBudget()).isFalse();
		assertThat(report.timedOutCount()).isEqualTo(1000);
		assertThat(report.advice()).startsWith("1000 values ran out of the per-value budget");
	}

	@Test
	void aHarmlessTestNeedsNoAdvice() {
		CustomRule rule = CustomRule.builder("emp", "EMPLOYEE_ID").valuePattern("EMP-\\d{6}").build();
		RuleTestReport report = RuleTester.withDefaults().test(rule, List.of("EMP-000001", "x"));
		assertThat(report.stoppedAtBudget()).isFalse();
		assertThat(report.untestedValues()).isZero();
		assertThat(report.advice()).isNull();
	}
}
