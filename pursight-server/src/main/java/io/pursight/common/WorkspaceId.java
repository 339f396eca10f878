package io.pursight.common;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a workspace, the tenant boundary every stored row belongs to. */
public record WorkspaceId(@JsonValue UUID value) {

	public WorkspaceId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static WorkspaceId of(String value) {
		return new WorkspaceId(UUID.fromString(value));
	}

	public static WorkspaceId random() {
		return new WorkspaceId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
