package io.pursight.classification;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pursight.common.Identifier;

/** Identifies one label of one column (a row of the review queue). */
public record ClassificationId(@JsonValue UUID value) implements Identifier {

	/** How a not-found answer names a label. */
	public static final Kind KIND = new Kind("classification", Scope.IN_WORKSPACE);

	// a UUID delegate, so that a malformed id in a request body is reported as "expected a UUID"
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ClassificationId {
		Objects.requireNonNull(value, "value");
	}

	/** Parses the canonical text form; throws IllegalArgumentException when it is not a UUID. */
	public static ClassificationId of(String value) {
		return new ClassificationId(UUID.fromString(value));
	}

	public static ClassificationId random() {
		return new ClassificationId(UUID.randomUUID());
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
