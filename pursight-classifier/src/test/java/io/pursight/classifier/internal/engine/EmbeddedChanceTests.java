package io.pursight.classifier.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.internal.engine.DecisionStability.Population;
import io.pursight.classifier.internal.engine.DecisionStability.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Types inside free text whose candidates partly fail the type's check: the passes chance alone would give are
 * taken off smoothly, so such a column is decided alike on every sample, and chance passes among many failures
 * never make a label.
 */
class EmbeddedChanceTests {
	private static final ClassificationEngine ENGINE = new ClassificationEngine(ClassifierConfig.defaults());
	private static final int[] SIZES = {300, 500, 1000};
	private static final String[] SENTENCES = {"Spoke to the site manager about the delay.",
			"The replacement unit ships on Monday.", "Approved for three days only, see the staffing plan.",
			"Follow-up scheduled after the quarterly review.", "No further action needed for now."};

	/** 3,000 notes; every {@code every}-th carries {@code pii(i)} after its sentence. */
	private static Population notes(String column, int every, java.util.function.IntFunction<String> pii) {
		Random random = new Random(11);
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
			rows.add(i % every == 0 ? sentence + " " + pii.apply(i) : sentence);
		}
		return new Population("handovers", column, "text", rows);
	}

	@Test
	void phoneNumbersWrittenWithACountryCodeApplyOnEverySampleEvenWhenSomeFailValidation() {
		// one number in four of 4% of the notes has a digit too many: a loosely written real number, not something else
		Population p = notes("handover_note", 25, i -> "Reachable on +44 20 7946 " + (i % 100 == 0 ? "09" : "0")
				+ String.format("%03d", i % 1000) + ".");
		Report report = DecisionStability.check(ENGINE, p, SIZES, 30, 5);

		assertThat(report.isStable()).as(report.describe()).isTrue();
		assertThat(report.decision()).as(report.describe()).contains("PHONE_NUMBER=APPLY");
	}

	@Test
	void cardLengthNumbersThatPassLuhnOnlyByChanceAreNeverLabelled() {
		Random random = new Random(3);
		Population p = notes("remarks", 4, i -> "Reference " + digits(random, 16) + " was noted.");
		Report report = DecisionStability.check(ENGINE, p, SIZES, 30, 5);

		assertThat(report.isStable()).as(report.describe()).isTrue();
		assertThat(report.decision()).as(report.describe()).doesNotContain("CREDIT_CARD_NUMBER");
	}

	private static String digits(Random random, int n) {
		StringBuilder b = new StringBuilder().append(4 + random.nextInt(2));
		while (b.length() < n) {
			b.append(random.nextInt(10));
		}
		return b.toString();
	}
}
