package io.pursight.classification;

import java.time.Duration;
import java.util.Map;

import io.pursight.classifier.RuleTester;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code pursight.classification.*} as the server binds it at start. */
class ClassificationSettingsTests {

	static ClassificationSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
				.bindOrCreate("pursight.classification", ClassificationSettings.class);
	}

	@Test
	void withoutKeysTheRuleTestHasItsDocumentedBudget() {
		ClassificationSettings settings = bind(Map.of());

		assertThat(settings.ruleTest().timeBudget()).isEqualTo(Duration.ofSeconds(2));
		assertThat(settings.ruleTest().stepBudget()).isEqualTo(RuleTester.DEFAULT_TOTAL_STEPS);
	}

	@Test
	void theKeysOfEarlierReleasesStillApply() {
		ClassificationSettings settings = bind(Map.of("pursight.classification.rule-test.time-budget", "500ms",
				"pursight.classification.rule-test.step-budget", "1000"));

		assertThat(settings.ruleTest().timeBudget()).isEqualTo(Duration.ofMillis(500));
		assertThat(settings.ruleTest().stepBudget()).isEqualTo(1000);
	}

	@Test
	void aBudgetThatWouldStopEveryTestRefusesToStartAndNamesTheKey() {
		assertThatThrownBy(() -> bind(Map.of("pursight.classification.rule-test.time-budget", "0s")))
				.isInstanceOf(BindException.class).rootCause()
				.hasMessageContaining("pursight.classification.rule-test.time-budget must be positive");
		assertThatThrownBy(() -> bind(Map.of("pursight.classification.rule-test.step-budget", "0")))
				.isInstanceOf(BindException.class).rootCause()
				.hasMessageContaining("pursight.classification.rule-test.step-budget must be at least 1");
	}
}
