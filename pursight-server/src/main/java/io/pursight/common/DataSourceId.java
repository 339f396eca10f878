package io.pursight.common;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a registered data source. */
public record DataSourceId(@JsonValue UUID value) implements Identifier {

	/** How a not-found answer names a data source. */
	public static final Kind KIND = new Kind("data source", Scope.IN_WORKSPACE);

	public DataSourceId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static DataSourceId of(String value) {
		return new DataSourceId(UUID.fromString(value));
	}

	public static DataSourceId random() {
		return new DataSourceId(UUID.randomUUID());
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
