package io.pursight.scanrules;

import io.pursight.catalog.AssetType;

public enum ObjectKind {
	TABLE, VIEW, MATERIALIZED_VIEW, PARTITION;

	public static ObjectKind of(AssetType type) {
		return switch (type) {
			case VIEW -> VIEW;
			case MATERIALIZED_VIEW -> MATERIALIZED_VIEW;
			default -> TABLE;
		};
	}
}
