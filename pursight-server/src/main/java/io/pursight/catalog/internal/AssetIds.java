package io.pursight.catalog.internal;

import java.util.UUID;

import io.pursight.common.Uuids;

/**
 * How catalog ids are made. Schemas, tables and views are rows of their own and get
 * time-ordered UUIDs whose last 16 bits are zero. A column lives inside its relation's row:
 * its id is the relation's id with those bits set to the column's slot, a number from 1 to
 * 65535 that the column keeps for as long as the relation exists. So a column id leads
 * straight to its relation, and a row id can never equal a column id.
 */
final class AssetIds {

	static final int MAX_SLOT = 0xFFFF;
	private static final long SLOT_MASK = 0xFFFFL;

	private AssetIds() {
	}

	/** A new id for a schema, table or view. */
	static UUID newRowId() {
		UUID random = Uuids.timeOrdered();
		return new UUID(random.getMostSignificantBits(), random.getLeastSignificantBits() & ~SLOT_MASK);
	}

	static UUID column(UUID relation, int slot) {
		if (slot < 1 || slot > MAX_SLOT || isColumn(relation)) {
			throw new IllegalArgumentException("no column " + slot + " of " + relation);
		}
		return new UUID(relation.getMostSignificantBits(), relation.getLeastSignificantBits() | slot);
	}

	static boolean isColumn(UUID id) {
		return slot(id) != 0;
	}

	static UUID relationOf(UUID column) {
		return new UUID(column.getMostSignificantBits(), column.getLeastSignificantBits() & ~SLOT_MASK);
	}

	static int slot(UUID id) {
		return (int) (id.getLeastSignificantBits() & SLOT_MASK);
	}
}
