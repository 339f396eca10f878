package io.pursight.catalog.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads catalog assets; every query is scoped by workspace and costs one or two statements,
 * whatever the page size. Schemas and relations are rows; columns are read from their
 * relation's row.
 */
@Repository
public class AssetRepository {

	/** The order of every listing: by qualified name, a table's columns by position. */
	private static final Comparator<Asset> LISTING_ORDER = Comparator.comparing((Asset a) -> a.qualifiedName().value())
			.thenComparing(a -> a.ordinal() == null ? 0 : a.ordinal()).thenComparing(a -> a.id().value());

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AssetRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Every row of a source, deleted or not, by path: the baseline a discovery is compared with. */
	Map<String, StoredRow> existing(WorkspaceId workspace, DataSourceId source) {
		Map<String, StoredRow> byPath = new HashMap<>();
		jdbc.sql("SELECT * FROM assets WHERE workspace_id = ? AND source_id = ?").params(workspace.value(), source.value())
				.query(StoredRow::read).list().forEach(row -> byPath.put(row.content().path(), row));
		return byPath;
	}

	/** An asset of any type; relations come with their columns (ordered), keys and indexes. */
	public Optional<AssetDetail> detail(WorkspaceId workspace, AssetId id) {
		UUID key = id.value();
		if (AssetIds.isColumn(key)) {
			return row(workspace, AssetIds.relationOf(key)).flatMap(row -> row.column(AssetIds.slot(key)))
					.map(column -> AssetDetail.withoutKeys(column, List.of()));
		}
		return row(workspace, key).map(this::detail);
	}

	/** The live tables and views of a source with their live columns, in one query. */
	public List<AssetDetail> relations(WorkspaceId workspace, DataSourceId source) {
		return jdbc.sql("SELECT * FROM assets WHERE workspace_id = ? AND source_id = ? AND columns IS NOT NULL "
				+ "AND deleted = FALSE ORDER BY qualified_name, id").params(workspace.value(), source.value())
				.query(StoredRow::read).list().stream().map(this::detail).toList();
	}

	public PageResult<Asset> find(WorkspaceId workspace, AssetQuery query, PageQuery page) {
		UUID parent = query.parentId() == null ? null : query.parentId().value();
		String qualifiedName = query.qualifiedName() == null ? null : query.qualifiedName().value();
		SqlFilter rows = SqlFilter.where("workspace_id = ?", workspace.value())
				.and("source_id = ?", query.sourceId() == null ? null : query.sourceId().value())
				.andIf(!query.includeDeleted(), "deleted = FALSE");
		if (query.type() != null && query.type() != AssetType.COLUMN) {
			return rows.and("asset_type = ?", query.type().name()).and("parent_id = ?", parent)
					.and("qualified_name = ?", qualifiedName).andContains("name", query.name())
					.page(jdbc, "assets", "qualified_name, id", page, (rs, n) -> StoredRow.read(rs, n).asset());
		}
		if (parent != null && AssetIds.isColumn(parent)) {
			return new PageResult<>(List.of(), page.page(), page.size(), 0);
		}
		// Columns may match: narrow the rows down in SQL (a superset of what matches), then
		// filter, order and page the rows and their columns here.
		String name = query.name() == null || query.name().isBlank() ? null : query.name().toLowerCase(Locale.ROOT);
		rows.andIf(query.type() == AssetType.COLUMN, "columns IS NOT NULL")
				.andIf(parent != null, "(parent_id = ? OR id = ?)", parent, parent)
				.andIf(qualifiedName != null, "LEFT(?, LENGTH(qualified_name)) = qualified_name", qualifiedName);
		if (name != null) {
			rows.andIf(true, "(LOWER(name) LIKE ? ESCAPE '\\' OR LOWER(columns) LIKE ? ESCAPE '\\')",
					SqlFilter.containsPattern(name), SqlFilter.containsPattern(StoredColumn.asJsonText(name)));
		}
		List<Asset> matching = rows.list(jdbc, "assets", StoredRow::read).stream()
				.flatMap(row -> Stream.concat(Stream.of(row.asset()), row.columnAssets(
						column -> name == null || column.name().toLowerCase(Locale.ROOT).contains(name)).stream()))
				.filter(matches(query, name)).sorted(LISTING_ORDER).toList();
		int from = (int) Math.min(matching.size(), page.offset());
		return new PageResult<>(matching.subList(from, Math.min(matching.size(), from + page.size())), page.page(),
				page.size(), matching.size());
	}

	/** The exact filter; {@code name} is the lower-cased name filter or null. */
	private static Predicate<Asset> matches(AssetQuery query, String name) {
		return asset -> (query.type() == null || asset.type() == query.type())
				&& (query.parentId() == null || query.parentId().equals(asset.parentId()))
				&& (query.qualifiedName() == null || query.qualifiedName().equals(asset.qualifiedName()))
				&& (name == null || asset.name().toLowerCase(Locale.ROOT).contains(name))
				&& (query.includeDeleted() || !asset.deleted());
	}

	private Optional<StoredRow> row(WorkspaceId workspace, UUID id) {
		return jdbc.sql("SELECT * FROM assets WHERE workspace_id = ? AND id = ?").params(workspace.value(), id)
				.query(StoredRow::read).optional();
	}

	private AssetDetail detail(StoredRow row) {
		Asset asset = row.asset();
		List<Asset> columns = row.columnAssets().stream().filter(c -> !c.deleted())
				.sorted(Comparator.comparing(Asset::ordinal).thenComparing(Asset::name)).toList();
		String structure = row.content().structure();
		if (structure == null) {
			return AssetDetail.withoutKeys(asset, columns);
		}
		JsonNode tree = json.readTree(structure);
		SourceSnapshot.PrimaryKey primaryKey = tree.get("primaryKey") == null || tree.get("primaryKey").isNull() ? null
				: json.treeToValue(tree.get("primaryKey"), SourceSnapshot.PrimaryKey.class);
		List<SourceSnapshot.ForeignKey> foreignKeys = List.of(json.treeToValue(tree.get("foreignKeys"), SourceSnapshot.ForeignKey[].class));
		List<SourceSnapshot.Index> indexes = List.of(json.treeToValue(tree.get("indexes"), SourceSnapshot.Index[].class));
		return new AssetDetail(asset, columns, primaryKey, foreignKeys, indexes);
	}
}
