package io.pursight.classifier.internal.engine;

import io.pursight.classifier.Evidence;
import io.pursight.classifier.SensitiveType;
import java.util.ArrayList;
import java.util.List;

/** The engine's confidence in one built-in type for one column, before thresholds and learned adjustments. */
record Assessment(SensitiveType type, double confidence, Evidence evidence, String explanation) {

	/** This assessment with its confidence lowered to {@code cap}, and the reason added to evidence and explanation. */
	Assessment capped(double cap, String reason) {
		return withNote(Math.min(confidence, cap), cap, reason);
	}

	/** This assessment with {@code note} added to its evidence and explanation. */
	Assessment noted(String note) {
		return withNote(confidence, evidence.unadjustedConfidence(), note);
	}

	private Assessment withNote(double newConfidence, double unadjusted, String note) {
		List<String> notes = new ArrayList<>(evidence.notes());
		notes.add(note);
		Evidence e = new Evidence(evidence.sampledValues(), evidence.distinctValues(), evidence.patternMatches(),
				evidence.validatorName(), evidence.validatorsPassed(), evidence.validatorsFailed(),
				evidence.dictionaryName(), evidence.dictionaryHits(), evidence.matchRatio(), evidence.nameTokens(),
				evidence.timedOutValues(), unadjusted, evidence.adjustment(), notes);
		return new Assessment(type, newConfidence, e, explanation + "; " + note);
	}
}
