package io.pursight.classifier;

import java.util.List;

/**
 * The facts behind one type match, so that a steward can check the decision. For a match
 * {@linkplain TypeMatch#isEmbedded() embedded in text}, the counts are of values that
 * <em>contain</em> the type, and the notes say where in the value it occurs (character
 * offsets, and the JSON key it sat under); the text found is never kept here.
 *
 * @param sampledValues        non-null, non-blank sampled values examined
 * @param distinctValues       distinct values among them
 * @param patternMatches       values whose structure matched the type (embedded: values containing it)
 * @param validatorName        the structural check applied (e.g. "Luhn check"), or null when the type has none
 * @param validatorsPassed     values that passed it
 * @param validatorsFailed     values whose structure matched but that failed it (embedded: values whose only
 *                             candidates failed it)
 * @param dictionaryName       the dictionary consulted, or null
 * @param dictionaryHits       values found in it
 * @param matchRatio           share of sampled values supporting (embedded: containing) the type, in [0,1]
 * @param nameTokens           words of the column name, table name or comment that point to the type
 * @param timedOutValues       values whose custom-rule regex ran out of its time budget (counted as non-matches)
 * @param unadjustedConfidence confidence before any learned adjustment
 * @param adjustment           the learned adjustment applied; {@link WeightAdjustment#NONE} when none
 * @param notes                contradictions, caps and other reasons that changed the confidence
 */
public record Evidence(int sampledValues, int distinctValues, int patternMatches, String validatorName,
		int validatorsPassed, int validatorsFailed, String dictionaryName, int dictionaryHits, double matchRatio,
		List<String> nameTokens, int timedOutValues, double unadjustedConfidence, WeightAdjustment adjustment,
		List<String> notes) {

	public Evidence {
		nameTokens = List.copyOf(nameTokens);
		notes = List.copyOf(notes);
		adjustment = adjustment == null ? WeightAdjustment.NONE : adjustment;
	}

	public boolean hasNameEvidence() {
		return !nameTokens.isEmpty();
	}
}
