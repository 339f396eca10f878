package io.pursight.catalog;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * Filters of an asset listing; null fields do not filter. {@code name} matches part of the
 * name, case-insensitively; {@code qualifiedName} the whole qualified name, exactly as written.
 */
public record AssetQuery(DataSourceId sourceId, AssetType type, String name, AssetId parentId,
		QualifiedName qualifiedName, boolean includeDeleted) {
}
