package io.pursight.classifier.internal.engine;

import io.pursight.classifier.Category;
import io.pursight.classifier.ClassifierConfig;
import io.pursight.classifier.CustomRule;
import io.pursight.classifier.Decision;
import io.pursight.classifier.Evidence;
import io.pursight.classifier.Occurrence;
import io.pursight.classifier.SensitiveType;
import io.pursight.classifier.Sensitivity;
import io.pursight.classifier.Thresholds;
import io.pursight.classifier.TypeMatch;
import io.pursight.classifier.WeightAdjustment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns scores into decisions, the last step of classifying a column: a built-in type's score goes through the
 * calibration (so that its confidence is the share of such labels that are right), then the adjustment reviewers'
 * decisions taught, then the type's thresholds; and a generic type stays out of auto-apply where the specific type
 * it refines applies.
 */
final class Decisions {
	/** A specific type that applies keeps the generic one it refines out of auto-apply. */
	private static final Map<SensitiveType, SensitiveType> REFINES = Map.of(SensitiveType.US_PASSPORT,
			SensitiveType.PASSPORT_NUMBER, SensitiveType.JWT, SensitiveType.API_KEY, SensitiveType.AWS_ACCESS_KEY,
			SensitiveType.API_KEY, SensitiveType.IBAN, SensitiveType.BANK_ACCOUNT_NUMBER, SensitiveType.EMAIL_ADDRESS,
			SensitiveType.USERNAME, SensitiveType.US_ITIN, SensitiveType.US_SSN);

	private final ClassifierConfig config;

	Decisions(ClassifierConfig config) {
		this.config = config;
	}

	/** A built-in type's match on whole values. */
	TypeMatch of(Assessment a) {
		return of(a, Occurrence.WHOLE_VALUE);
	}

	/** A built-in type's match: its score calibrated, adjusted by what reviewers taught, decided by its thresholds. */
	TypeMatch of(Assessment a, Occurrence occurrence) {
		String typeId = a.type().id();
		WeightAdjustment adjustment = config.adjustmentForType(typeId);
		return decide(typeId, null, a.type().category(), a.type().defaultSensitivity(),
				config.calibration().apply(a.confidence()), a.evidence(), a.explanation(), adjustment,
				config.thresholdsFor(typeId), occurrence);
	}

	/** A custom rule's match: its score is the rule's own, never calibrated (the steward set its thresholds). */
	TypeMatch of(RuleScorer.RuleAssessment a) {
		CustomRule rule = a.rule();
		WeightAdjustment adjustment = config.adjustmentForType(rule.typeId()).andThen(config.adjustmentForRule(rule.id()));
		return decide(rule.typeId(), rule.id(), rule.category(), rule.sensitivity(), a.confidence(), a.evidence(),
				a.explanation(), adjustment, rule.thresholds(), Occurrence.WHOLE_VALUE);
	}

	private static TypeMatch decide(String typeId, String ruleId, Category category,
			Sensitivity sensitivity, double raw, Evidence e, String explanation,
			WeightAdjustment adjustment, Thresholds thresholds, Occurrence occurrence) {
		double confidence = adjustment.apply(raw);
		Evidence evidence = e;
		String text = explanation;
		if (!adjustment.isNeutral() || e.unadjustedConfidence() != raw) { // a learned adjustment, or a calibrated score
			evidence = new Evidence(e.sampledValues(), e.distinctValues(), e.patternMatches(), e.validatorName(),
					e.validatorsPassed(), e.validatorsFailed(), e.dictionaryName(), e.dictionaryHits(), e.matchRatio(),
					e.nameTokens(), e.timedOutValues(), raw, adjustment, e.notes());
		}
		if (!adjustment.isNeutral()) {
			text = explanation + String.format(Locale.ROOT,
					"; confidence %.2f adjusted to %.2f (%s) from reviewer feedback", raw, confidence, adjustment);
		}
		return new TypeMatch(typeId, ruleId, category, sensitivity, round(confidence), thresholds.decide(confidence),
				evidence, text, occurrence);
	}

	/** Keeps a generic type out of auto-apply when its specific refinement applies, then sorts. */
	List<TypeMatch> refine(List<TypeMatch> matches) {
		Set<String> applied = new HashSet<>();
		for (TypeMatch m : matches) {
			if (m.decision() == Decision.APPLY && !m.isEmbedded()) {
				applied.add(m.typeId());
			}
		}
		List<TypeMatch> out = new ArrayList<>(matches.size());
		for (TypeMatch m : matches) {
			SensitiveType specific = null;
			for (Map.Entry<SensitiveType, SensitiveType> e : REFINES.entrySet()) {
				if (m.ruleId() == null && !m.isEmbedded() && e.getValue().id().equals(m.typeId())
						&& applied.contains(e.getKey().id())) {
					specific = e.getKey();
				}
			}
			if (specific != null && m.decision() == Decision.APPLY) {
				Thresholds t = config.thresholdsFor(m.typeId());
				double capped = Math.min(m.confidence(), Math.max(t.review(), t.autoApply() - 0.01));
				m = new TypeMatch(m.typeId(), null, m.category(), m.sensitivity(), round(capped), t.decide(capped),
						m.evidence(), m.explanation() + "; " + specific.id() + " applies and is more specific");
			}
			out.add(m);
		}
		out.sort(Comparator.comparingDouble(TypeMatch::confidence).reversed().thenComparing(TypeMatch::typeId));
		return out;
	}


	private static double round(double v) {
		return Math.round(v * 10000) / 10000.0;
	}
}
