package io.pursight.common;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a workspace, the tenant boundary every stored row belongs to. */
public record WorkspaceId(@JsonValue UUID value) implements Identifier {

	/** How a not-found answer names a workspace. */
	public static final Kind KIND = new Kind("workspace", Scope.TENANT);

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
	public Kind kind() {
		return KIND;
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
