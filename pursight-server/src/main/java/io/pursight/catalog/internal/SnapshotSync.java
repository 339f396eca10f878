package io.pursight.catalog.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.SourceSnapshot;
import io.pursight.catalog.SyncSummary;
import io.pursight.common.DataSourceId;
import io.pursight.common.Uuids;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a snapshot to the catalog of one source with a bounded number of statements: one
 * read of the existing assets, then batched inserts, updates and deletions. Assets are matched
 * by path, so ids survive re-discovery; a vanished asset is marked deleted, never removed,
 * and comes back with its old id if it reappears.
 */
@Component
public class SnapshotSync {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;
	private final JsonMapper json;

	SnapshotSync(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public SyncSummary apply(WorkspaceId workspace, DataSourceId source, String sourceName, SourceSnapshot snapshot) {
		Map<String, AssetRow.Existing> existing = AssetRepository.existing(jdbc, workspace, source);
		Plan plan = new Plan(existing);
		String database = QualifiedNames.quote(snapshot.databaseName());
		int tables = 0;
		int views = 0;
		int columns = 0;
		for (SourceSnapshot.Schema schema : snapshot.schemas()) {
			String schemaPath = QualifiedNames.append(database, schema.name());
			UUID schemaId = plan.put(null, new AssetRow(AssetType.SCHEMA, schema.name(), schemaPath,
					qualified(sourceName, schemaPath), null, null, null, null, null, null, null, null, null, null, null));
			for (SourceSnapshot.Table table : schema.tables()) {
				String tablePath = QualifiedNames.append(schemaPath, table.name());
				UUID tableId = plan.put(schemaId, new AssetRow(table.type(), table.name(), tablePath,
						qualified(sourceName, tablePath), null, null, null, null, null, null, null, table.comment(),
						table.viewDefinition(), table.rowEstimate(), structure(table)));
				if (table.type() == AssetType.TABLE) {
					tables++;
				}
				else {
					views++;
				}
				for (SourceSnapshot.Column column : table.columns()) {
					String columnPath = QualifiedNames.append(tablePath, column.name());
					plan.put(tableId, new AssetRow(AssetType.COLUMN, column.name(), columnPath,
							qualified(sourceName, columnPath), column.ordinal(), column.dataType(), column.length(),
							column.precision(), column.scale(), column.nullable(), column.defaultValue(), column.comment(),
							null, null, null));
					columns++;
				}
			}
		}
		OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
		List<Object[]> deletions = new ArrayList<>();
		existing.forEach((path, asset) -> {
			if (!plan.seen.containsKey(path) && !asset.deleted()) {
				deletions.add(new Object[] { now, now, asset.id() });
			}
		});
		batch("""
				INSERT INTO assets (id, workspace_id, source_id, parent_id, asset_type, name, path, qualified_name, ordinal,
				    data_type, type_length, type_precision, type_scale, nullable, default_value, description,
				    view_definition, row_estimate, structure, deleted, discovered_at, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 0)""",
				plan.inserts.stream().map(p -> row(p, workspace, source, now, true)).toList());
		batch("""
				UPDATE assets SET parent_id = ?, asset_type = ?, name = ?, qualified_name = ?, ordinal = ?, data_type = ?,
				    type_length = ?, type_precision = ?, type_scale = ?, nullable = ?, default_value = ?, description = ?,
				    view_definition = ?, row_estimate = ?, structure = ?, deleted = FALSE, deleted_at = NULL,
				    discovered_at = ?, updated_at = ?, version = version + 1
				WHERE id = ?""",
				plan.updates.stream().map(p -> row(p, workspace, source, now, false)).toList());
		batch("UPDATE assets SET deleted = TRUE, deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?", deletions);
		return new SyncSummary(snapshot.schemas().size(), tables, views, columns, plan.inserts.size(),
				plan.updates.size(), deletions.size(), plan.unchanged);
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	/** Parameters of the INSERT (with identity and path in front) or the UPDATE (with the id last). */
	private static Object[] row(Planned p, WorkspaceId workspace, DataSourceId source, OffsetDateTime now, boolean insert) {
		AssetRow c = p.content();
		List<Object> content = java.util.Arrays.asList(p.parentId(), c.type().name(), c.name(), c.qualifiedName(),
				c.ordinal(), c.dataType(), c.length(), c.precision(), c.scale(), c.nullable(), c.defaultValue(),
				c.description(), c.viewDefinition(), c.rowEstimate(), c.structure());
		List<Object> values = new ArrayList<>(24);
		if (insert) {
			values.addAll(java.util.Arrays.asList(p.id(), workspace.value(), source.value()));
			values.addAll(content.subList(0, 3));
			values.add(c.path());
			values.addAll(content.subList(3, content.size()));
			values.addAll(List.of(now, now, now));
		}
		else {
			values.addAll(content);
			values.addAll(List.of(now, now, p.id()));
		}
		return values.toArray();
	}

	private String structure(SourceSnapshot.Table table) {
		Map<String, Object> structure = new LinkedHashMap<>();
		structure.put("primaryKey", table.primaryKey());
		structure.put("foreignKeys", table.foreignKeys());
		structure.put("indexes", table.indexes());
		return json.writeValueAsString(structure);
	}

	private static String qualified(String sourceName, String path) {
		return QualifiedNames.quote(sourceName) + "." + path;
	}

	private record Planned(UUID id, UUID parentId, AssetRow content) {
	}

	/** Decides per asset: insert, update, or leave alone. */
	private static final class Plan {
		final Map<String, AssetRow.Existing> existing;
		final Map<String, UUID> seen = new HashMap<>();
		final List<Planned> inserts = new ArrayList<>();
		final List<Planned> updates = new ArrayList<>();
		int unchanged;

		Plan(Map<String, AssetRow.Existing> existing) {
			this.existing = existing;
		}

		UUID put(UUID parentId, AssetRow content) {
			AssetRow.Existing current = existing.get(content.path());
			if (seen.containsKey(content.path())) {
				return seen.get(content.path());
			}
			UUID id = current == null ? Uuids.timeOrdered() : current.id();
			seen.put(content.path(), id);
			if (current == null) {
				inserts.add(new Planned(id, parentId, content));
			}
			else if (current.deleted() || !current.content().equals(content) || !java.util.Objects.equals(current.parentId(), parentId)) {
				updates.add(new Planned(id, parentId, content));
			}
			else {
				unchanged++;
			}
			return id;
		}
	}
}
