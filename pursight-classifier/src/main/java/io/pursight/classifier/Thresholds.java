package io.pursight.classifier;

/**
 * Confidence levels at which a match is applied automatically or queued for review.
 *
 * @param autoApply confidence at or above which the type is applied, in [0,1]
 * @param review    confidence at or above which the type is suggested, in [0, autoApply]
 */
public record Thresholds(double autoApply, double review) {

	/**
	 * The default of custom rules, whose confidences are their own and not calibrated: apply at 0.80, review from
	 * 0.50. Built-in types use {@link SensitiveType#defaultThresholds()}.
	 */
	public static final Thresholds DEFAULT = new Thresholds(0.80, 0.50);

	public Thresholds {
		if (!(autoApply >= 0 && autoApply <= 1) || !(review >= 0 && review <= autoApply)) {
			throw new IllegalArgumentException(
					"thresholds need 0 <= review <= autoApply <= 1, got review=" + review + ", autoApply=" + autoApply);
		}
	}

	/** The decision for a confidence in [0,1]. */
	public Decision decide(double confidence) {
		if (confidence >= autoApply) {
			return Decision.APPLY;
		}
		return confidence >= review ? Decision.REVIEW : Decision.IGNORE;
	}
}
