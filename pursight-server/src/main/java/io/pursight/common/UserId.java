package io.pursight.common;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a local user account. */
public record UserId(@JsonValue UUID value) {

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
	public String toString() {
		return value.toString();
	}
}
