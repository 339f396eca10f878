package io.pursight.classification;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pursight.common.Identifier;

/**
 * Identifies a workspace's custom classification rule. Only custom rules have one: the built-in
 * detectors are known by their type id alone ({@code EMAIL_ADDRESS}…), so a label of a built-in
 * type has no rule id, and learned weights tell the two apart by {@link LearnedWeight.Kind}.
 * The classifier engine carries the same id as text ({@link #toString()}, the canonical UUID form).
 */
public record RuleId(@JsonValue UUID value) implements Identifier {

	/** How a not-found answer names a custom rule. */
	public static final Kind KIND = new Kind("classification rule", Scope.IN_WORKSPACE);

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public RuleId {
		Objects.requireNonNull(value, "value");
	}

	/** Parses the canonical text form; throws IllegalArgumentException when it is not a UUID. */
	public static RuleId of(String value) {
		return new RuleId(UUID.fromString(value));
	}

	public static RuleId random() {
		return new RuleId(UUID.randomUUID());
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
