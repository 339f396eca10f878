package io.pursight.scanrules;

import java.time.Instant;

public record ScanRuleSet(ScanRuleSetId id, String name, String description, int version, ScanRules rules,
		boolean builtIn, Instant createdAt, Instant updatedAt) {
}
