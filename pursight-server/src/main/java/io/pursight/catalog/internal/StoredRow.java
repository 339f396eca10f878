package io.pursight.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import io.pursight.catalog.Asset;
import io.pursight.catalog.AssetType;
import io.pursight.catalog.QualifiedName;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;

import static io.pursight.common.Timestamps.instant;

/**
 * One row of the {@code assets} table as read: a schema, or a relation together with its
 * columns ({@code columns} is null for a schema). Columns become assets of their own here.
 */
record StoredRow(UUID id, UUID sourceId, UUID parentId, boolean deleted, AssetRow content, List<StoredColumn> columns,
		Instant deletedAt, Instant discoveredAt, Instant createdAt, Instant updatedAt, long version) {

	static StoredRow read(ResultSet rs, int rowNum) throws SQLException {
		AssetRow content = new AssetRow(AssetType.valueOf(rs.getString("asset_type")), rs.getString("name"),
				rs.getString("path"), new QualifiedName(rs.getString("qualified_name")), rs.getString("description"),
				rs.getString("view_definition"), rs.getObject("row_estimate", Long.class), rs.getString("structure"));
		return new StoredRow(rs.getObject("id", UUID.class), rs.getObject("source_id", UUID.class),
				rs.getObject("parent_id", UUID.class), rs.getBoolean("deleted"), content,
				StoredColumn.fromJson(rs.getString("columns")), instant(rs, "deleted_at"), instant(rs, "discovered_at"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"));
	}

	Asset asset() {
		return Asset.builder(new AssetId(id), new DataSourceId(sourceId), content.type(), content.name(),
				content.qualifiedName())
			.parent(parentId == null ? null : new AssetId(parentId))
			.description(content.description())
			.viewDefinition(content.viewDefinition())
			.rowEstimate(content.rowEstimate())
			.deleted(deleted, deletedAt)
			.times(discoveredAt, createdAt, updatedAt)
			.version(version)
			.build();
	}

	/** Every column, deleted ones included, in stored order. */
	List<Asset> columnAssets() {
		return columnAssets(column -> true);
	}

	/** The columns that pass {@code filter}, as assets (only those are built). */
	List<Asset> columnAssets(Predicate<StoredColumn> filter) {
		return columns == null ? List.of() : columns.stream().filter(filter).map(this::asset).toList();
	}

	Optional<Asset> column(int slot) {
		return columns == null ? Optional.empty()
				: columns.stream().filter(c -> c.slot() == slot).findFirst().map(this::asset);
	}

	private Asset asset(StoredColumn c) {
		return Asset.builder(new AssetId(AssetIds.column(id, c.slot())), new DataSourceId(sourceId), AssetType.COLUMN,
				c.name(), content.qualifiedName().child(c.name()))
			.parent(new AssetId(id))
			.ordinal(c.ordinal())
			.dataType(c.dataType(), c.length(), c.precision(), c.scale())
			.nullable(c.nullable())
			.defaultValue(c.defaultValue())
			.description(c.description())
			.deleted(c.deleted(), c.deletedAt() == null ? null : Instant.ofEpochMilli(c.deletedAt()))
			.times(discoveredAt, Instant.ofEpochMilli(c.createdAt()), Instant.ofEpochMilli(c.updatedAt()))
			.version(c.version())
			.build();
	}
}
