package io.pursight.classification;

import io.pursight.classifier.Category;
import io.pursight.classifier.Occurrence;
import io.pursight.classifier.Sensitivity;
import tools.jackson.databind.JsonNode;

/**
 * What the classifier found in a column: the type and how sure it is.
 *
 * @param ruleId     the custom rule that found it; null for a built-in type
 * @param evidence   the facts behind the confidence (counts, name tokens, notes); never sampled values
 * @param occurrence whether the column's values are the type or contain it inside longer text (notes, JSON)
 */
public record LabelMatch(String typeId, RuleId ruleId, Category category, Sensitivity sensitivity, double confidence,
		String explanation, JsonNode evidence, Occurrence occurrence) {

	public LabelMatch {
		occurrence = occurrence == null ? Occurrence.WHOLE_VALUE : occurrence;
	}
}
