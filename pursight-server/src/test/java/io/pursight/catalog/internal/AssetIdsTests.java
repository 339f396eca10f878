package io.pursight.catalog.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AssetIdsTests {

	@Test
	void aColumnIdLeadsBackToItsRelationAndSlot() {
		UUID relation = AssetIds.newRowId();
		UUID column = AssetIds.column(relation, 4711);
		assertThat(AssetIds.isColumn(relation)).isFalse();
		assertThat(AssetIds.isColumn(column)).isTrue();
		assertThat(AssetIds.relationOf(column)).isEqualTo(relation);
		assertThat(AssetIds.slot(column)).isEqualTo(4711);
		assertThat(column.version()).as("still a version 7 UUID").isEqualTo(7);
		assertThat(column.variant()).isEqualTo(2);
	}

	@Test
	void rowIdsAreUniqueTimeOrderedAndLeaveTheSlotBitsFree() {
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			UUID id = AssetIds.newRowId();
			assertThat(AssetIds.slot(id)).isZero();
			ids.add(id);
		}
		assertThat(ids).hasSize(100_000);
	}

	@Test
	void refusesSlotsOutOfRangeAndColumnsOfColumns() {
		UUID relation = AssetIds.newRowId();
		assertThatIllegalArgumentException().isThrownBy(() -> AssetIds.column(relation, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> AssetIds.column(relation, AssetIds.MAX_SLOT + 1));
		assertThatIllegalArgumentException().isThrownBy(() -> AssetIds.column(AssetIds.column(relation, 1), 2));
	}
}
