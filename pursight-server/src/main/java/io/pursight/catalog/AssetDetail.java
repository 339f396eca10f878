package io.pursight.catalog;

import java.util.List;

/**
 * An asset with what a steward needs to understand a table: its columns and keys. {@code primaryKey}
 * is null when there is none.
 */
public record AssetDetail(Asset asset, List<Asset> columns, SourceSnapshot.PrimaryKey primaryKey,
		List<SourceSnapshot.ForeignKey> foreignKeys, List<SourceSnapshot.Index> indexes) {

	/** An asset with no keys or indexes of its own: a schema, a column, a relation stored without them. */
	public static AssetDetail withoutKeys(Asset asset, List<Asset> columns) {
		return new AssetDetail(asset, columns, null, List.of(), List.of());
	}
}
