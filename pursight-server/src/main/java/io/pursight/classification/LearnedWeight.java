package io.pursight.classification;

import java.time.Instant;

/**
 * A confidence offset learned from steward decisions.
 *
 * @param kind      TYPE for a sensitive type, RULE for a custom rule
 * @param subjectId the type id or the rule id
 */
public record LearnedWeight(String kind, String subjectId, double offset, long approvals, long rejections,
		Instant updatedAt) {
}
