package io.pursight.classification;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One decision applied to many labels.
 *
 * @param action APPROVE or REJECT
 * @param reason required to reject
 */
public record BulkDecision(@NotEmpty @Size(max = MAX_IDS) List<@NotNull ClassificationId> ids, @NotNull Action action,
		@Size(max = 2000) String reason) {

	public static final int MAX_IDS = 500;

	public enum Action {
		APPROVE, REJECT;

		ClassificationStatus status() {
			return this == APPROVE ? ClassificationStatus.APPROVED : ClassificationStatus.REJECTED;
		}
	}

	/** What happened to each label: decided, or why not. */
	public record Result(int decided, List<Failure> failed) {
	}

	public record Failure(ClassificationId id, String detail) {
	}
}
