package io.pursight.classification;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One decision applied to many labels.
 *
 * @param action APPROVE or REJECT
 * @param reason required to reject
 */
public record BulkDecision(@NotEmpty @Size(max = 500) List<@NotNull UUID> ids, @NotNull Action action,
		@Size(max = 2000) String reason) {

	public enum Action { APPROVE, REJECT }

	/** What happened to each label: decided, or why not. */
	public record Result(int decided, List<Failure> failed) {
	}

	public record Failure(UUID id, String detail) {
	}
}
