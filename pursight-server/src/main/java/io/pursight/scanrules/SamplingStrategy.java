package io.pursight.scanrules;

public enum SamplingStrategy {
	RANDOM, FIRST_N, PERCENTAGE
}
