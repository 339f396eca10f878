package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CustomRuleTests {
	private static final List<String> EMPLOYEE_IDS = TypeExamples.column(List.of("EMP-000123", "EMP-004567",
			"EMP-998877", "EMP-100200"));

	private static ClassificationResult classify(CustomRule rule, String column, List<String> values) {
		return ColumnClassifier.create(ClassifierConfig.builder().customRule(rule).build())
				.classify(ColumnContext.builder(column).samples(values).build());
	}

	@Test
	void reportsWhereARegexFailsToCompile() {
		assertThatThrownBy(() -> CustomRule.builder("r1", "EMPLOYEE_ID").valuePattern("EMP-(\\d{6}"))
				.isInstanceOfSatisfying(InvalidRuleException.class, e -> {
					assertThat(e.field()).isEqualTo("valuePattern");
					assertThat(e.index()).isEqualTo(10);
					assertThat(e.description()).contains("Unclosed group");
					assertThat(e.getMessage()).contains("at index 10");
				});
		assertThatThrownBy(() -> CustomRule.builder("r1", "EMPLOYEE_ID").columnNamePattern("emp[")).isInstanceOf(
				InvalidRuleException.class);
	}

	@Test
	void rejectsRulesThatCannotWork() {
		assertThatThrownBy(() -> CustomRule.builder("r1", "EMPLOYEE_ID").build()).isInstanceOf(InvalidRuleException.class);
		assertThatThrownBy(() -> CustomRule.builder("r1", "employee id")).isInstanceOf(InvalidRuleException.class);
		assertThatThrownBy(() -> CustomRule.builder("r1", "EMPLOYEE_ID").minMatchRatio(0)).isInstanceOf(
				InvalidRuleException.class);
		assertThatThrownBy(() -> CustomRule.builder("r1", "EMPLOYEE_ID").thresholds(0.4, 0.6)).isInstanceOf(
				InvalidRuleException.class);
	}

	@Test
	void appliesARegexRuleWithItsCategoryAndSensitivity() {
		CustomRule rule = CustomRule.builder("emp-id", "EMPLOYEE_ID").valuePattern("EMP-\\d{6}")
				.category(Category.PII).sensitivity(Sensitivity.INTERNAL).build();
		TypeMatch m = classify(rule, "staff_code", EMPLOYEE_IDS).match("EMPLOYEE_ID").orElseThrow();
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
		assertThat(m.ruleId()).isEqualTo("emp-id");
		assertThat(m.category()).isEqualTo(Category.PII);
		assertThat(m.sensitivity()).isEqualTo(Sensitivity.INTERNAL);
		assertThat(m.explanation()).contains("40 of 40 sampled values matched rule 'emp-id'");
	}

	@Test
	void doesNotApplyWhenFewerValuesMatchThanTheMinimumRatio() {
		CustomRule rule = CustomRule.builder("emp-id", "EMPLOYEE_ID").valuePattern("EMP-\\d{6}").minMatchRatio(0.9)
				.build();
		List<String> mixed = TypeExamples.column(List.of("EMP-000123", "X", "Y", "EMP-004567"));
		assertThat(classify(rule, "code", mixed).decision("EMPLOYEE_ID")).isNotEqualTo(Decision.APPLY);
	}

	@Test
	void combinesARegexWithABuiltInValidator() {
		CustomRule rule = CustomRule.builder("loyalty", "LOYALTY_CARD").valuePattern("\\d{16}")
				.validator(BuiltInValidator.LUHN).build();
		List<String> luhn = TypeExamples.column(List.of("4111111111111111", "5500000000000004"));
		List<String> notLuhn = TypeExamples.column(List.of("4111111111111112", "5500000000000005"));
		assertThat(classify(rule, "loyalty_no", luhn).decision("LOYALTY_CARD")).isEqualTo(Decision.APPLY);
		TypeMatch failed = classify(rule, "loyalty_no", notLuhn).match("LOYALTY_CARD").orElse(null);
		assertThat(failed == null || failed.decision() != Decision.APPLY).isTrue();
	}

	@Test
	void matchesADictionaryIgnoringCaseAndAccents() {
		CustomRule rule = CustomRule.builder("dept", "DEPARTMENT").dictionary(List.of("Finance", "Ressources Humaines",
				"Legal")).build();
		List<String> values = TypeExamples.column(List.of("FINANCE", "ressources humaines", "Légal"));
		assertThat(classify(rule, "dept", values).decision("DEPARTMENT")).isEqualTo(Decision.APPLY);
	}

	@Test
	void classifiesByColumnNameAloneWhenTheRuleHasNoValueCondition() {
		CustomRule rule = CustomRule.builder("salary", "SALARY").columnNamePattern("^(gross_)?salary$").build();
		assertThat(classify(rule, "gross_salary", List.of("1", "2")).decision("SALARY")).isEqualTo(Decision.APPLY);
		assertThat(classify(rule, "salary_band", List.of("1", "2")).match("SALARY")).isEmpty();
	}

	@Test
	@Timeout(10)
	void survivesTheClassicNestedQuantifierPattern() {
		CustomRule classic = CustomRule.builder("classic", "CLASSIC").valuePattern("(a+)+$").build();
		RuleTestReport report = RuleTester.withDefaults().test(classic, List.of("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "aaaa"));
		assertThat(report.values()).extracting(RuleTestReport.ValueResult::matched).containsExactly(false, true);
	}

	@Test
	@Timeout(10)
	void stopsACatastrophicallyBacktrackingRegexAndCountsTheValueAsNoMatch() {
		// Java memoises (a+)+$ itself; a back-reference defeats that and backtracks exponentially
		CustomRule hostile = CustomRule.builder("evil", "EVIL").valuePattern("(a+)+\\1b").build();
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			values.add("aaaaaaaaaaaaaaaaaaaaaaaaaaaa!");
		}
		long start = System.nanoTime();
		ClassificationResult r = ColumnClassifier.create(ClassifierConfig.builder().customRule(hostile)
				.regexBudget(100_000, Duration.ofMillis(50)).build())
				.classify(ColumnContext.builder("notes").samples(values).build());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		assertThat(r.match("EVIL")).isEmpty(); // nothing matched and the name says nothing
		RuleTestReport report = RuleTester.withDefaults().test(hostile, values);
		assertThat(report.timedOutCount()).isEqualTo(20);
		assertThat(report.values().getFirst().reason()).contains("time budget");
	}

	@Test
	void reportsTimedOutValuesInTheEvidence() {
		CustomRule hostile = CustomRule.builder("evil", "EVIL").valuePattern("(.*){20}b").columnNamePattern("notes")
				.build();
		List<String> values = new ArrayList<>(List.of("aaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
		values.addAll(List.of("b", "ab", "aab"));
		TypeMatch m = classify(hostile, "notes", values).match("EVIL").orElseThrow();
		assertThat(m.evidence().timedOutValues()).isEqualTo(2);
		assertThat(m.explanation()).contains("2 values exceeded the regex time budget");
	}

	@Test
	@Timeout(30)
	void givesUpOnAColumnAfterSixteenTimeOutsOfARule() {
		CustomRule hostile = CustomRule.builder("evil", "EVIL").valuePattern("(.*){1,32000}[bc]").columnNamePattern("notes")
				.build();
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			values.add("a".repeat(500) + i + "!");
		}
		TypeMatch m = classify(hostile, "notes", values).match("EVIL").orElseThrow();
		assertThat(m.evidence().timedOutValues()).isEqualTo(5000);
		assertThat(m.explanation()).contains("not run on the column's last 4984 values after 16 time-outs");
	}

	@Test
	void learnsFromFeedbackPerRule() {
		CustomRule rule = CustomRule.builder("emp-id", "EMPLOYEE_ID").valuePattern("EMP-\\d{6}").build();
		ColumnClassifier adjusted = ColumnClassifier.create(ClassifierConfig.builder().customRule(rule)
				.adjustRule("emp-id", WeightAdjustment.multiplier(0.6)).build());
		TypeMatch m = adjusted.classify(ColumnContext.builder("code").samples(EMPLOYEE_IDS).build()).match("EMPLOYEE_ID")
				.orElseThrow();
		assertThat(m.decision()).isNotEqualTo(Decision.APPLY);
		assertThat(m.evidence().adjustment().multiplier()).isEqualTo(0.6);
	}

	@Test
	void usesTheRulesOwnThresholds() {
		CustomRule lenient = CustomRule.builder("emp-id", "EMPLOYEE_ID").valuePattern("EMP-\\d{6}").minMatchRatio(0.5)
				.thresholds(0.6, 0.3).build();
		List<String> half = TypeExamples.column(List.of("EMP-000123", "EMP-000124", "EMP-000125", "n/a"));
		TypeMatch m = classify(lenient, "code", half).match("EMPLOYEE_ID").orElseThrow();
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
	}
}
