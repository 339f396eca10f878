package io.pursight.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierConfigTests {
	private static final ColumnContext EMAILS = ColumnContext.builder("contact").samples(TypeExamples.column(
			List.of("a@example.com", "b@example.org", "c@example.net", "d@example.com"))).build();

	@Test
	void decidesApplyReviewOrIgnoreByTheThresholds() {
		assertThat(Thresholds.DEFAULT.decide(0.80)).isEqualTo(Decision.APPLY);
		assertThat(Thresholds.DEFAULT.decide(0.79)).isEqualTo(Decision.REVIEW);
		assertThat(Thresholds.DEFAULT.decide(0.50)).isEqualTo(Decision.REVIEW);
		assertThat(Thresholds.DEFAULT.decide(0.49)).isEqualTo(Decision.IGNORE);
	}

	@Test
	void rejectsThresholdsOutOfOrder() {
		assertThatThrownBy(() -> new Thresholds(0.5, 0.8)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Thresholds(1.2, 0.5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void overridesThresholdsPerType() {
		ColumnClassifier strict = ColumnClassifier.create(ClassifierConfig.builder()
				.thresholds(SensitiveType.EMAIL_ADDRESS, new Thresholds(0.999, 0.9)).build());
		TypeMatch m = strict.classify(EMAILS).match(SensitiveType.EMAIL_ADDRESS).orElseThrow();
		assertThat(m.decision()).isEqualTo(Decision.REVIEW);
		assertThat(ColumnClassifier.withDefaults().classify(EMAILS).decision(SensitiveType.EMAIL_ADDRESS))
				.isEqualTo(Decision.APPLY);
	}

	@Test
	void givesBuiltInTypesCalibratedThresholdsAndRestrictedOnesAnEarlierReviewUnlessConfigured() {
		ClassifierConfig defaults = ClassifierConfig.defaults();
		assertThat(defaults.thresholdsFor("CREDIT_CARD_NUMBER")).isEqualTo(new Thresholds(0.80, 0.05));
		assertThat(defaults.thresholdsFor("CITY")).isEqualTo(new Thresholds(0.80, 0.10));
		assertThat(defaults.thresholdsFor("EMPLOYEE_ID")).as("a custom type's scores are uncalibrated")
				.isEqualTo(Thresholds.DEFAULT);
		ClassifierConfig uniform = ClassifierConfig.builder().defaultThresholds(new Thresholds(0.9, 0.6))
				.thresholds(SensitiveType.CITY, new Thresholds(0.7, 0.3)).build();
		assertThat(uniform.thresholdsFor("CREDIT_CARD_NUMBER")).isEqualTo(new Thresholds(0.9, 0.6));
		assertThat(uniform.thresholdsFor("CITY")).isEqualTo(new Thresholds(0.7, 0.3));
	}

	@Test
	void clampsLearnedAdjustmentsToASaneRange() {
		WeightAdjustment a = new WeightAdjustment(10, -3);
		assertThat(a.multiplier()).isEqualTo(WeightAdjustment.MAX_MULTIPLIER);
		assertThat(a.offset()).isEqualTo(-WeightAdjustment.MAX_OFFSET);
		assertThat(a.apply(0.9)).isBetween(0.0, 1.0);
		assertThat(WeightAdjustment.multiplier(0.1).multiplier()).isEqualTo(WeightAdjustment.MIN_MULTIPLIER);
	}

	@Test
	void showsALearnedAdjustmentInTheEvidence() {
		ColumnClassifier adjusted = ColumnClassifier.create(ClassifierConfig.builder()
				.adjustType(SensitiveType.EMAIL_ADDRESS, WeightAdjustment.offset(-0.25)).build());
		TypeMatch m = adjusted.classify(EMAILS).match(SensitiveType.EMAIL_ADDRESS).orElseThrow();
		TypeMatch plain = ColumnClassifier.withDefaults().classify(EMAILS).match(SensitiveType.EMAIL_ADDRESS).orElseThrow();
		assertThat(m.confidence()).isLessThan(plain.confidence());
		assertThat(m.evidence().adjustment().offset()).isEqualTo(-0.25);
		assertThat(m.evidence().unadjustedConfidence()).isEqualTo(plain.evidence().unadjustedConfidence());
		assertThat(m.explanation()).contains("from reviewer feedback");
	}

	@Test
	void disablesTypes() {
		ColumnClassifier noEmail = ColumnClassifier.create(ClassifierConfig.builder()
				.disable(SensitiveType.EMAIL_ADDRESS).build());
		assertThat(noEmail.classify(EMAILS).match(SensitiveType.EMAIL_ADDRESS)).isEmpty();
	}

	@Test
	void derivesAChangedConfigurationFromAnExistingOne() {
		ClassifierConfig base = ClassifierConfig.builder().minimumSamples(5).build();
		ClassifierConfig derived = base.toBuilder().adjustType("EMAIL_ADDRESS", WeightAdjustment.multiplier(1.1)).build();
		assertThat(derived.minimumSamples()).isEqualTo(5);
		assertThat(derived.adjustmentForType("EMAIL_ADDRESS").multiplier()).isEqualTo(1.1);
	}
}
