package io.pursight.classification;

import io.pursight.classifier.Sensitivity;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * The highest sensitivity of the labels that tag an asset or anything inside it.
 *
 * @param assetId the column, table or schema asset; the source's own id at level SOURCE
 * @param labels  number of effective labels below the asset
 */
public record SensitivityLevel(DataSourceId sourceId, AssetId assetId, RollUpLevel level, String name,
		Sensitivity sensitivity, int labels) {
}
