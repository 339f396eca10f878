package io.pursight.classification;

import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * The highest sensitivity of the labels that tag an asset or anything inside it.
 *
 * @param level  COLUMN, TABLE, SCHEMA or SOURCE
 * @param labels number of effective labels below the asset
 */
public record SensitivityLevel(DataSourceId sourceId, AssetId assetId, String level, String name,
		Sensitivity sensitivity, int labels) {
}
