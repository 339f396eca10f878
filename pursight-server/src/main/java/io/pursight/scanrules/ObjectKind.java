package io.pursight.scanrules;

import io.pursight.catalog.AssetType;

/**
 * The kinds of object a scan reads. Partitions are read through their parent table unless a rule set
 * asks for them by kind; the catalog does not list them separately yet.
 */
public enum ObjectKind {
	TABLE, VIEW, MATERIALIZED_VIEW, PARTITION;

	/** The kind of a relation asset; an {@link IllegalArgumentException} for schemas and columns. */
	public static ObjectKind of(AssetType type) {
		return switch (type) {
			case TABLE -> TABLE;
			case VIEW -> VIEW;
			case MATERIALIZED_VIEW -> MATERIALIZED_VIEW;
			case SCHEMA, COLUMN -> throw new IllegalArgumentException("a " + type + " is not a scanned object");
		};
	}
}
