package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

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
}
