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
 * @param occurrence  whether the values are the type or contain it inside longer text; never null
 */
public record TypeMatch(String typeId, String ruleId, Category category, Sensitivity sensitivity, double confidence,
		Decision decision, Evidence evidence, String explanation, Occurrence occurrence) {

	public TypeMatch {
		occurrence = occurrence == null ? Occurrence.WHOLE_VALUE : occurrence;
	}

	/** A match on whole values, as every match was before embedded types were found. */
	public TypeMatch(String typeId, String ruleId, Category category, Sensitivity sensitivity, double confidence,
			Decision decision, Evidence evidence, String explanation) {
		this(typeId, ruleId, category, sensitivity, confidence, decision, evidence, explanation, Occurrence.WHOLE_VALUE);
	}

	/** The built-in type, when this match is one. */
	public Optional<SensitiveType> builtInType() {
		return ruleId == null ? SensitiveType.byId(typeId) : Optional.empty();
	}

	public boolean isApplied() {
		return decision == Decision.APPLY;
	}

	/** True when the type was found inside longer text rather than as whole values. */
	public boolean isEmbedded() {
		return occurrence == Occurrence.EMBEDDED_IN_TEXT;
	}
}
