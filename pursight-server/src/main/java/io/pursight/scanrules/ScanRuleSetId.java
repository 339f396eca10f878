package io.pursight.scanrules;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.pursight.common.Identifier;

/** Identifies a scan rule set; a built-in template has the same id in every workspace. */
public record ScanRuleSetId(@JsonValue UUID value) implements Identifier {

	/** How a not-found answer names a rule set. */
	public static final Kind KIND = new Kind("scan rule set", Scope.IN_WORKSPACE);

	public ScanRuleSetId {
		Objects.requireNonNull(value, "value");
	}

	@JsonCreator
	public static ScanRuleSetId of(String value) {
		return new ScanRuleSetId(UUID.fromString(value));
	}

	public static ScanRuleSetId random() {
		return new ScanRuleSetId(UUID.randomUUID());
	}

	/** The fixed id of a built-in template, derived from its key. */
	public static ScanRuleSetId builtIn(String key) {
		return new ScanRuleSetId(UUID.nameUUIDFromBytes(("pursight:scan-rule-set:" + key).getBytes(StandardCharsets.UTF_8)));
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
