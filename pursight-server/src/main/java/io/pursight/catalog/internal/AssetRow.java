package io.pursight.catalog.internal;

import java.util.UUID;

import io.pursight.catalog.AssetType;

/**
 * The discovered content of one asset, as stored. Two rows with equal content need no write;
 * this is what re-discovery compares.
 */
record AssetRow(AssetType type, String name, String path, String qualifiedName, Integer ordinal, String dataType,
		Integer length, Integer precision, Integer scale, Boolean nullable, String defaultValue, String description,
		String viewDefinition, Long rowEstimate, String structure) {

	/** An asset already in the catalog: its id, parent and content. */
	record Existing(UUID id, UUID parentId, boolean deleted, AssetRow content) {
	}
}
