package io.pursight.classification;

import java.time.Instant;

/**
 * A confidence offset learned from steward decisions.
 *
 * @param subjectId the type id (kind TYPE) or the custom rule's id (kind RULE)
 */
public record LearnedWeight(Kind kind, String subjectId, double offset, long approvals, long rejections,
		Instant updatedAt) {

	/** What a weight adjusts: every match of a type (built-in or custom), or the matches of one custom rule. */
	public enum Kind {
		TYPE, RULE
	}
}
