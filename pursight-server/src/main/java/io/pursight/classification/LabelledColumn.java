package io.pursight.classification;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * The column a label tags, as the catalog named it when the label was made.
 *
 * @param schema        the schema's name, or null for engines without schemas
 * @param qualifiedName {@code <source>.<database>.<schema>.<table>.<column>}
 */
public record LabelledColumn(DataSourceId sourceId, AssetId tableAssetId, AssetId columnAssetId, String schema,
		String table, String column, String qualifiedName) {
}
