package io.pursight.catalog.internal;

import io.pursight.catalog.AssetType;

/**
 * The discovered content of a schema or relation row, without its columns. Two rows with
 * equal content (and equal columns) need no write; this is what re-discovery compares.
 */
record AssetRow(AssetType type, String name, String path, String qualifiedName, String description,
		String viewDefinition, Long rowEstimate, String structure) {
}
