package io.pursight.catalog.internal;

import java.util.List;

import io.pursight.catalog.internal.V4__Embed_columns_in_relations.EmbeddedColumn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Version 4 is applied on existing stores: what Flyway validates it by (version, description, no
 * checksum) and the JSON it wrote must stay as they were, whatever becomes of the live catalog code.
 */
class EmbedColumnsMigrationFreezeTests {

	private final V4__Embed_columns_in_relations migration = new V4__Embed_columns_in_relations();

	@Test
	void keepsTheIdentityFlywayRecordedInTheSchemaHistory() {
		assertThat(migration.getVersion().getVersion()).isEqualTo("4");
		assertThat(migration.getDescription()).isEqualTo("Embed columns in relations");
		assertThat(migration.getChecksum()).as("a checksum would fail validation of every store migrated without one")
			.isNull();
	}

	@Test
	void writesColumnsInTheVersion4Shape() {
		EmbeddedColumn live = new EmbeddedColumn(1, "id", 1, "integer", null, 10, 0, false, null, null, false, null,
				1_600_000_000_000L, 1_650_000_000_000L, 0);
		EmbeddedColumn dropped = new EmbeddedColumn(2, "e\"mail", 3, "varchar", 100, null, null, true, "'n/a'",
				"Contact", true, 1_700_000_000_000L, 1_600_000_000_000L, 1_700_000_000_000L, 2);

		assertThat(V4__Embed_columns_in_relations.toJson(List.of(live, dropped))).isEqualTo("["
				+ "{\"slot\":1,\"name\":\"id\",\"ordinal\":1,\"dataType\":\"integer\",\"precision\":10,\"scale\":0,"
				+ "\"nullable\":false,\"deleted\":false,\"createdAt\":1600000000000,\"updatedAt\":1650000000000,\"version\":0},"
				+ "{\"slot\":2,\"name\":\"e\\\"mail\",\"ordinal\":3,\"dataType\":\"varchar\",\"length\":100,\"nullable\":true,"
				+ "\"defaultValue\":\"'n/a'\",\"description\":\"Contact\",\"deleted\":true,\"deletedAt\":1700000000000,"
				+ "\"createdAt\":1600000000000,\"updatedAt\":1700000000000,\"version\":2}]");
		assertThat(V4__Embed_columns_in_relations.toJson(List.of())).isEqualTo("[]");
	}
}
