package io.pursight.scan;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pursight.common.Identifier;

/** Identifies a scan run. */
public record ScanRunId(@JsonValue UUID value) implements Identifier {

	/** How a not-found answer names a scan run. */
	public static final Kind KIND = new Kind("scan run", Scope.IN_WORKSPACE);

	public ScanRunId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static ScanRunId of(String value) {
		return new ScanRunId(UUID.fromString(value));
	}

	public static ScanRunId random() {
		return new ScanRunId(UUID.randomUUID());
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
