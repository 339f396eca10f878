package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.ColumnContext;
import io.pursight.classifier.Decision;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.TypeMatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MissingValueMarkersTests {
	private static final ClassificationEngine ENGINE = new ClassificationEngine(ClassifierConfig.defaults());

	@ParameterizedTest
	@ValueSource(strings = {"N/A", "n/a", "NULL", "unknown", "-", "--", "?", "-1", "99", "999", "-9999",
			"1900-01-01", "9999-12-31 00:00:00", "0000-00-00"})
	void knowsTheMarkersOfMissingValues(String value) {
		assertThat(MissingValueMarkers.isMarker(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = {"0", "1", "9", "42", "998", "-2", "Nancy", "1982-03-29", "Namibia", "nul", "1900"})
	void takesOtherValuesForValues(String value) {
		assertThat(MissingValueMarkers.isMarker(value)).isFalse();
	}

	@Test
	void leavesMarkersOutOfATypeTheyDoNotFitLikeNulls() {
		List<String> ages = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			ages.add(i % 4 == 0 ? "999" : Integer.toString(20 + i % 50));
		}
		TypeMatch m = ENGINE.classify(ColumnContext.builder("age").table("patients").dataType("smallint").samples(ages)
				.build()).match(SensitiveType.AGE).orElseThrow();
		assertThat(m.decision()).isEqualTo(Decision.APPLY);
		assertThat(m.evidence().validatorsFailed()).isZero();
		assertThat(m.explanation()).contains("50 values are markers of a missing value");
	}

	@Test
	void countsAMarkerThatFitsTheTypeAsAValue() {
		// 99 is an age; it stays one of the values and agrees with the name
		List<String> ages = List.of("99", "34", "51", "99", "27");
		TypeMatch m = ENGINE.classify(ColumnContext.builder("age").table("patients").dataType("smallint").samples(ages)
				.build()).match(SensitiveType.AGE).orElseThrow();
		assertThat(m.explanation()).doesNotContain("missing value");
	}

	@Test
	void doesNotLetMarkersHideValuesOfAnotherShape() {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			values.add(i % 2 == 0 ? "N/A" : "Gold member since " + (1990 + i % 30));
		}
		assertThat(ENGINE.classify(ColumnContext.builder("age").table("patients").dataType("varchar(40)")
				.samples(values).build()).decision(SensitiveType.AGE)).isNotEqualTo(Decision.APPLY);
	}
}
