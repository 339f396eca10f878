package io.pursight.scan;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a scan run. */
public record ScanRunId(@JsonValue UUID value) {

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
	public String toString() {
		return value.toString();
	}
}
