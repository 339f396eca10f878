package io.pursight.catalog;

/** What a catalog asset is. */
public enum AssetType {
	SCHEMA, TABLE, VIEW, MATERIALIZED_VIEW, COLUMN;

	public boolean isRelation() {
		return this == TABLE || this == VIEW || this == MATERIALIZED_VIEW;
	}
}
