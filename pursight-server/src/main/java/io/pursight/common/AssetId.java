package io.pursight.common;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a catalog asset (schema, table, view, column); stable across re-discovery. */
public record AssetId(@JsonValue UUID value) {

	public AssetId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static AssetId of(String value) {
		return new AssetId(UUID.fromString(value));
	}

	public static AssetId random() {
		return new AssetId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
