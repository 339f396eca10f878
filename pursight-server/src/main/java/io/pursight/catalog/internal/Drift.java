package io.pursight.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.QualifiedName;
import io.pursight.catalog.SchemaChangeKind;
import io.pursight.catalog.SourceSnapshot;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.catalog.SchemaChangeKind.*;

/**
 * The schema changes one synchronisation finds, noted while {@link SyncPlan} compares the snapshot with
 * the stored rows. A change is noted at the highest asset it concerns: a new schema is one change, not one
 * per table and column inside it, and a dropped table is one change, not one per column. Comments, row
 * estimates and column order are not drift and are not noted. On a baseline (the first synchronisation of
 * a source) nothing is noted.
 */
final class Drift {

	/** One change to record; {@code before}/{@code after} are null where the asset did not exist. */
	record Change(UUID assetId, UUID parentId, AssetType type, QualifiedName qualifiedName, SchemaChangeKind kind,
			Map<String, Object> before, Map<String, Object> after) {
	}

	private final boolean recording;
	private final JsonMapper json;
	private final List<Change> changes = new ArrayList<>();
	/** Rows noted as added: what lies inside them is not noted again. */
	private final Set<UUID> added = new HashSet<>();

	Drift(boolean recording, JsonMapper json) {
		this.recording = recording;
		this.json = json;
	}

	List<Change> changes() {
		return changes;
	}

	boolean recording() {
		return recording;
	}

	/**
	 * A schema or relation row as planned. {@code current} is its stored row (null when new), found
	 * under another path when {@code renamed}; {@code columns} counts a relation's discovered columns.
	 */
	void row(StoredRow current, boolean renamed, UUID id, UUID parentId, AssetRow content, int columns) {
		if (!recording) {
			return;
		}
		if (current == null || current.deleted()) {
			added.add(id);
			if (parentId == null || !added.contains(parentId)) {
				note(id, parentId, content.type(), content.qualifiedName(), ADDED, null, describe(content, columns));
			}
			return;
		}
		AssetRow before = current.content();
		if (renamed) {
			note(id, parentId, content.type(), content.qualifiedName(), RENAMED, naming(before), naming(content));
		}
		if (before.type() != content.type()) {
			note(id, parentId, content.type(), content.qualifiedName(), KIND_CHANGED, Map.of("type", before.type()),
					Map.of("type", content.type()));
		}
		else if (!Objects.equals(before.viewDefinition(), content.viewDefinition())) {
			note(id, parentId, content.type(), content.qualifiedName(), DEFINITION_CHANGED,
					single("definition", before.viewDefinition()), single("definition", content.viewDefinition()));
		}
		if (Objects.equals(before.structure(), content.structure())) {
			return;
		}
		// compared as JSON, not as text: a row written by an older version may differ in form only
		Map<String, Object> keysBefore = structure(before.structure());
		Map<String, Object> keysAfter = structure(content.structure());
		if (!Objects.equals(keysBefore, keysAfter)) {
			note(id, parentId, content.type(), content.qualifiedName(), KEYS_CHANGED, keysBefore, keysAfter);
		}
	}

	/** Rows that vanished; those whose parent vanished with them are not noted again. */
	void removed(List<StoredRow> rows) {
		if (!recording) {
			return;
		}
		Set<UUID> ids = new HashSet<>();
		rows.forEach(row -> ids.add(row.id()));
		rows.stream().filter(row -> row.parentId() == null || !ids.contains(row.parentId()))
				.sorted(Comparator.comparing(row -> row.content().qualifiedName().value()))
				.forEach(row -> note(row.id(), row.parentId(), row.content().type(), row.content().qualifiedName(), REMOVED,
						describe(row.content(), liveColumns(row)), null));
	}

	void columnAdded(UUID relation, QualifiedName relationName, int slot, SourceSnapshot.Column column) {
		if (recording) {
			note(AssetIds.column(relation, slot), relation, AssetType.COLUMN, relationName.child(column.name()), ADDED, null,
					shape(column.ordinal(), column.dataType(), column.length(), column.precision(), column.scale(),
							column.nullable(), column.defaultValue()));
		}
	}

