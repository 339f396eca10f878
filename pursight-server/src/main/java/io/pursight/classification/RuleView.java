package io.pursight.classification;

import java.time.Instant;

/** A stored custom rule; its id is also the rule id learned weights and labels refer to. */
public record RuleView(RuleId id, RuleDefinition definition, long version, Instant createdAt, Instant updatedAt) {
}
