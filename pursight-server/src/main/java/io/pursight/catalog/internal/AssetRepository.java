package io.pursight.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.pursight.catalog.Asset;
import io.pursight.catalog.AssetDetail;
import io.pursight.catalog.AssetQuery;
import io.pursight.catalog.AssetType;
import io.pursight.catalog.SourceSnapshot;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.common.Timestamps.instant;

/** Reads catalog assets; every query is scoped by workspace. A page costs two queries, whatever its size. */
@Repository
public class AssetRepository {

	private static final String CONTENT_COLUMNS = "asset_type, name, path, qualified_name, ordinal, data_type, type_length, "
			+ "type_precision, type_scale, nullable, default_value, description, view_definition, row_estimate, structure";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AssetRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every asset of a source, deleted or not, by path: the baseline a discovery is compared with. */
	static Map<String, AssetRow.Existing> existing(JdbcTemplate jdbc, WorkspaceId workspace, DataSourceId source) {
		Map<String, AssetRow.Existing> byPath = new HashMap<>();
		jdbc.query("SELECT id, parent_id, deleted, " + CONTENT_COLUMNS + " FROM assets WHERE workspace_id = ? AND source_id = ?",
				rs -> {
					AssetRow content = content(rs);
					byPath.put(content.path(), new AssetRow.Existing(rs.getObject("id", UUID.class),
							rs.getObject("parent_id", UUID.class), rs.getBoolean("deleted"), content));
				}, workspace.value(), source.value());
		return byPath;
	}

	public Optional<Asset> get(WorkspaceId workspace, AssetId id) {
		return jdbc.sql("SELECT * FROM assets WHERE workspace_id = ? AND id = ?").params(workspace.value(), id.value())
				.query(AssetRepository::asset).optional();
	}

	public PageResult<Asset> find(WorkspaceId workspace, AssetQuery query, PageQuery page) {
		return SqlFilter.where("workspace_id = ?", workspace.value())
				.and("source_id = ?", query.sourceId() == null ? null : query.sourceId().value())
				.and("asset_type = ?", query.type() == null ? null : query.type().name())
				.and("parent_id = ?", query.parentId() == null ? null : query.parentId().value())
				.and("qualified_name = ?", query.qualifiedName())
				.andContains("name", query.name())
				.andIf(!query.includeDeleted(), "deleted = FALSE")
				.page(jdbc, "assets", "qualified_name, COALESCE(ordinal, 0), id", page, AssetRepository::asset);
	}

	/** The asset with its columns (ordered) and, for relations, its keys and indexes; one extra query. */
	public AssetDetail detail(WorkspaceId workspace, Asset asset) {
		if (!asset.type().isRelation()) {
			return new AssetDetail(asset, List.of(), null, List.of(), List.of());
		}
		List<Asset> columns = jdbc.sql("SELECT * FROM assets WHERE workspace_id = ? AND parent_id = ? AND asset_type = 'COLUMN' "
				+ "AND deleted = FALSE ORDER BY ordinal, name")
				.params(workspace.value(), asset.id().value()).query(AssetRepository::asset).list();
		String structure = jdbc.sql("SELECT structure FROM assets WHERE id = ?").param(asset.id().value())
				.query(String.class).optional().orElse(null);
		if (structure == null) {
			return new AssetDetail(asset, columns, null, List.of(), List.of());
		}
		JsonNode tree = json.readTree(structure);
		SourceSnapshot.PrimaryKey primaryKey = tree.get("primaryKey") == null || tree.get("primaryKey").isNull() ? null
				: json.treeToValue(tree.get("primaryKey"), SourceSnapshot.PrimaryKey.class);
		List<SourceSnapshot.ForeignKey> foreignKeys = List.of(json.treeToValue(tree.get("foreignKeys"), SourceSnapshot.ForeignKey[].class));
		List<SourceSnapshot.Index> indexes = List.of(json.treeToValue(tree.get("indexes"), SourceSnapshot.Index[].class));
		return new AssetDetail(asset, columns, primaryKey, foreignKeys, indexes);
	}

	private static AssetRow content(ResultSet rs) throws SQLException {
		return new AssetRow(AssetType.valueOf(rs.getString("asset_type")), rs.getString("name"), rs.getString("path"),
				rs.getString("qualified_name"), rs.getObject("ordinal", Integer.class), rs.getString("data_type"),
				rs.getObject("type_length", Integer.class), rs.getObject("type_precision", Integer.class),
				rs.getObject("type_scale", Integer.class), rs.getObject("nullable", Boolean.class),
				rs.getString("default_value"), rs.getString("description"), rs.getString("view_definition"),
				rs.getObject("row_estimate", Long.class), rs.getString("structure"));
	}


	private static Asset asset(ResultSet rs, int row) throws SQLException {
		UUID parent = rs.getObject("parent_id", UUID.class);
		return new Asset(new AssetId(rs.getObject("id", UUID.class)), new DataSourceId(rs.getObject("source_id", UUID.class)),
				parent == null ? null : new AssetId(parent), AssetType.valueOf(rs.getString("asset_type")),
				rs.getString("name"), rs.getString("qualified_name"), rs.getObject("ordinal", Integer.class),
				rs.getString("data_type"), rs.getObject("type_length", Integer.class),
				rs.getObject("type_precision", Integer.class), rs.getObject("type_scale", Integer.class),
				rs.getObject("nullable", Boolean.class), rs.getString("default_value"), rs.getString("description"),
				rs.getString("view_definition"), rs.getObject("row_estimate", Long.class), rs.getBoolean("deleted"),
				instant(rs, "deleted_at"), instant(rs, "discovered_at"), instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getLong("version"));
	}
}
