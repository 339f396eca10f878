package io.pursight.common;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a catalog asset (schema, table, view, column); stable across re-discovery. */
public record AssetId(@JsonValue UUID value) implements Identifier {

	/** How a not-found answer names an asset. */
	public static final Kind KIND = new Kind("asset", Scope.IN_WORKSPACE);

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
	public Kind kind() {
		return KIND;
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
