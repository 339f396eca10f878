package io.pursight.catalog.internal;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.QualifiedName;
import io.pursight.catalog.SourceSnapshot;

/**
 * The discovered content of a schema or relation row, without its columns. Two rows with
 * equal content (and equal columns) need no write; this is what re-discovery compares.
 * {@code path} ({@code <database>.<schema>[.<relation>]}) is what matches a row across discoveries.
 */
record AssetRow(AssetType type, String name, String path, QualifiedName qualifiedName, String description,
		String viewDefinition, Long rowEstimate, String structure) {

	static AssetRow schema(String name, QualifiedName path, QualifiedName qualifiedName) {
		return new AssetRow(AssetType.SCHEMA, name, path.value(), qualifiedName, null, null, null, null);
	}

	/** A relation; {@code structure} is its keys and indexes as JSON. */
	static AssetRow relation(SourceSnapshot.Table table, QualifiedName path, QualifiedName qualifiedName,
			String structure) {
		return new AssetRow(table.type(), table.name(), path.value(), qualifiedName, table.comment(),
				table.viewDefinition(), table.rowEstimate(), structure);
	}
}
