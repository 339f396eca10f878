package io.pursight.catalog.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metadata store version 4: a column is no longer a row of its own but an entry of its
 * relation's {@code columns} array, which makes discovery write one row per table instead of
 * one per column. Catalogs already stored are converted in place: schemas and relations whose
 * ids lack the zero slot bits get new ids, columns get slots in ordinal order, and every
 * reference to an asset (parents, labels, samples, sensitivity roll-ups) follows; a relation's
 * comment may now be longer than 4,000 characters. Java because the conversion builds JSON; it
 * runs on H2 and PostgreSQL alike.
 * <p>
 * An applied migration must do what it did when it was applied, so this one depends on
 * nothing that lives on: the id arithmetic and the column JSON shape of version 4 are frozen
 * copies below (the live ones are {@code AssetIds} and {@code StoredColumn}, free to change
 * with later migrations). Java migrations carry no checksum, so this class may be reworded,
 * but its version, description and effect never change.
 */
@Component
class V4__Embed_columns_in_relations extends BaseJavaMigration {

	private static final String[] COLUMN_ONLY = { "ordinal", "data_type", "type_length", "type_precision", "type_scale",
			"nullable", "default_value" };

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		execute(connection, "ALTER TABLE assets ADD COLUMN columns VARCHAR");
		// Comments have no length limit in PostgreSQL or MySQL; 4,000 characters failed discovery.
		execute(connection, "ALTER TABLE assets ALTER COLUMN description SET DATA TYPE VARCHAR");
		dropParentForeignKey(connection);
		Map<UUID, UUID> renamed = new HashMap<>();
		try (Statement rows = connection.createStatement();
				ResultSet rs = rows.executeQuery("SELECT id FROM assets WHERE asset_type <> 'COLUMN'")) {
			while (rs.next()) {
				UUID id = rs.getObject(1, UUID.class);
				if (isColumn(id)) {
					renamed.put(id, newRowId());
				}
			}
		}
		Map<UUID, List<EmbeddedColumn>> columnsByRelation = readColumns(connection, renamed);
		update(connection, "UPDATE assets SET columns = ? WHERE id = ?", columnsByRelation.entrySet().stream()
				.map(e -> new Object[] { toJson(e.getValue()), e.getKey() }).toList());
		execute(connection, "UPDATE assets SET columns = '[]' WHERE asset_type IN ('TABLE', 'VIEW', 'MATERIALIZED_VIEW') "
				+ "AND columns IS NULL");
		execute(connection, "DELETE FROM assets WHERE asset_type = 'COLUMN'");
		List<Object[]> rowRenames = renamed.entrySet().stream().filter(e -> !isColumn(e.getValue()))
				.map(e -> new Object[] { e.getValue(), e.getKey() }).toList();
		update(connection, "UPDATE assets SET id = ? WHERE id = ?", rowRenames);
		update(connection, "UPDATE assets SET parent_id = ? WHERE parent_id = ?", rowRenames);
		renameReferences(connection, renamed);
		for (String column : COLUMN_ONLY) {
			execute(connection, "ALTER TABLE assets DROP COLUMN " + column);
		}
		execute(connection, "ALTER TABLE assets ADD CONSTRAINT fk_assets_parent FOREIGN KEY (parent_id) REFERENCES assets (id)");
	}

	/** The column rows as arrays per relation (keyed by the relation's old id); records their new ids. */
	private static Map<UUID, List<EmbeddedColumn>> readColumns(Connection connection, Map<UUID, UUID> renamed)
			throws SQLException {
		Map<UUID, List<EmbeddedColumn>> byRelation = new LinkedHashMap<>();
		try (Statement columns = connection.createStatement();
				ResultSet rs = columns.executeQuery("SELECT id, parent_id, name, ordinal, data_type, type_length, "
						+ "type_precision, type_scale, nullable, default_value, description, deleted, deleted_at, created_at, "
						+ "updated_at, version FROM assets WHERE asset_type = 'COLUMN' ORDER BY parent_id, ordinal, name, id")) {
			while (rs.next()) {
				UUID relation = rs.getObject("parent_id", UUID.class);
				List<EmbeddedColumn> list = byRelation.computeIfAbsent(relation, k -> new ArrayList<>());
				int slot = list.size() + 1;
				OffsetDateTime deletedAt = rs.getObject("deleted_at", OffsetDateTime.class);
				list.add(new EmbeddedColumn(slot, rs.getString("name"), rs.getInt("ordinal"), rs.getString("data_type"),
						rs.getObject("type_length", Integer.class), rs.getObject("type_precision", Integer.class),
						rs.getObject("type_scale", Integer.class), rs.getBoolean("nullable"), rs.getString("default_value"),
						rs.getString("description"), rs.getBoolean("deleted"),
						deletedAt == null ? null : deletedAt.toInstant().toEpochMilli(), millis(rs, "created_at"),
						millis(rs, "updated_at"), rs.getLong("version")));
				renamed.put(rs.getObject("id", UUID.class), columnId(renamed.getOrDefault(relation, relation), slot));
			}
		}
		return byRelation;
	}

	/** Labels, stored samples and roll-ups name assets by id; they follow the new ids. */
	private static void renameReferences(Connection connection, Map<UUID, UUID> renamed) throws SQLException {
		List<Object[]> labels = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT id, schema_asset_id, table_asset_id, column_asset_id "
						+ "FROM column_classifications")) {
			while (rs.next()) {
				UUID schema = rs.getObject("schema_asset_id", UUID.class);
				labels.add(new Object[] { schema == null ? null : renamed.getOrDefault(schema, schema),
						renamed(rs, "table_asset_id", renamed), renamed(rs, "column_asset_id", renamed), rs.getObject("id") });
			}
		}
		update(connection, "UPDATE column_classifications SET schema_asset_id = ?, table_asset_id = ?, column_asset_id = ? "
				+ "WHERE id = ?", labels);
		List<Object[]> samples = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT column_asset_id FROM column_samples")) {
			while (rs.next()) {
				samples.add(new Object[] { renamed(rs, "column_asset_id", renamed), rs.getObject("column_asset_id") });
			}
		}
		update(connection, "UPDATE column_samples SET column_asset_id = ? WHERE column_asset_id = ?", samples);
		List<Object[]> rollups = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("SELECT source_id, asset_id FROM sensitivity_rollups")) {
			while (rs.next()) {
				rollups.add(new Object[] { renamed(rs, "asset_id", renamed), rs.getObject("source_id"), rs.getObject("asset_id") });
			}
		}
		update(connection, "UPDATE sensitivity_rollups SET asset_id = ? WHERE source_id = ? AND asset_id = ?", rollups);
	}

	private static UUID renamed(ResultSet rs, String column, Map<UUID, UUID> renamed) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return renamed.getOrDefault(id, id);
	}

	/** The self-reference is dropped while ids change and added back under a known name. */
	private static void dropParentForeignKey(Connection connection) throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		List<String> names = new ArrayList<>();
		try (ResultSet keys = metadata.getImportedKeys(connection.getCatalog(), connection.getSchema(), "assets")) {
			while (keys.next()) {
				if ("parent_id".equalsIgnoreCase(keys.getString("FKCOLUMN_NAME"))) {
					names.add(keys.getString("FK_NAME"));
				}
			}
		}
		for (String name : names) {
			execute(connection, "ALTER TABLE assets DROP CONSTRAINT \"" + name.replace("\"", "\"\"") + "\"");
		}
	}

	private static long millis(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant().toEpochMilli();
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void update(Connection connection, String sql, List<Object[]> rows) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, row[i]);
				}
				statement.addBatch();
				if (++pending % 1000 == 0) {
					statement.executeBatch();
				}
			}
			statement.executeBatch();
		}
	}

	// Frozen copies of what version 4 stored; they must not follow later changes of the live code.

	private static final long SLOT_MASK = 0xFFFFL;
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A new schema or relation id: a time-ordered (version 7) UUID whose last 16 bits, the slot, are zero. */
	private static UUID newRowId() {
		long high = (System.currentTimeMillis() << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
		long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low & ~SLOT_MASK);
	}

	private static boolean isColumn(UUID id) {
		return (id.getLeastSignificantBits() & SLOT_MASK) != 0;
	}

	/** A column's id: its relation's id with the slot (1 to 65535) in the last 16 bits. */
	private static UUID columnId(UUID relation, int slot) {
		if (slot < 1 || slot > SLOT_MASK || isColumn(relation)) {
			throw new IllegalArgumentException("no column " + slot + " of " + relation);
		}
		return new UUID(relation.getMostSignificantBits(), relation.getLeastSignificantBits() | slot);
	}

	/** The {@code columns} array as version 4 wrote it (null fields left out, times in epoch milliseconds). */
	static String toJson(List<EmbeddedColumn> columns) {
		return JSON.writeValueAsString(columns);
	}

	/** One entry of a relation's {@code columns} array, in the shape of version 4. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record EmbeddedColumn(int slot, String name, int ordinal, String dataType, Integer length, Integer precision,
			Integer scale, boolean nullable, String defaultValue, String description, boolean deleted, Long deletedAt,
			long createdAt, long updatedAt, long version) {
	}
}
