package io.pursight.classifier;

import java.util.Optional;

/**
 * One candidate type for a column, with its confidence, decision and the evidence behind it.
 *
 * @param typeId      the canonical type id (a {@link SensitiveType} name or a custom rule's type id)
 * @param ruleId      the custom rule that produced the match, or null for built-in types
 * @param category    category of the type
 * @param sensitivity default sensitivity of the type
 * @param confidence  in [0,1], after learned adjustments
 * @param decision    what the thresholds make of the confidence
 * @param evidence    the facts behind the confidence
 * @param explanation one line a steward can check, e.g. "412 of 500 sampled values passed the Luhn check; column name contains 'card'"
 */
public record TypeMatch(String typeId, String ruleId, Category category, Sensitivity sensitivity, double confidence,
		Decision decision, Evidence evidence, String explanation) {

	/** The built-in type, when this match is one. */
	public Optional<SensitiveType> builtInType() {
		return ruleId == null ? SensitiveType.byId(typeId) : Optional.empty();
	}

	public boolean isApplied() {
		return decision == Decision.APPLY;
	}
}
