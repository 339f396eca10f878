package io.pursight.classifier.internal.engine;

import io.pursight.classifier.Evidence;
import io.pursight.classifier.SensitiveType;

/** The engine's confidence in one built-in type for one column, before thresholds and learned adjustments. */
record Assessment(SensitiveType type, double confidence, Evidence evidence, String explanation) {

	/** This assessment with its confidence lowered to {@code cap}, and the reason added to evidence and explanation. */
	Assessment capped(double cap, String reason) {
		java.util.List<String> notes = new java.util.ArrayList<>(evidence.notes());
		notes.add(reason);
		Evidence e = new Evidence(evidence.sampledValues(), evidence.distinctValues(), evidence.patternMatches(),
				evidence.validatorName(), evidence.validatorsPassed(), evidence.validatorsFailed(),
				evidence.dictionaryName(), evidence.dictionaryHits(), evidence.matchRatio(), evidence.nameTokens(),
				evidence.timedOutValues(), cap, evidence.adjustment(), notes);
		return new Assessment(type, Math.min(confidence, cap), e, explanation + "; " + reason);
	}
}
