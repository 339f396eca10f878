package io.pursight.classification;

/** Where a label came from. Every label is a scan's today; stewards decide on them, they do not create them. */
public enum LabelOrigin {
	/** Produced by a classification run. */
	AUTO
}
