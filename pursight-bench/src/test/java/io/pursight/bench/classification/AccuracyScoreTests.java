package io.pursight.bench.classification;

import static org.assertj.core.api.Assertions.assertThat;

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
		score.record("t.email", "EMAIL_ADDRESS", Set.of(),
				CLASSIFIER.classify(ColumnContext.builder("email").samples(EMAILS).build()));
		score.record("t.other", null, Set.of("EMAIL_ADDRESS"),
				CLASSIFIER.classify(ColumnContext.builder("contact").samples(EMAILS).build()));
		score.record("t.missed", "PHONE_NUMBER", Set.of(),
				CLASSIFIER.classify(ColumnContext.builder("phone").samples(List.of()).build()));
		score.record("t.wrong", null, Set.of(), CLASSIFIER.classify(ColumnContext.builder("x").samples(EMAILS).build()));
		assertThat(score.precision()).isEqualTo(0.5);
		assertThat(score.recall()).isEqualTo(0.5);
		assertThat(score.mistakes()).extracting(AccuracyScore.Mistake::kind).containsExactlyInAnyOrder("FN", "FP");
	}
}
