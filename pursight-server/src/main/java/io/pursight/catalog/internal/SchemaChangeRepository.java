package io.pursight.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.UUID;

import io.pursight.catalog.AssetType;
import io.pursight.catalog.QualifiedName;
import io.pursight.catalog.SchemaChange;
import io.pursight.catalog.SchemaChangeKind;
import io.pursight.common.AssetId;
import io.pursight.common.DataSourceId;
import io.pursight.common.PageQuery;
import io.pursight.common.PageResult;
import io.pursight.common.SqlFilter;
import io.pursight.common.Timestamps;
import io.pursight.common.Uuids;
import io.pursight.common.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import static io.pursight.common.Timestamps.instant;

/**
 * The {@code schema_changes} table: writes a synchronisation's drift in batches and reads histories, each
 * read scoped by workspace and costing two statements whatever the page size.
 */
@Repository
public class SchemaChangeRepository {

	private static final int BATCH = 1000;
	/** Newest first; within one synchronisation by name, so pages are stable (id last: unique). */
	private static final String ORDER = "detected_at DESC, qualified_name, change_kind, id";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	/** Its own mapper, so that the stored format never follows the web API's JSON settings. */
	private final JsonMapper json = JsonMapper.builder().build();

	SchemaChangeRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Whether the source's first synchronisation left its baseline marker. */
	boolean hasBaseline(WorkspaceId workspace, DataSourceId source) {
		return jdbc.sql("SELECT COUNT(*) FROM schema_changes WHERE workspace_id = ? AND source_id = ? AND change_kind = ?")
				.params(workspace.value(), source.value(), SchemaChangeKind.BASELINE.name()).query(Long.class).single() > 0;
	}

	void recordBaseline(WorkspaceId workspace, DataSourceId source, UUID changeSet, QualifiedName database,
			Map<String, Object> counts, Instant at) {
		jdbc.sql("""
				INSERT INTO schema_changes (id, workspace_id, source_id, change_set, qualified_name, change_kind, after_json,
				    detected_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(Uuids.timeOrdered(), workspace.value(), source.value(), changeSet, database.value(),
						SchemaChangeKind.BASELINE.name(), json.writeValueAsString(counts), Timestamps.utc(at))
				.update();
	}

	/**
	 * Records changes, each with the asset's next version: one more than the highest it had, the same for
	 * all changes of one asset in this synchronisation. Costs one read and one batch per thousand assets.
	 */
	void record(WorkspaceId workspace, DataSourceId source, UUID changeSet, List<Drift.Change> changes, Instant at) {
		if (changes.isEmpty()) {
			return;
		}
		Map<UUID, Long> versions = latestVersions(workspace, changes.stream().map(Drift.Change::assetId).distinct().toList());
		OffsetDateTime detectedAt = Timestamps.utc(at);
		List<Object[]> rows = new ArrayList<>(changes.size());
		for (Drift.Change change : changes) {
			rows.add(new Object[] { Uuids.timeOrdered(), workspace.value(), source.value(), changeSet, change.assetId(),
					change.parentId(), change.type().name(), change.qualifiedName().value(), change.kind().name(),
					write(change.before()), write(change.after()), detectedAt,
					versions.getOrDefault(change.assetId(), 0L) + 1 });
		}
		for (int from = 0; from < rows.size(); from += BATCH) {
			template.batchUpdate("""
					INSERT INTO schema_changes (id, workspace_id, source_id, change_set, asset_id, parent_id, asset_type,
					    qualified_name, change_kind, before_json, after_json, detected_at, asset_version)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(from, Math.min(rows.size(), from + BATCH)));
		}
	}

	/** The changes of an asset and of its children (a table's columns, a schema's relations), newest first. */
	public PageResult<SchemaChange> ofAsset(WorkspaceId workspace, AssetId asset, PageQuery page) {
		return SqlFilter.where("workspace_id = ?", workspace.value())
				.andIf(true, "(asset_id = ? OR parent_id = ?)", asset.value(), asset.value())
				.page(jdbc, "schema_changes", ORDER, page, this::read);
	}

	/** The changes of a source, optionally of one synchronisation and of one kind, newest first. */
	public PageResult<SchemaChange> ofSource(WorkspaceId workspace, DataSourceId source, UUID changeSet,
			SchemaChangeKind kind, PageQuery page) {
		return SqlFilter.where("workspace_id = ? AND source_id = ?", workspace.value(), source.value())
				.and("change_set = ?", changeSet).and("change_kind = ?", kind == null ? null : kind.name())
				.page(jdbc, "schema_changes", ORDER, page, this::read);
	}

	/** Whether the catalog of this workspace knows the source: it has assets or a recorded history. */
	public boolean knowsSource(WorkspaceId workspace, DataSourceId source) {
		return jdbc.sql("SELECT COUNT(*) FROM (SELECT id FROM assets WHERE workspace_id = ? AND source_id = ? LIMIT 1) a")
				.params(workspace.value(), source.value()).query(Long.class).single() > 0
				|| jdbc.sql("SELECT COUNT(*) FROM (SELECT id FROM schema_changes WHERE workspace_id = ? AND source_id = ? "
						+ "LIMIT 1) c").params(workspace.value(), source.value()).query(Long.class).single() > 0;
	}

	private Map<UUID, Long> latestVersions(WorkspaceId workspace, List<UUID> assets) {
		Map<UUID, Long> versions = new HashMap<>();
		for (int from = 0; from < assets.size(); from += BATCH) {
			List<UUID> chunk = assets.subList(from, Math.min(assets.size(), from + BATCH));
			List<Object> params = new ArrayList<>(chunk.size() + 1);
			params.add(workspace.value());
			params.addAll(chunk);
			jdbc.sql("SELECT asset_id, MAX(asset_version) AS latest FROM schema_changes WHERE workspace_id = ? AND asset_id IN ("
					+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") GROUP BY asset_id")
					.params(params).query((rs, n) -> Map.entry(rs.getObject("asset_id", UUID.class), rs.getLong("latest")))
					.list().forEach(latest -> versions.put(latest.getKey(), latest.getValue()));
		}
		return versions;
	}

	private String write(Map<String, Object> value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> readMap(String value) {
		return value == null ? null : json.readValue(value, LinkedHashMap.class);
	}

	private SchemaChange read(ResultSet rs, int rowNum) throws SQLException {
		UUID asset = rs.getObject("asset_id", UUID.class);
		UUID parent = rs.getObject("parent_id", UUID.class);
		String type = rs.getString("asset_type");
		return new SchemaChange(rs.getObject("id", UUID.class), new DataSourceId(rs.getObject("source_id", UUID.class)),
				rs.getObject("change_set", UUID.class), asset == null ? null : new AssetId(asset),
				parent == null ? null : new AssetId(parent), type == null ? null : AssetType.valueOf(type),
				new QualifiedName(rs.getString("qualified_name")), SchemaChangeKind.valueOf(rs.getString("change_kind")),
				readMap(rs.getString("before_json")), readMap(rs.getString("after_json")), instant(rs, "detected_at"),
				rs.getObject("asset_version", Long.class));
	}
}
