package io.pursight.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Decides, row by row and column by column, what one discovery inserts, updates or marks deleted,
 * counts it in assets (rows and columns alike), and notes the drift it amounts to in {@link Drift}.
 *
 * <p>Renames are guessed (see {@link Renames}) and then keep the asset's id, so labels and history
 * follow the asset: a column that vanished and one that appeared in the same relation, with the same
 * type, nullability and position (counted from the nearest preceding column the relation kept), become
 * one column under its new name; a relation that vanished and one that appeared in the same schema, with
 * the same kind and the same columns (names and types, in order), become one relation at its new path.
 * The guess can be wrong (drop the last column, add one of the same type: that reads as a rename) and can
 * miss (a column renamed and retyped at once reads as removed plus added).
 */
final class SyncPlan {

	/** A row to write: its id, parent, content and (for relations) its columns. */
	record Write(UUID id, UUID parentId, AssetRow content, List<StoredColumn> columns) {
	}

	/** What a column rename keeps: the column it follows among those kept, its type and nullability. */
	private record ColumnKey(String after, String dataType, Integer length, Integer precision, Integer scale,
			boolean nullable) {
	}

	/** What a relation rename keeps: its kind and its columns' names and types, in order. */
	private record RelationKey(AssetType type, List<List<Object>> columns) {
	}

	final Map<String, StoredRow> existing;
	final Instant now;
	final Drift drift;
	final Map<String, UUID> seen = new HashMap<>();
	/** Relations found at a new path: new path → the stored row they were at. */
	private final Map<String, StoredRow> renamedFrom = new HashMap<>();
	final List<Write> inserts = new ArrayList<>();
	final List<Write> updates = new ArrayList<>();
	final List<Write> deletions = new ArrayList<>();
	int created;
	int updated;
	int deleted;
	int unchanged;

	SyncPlan(Map<String, StoredRow> existing, Instant now, Drift drift) {
		this.existing = existing;
		this.now = now;
		this.drift = drift;
	}

	/**
	 * Before planning rows: within each schema the source still has, pairs relations that vanished with
	 * relations new at a path the catalog never held, where the pairing is unambiguous.
	 */
	void matchRenamedRelations(QualifiedName databasePath, List<SourceSnapshot.Schema> schemas) {
		Set<String> discovered = new HashSet<>();
		for (SourceSnapshot.Schema schema : schemas) {
			QualifiedName schemaPath = databasePath.child(schema.name());
			discovered.add(schemaPath.value());
			schema.tables().forEach(table -> discovered.add(schemaPath.child(table.name()).value()));
		}
		Map<UUID, List<StoredRow>> vanishedBySchema = new HashMap<>();
		existing.values().stream()
				.filter(row -> row.columns() != null && !row.deleted() && !discovered.contains(row.content().path()))
				.sorted(Comparator.comparing(row -> row.content().path()))
				.forEach(row -> vanishedBySchema.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(row));
		for (SourceSnapshot.Schema schema : schemas) {
			QualifiedName schemaPath = databasePath.child(schema.name());
			StoredRow schemaRow = existing.get(schemaPath.value());
			List<StoredRow> vanished = schemaRow == null ? null : vanishedBySchema.remove(schemaRow.id());
			if (vanished == null) {
				continue;
			}
			Map<String, SourceSnapshot.Table> fresh = new LinkedHashMap<>();
			schema.tables().stream().filter(table -> !existing.containsKey(schemaPath.child(table.name()).value()))
					.forEach(table -> fresh.putIfAbsent(table.name(), table));
			Renames.pair(vanished, List.copyOf(fresh.values()), SyncPlan::relationKey, SyncPlan::relationKey, false)
					.forEach((table, row) -> renamedFrom.put(schemaPath.child(table.name()).value(), row));
		}
	}

