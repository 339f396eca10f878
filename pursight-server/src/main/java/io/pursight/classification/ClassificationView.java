package io.pursight.classification;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One label of one column as the API shows it: a flat JSON object, the column and the match
 * unwrapped into it.
 *
 * @param decidedBy the name of the steward who approved or rejected it, or null
 */
public record ClassificationView(ClassificationId id, @JsonUnwrapped LabelledColumn column,
		@JsonUnwrapped LabelMatch match, ClassificationStatus status, LabelOrigin origin, String decidedBy,
		Instant decidedAt, String decisionReason, Instant createdAt, Instant updatedAt, long version) {
}
