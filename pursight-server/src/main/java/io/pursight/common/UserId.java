package io.pursight.common;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a local user account. */
public record UserId(@JsonValue UUID value) implements Identifier {

	/** How a not-found answer names a user account. */
	public static final Kind KIND = new Kind("user", Scope.PLATFORM);

	public UserId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static UserId of(String value) {
		return new UserId(UUID.fromString(value));
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
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
