package io.pursight.scanrules;

import java.time.Instant;

/**
 * A named, versioned {@link ScanRules}: every change adds a version and leaves the earlier ones readable, so a
 * scan run can record the version it used. Built-in templates are the same in every workspace, at version 1,
 * and read-only.
 */
public record ScanRuleSet(ScanRuleSetId id, String name, String description, int version, ScanRules rules,
		boolean builtIn, Instant createdAt, Instant updatedAt) {
}
