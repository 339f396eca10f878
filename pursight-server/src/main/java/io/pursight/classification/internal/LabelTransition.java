package io.pursight.classification.internal;

import java.util.Objects;

import io.pursight.classification.ClassificationStatus;
import io.pursight.classifier.Decision;

/**
 * How a new scan result changes an existing label. Automatic labels follow the scan
 * (strengthened, weakened or withdrawn); approved labels stay; a rejected label is suggested
 * again only when the column's data changed materially (another fingerprint), and then for review.
 */
public final class LabelTransition {

	private LabelTransition() {
	}

	/**
	 * The label's next status, or null when the scan leaves it as it is (or creates none).
	 *
	 * @param current        the stored status, or null when the column has no label of this type
	 * @param oldFingerprint the fingerprint stored with the label
	 * @param decision       what the classifier decided now
	 * @param newFingerprint the fingerprint of the data sampled now
	 */
	public static ClassificationStatus next(ClassificationStatus current, String oldFingerprint, Decision decision,
			String newFingerprint) {
		if (current == null) {
			return switch (decision) {
				case APPLY -> ClassificationStatus.APPLIED;
				case REVIEW -> ClassificationStatus.PENDING_REVIEW;
				case IGNORE -> null;
			};
		}
		return switch (current) {
			case APPROVED -> null;
			case REJECTED -> decision != Decision.IGNORE && !Objects.equals(oldFingerprint, newFingerprint)
					? ClassificationStatus.PENDING_REVIEW : null;
			case APPLIED, PENDING_REVIEW, WITHDRAWN -> switch (decision) {
				case APPLY -> ClassificationStatus.APPLIED;
				case REVIEW -> ClassificationStatus.PENDING_REVIEW;
				case IGNORE -> current == ClassificationStatus.WITHDRAWN ? null : ClassificationStatus.WITHDRAWN;
			};
		};
	}
}
