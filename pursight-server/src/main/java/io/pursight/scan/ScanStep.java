package io.pursight.scan;

/** What a scan run does to its source, in the order requested. */
public enum ScanStep {
	/** Reads the source's schemas and synchronises them into the catalog. */
	DISCOVER,
	/** Samples the cataloged tables (or one table) and classifies their columns. */
	CLASSIFY
}
