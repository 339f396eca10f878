package io.pursight.classifier;

/** What the scan should do with a type match: tag the column, ask a steward, or drop it. */
public enum Decision {
	/** Confidence reached the auto-apply threshold: tag the column without review. */
	APPLY,
	/** Confidence reached the review threshold: suggest the tag to a data steward. */
	REVIEW,
	/** Too weak to show. */
	IGNORE
}
