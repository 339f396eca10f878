package io.pursight.classifier;

import java.util.List;
import java.util.Optional;

/**
 * What the classifier concluded about one column: every type with some evidence, most
 * confident first.
 */
public record ClassificationResult(String tableName, String columnName, List<TypeMatch> matches) {

	public ClassificationResult {
		matches = List.copyOf(matches);
	}

	/** Matches that reached the auto-apply threshold. */
	public List<TypeMatch> applied() {
		return matches.stream().filter(m -> m.decision() == Decision.APPLY).toList();
	}

	/** Matches waiting for a steward. */
	public List<TypeMatch> forReview() {
		return matches.stream().filter(m -> m.decision() == Decision.REVIEW).toList();
	}

	public Optional<TypeMatch> match(String typeId) {
		return matches.stream().filter(m -> m.typeId().equals(typeId)).findFirst();
	}

	public Optional<TypeMatch> match(SensitiveType type) {
		return match(type.id());
	}

	/** APPLY, REVIEW or IGNORE for a type; IGNORE when the type had no evidence at all. */
	public Decision decision(String typeId) {
		return match(typeId).map(TypeMatch::decision).orElse(Decision.IGNORE);
	}

	public Decision decision(SensitiveType type) {
		return decision(type.id());
	}

	/** The most confident match, if any has some evidence. */
	public Optional<TypeMatch> best() {
		return matches.isEmpty() ? Optional.empty() : Optional.of(matches.getFirst());
	}
}
