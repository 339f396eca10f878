package io.pursight.scanrules;

/** How a scan picks the rows it classifies and profiles. */
public enum SamplingStrategy {
	/** Rows picked at random, up to the sample size (the engine's random sampling, where the source has one). */
	RANDOM,
	/** The first rows the source returns, up to the sample size: cheapest, but biased toward old rows. */
	FIRST_N,
	/** A share of the table's rows ({@code samplePercent}), capped at the sample size. */
	PERCENTAGE
}
