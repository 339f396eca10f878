package io.pursight.catalog;

import java.util.List;

/** An asset with what a steward needs to understand a table: its columns and keys. */
public record AssetDetail(Asset asset, List<Asset> columns, SourceSnapshot.PrimaryKey primaryKey,
		List<SourceSnapshot.ForeignKey> foreignKeys, List<SourceSnapshot.Index> indexes) {
}
