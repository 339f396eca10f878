package io.pursight.bench.classification;

import static org.assertj.core.api.Assertions.assertThat;

import io.pursight.bench.classification.AccuracyScore.Applied;
import io.pursight.bench.classification.AccuracyScore.Truth;
import io.pursight.classifier.ColumnClassifier;
import io.pursight.classifier.ColumnContext;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccuracyScoreTests {
	private static final ColumnClassifier CLASSIFIER = ColumnClassifier.withDefaults();
	private static final List<String> EMAILS = java.util.stream.IntStream.range(0, 60)
			.mapToObj(i -> "user" + i + "@example.com").toList();

	@Test
	void countsOnlyAppliedTypesAndForgivesOptionalOnes() {
		AccuracyScore score = new AccuracyScore();
		score.record("t.email", new Truth("EMAIL_ADDRESS", Set.of(), Set.of()),
				CLASSIFIER.classify(ColumnContext.builder("email").samples(EMAILS).build()));
		score.record("t.other", new Truth(null, Set.of(), Set.of("EMAIL_ADDRESS")),
				CLASSIFIER.classify(ColumnContext.builder("contact").samples(EMAILS).build()));
		score.record("t.missed", new Truth("PHONE_NUMBER", Set.of(), Set.of()),
				CLASSIFIER.classify(ColumnContext.builder("phone").samples(List.of()).build()));
		score.record("t.wrong", Truth.NONE, CLASSIFIER.classify(ColumnContext.builder("x").samples(EMAILS).build()));
		assertThat(score.precision()).isEqualTo(0.5);
		assertThat(score.recall()).isEqualTo(0.5);
		assertThat(score.mistakes()).extracting(AccuracyScore.Mistake::kind).containsExactlyInAnyOrder("FN", "FP");
	}

	@Test
	void aTypeInsideTextIsRightOnlyWhenFoundInsideTextAndTheWrongOccurrenceIsOneMiss() {
		Truth notes = new Truth(null, Set.of("EMAIL_ADDRESS", "PHONE_NUMBER"), Set.of());
		AccuracyScore score = new AccuracyScore();
		score.record("t.notes", notes, List.of(new Applied("EMAIL_ADDRESS", true, "found inside"),
				new Applied("PHONE_NUMBER", false, "as whole values")), type -> null);

		assertThat(score.precision()).isEqualTo(1.0);
		assertThat(score.recall()).isEqualTo(0.5);
		assertThat(score.mistakes()).singleElement().satisfies(m -> {
			assertThat(m.kind()).isEqualTo("FN");
			assertThat(m.type()).isEqualTo("PHONE_NUMBER (in text)");
			assertThat(m.explanation()).startsWith("applied as whole values");
		});
		assertThat(score.perTypeTable()).contains("EMAIL_ADDRESS (in text)");
	}

	@Test
	void anEmbeddedTypeTheLabelsDoNotMentionIsAFalsePositive() {
		AccuracyScore score = new AccuracyScore();
		score.record("t.comment", new Truth(null, Set.of("EMAIL_ADDRESS"), Set.of()),
				List.of(new Applied("EMAIL_ADDRESS", true, "ok"), new Applied("IP_ADDRESS", true, "a version")), t -> null);

		assertThat(score.mistakes()).singleElement().satisfies(m -> {
			assertThat(m.kind()).isEqualTo("FP");
			assertThat(m.type()).isEqualTo("IP_ADDRESS (in text)");
		});
	}
}
