package io.pursight.scan;

/** What a scan run does to its source, in this order. */
public enum ScanStep {
	/** Reads the source's schemas and synchronises them into the catalog, recording how they changed. */
	DISCOVER,
	/** Samples each selected table once and classifies its columns. */
	CLASSIFY,
	/** Profiles each selected table's columns (from the same sample, or by aggregate SQL). */
	PROFILE
}
