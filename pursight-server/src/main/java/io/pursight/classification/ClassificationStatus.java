package io.pursight.classification;

/**
 * Where a column label stands. Scans set APPLIED, PENDING_REVIEW and WITHDRAWN; stewards set
 * APPROVED and REJECTED, which later scans never override.
 */
public enum ClassificationStatus {
	APPLIED, PENDING_REVIEW, APPROVED, REJECTED, WITHDRAWN;

	/** Whether the label currently tags the column. */
	public boolean isEffective() {
		return this == APPLIED || this == APPROVED;
	}

	/** Whether a steward decided it. */
	public boolean isHumanDecision() {
		return this == APPROVED || this == REJECTED;
	}
}
