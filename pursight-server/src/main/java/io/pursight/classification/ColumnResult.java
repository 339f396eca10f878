package io.pursight.classification;

import java.util.List;

import io.pursight.catalog.Asset;
import io.pursight.classifier.ClassificationResult;

/**
 * One column's new result, ready to reconcile with its stored labels.
 *
 * @param fingerprint digest of the sampled data, to tell changed data from a re-scan of the same
 * @param kept        the distinct values to store when the workspace enabled sample storage, null otherwise
 */
record ColumnResult(TableToClassify table, Asset column, ClassificationResult result, String fingerprint,
		List<String> kept) {
}
