package io.pursight.catalog.internal;

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

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Metadata store version 4: a column is no longer a row of its own but an entry of its
 * relation's {@code columns} array (see {@link AssetIds} and {@link StoredColumn}), which makes
 * discovery write one row per table instead of one per column. Catalogs already stored are
 * converted in place: schemas and relations whose ids lack the zero slot bits get new ids,
 * columns get slots in ordinal order, and every reference to an asset (parents, labels,
 * samples, sensitivity roll-ups) follows; a relation's comment may now be longer than 4,000
 * characters. Java because the conversion builds JSON; it runs on H2 and PostgreSQL alike.
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
				if (AssetIds.isColumn(id)) {
					renamed.put(id, AssetIds.newRowId());
				}
			}
		}
		Map<UUID, List<StoredColumn>> columnsByRelation = readColumns(connection, renamed);
		update(connection, "UPDATE assets SET columns = ? WHERE id = ?", columnsByRelation.entrySet().stream()
				.map(e -> new Object[] { StoredColumn.toJson(e.getValue()), e.getKey() }).toList());
		execute(connection, "UPDATE assets SET columns = '[]' WHERE asset_type IN ('TABLE', 'VIEW', 'MATERIALIZED_VIEW') "
				+ "AND columns IS NULL");
		execute(connection, "DELETE FROM assets WHERE asset_type = 'COLUMN'");
		List<Object[]> rowRenames = renamed.entrySet().stream().filter(e -> !AssetIds.isColumn(e.getValue()))
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
	private static Map<UUID, List<StoredColumn>> readColumns(Connection connection, Map<UUID, UUID> renamed)
			throws SQLException {
		Map<UUID, List<StoredColumn>> byRelation = new LinkedHashMap<>();
		try (Statement columns = connection.createStatement();
				ResultSet rs = columns.executeQuery("SELECT id, parent_id, name, ordinal, data_type, type_length, "
						+ "type_precision, type_scale, nullable, default_value, description, deleted, deleted_at, created_at, "
						+ "updated_at, version FROM assets WHERE asset_type = 'COLUMN' ORDER BY parent_id, ordinal, name, id")) {
			while (rs.next()) {
				UUID relation = rs.getObject("parent_id", UUID.class);
				List<StoredColumn> list = byRelation.computeIfAbsent(relation, k -> new ArrayList<>());
				int slot = list.size() + 1;
				OffsetDateTime deletedAt = rs.getObject("deleted_at", OffsetDateTime.class);
				list.add(new StoredColumn(slot, rs.getString("name"), rs.getInt("ordinal"), rs.getString("data_type"),
						rs.getObject("type_length", Integer.class), rs.getObject("type_precision", Integer.class),
						rs.getObject("type_scale", Integer.class), rs.getBoolean("nullable"), rs.getString("default_value"),
						rs.getString("description"), rs.getBoolean("deleted"),
						deletedAt == null ? null : deletedAt.toInstant().toEpochMilli(), millis(rs, "created_at"),
						millis(rs, "updated_at"), rs.getLong("version")));
				renamed.put(rs.getObject("id", UUID.class), AssetIds.column(renamed.getOrDefault(relation, relation), slot));
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
}
