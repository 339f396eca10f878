package io.pursight.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AssetTests {

	private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

	@Test
	void aTableLeavesTheColumnFieldsEmpty() {
		Asset table = Asset.builder(AssetId.random(), DataSourceId.random(), AssetType.TABLE, "customer",
				QualifiedName.of("shop", "db", "public", "customer")).rowEstimate(42L).times(T, T, T).version(3).build();
		assertThat(table.ordinal()).isNull();
		assertThat(table.dataType()).isNull();
		assertThat(table.nullable()).isNull();
		assertThat(table.deleted()).isFalse();
		assertThat(table.rowEstimate()).isEqualTo(42L);
		assertThat(table.version()).isEqualTo(3);
	}

	@Test
	void keepsItsJsonShape() {
		Asset column = Asset.builder(AssetId.random(), DataSourceId.random(), AssetType.COLUMN, "total",
				QualifiedName.of("shop", "db", "public", "orders", "total")).parent(AssetId.random()).ordinal(3)
			.dataType("numeric", null, 10, 2).nullable(true).deleted(true, T).times(T, T, T).build();
		JsonNode json = JsonMapper.builder().build().valueToTree(column);
		List<String> fields = new ArrayList<>();
		json.propertyNames().forEach(fields::add);
		assertThat(fields).containsExactlyInAnyOrder("id", "sourceId", "parentId", "type", "name", "qualifiedName",
				"ordinal", "dataType", "length", "precision", "scale", "nullable", "defaultValue", "description",
				"viewDefinition", "rowEstimate", "deleted", "deletedAt", "discoveredAt", "createdAt", "updatedAt", "version");
		assertThat(json.get("qualifiedName").asString()).isEqualTo("shop.db.public.orders.total");
		assertThat(json.get("precision").asInt()).isEqualTo(10);
		assertThat(json.get("length").isNull()).isTrue();
	}
}
