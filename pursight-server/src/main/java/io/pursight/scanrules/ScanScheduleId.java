package io.pursight.scanrules;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pursight.common.Identifier;

/** Identifies a scan schedule. */
public record ScanScheduleId(@JsonValue UUID value) implements Identifier {

	/** How a not-found answer names a schedule. */
	public static final Kind KIND = new Kind("scan schedule", Scope.IN_WORKSPACE);

	public ScanScheduleId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static ScanScheduleId of(String value) {
		return new ScanScheduleId(UUID.fromString(value));
	}

	public static ScanScheduleId random() {
		return new ScanScheduleId(UUID.randomUUID());
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