	void columnRemoved(UUID relation, QualifiedName relationName, StoredColumn column) {
		if (recording) {
			note(AssetIds.column(relation, column.slot()), relation, AssetType.COLUMN, relationName.child(column.name()),
					REMOVED, shape(column.ordinal(), column.dataType(), column.length(), column.precision(),
							column.scale(), column.nullable(), column.defaultValue()), null);
		}
	}

	void columnRenamed(UUID relation, QualifiedName relationName, StoredColumn before, SourceSnapshot.Column after) {
		if (recording) {
			note(AssetIds.column(relation, before.slot()), relation, AssetType.COLUMN, relationName.child(after.name()),
					RENAMED, Map.of("name", before.name(), "qualifiedName", relationName.child(before.name()).value()),
					Map.of("name", after.name(), "qualifiedName", relationName.child(after.name()).value()));
		}
	}

	/** A live column seen again, perhaps changed: its type, nullability and default are compared. */
	void columnAltered(UUID relation, QualifiedName relationName, StoredColumn before, SourceSnapshot.Column after) {
		if (!recording) {
			return;
		}
		UUID id = AssetIds.column(relation, before.slot());
		QualifiedName name = relationName.child(after.name());
		Map<String, Object> typeBefore = type(before.dataType(), before.length(), before.precision(), before.scale());
		Map<String, Object> typeAfter = type(after.dataType(), after.length(), after.precision(), after.scale());
		if (!typeBefore.equals(typeAfter)) {
			note(id, relation, AssetType.COLUMN, name, TYPE_CHANGED, typeBefore, typeAfter);
		}
		if (before.nullable() != after.nullable()) {
			note(id, relation, AssetType.COLUMN, name, NULLABILITY_CHANGED, Map.of("nullable", before.nullable()),
					Map.of("nullable", after.nullable()));
		}
		if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
			note(id, relation, AssetType.COLUMN, name, DEFAULT_CHANGED, single("default", before.defaultValue()),
					single("default", after.defaultValue()));
		}
	}

	private void note(UUID id, UUID parentId, AssetType type, QualifiedName name, SchemaChangeKind kind,
			Map<String, Object> before, Map<String, Object> after) {
		changes.add(new Change(id, parentId, type, name, kind, before, after));
	}

	private static Map<String, Object> describe(AssetRow row, int columns) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("name", row.name());
		if (row.type().isRelation()) {
			description.put("type", row.type());
			description.put("columns", columns);
		}
		return description;
	}

	private static Map<String, Object> naming(AssetRow row) {
		return Map.of("name", row.name(), "qualifiedName", row.qualifiedName().value());
	}

	private static int liveColumns(StoredRow row) {
		return row.columns() == null ? 0 : (int) row.columns().stream().filter(c -> !c.deleted()).count();
	}

	private static Map<String, Object> shape(int ordinal, String dataType, Integer length, Integer precision,
			Integer scale, boolean nullable, String defaultValue) {
		Map<String, Object> shape = new LinkedHashMap<>();
		shape.put("ordinal", ordinal);
		shape.putAll(type(dataType, length, precision, scale));
		shape.put("nullable", nullable);
		shape.put("default", defaultValue);
		return shape;
	}

	private static Map<String, Object> type(String dataType, Integer length, Integer precision, Integer scale) {
		Map<String, Object> type = new LinkedHashMap<>();
		type.put("dataType", dataType);
		type.put("length", length);
		type.put("precision", precision);
		type.put("scale", scale);
		return type;
	}

	/** A one-entry map that may hold null (Map.of may not). */
	private static Map<String, Object> single(String key, Object value) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(key, value);
		return map;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> structure(String structure) {
		return structure == null ? null : json.readValue(structure, LinkedHashMap.class);
	}
}