	/** Plans one row; {@code discovered} is null for a schema. Returns the row's id. */
	UUID put(UUID parentId, AssetRow content, List<SourceSnapshot.Column> discovered) {
		UUID known = seen.get(content.path());
		if (known != null) {
			return known;
		}
		StoredRow current = existing.get(content.path());
		StoredRow renamed = current == null ? renamedFrom.get(content.path()) : null;
		if (renamed != null) {
			current = renamed;
			seen.put(renamed.content().path(), renamed.id());
		}
		UUID id = current == null ? AssetIds.newRowId() : current.id();
		seen.put(content.path(), id);
		drift.row(current, renamed != null, id, parentId, content, discovered == null ? 0 : discovered.size());
		boolean live = current != null && !current.deleted();
		List<StoredColumn> columns = discovered == null ? null
				: merge(id, live, current == null || current.columns() == null ? List.of() : current.columns(), discovered,
						content);
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

	/**
	 * The relation's columns after this discovery, ordered by slot as stored. Column drift is noted only
	 * for a relation that was {@code live} before: a new relation is one change of its own.
	 */
	private List<StoredColumn> merge(UUID relationId, boolean live, List<StoredColumn> stored,
			List<SourceSnapshot.Column> discovered, AssetRow relation) {
		Map<String, StoredColumn> unseen = new HashMap<>();
		int nextSlot = 1;
		for (StoredColumn column : stored) {
			unseen.put(column.name(), column);
			nextSlot = Math.max(nextSlot, column.slot() + 1);
		}
		Map<String, SourceSnapshot.Column> byName = new LinkedHashMap<>();
		discovered.stream().sorted(Comparator.comparingInt(SourceSnapshot.Column::ordinal))
				.forEach(column -> byName.putIfAbsent(column.name(), column));
		Map<SourceSnapshot.Column, StoredColumn> renames = renamedColumns(stored, byName);
		QualifiedName relationName = relation.qualifiedName();
		List<StoredColumn> merged = new ArrayList<>(stored.size() + discovered.size());
		for (SourceSnapshot.Column column : byName.values()) {
			StoredColumn before = unseen.remove(column.name());
			StoredColumn renamedFrom = before == null ? renames.get(column) : null;
			if (renamedFrom != null) {
				unseen.remove(renamedFrom.name());
				merged.add(renamedFrom.rediscovered(column, now));
				updated++;
				if (live) {
					drift.columnRenamed(relationId, relationName, renamedFrom, column);
					drift.columnAltered(relationId, relationName, renamedFrom, column);
				}
			}
			else if (before == null) {
				if (nextSlot > AssetIds.MAX_SLOT) {
					throw new IllegalStateException("Relation " + relation.qualifiedName() + " has had more than "
							+ AssetIds.MAX_SLOT + " distinct columns; the catalog cannot give it another.");
				}
				if (live) {
					drift.columnAdded(relationId, relationName, nextSlot, column);
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
				if (live && before.deleted()) {
					drift.columnAdded(relationId, relationName, before.slot(), column);
				}
				else if (live) {
					drift.columnAltered(relationId, relationName, before, column);
				}
			}
		}
		for (StoredColumn gone : unseen.values()) {
			if (!gone.deleted() && live) {
				drift.columnRemoved(relationId, relationName, gone);
			}
			merged.add(gone.deleted() ? gone : markDeleted(gone));
		}
		merged.sort(Comparator.comparingInt(StoredColumn::slot));
		return merged;
	}

	/** Columns that appeared, paired with the live stored column each (by a guess) renames. */
	private static Map<SourceSnapshot.Column, StoredColumn> renamedColumns(List<StoredColumn> stored,
			Map<String, SourceSnapshot.Column> discovered) {
		List<StoredColumn> live = stored.stream().filter(c -> !c.deleted())
				.sorted(Comparator.comparingInt(StoredColumn::ordinal)).toList();
		Set<String> storedNames = new HashSet<>();
		stored.forEach(c -> storedNames.add(c.name()));
		Set<String> kept = new HashSet<>();
		live.stream().filter(c -> discovered.containsKey(c.name())).forEach(c -> kept.add(c.name()));
		Map<StoredColumn, ColumnKey> vanished = new LinkedHashMap<>();
		String after = null;
		for (StoredColumn column : live) {
			if (kept.contains(column.name())) {
				after = column.name();
			}
			else {
				vanished.put(column, new ColumnKey(after, column.dataType(), column.length(), column.precision(),
						column.scale(), column.nullable()));
			}
		}
		Map<SourceSnapshot.Column, ColumnKey> appeared = new LinkedHashMap<>();
		after = null;
		for (SourceSnapshot.Column column : discovered.values()) {
			if (kept.contains(column.name())) {
				after = column.name();
			}
			else if (!storedNames.contains(column.name())) {
				appeared.put(column, new ColumnKey(after, column.dataType(), column.length(), column.precision(),
						column.scale(), column.nullable()));
			}
		}
		return Renames.pair(List.copyOf(vanished.keySet()), List.copyOf(appeared.keySet()), vanished::get,
				appeared::get, true);
	}

	private static RelationKey relationKey(StoredRow row) {
		List<List<Object>> columns = row.columns().stream().filter(c -> !c.deleted())
				.sorted(Comparator.comparingInt(StoredColumn::ordinal))
				.map(c -> shape(c.name(), c.dataType(), c.length(), c.precision(), c.scale())).toList();
		return columns.isEmpty() ? null : new RelationKey(row.content().type(), columns);
	}

	private static RelationKey relationKey(SourceSnapshot.Table table) {
		List<List<Object>> columns = table.columns().stream()
				.sorted(Comparator.comparingInt(SourceSnapshot.Column::ordinal))
				.map(c -> shape(c.name(), c.dataType(), c.length(), c.precision(), c.scale())).toList();
		return columns.isEmpty() ? null : new RelationKey(table.type(), columns);
	}

	private static List<Object> shape(String name, String dataType, Integer length, Integer precision, Integer scale) {
		return Arrays.asList(name, dataType, length, precision, scale);
	}

	/** Rows of the source that this discovery did not see are marked deleted, with their columns. */
	void markUnseenDeleted() {
		List<StoredRow> vanished = new ArrayList<>();
		existing.forEach((path, row) -> {
			if (!seen.containsKey(path) && !row.deleted()) {
				List<StoredColumn> columns = row.columns() == null ? null
						: row.columns().stream().map(c -> c.deleted() ? c : markDeleted(c)).toList();
				deletions.add(new Write(row.id(), row.parentId(), row.content(), columns));
				deleted++;
				vanished.add(row);
			}
		});
		drift.removed(vanished);
	}

	private StoredColumn markDeleted(StoredColumn column) {
		deleted++;
		return column.markDeleted(now);
	}
}
