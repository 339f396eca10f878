package io.pursight.classifier;

/**
 * A learned correction of one type's or rule's confidence, fed back from steward approvals
 * and rejections: {@code adjusted = clamp(confidence * multiplier + offset)}.
 * Both parts are clamped to a sane range so that feedback can tune but never silence or
 * force a type on its own.
 *
 * @param multiplier factor in [{@value #MIN_MULTIPLIER}, {@value #MAX_MULTIPLIER}]
 * @param offset     additive shift in [-{@value #MAX_OFFSET}, {@value #MAX_OFFSET}]
 */
public record WeightAdjustment(double multiplier, double offset) {

	public static final double MIN_MULTIPLIER = 0.5;
	public static final double MAX_MULTIPLIER = 1.5;
	public static final double MAX_OFFSET = 0.25;

	/** No change. */
	public static final WeightAdjustment NONE = new WeightAdjustment(1.0, 0.0);

	public WeightAdjustment {
		if (Double.isNaN(multiplier) || Double.isNaN(offset)) {
			throw new IllegalArgumentException("weight adjustment must be a number");
		}
		multiplier = Math.clamp(multiplier, MIN_MULTIPLIER, MAX_MULTIPLIER);
		offset = Math.clamp(offset, -MAX_OFFSET, MAX_OFFSET);
	}

	public static WeightAdjustment multiplier(double multiplier) {
		return new WeightAdjustment(multiplier, 0.0);
	}

	public static WeightAdjustment offset(double offset) {
		return new WeightAdjustment(1.0, offset);
	}

	/** Combines two adjustments, e.g. a type's and a rule's; the result is clamped again. */
	public WeightAdjustment andThen(WeightAdjustment next) {
		return new WeightAdjustment(multiplier * next.multiplier, offset * next.multiplier + next.offset);
	}

	public boolean isNeutral() {
		return multiplier == 1.0 && offset == 0.0;
	}

	/** Applies this adjustment to a confidence; the result stays in [0,1]. */
	public double apply(double confidence) {
		return Math.clamp(confidence * multiplier + offset, 0.0, 1.0);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "x%.2f %+.2f", multiplier, offset);
	}
}
