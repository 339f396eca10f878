package io.pursight.classification.internal;

import java.util.List;

import io.pursight.classifier.Decision;
import org.junit.jupiter.api.Test;

import static io.pursight.classification.ClassificationStatus.APPLIED;
import static io.pursight.classification.ClassificationStatus.APPROVED;
import static io.pursight.classification.ClassificationStatus.PENDING_REVIEW;
import static io.pursight.classification.ClassificationStatus.REJECTED;
import static io.pursight.classification.ClassificationStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

class LabelTransitionTests {

	@Test
	void newResultsBecomeAppliedOrPendingOrNothing() {
		assertThat(LabelTransition.next(null, null, Decision.APPLY, "f")).isEqualTo(APPLIED);
		assertThat(LabelTransition.next(null, null, Decision.REVIEW, "f")).isEqualTo(PENDING_REVIEW);
		assertThat(LabelTransition.next(null, null, Decision.IGNORE, "f")).isNull();
	}

	@Test
	void automaticLabelsFollowTheScan() {
		assertThat(LabelTransition.next(PENDING_REVIEW, "f", Decision.APPLY, "f")).isEqualTo(APPLIED);
		assertThat(LabelTransition.next(APPLIED, "f", Decision.REVIEW, "f")).isEqualTo(PENDING_REVIEW);
		assertThat(LabelTransition.next(APPLIED, "f", Decision.IGNORE, "f")).isEqualTo(WITHDRAWN);
		assertThat(LabelTransition.next(WITHDRAWN, "f", Decision.IGNORE, "f")).isNull();
		assertThat(LabelTransition.next(WITHDRAWN, "f", Decision.APPLY, "g")).isEqualTo(APPLIED);
	}

	@Test
	void approvedLabelsAreNeverOverridden() {
		for (Decision d : Decision.values()) {
			assertThat(LabelTransition.next(APPROVED, "f", d, "g")).isNull();
		}
	}

	@Test
	void rejectedLabelsComeBackOnlyForReviewAfterAMaterialChange() {
		assertThat(LabelTransition.next(REJECTED, "f", Decision.APPLY, "f")).isNull();
		assertThat(LabelTransition.next(REJECTED, "f", Decision.APPLY, "g")).isEqualTo(PENDING_REVIEW);
		assertThat(LabelTransition.next(REJECTED, "f", Decision.IGNORE, "g")).isNull();
	}

	@Test
	void fingerprintsIgnoreOrderButSeeNewValues() {
		assertThat(Fingerprints.of(List.of("a", "b", "b"))).isEqualTo(Fingerprints.of(List.of("b", "a", "b")));
		assertThat(Fingerprints.of(List.of("a", "b", "b"))).isNotEqualTo(Fingerprints.of(List.of("a", "c", "c")));
		assertThat(Fingerprints.of(java.util.Arrays.asList(null, null))).startsWith("-1:");
	}
}
