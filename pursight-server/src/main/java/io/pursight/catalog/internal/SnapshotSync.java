package io.pursight.catalog.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.DriftSummary;
import io.pursight.catalog.QualifiedName;
import io.pursight.catalog.SchemaChangeKind;
import io.pursight.catalog.SourceSnapshot;
import io.pursight.catalog.SyncSummary;
import io.pursight.common.DataSourceId;
import io.pursight.common.Timestamps;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a snapshot to the catalog of one source with a bounded number of statements: one
 * read of the existing rows, then batched inserts and updates. A schema or relation is one
 * row, its columns travel inside it, so a source costs one row per table rather than one
 * per column. Assets are matched by path (columns by name within their relation), so ids
 * survive re-discovery; a vanished asset is marked deleted, never removed, and comes back
 * with its old id if it reappears. A relation or column judged renamed keeps its id under its
 * new name (see {@link SyncPlan}). What changed is recorded as schema drift in the same
 * transaction ({@link SchemaChangeRepository}).
 */
@Component
public class SnapshotSync {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;
	private final AssetRepository assets;
	private final JsonMapper json;
	private final SchemaChangeRepository history;

	SnapshotSync(JdbcTemplate jdbc, AssetRepository assets, JsonMapper json, SchemaChangeRepository history) {
		this.jdbc = jdbc;
		this.assets = assets;
		this.json = json;
		this.history = history;
	}

	/**
	 * Applies the snapshot and records the drift it shows under {@code changeSet}. The first
	 * synchronisation of a source (no assets, no baseline yet) records one {@code BASELINE} marker
	 * instead of a change per asset: a large source would otherwise start with thousands of "added".
	 */
	public SyncSummary apply(WorkspaceId workspace, DataSourceId source, String sourceName, SourceSnapshot snapshot,
			UUID changeSet) {
		Map<String, StoredRow> existing = assets.existing(workspace, source);
		boolean baseline = existing.isEmpty() && !history.hasBaseline(workspace, source);
		SyncPlan changes = new SyncPlan(existing, Instant.now(), new Drift(!baseline, json));
		// the path of an asset is its qualified name without the source: it stays when the source is renamed
		QualifiedName databasePath = QualifiedName.of(snapshot.databaseName());
		QualifiedName databaseName = QualifiedName.of(sourceName, snapshot.databaseName());
		changes.matchRenamedRelations(databasePath, snapshot.schemas());
		int tables = 0;
		int views = 0;
		int columns = 0;
		for (SourceSnapshot.Schema schema : snapshot.schemas()) {
			QualifiedName schemaPath = databasePath.child(schema.name());
			QualifiedName schemaName = databaseName.child(schema.name());
			UUID schemaId = changes.put(null, AssetRow.schema(schema.name(), schemaPath, schemaName), null);
			for (SourceSnapshot.Table table : schema.tables()) {
				changes.put(schemaId, AssetRow.relation(table, schemaPath.child(table.name()),
						schemaName.child(table.name()), structure(table)), table.columns());
				if (table.type() == AssetType.TABLE) {
					tables++;
				}
				else {
					views++;
				}
				columns += table.columns().size();
			}
		}
		changes.markUnseenDeleted();
		OffsetDateTime now = Timestamps.utc(changes.now);
		batch("""
				INSERT INTO assets (id, workspace_id, source_id, parent_id, asset_type, name, path, qualified_name,
				    description, view_definition, row_estimate, structure, columns, deleted, discovered_at, created_at,
				    updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 0)""",
				changes.inserts.stream().map(w -> new Object[] { w.id(), workspace.value(), source.value(), w.parentId(),
						w.content().type().name(), w.content().name(), w.content().path(), w.content().qualifiedName().value(),
						w.content().description(), w.content().viewDefinition(), w.content().rowEstimate(),
						w.content().structure(), StoredColumn.toJson(w.columns()), now, now, now }).toList());
		batch("""
				UPDATE assets SET parent_id = ?, asset_type = ?, name = ?, path = ?, qualified_name = ?, description = ?,
				    view_definition = ?, row_estimate = ?, structure = ?, columns = ?, deleted = FALSE, deleted_at = NULL,
				    discovered_at = ?, updated_at = ?, version = version + 1
				WHERE id = ?""",
				changes.updates.stream().map(w -> new Object[] { w.parentId(), w.content().type().name(), w.content().name(),
						w.content().path(), w.content().qualifiedName().value(), w.content().description(), w.content().viewDefinition(),
						w.content().rowEstimate(), w.content().structure(), StoredColumn.toJson(w.columns()), now, now,
						w.id() }).toList());
		batch("UPDATE assets SET deleted = TRUE, deleted_at = ?, updated_at = ?, columns = ?, version = version + 1 WHERE id = ?",
				changes.deletions.stream().map(w -> new Object[] { now, now, StoredColumn.toJson(w.columns()), w.id() }).toList());
		DriftSummary drift = recordDrift(workspace, source, changeSet, changes, databaseName,
				Map.of("schemas", snapshot.schemas().size(), "relations", tables + views, "columns", columns));
		return new SyncSummary(snapshot.schemas().size(), tables, views, columns, changes.created, changes.updated,
				changes.deleted, changes.unchanged, drift);
	}

	private DriftSummary recordDrift(WorkspaceId workspace, DataSourceId source, UUID changeSet, SyncPlan plan,
			QualifiedName database, Map<String, Object> counts) {
		if (!plan.drift.recording()) {
			history.recordBaseline(workspace, source, changeSet, database, counts, plan.now);
			return new DriftSummary(changeSet, plan.now, true, 0, 0, 0, 0);
		}
		List<Drift.Change> found = plan.drift.changes();
		history.record(workspace, source, changeSet, found, plan.now);
		int[] counted = new int[SchemaChangeKind.values().length];
		found.forEach(change -> counted[change.kind().ordinal()]++);
		int altered = found.stream().mapToInt(change -> change.kind().isAlteration() ? 1 : 0).sum();
		return new DriftSummary(changeSet, plan.now, false, counted[SchemaChangeKind.ADDED.ordinal()],
				counted[SchemaChangeKind.REMOVED.ordinal()], counted[SchemaChangeKind.RENAMED.ordinal()], altered);
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	private String structure(SourceSnapshot.Table table) {
		Map<String, Object> structure = new LinkedHashMap<>();
		structure.put("primaryKey", table.primaryKey());
		structure.put("foreignKeys", table.foreignKeys());
		structure.put("indexes", table.indexes());
		return json.writeValueAsString(structure);
	}
}
