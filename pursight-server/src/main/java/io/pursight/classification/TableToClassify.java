package io.pursight.classification;

import java.util.List;

import io.pursight.catalog.Asset;

/** A table of a run, as the catalog knows it: its schema (null for engines without schemas) and columns. */
record TableToClassify(Asset schema, Asset table, List<Asset> columns) {

	String schemaName() {
		return schema == null ? null : schema.name();
	}
}
