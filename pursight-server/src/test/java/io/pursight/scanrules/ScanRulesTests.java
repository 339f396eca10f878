package io.pursight.scanrules;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.pursight.common.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScanRulesTests {

	@Test
	void nullFieldsTakeTheDefaults() {
		ScanRules rules = new ScanRules(null, null, null, null, null, null, null, true, null, 500, null, null, true,
				true, false, false, null, 4, 0.5);

		assertThat(rules.includeSchemas()).isEmpty();
		assertThat(rules.objectKinds()).containsExactlyInAnyOrder(ObjectKind.TABLE, ObjectKind.VIEW,
				ObjectKind.MATERIALIZED_VIEW);
		assertThat(rules.sampling()).isEqualTo(SamplingStrategy.RANDOM);
		assertThat(rules.classificationTypes()).isEmpty();
		assertThat(rules.tableTimeout()).isEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void theDefaultsReadEverythingAndClassifyWithEveryType() {
		ScanRules rules = ScanRules.defaults();

		assertThat(rules.selectsTable("any", "thing", ObjectKind.TABLE)).isTrue();
		assertThat(rules.selectsTable("any", "thing", ObjectKind.PARTITION)).isFalse();
		assertThat(rules.selectsColumn("any", "thing", "email")).isTrue();
		assertThat(rules.appliesType("EMAIL_ADDRESS")).isTrue();
		assertThat(rules.sampleSize()).isEqualTo(1_000);
		assertThat(rules.maxParallelism()).isEqualTo(4);
		assertThat(rules.maxErrorShare()).isEqualTo(0.5);
	}

	@Test
	void anExcludeWinsOverAnInclude() {
		ScanRules rules = with(List.of(NamePattern.glob("sales*")), List.of(NamePattern.glob("sales_archive")),
				List.of(), List.of());

		assertThat(rules.selectsSchema("sales")).isTrue();
		assertThat(rules.selectsSchema("Sales_EU")).isTrue();
		assertThat(rules.selectsSchema("sales_archive")).isFalse();
		assertThat(rules.selectsSchema("hr")).isFalse();
		assertThat(rules.selectsTable("hr", "employees", ObjectKind.TABLE)).isFalse();
	}

	@Test
	void aTablePatternMatchesTheNameOrSchemaDotName() {
		ScanRules rules = with(List.of(), List.of(), List.of(NamePattern.glob("public.orders"), NamePattern.glob("customers")),
				List.of(NamePattern.regex("audit\\..*")));

		assertThat(rules.selectsTable("public", "orders", ObjectKind.TABLE)).isTrue();
		assertThat(rules.selectsTable("sales", "orders", ObjectKind.TABLE)).isFalse();
		assertThat(rules.selectsTable("sales", "customers", ObjectKind.VIEW)).isTrue();
		assertThat(rules.selectsTable("audit", "customers", ObjectKind.TABLE)).isFalse();
	}

	@Test
	void aColumnPatternMatchesTheNameOrTableDotName() {
		ScanRules rules = new ScanRules(null, null, null, null, List.of(), List.of(NamePattern.glob("*_hash"),
				NamePattern.glob("users.notes")), null, true, null, 500, null, null, true, true, false, false, null, 4, 0.5);

		assertThat(rules.selectsColumn("public", "users", "email")).isTrue();
		assertThat(rules.selectsColumn("public", "users", "password_hash")).isFalse();
		assertThat(rules.selectsColumn("public", "users", "notes")).isFalse();
		assertThat(rules.selectsColumn("public", "orders", "notes")).isTrue();
	}

	@Test
	void onlyTheListedKindsAndTypesApply() {
		ScanRules rules = new ScanRules(null, null, null, null, null, null, Set.of(ObjectKind.TABLE), true, null, 500,
				null, Set.of("CREDIT_CARD_NUMBER"), true, true, false, false, null, 4, 0.5);

		assertThat(rules.selectsTable("s", "t", ObjectKind.TABLE)).isTrue();
		assertThat(rules.selectsTable("s", "v", ObjectKind.VIEW)).isFalse();
		assertThat(rules.appliesType("CREDIT_CARD_NUMBER")).isTrue();
		assertThat(rules.appliesType("EMAIL_ADDRESS")).isFalse();
	}

	@Test
	void metadataOnlyAppliesNoType() {
		ScanRules rules = new ScanRules(null, null, null, null, null, null, null, false, null, 500, null, null, false,
				false, false, false, null, 4, 0.5);

		assertThat(rules.appliesType("EMAIL_ADDRESS")).isFalse();
	}

	@Test
	void refusesWhatAScanCouldNotHonourNamingTheField() {
		assertRefused(() -> rules(0, SamplingStrategy.RANDOM, null, Duration.ofSeconds(60), 4, 0.5), "sampleSize");
		assertRefused(() -> rules(10_001, SamplingStrategy.RANDOM, null, Duration.ofSeconds(60), 4, 0.5), "sampleSize");
		assertRefused(() -> rules(500, SamplingStrategy.PERCENTAGE, null, Duration.ofSeconds(60), 4, 0.5), "samplePercent");
		assertRefused(() -> rules(500, SamplingStrategy.PERCENTAGE, 0.0, Duration.ofSeconds(60), 4, 0.5), "samplePercent");
		assertRefused(() -> rules(500, SamplingStrategy.PERCENTAGE, 100.5, Duration.ofSeconds(60), 4, 0.5), "samplePercent");
		assertRefused(() -> rules(500, SamplingStrategy.RANDOM, 5.0, Duration.ofSeconds(60), 4, 0.5), "samplePercent");
		assertRefused(() -> rules(500, SamplingStrategy.RANDOM, null, Duration.ofMillis(500), 4, 0.5), "tableTimeout");
		assertRefused(() -> rules(500, SamplingStrategy.RANDOM, null, Duration.ofMinutes(61), 4, 0.5), "tableTimeout");
		assertRefused(() -> rules(500, SamplingStrategy.RANDOM, null, Duration.ofSeconds(60), 0, 0.5), "maxParallelism");
		assertRefused(() -> rules(500, SamplingStrategy.RANDOM, null, Duration.ofSeconds(60), 33, 0.5), "maxParallelism");
		assertRefused(() -> rules(500, SamplingStrategy.RANDOM, null, Duration.ofSeconds(60), 4, 1.5), "maxErrorShare");
		assertRefused(() -> rules(500, SamplingStrategy.RANDOM, null, Duration.ofSeconds(60), 4, Double.NaN), "maxErrorShare");
		assertRefused(() -> new ScanRules(null, null, null, null, null, null, Set.of(), true, null, 500, null, null, true,
				true, false, false, null, 4, 0.5), "objectKinds");
		assertRefused(() -> new ScanRules(null, null, null, null, null, null, null, true, null, 500, null, null, true,
				false, true, false, null, 4, 0.5), "exactProfile");

		assertThat(rules(10_000, SamplingStrategy.PERCENTAGE, 100.0, Duration.ofHours(1), 32, 1.0).samplePercent())
				.isEqualTo(100.0);
	}

	private static void assertRefused(Runnable create, String field) {
		assertThatThrownBy(create::run).isInstanceOf(Problem.class).hasMessageStartingWith(field);
	}

	private static ScanRules rules(int sampleSize, SamplingStrategy sampling, Double percent, Duration timeout,
			int parallelism, double errorShare) {
		return new ScanRules(null, null, null, null, null, null, null, true, sampling, sampleSize, percent, null, true,
				true, false, false, timeout, parallelism, errorShare);
	}

	private static ScanRules with(List<NamePattern> includeSchemas, List<NamePattern> excludeSchemas,
			List<NamePattern> includeTables, List<NamePattern> excludeTables) {
		return new ScanRules(includeSchemas, excludeSchemas, includeTables, excludeTables, null, null, null, true, null,
				500, null, null, true, true, false, false, null, 4, 0.5);
	}
}
