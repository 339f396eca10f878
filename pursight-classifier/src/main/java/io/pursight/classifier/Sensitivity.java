package io.pursight.classifier;

/** How carefully data must be handled, from least to most restrictive; the order is meaningful. */
public enum Sensitivity {
	PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED;

	/** True when this level is as restrictive as {@code other} or more. */
	public boolean isAtLeast(Sensitivity other) {
		return compareTo(other) >= 0;
	}
}
