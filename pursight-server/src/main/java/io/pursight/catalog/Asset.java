package io.pursight.catalog;

import java.time.Instant;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

/**
 * A catalog asset. {@code qualifiedName} is {@code <source>.<database>.<schema>.<table>.<column>}
 * (segments with dots or quotes are double-quoted); column fields are null for other types.
 */
public record Asset(AssetId id, DataSourceId sourceId, AssetId parentId, AssetType type, String name,
		String qualifiedName, Integer ordinal, String dataType, Integer length, Integer precision, Integer scale,
		Boolean nullable, String defaultValue, String description, String viewDefinition, Long rowEstimate,
		boolean deleted, Instant deletedAt, Instant discoveredAt, Instant createdAt, Instant updatedAt, long version) {
}
