package io.pursight.catalog.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.QualifiedName;
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
 * with its old id if it reappears.
 */
@Component
public class SnapshotSync {

	private static final int BATCH = 1000;

	private final JdbcTemplate jdbc;
	private final AssetRepository assets;
	private final JsonMapper json;

	SnapshotSync(JdbcTemplate jdbc, AssetRepository assets, JsonMapper json) {
		this.jdbc = jdbc;
		this.assets = assets;
		this.json = json;
	}

	public SyncSummary apply(WorkspaceId workspace, DataSourceId source, String sourceName, SourceSnapshot snapshot) {
		Changes changes = new Changes(assets.existing(workspace, source), Instant.now());
		// the path of an asset is its qualified name without the source: it stays when the source is renamed
		QualifiedName databasePath = QualifiedName.of(snapshot.databaseName());
		QualifiedName databaseName = QualifiedName.of(sourceName, snapshot.databaseName());
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
				UPDATE assets SET parent_id = ?, asset_type = ?, name = ?, qualified_name = ?, description = ?,
				    view_definition = ?, row_estimate = ?, structure = ?, columns = ?, deleted = FALSE, deleted_at = NULL,
				    discovered_at = ?, updated_at = ?, version = version + 1
				WHERE id = ?""",
				changes.updates.stream().map(w -> new Object[] { w.parentId(), w.content().type().name(), w.content().name(),
						w.content().qualifiedName().value(), w.content().description(), w.content().viewDefinition(),
						w.content().rowEstimate(), w.content().structure(), StoredColumn.toJson(w.columns()), now, now,
						w.id() }).toList());
		batch("UPDATE assets SET deleted = TRUE, deleted_at = ?, updated_at = ?, columns = ?, version = version + 1 WHERE id = ?",
				changes.deletions.stream().map(w -> new Object[] { now, now, StoredColumn.toJson(w.columns()), w.id() }).toList());
		return new SyncSummary(snapshot.schemas().size(), tables, views, columns, changes.created, changes.updated,
				changes.deleted, changes.unchanged);
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

	/** A row to write: its id, parent, content and (for relations) its columns. */
	private record Write(UUID id, UUID parentId, AssetRow content, List<StoredColumn> columns) {
	}

	/**
	 * Decides, row by row and column by column, what to insert, update or mark deleted, and
	 * counts it in assets (rows and columns alike).
	 */
	private static final class Changes {

		final Map<String, StoredRow> existing;
		final Instant now;
		final Map<String, UUID> seen = new HashMap<>();
		final List<Write> inserts = new ArrayList<>();
		final List<Write> updates = new ArrayList<>();
		final List<Write> deletions = new ArrayList<>();
		int created;
		int updated;
		int deleted;
		int unchanged;

		Changes(Map<String, StoredRow> existing, Instant now) {
			this.existing = existing;
			this.now = now;
		}

		/** Plans one row; {@code discovered} is null for a schema. Returns the row's id. */
		UUID put(UUID parentId, AssetRow content, List<SourceSnapshot.Column> discovered) {
			UUID known = seen.get(content.path());
			if (known != null) {
				return known;
			}
			StoredRow current = existing.get(content.path());
			UUID id = current == null ? AssetIds.newRowId() : current.id();
			seen.put(content.path(), id);
			List<StoredColumn> columns = discovered == null ? null
					: merge(current == null || current.columns() == null ? List.of() : current.columns(), discovered, content);
			if (current == null) {
				inserts.add(new Write(id, parentId, content, columns));
				created++;
			}
			else if (current.deleted() || !current.content().equals(content) || !Objects.equals(current.parentId(), parentId)
					|| !Objects.equals(current.columns(), columns)) {
				updates.add(new Write(id, parentId, content, columns));
				updated++;
			}
			else {
				unchanged++;
			}
			return id;
		}

		/** The relation's columns after this discovery, ordered by slot as stored. */
		private List<StoredColumn> merge(List<StoredColumn> stored, List<SourceSnapshot.Column> discovered, AssetRow relation) {
			Map<String, StoredColumn> unseen = new HashMap<>();
			int nextSlot = 1;
			for (StoredColumn column : stored) {
				unseen.put(column.name(), column);
				nextSlot = Math.max(nextSlot, column.slot() + 1);
			}
			List<StoredColumn> merged = new ArrayList<>(stored.size() + discovered.size());
			Set<String> names = new HashSet<>();
			for (SourceSnapshot.Column column : discovered) {
				if (!names.add(column.name())) {
					continue;
				}
				StoredColumn before = unseen.remove(column.name());
				if (before == null) {
					if (nextSlot > AssetIds.MAX_SLOT) {
						throw new IllegalStateException("Relation " + relation.qualifiedName() + " has had more than "
								+ AssetIds.MAX_SLOT + " distinct columns; the catalog cannot give it another.");
					}
					merged.add(StoredColumn.discovered(nextSlot++, column, now));
					created++;
				}
				else if (before.matches(column)) {
					merged.add(before);
					unchanged++;
				}
				else {
					merged.add(before.rediscovered(column, now));
					updated++;
				}
			}
			for (StoredColumn gone : unseen.values()) {
				merged.add(gone.deleted() ? gone : markDeleted(gone));
			}
			merged.sort(Comparator.comparingInt(StoredColumn::slot));
			return merged;
		}

		/** Rows of the source that this discovery did not see are marked deleted, with their columns. */
		void markUnseenDeleted() {
			existing.forEach((path, row) -> {
				if (!seen.containsKey(path) && !row.deleted()) {
					List<StoredColumn> columns = row.columns() == null ? null
							: row.columns().stream().map(c -> c.deleted() ? c : markDeleted(c)).toList();
					deletions.add(new Write(row.id(), row.parentId(), row.content(), columns));
					deleted++;
				}
			});
		}

		private StoredColumn markDeleted(StoredColumn column) {
			deleted++;
			return column.markDeleted(now);
		}
	}
}
