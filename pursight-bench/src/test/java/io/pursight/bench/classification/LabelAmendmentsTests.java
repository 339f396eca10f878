package io.pursight.bench.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelAmendmentsTests {
	private static final String ONE = """
			{"amendments": [{"dataset": "northwind", "column": "us_states.state_name", "optional": "STATE_PROVINCE",
			  "reason": "issue 10 kind 6"}]}""";

	private static DatasetLabels northwind(Map<String, String> expected) {
		return new DatasetLabels("northwind", Map.of(), expected, Map.of(), Map.of());
	}

	@Test
	void makesAnUnlabelledColumnOptionalForItsDatasetOnly() {
		LabelAmendments amendments = LabelAmendments.parse(ONE);
		DatasetLabels amended = amendments.applyTo(northwind(Map.of()));
		assertThat(amended.truth("us_states", "state_name").optional()).containsExactly("STATE_PROVINCE");
		assertThat(amended.truth("UsStates", "StateName").optional()).as("keys in normal form")
				.containsExactly("STATE_PROVINCE");
		DatasetLabels other = amendments.applyTo(new DatasetLabels("chinook", Map.of(), Map.of(), Map.of(), Map.of()));
		assertThat(other.truth("us_states", "state_name").optional()).isEmpty();
	}

	@Test
	void neverOverridesAnExpectedType() {
		DatasetLabels labels = northwind(Map.of(DatasetLabels.key("us_states", "state_name"), "CITY"));
		assertThatThrownBy(() -> LabelAmendments.parse(ONE).applyTo(labels)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("expected type");
	}

	@Test
	void shipsOnlyReasonedAmendments() {
		assertThat(LabelAmendments.shipped().amendments()).isNotEmpty().allSatisfy(a -> {
			assertThat(a.reason()).contains("issue 10");
			assertThat(a.column()).contains(".");
			assertThat(a.optional()).isNotBlank();
		});
	}
}
